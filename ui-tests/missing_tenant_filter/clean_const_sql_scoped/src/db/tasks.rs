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

use super::sql::TASK_BY_ID;

pub async fn find(pool: &Pool, workspace_id: Uuid, task_id: Uuid) -> sqlx::Result<Option<Task>> {
    sqlx::query_as::<_, Task>(TASK_BY_ID)
        .bind(task_id)
        .bind(workspace_id)
        .fetch_optional(pool)
        .await
}
