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

pub async fn open_in_active_projects(pool: &Pool, workspace_id: Uuid) -> sqlx::Result<Vec<Task>> {
    sqlx::query_as::<_, Task>(
        r#"
        WITH active AS (
            SELECT id FROM projects WHERE workspace_id = $1 AND NOT archived
        )
        SELECT t.id, t.workspace_id, t.project_id, t.title, t.status
        FROM tasks t
        JOIN active a ON a.id = t.project_id
        WHERE t.status = 'open'
        "#,
    )
    .bind(workspace_id)
    .fetch_all(pool)
    .await
}

pub async fn of_project(pool: &Pool, workspace_id: Uuid, project_id: Uuid) -> sqlx::Result<Vec<Task>> {
    sqlx::query_as::<_, Task>(
        "SELECT t.id, t.workspace_id, t.project_id, t.title, t.status FROM tasks t \
         JOIN projects p ON p.id = t.project_id WHERE p.workspace_id = $1 AND p.id = $2",
    )
    .bind(workspace_id)
    .bind(project_id)
    .fetch_all(pool)
    .await
}
