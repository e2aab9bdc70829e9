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

pub async fn find(pool: &Pool, workspace_id: Uuid, task_id: Uuid) -> sqlx::Result<Task> {
    sqlx::query_as!(
        Task,
        "SELECT id, workspace_id, project_id, title, status FROM tasks WHERE id = $1 AND workspace_id = $2",
        task_id,
        workspace_id
    )
    .fetch_one(pool)
    .await
}

pub async fn count(pool: &Pool, workspace_id: Uuid) -> sqlx::Result<Option<i64>> {
    sqlx::query_scalar!("SELECT count(*) FROM tasks WHERE workspace_id = $1", workspace_id)
        .fetch_one(pool)
        .await
}
