use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::Db;

#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct Post {
    pub id: Uuid,
    pub workspace_id: Uuid,
    pub space_id: Uuid,
    pub author_id: Uuid,
    pub title: String,
    pub body: String,
    pub visibility: String,
    pub comment_count: i32,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

#[derive(Debug, Clone, Copy, Default, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PostSort {
    #[default]
    Newest,
    Oldest,
    MostDiscussed,
}

pub async fn list(db: &Db, workspace_id: Uuid, space_id: Uuid, sort: PostSort, limit: i64) -> sqlx::Result<Vec<Post>> {
    let order_by = match sort {
        PostSort::Newest => "created_at DESC",
        PostSort::Oldest => "created_at ASC",
        PostSort::MostDiscussed => "comment_count DESC, created_at DESC",
    };
    let sql = format!("SELECT * FROM posts WHERE workspace_id = $1 AND space_id = $2 ORDER BY {order_by} LIMIT $3"); // launchlint-demo: safe sql_interpolation
    sqlx::query_as::<_, Post>(&sql)
        .bind(workspace_id)
        .bind(space_id)
        .bind(limit)
        .fetch_all(db)
        .await
}

pub async fn find(db: &Db, workspace_id: Uuid, post_id: Uuid) -> sqlx::Result<Option<Post>> {
    sqlx::query_as::<_, Post>("SELECT * FROM posts WHERE id = $1 AND workspace_id = $2") // launchlint-demo: safe missing_tenant_filter
        .bind(post_id)
        .bind(workspace_id)
        .fetch_optional(db)
        .await
}

/// Used by link previews, which only know the post id.
pub async fn find_by_id(db: &Db, post_id: Uuid) -> sqlx::Result<Option<Post>> {
    sqlx::query_as::<_, Post>("SELECT * FROM posts WHERE id = $1") // launchlint-demo: finding missing_tenant_filter
        .bind(post_id)
        .fetch_optional(db)
        .await
}

/// Public posts of a public workspace, for its landing page.
pub async fn public_feed(db: &Db, workspace_slug: &str, limit: i64) -> sqlx::Result<Vec<Post>> {
    sqlx::query_as::<_, Post>(
        r#"
        SELECT p.* FROM posts p
        JOIN workspaces w ON w.id = p.workspace_id
        WHERE w.slug = $1 AND w.is_public AND p.visibility = 'public'
        ORDER BY p.created_at DESC
        LIMIT $2
        "#,
    )
    .bind(workspace_slug)
    .bind(limit)
    .fetch_all(db)
    .await
}

pub async fn create(
    db: &Db,
    workspace_id: Uuid,
    space_id: Uuid,
    author_id: Uuid,
    title: &str,
    body: &str,
    visibility: &str,
) -> sqlx::Result<Post> {
    sqlx::query_as::<_, Post>(
        r#"
        INSERT INTO posts (id, workspace_id, space_id, author_id, title, body, visibility)
        VALUES ($1, $2, $3, $4, $5, $6, $7)
        RETURNING *
        "#,
    )
    .bind(Uuid::new_v4())
    .bind(workspace_id)
    .bind(space_id)
    .bind(author_id)
    .bind(title)
    .bind(body)
    .bind(visibility)
    .fetch_one(db)
    .await
}

pub async fn update(
    db: &Db,
    workspace_id: Uuid,
    post_id: Uuid,
    title: Option<&str>,
    body: Option<&str>,
) -> sqlx::Result<Option<Post>> {
    sqlx::query_as::<_, Post>(
        "UPDATE posts SET title = COALESCE($1, title), body = COALESCE($2, body), updated_at = now() WHERE id = $3 AND workspace_id = $4 RETURNING *", // launchlint-demo: safe missing_tenant_filter
    )
    .bind(title)
    .bind(body)
    .bind(post_id)
    .bind(workspace_id)
    .fetch_optional(db)
    .await
}
