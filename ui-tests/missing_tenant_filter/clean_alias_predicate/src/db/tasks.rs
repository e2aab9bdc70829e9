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

pub async fn board(pool: &Pool, workspace_id: Uuid, project_id: Uuid) -> sqlx::Result<Vec<Task>> {
    sqlx::query_as::<_, Task>(
        r#"
        SELECT t.id, t.workspace_id, t.project_id, t.title, t.status
        FROM tasks AS t
        WHERE t.project_id = $2
          AND t.workspace_id = $1
        ORDER BY t.status, t.title
        "#,
    )
    .bind(workspace_id)
    .bind(project_id)
    .fetch_all(pool)
    .await
}
