use uuid::Uuid;

use super::Pool;

#[derive(Debug, sqlx::FromRow)]
pub struct Task {
    pub id: Uuid,
    pub workspace_id: Uuid,
    pub project_id: Uuid,
    pub title: String,
    pub status: String,
}

pub async fn find(pool: &Pool, task_id: Uuid) -> sqlx::Result<Task> {
    sqlx::query_as!(
        Task,
        "SELECT id, workspace_id, project_id, title, status FROM tasks WHERE id = $1", //~ missing_tenant_filter
        task_id
    )
    .fetch_one(pool)
    .await
}
