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
    sqlx::query_file_as!(Task, "queries/task_by_id.sql", task_id)
        .fetch_one(pool)
        .await
}
