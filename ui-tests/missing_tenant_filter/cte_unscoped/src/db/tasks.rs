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

/// Overdue tasks for the reminder e-mail of one project.
pub async fn overdue(pool: &Pool, project_id: Uuid) -> sqlx::Result<Vec<Task>> {
    sqlx::query_as::<_, Task>(
        r#"
        WITH overdue AS (
            SELECT * FROM tasks WHERE due_at < now() AND status <> 'done'
        )
        SELECT id, workspace_id, project_id, title, status FROM overdue WHERE project_id = $1
        "#, //~^^^ missing_tenant_filter
    )
    .bind(project_id)
    .fetch_all(pool)
    .await
}
