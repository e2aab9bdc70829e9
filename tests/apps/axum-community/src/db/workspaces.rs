use chrono::{DateTime, Utc};
use serde::Serialize;
use uuid::Uuid;

use super::Db;

#[derive(Debug, Serialize, sqlx::FromRow)]
pub struct Workspace {
    pub id: Uuid,
    pub slug: String,
    pub name: String,
    pub is_public: bool,
    pub created_at: DateTime<Utc>,
}

pub async fn list_for_user(db: &Db, user_id: Uuid) -> sqlx::Result<Vec<Workspace>> {
    sqlx::query_as::<_, Workspace>(
        "SELECT w.id, w.slug, w.name, w.is_public, w.created_at FROM workspaces w JOIN workspace_members m ON m.workspace_id = w.id WHERE m.user_id = $1 ORDER BY w.name", // launchlint-demo: safe missing_tenant_filter
    )
    .bind(user_id)
    .fetch_all(db)
    .await
}

pub async fn find_public_by_slug(db: &Db, slug: &str) -> sqlx::Result<Option<Workspace>> {
    sqlx::query_as::<_, Workspace>(
        "SELECT id, slug, name, is_public, created_at FROM workspaces WHERE slug = $1 AND is_public",
    )
    .bind(slug)
    .fetch_optional(db)
    .await
}

/// Creates the workspace and makes `owner_id` its owner, atomically.
pub async fn create(db: &Db, owner_id: Uuid, slug: &str, name: &str) -> sqlx::Result<Workspace> {
    let mut tx = db.begin().await?;
    let workspace = sqlx::query_as::<_, Workspace>(
        r#"
        INSERT INTO workspaces (id, slug, name)
        VALUES ($1, $2, $3)
        RETURNING id, slug, name, is_public, created_at
        "#,
    )
    .bind(Uuid::new_v4())
    .bind(slug)
    .bind(name)
    .fetch_one(&mut *tx)
    .await?;

    sqlx::query("INSERT INTO workspace_members (workspace_id, user_id, role) VALUES ($1, $2, 'owner')")
        .bind(workspace.id)
        .bind(owner_id)
        .execute(&mut *tx)
        .await?;

    tx.commit().await?;
    Ok(workspace)
}
