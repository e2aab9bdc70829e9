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
    sqlx::query_file_as!(Task, "queries/task_by_id.sql", task_id, workspace_id)
        .fetch_one(pool)
        .await
}

pub async fn overdue(pool: &Pool, workspace_id: Uuid) -> sqlx::Result<Vec<Task>> {
    sqlx::query_as::<_, Task>(include_str!("overdue.sql"))
        .bind(workspace_id)
        .fetch_all(pool)
        .await
}
