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

use super::sql;

pub async fn find(pool: &Pool, task_id: Uuid) -> sqlx::Result<Option<Task>> {
    sqlx::query_as::<_, Task>(sql::TASK_BY_ID)
        .bind(task_id)
        .fetch_optional(pool)
        .await
}

pub async fn for_project(pool: &Pool, workspace_id: Uuid, project_id: Uuid) -> sqlx::Result<Vec<Task>> {
    sqlx::query_as::<_, Task>(sql::TASKS_OF_PROJECT)
        .bind(workspace_id)
        .bind(project_id)
        .fetch_all(pool)
        .await
}
