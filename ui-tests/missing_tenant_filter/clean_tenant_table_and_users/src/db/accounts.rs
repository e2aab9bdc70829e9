use uuid::Uuid;

use super::Pool;

#[derive(sqlx::FromRow)]
pub struct Workspace {
    pub id: Uuid,
    pub slug: String,
    pub name: String,
}

#[derive(sqlx::FromRow)]
pub struct User {
    pub id: Uuid,
    pub email: String,
    pub password_hash: String,
    pub default_workspace_id: Option<Uuid>,
}

pub async fn workspace_by_slug(pool: &Pool, slug: &str) -> sqlx::Result<Option<Workspace>> {
    sqlx::query_as::<_, Workspace>("SELECT id, slug, name FROM workspaces WHERE slug = $1")
        .bind(slug)
        .fetch_optional(pool)
        .await
}

/// Login: users are global; `default_workspace_id` does not make the table tenant-scoped.
pub async fn user_by_email(pool: &Pool, email: &str) -> sqlx::Result<Option<User>> {
    sqlx::query_as::<_, User>(
        "SELECT id, email, password_hash, default_workspace_id FROM users WHERE email = $1",
    )
    .bind(email)
    .fetch_optional(pool)
    .await
}

pub async fn rename_workspace(pool: &Pool, id: Uuid, name: &str) -> sqlx::Result<()> {
    sqlx::query("UPDATE workspaces SET name = $1 WHERE id = $2")
        .bind(name)
        .bind(id)
        .execute(pool)
        .await?;
    Ok(())
}
