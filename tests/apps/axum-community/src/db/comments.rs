use chrono::{DateTime, Utc};
use serde::Serialize;
use uuid::Uuid;

use super::Db;

#[derive(Debug, Serialize, sqlx::FromRow)]
pub struct Comment {
    pub id: Uuid,
    pub workspace_id: Uuid,
    pub post_id: Uuid,
    pub author_id: Uuid,
    pub body: String,
    pub created_at: DateTime<Utc>,
    pub edited_at: Option<DateTime<Utc>>,
}

/// `sort` comes straight from the `?sort=` query parameter, e.g. `created_at DESC`.
pub async fn list_for_post(db: &Db, workspace_id: Uuid, post_id: Uuid, sort: &str) -> sqlx::Result<Vec<Comment>> {
    let sql = format!("SELECT * FROM comments WHERE workspace_id = $1 AND post_id = $2 ORDER BY {sort}"); // launchlint-demo: finding sql_interpolation
    sqlx::query_as::<_, Comment>(&sql)
        .bind(workspace_id)
        .bind(post_id)
        .fetch_all(db)
        .await
}

pub async fn create(db: &Db, workspace_id: Uuid, post_id: Uuid, author_id: Uuid, body: &str) -> sqlx::Result<Comment> {
    let mut tx = db.begin().await?;
    let comment = sqlx::query_as::<_, Comment>(
        "INSERT INTO comments (id, workspace_id, post_id, author_id, body) VALUES ($1, $2, $3, $4, $5) RETURNING *",
    )
    .bind(Uuid::new_v4())
    .bind(workspace_id)
    .bind(post_id)
    .bind(author_id)
    .bind(body)
    .fetch_one(&mut *tx)
    .await?;

    sqlx::query("UPDATE posts SET comment_count = comment_count + 1 WHERE id = $1 AND workspace_id = $2")
        .bind(post_id)
        .bind(workspace_id)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(comment)
}

/// Authors may edit their own comments.
pub async fn update_body(db: &Db, comment_id: Uuid, author_id: Uuid, body: &str) -> sqlx::Result<Option<Comment>> {
    sqlx::query_as::<_, Comment>(
        "UPDATE comments SET body = $1, edited_at = now() WHERE id = $2 AND author_id = $3 RETURNING *", // launchlint-demo: finding missing_tenant_filter
    )
    .bind(body)
    .bind(comment_id)
    .bind(author_id)
    .fetch_optional(db)
    .await
}
