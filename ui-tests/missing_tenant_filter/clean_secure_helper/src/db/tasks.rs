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

/// Every task lookup goes through here: the SQL itself carries the tenant predicate.
pub async fn secure_find(pool: &Pool, workspace_id: Uuid, task_id: Uuid) -> sqlx::Result<Option<Task>> {
    sqlx::query_as::<_, Task>(SECURE_FIND)
        .bind(task_id)
        .bind(workspace_id)
        .fetch_optional(pool)
        .await
}

const SECURE_FIND: &str =
    "SELECT id, workspace_id, project_id, title, status FROM tasks WHERE id = $1 AND workspace_id = $2";
