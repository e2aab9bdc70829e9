use uuid::Uuid;

use super::Pool;

#[derive(sqlx::FromRow)]
pub struct Project {
    pub id: Uuid,
    pub name: String,
}

/// Only projects of workspaces the caller belongs to.
pub async fn find_for_user(pool: &Pool, user_id: Uuid, project_id: Uuid) -> sqlx::Result<Option<Project>> {
    sqlx::query_as::<_, Project>(
        r#"
        SELECT p.id, p.name
        FROM projects p
        JOIN workspace_members m ON m.workspace_id = p.workspace_id AND m.user_id = $1
        WHERE p.id = $2
        "#,
    )
    .bind(user_id)
    .bind(project_id)
    .fetch_optional(pool)
    .await
}

/// The workspaces of the account menu.
pub async fn my_workspaces(pool: &Pool, user_id: Uuid) -> sqlx::Result<Vec<(Uuid, String)>> {
    sqlx::query_as::<_, (Uuid, String)>(
        "SELECT w.id, w.name FROM workspaces w JOIN workspace_members m ON m.workspace_id = w.id WHERE m.user_id = $1",
    )
    .bind(user_id)
    .fetch_all(pool)
    .await
}
