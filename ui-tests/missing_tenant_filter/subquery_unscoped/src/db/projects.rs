use uuid::Uuid;

use super::Pool;

#[derive(sqlx::FromRow)]
pub struct Project {
    pub id: Uuid,
    pub name: String,
}

/// Projects of the workspace where the user has open tasks.
pub async fn with_open_tasks(pool: &Pool, workspace_id: Uuid, user_id: Uuid) -> sqlx::Result<Vec<Project>> {
    sqlx::query_as::<_, Project>(
        "SELECT id, name FROM projects WHERE workspace_id = $1 \
         AND id IN (SELECT project_id FROM tasks WHERE assignee_id = $2 AND status = 'open')", //~ missing_tenant_filter
    )
    .bind(workspace_id)
    .bind(user_id)
    .fetch_all(pool)
    .await
}
