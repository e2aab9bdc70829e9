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

pub async fn for_project(pool: &Pool, project_id: Uuid) -> sqlx::Result<Vec<Task>> {
    sqlx::query_as::<_, Task>(
        r#"
        SELECT t.id, t.workspace_id, t.project_id, t.title, t.status
        FROM tasks t
        JOIN projects p ON p.id = t.project_id
        WHERE p.id = $1 AND NOT p.archived
        "#, //~^^ missing_tenant_filter
    ) //~^^^^ missing_tenant_filter
    .bind(project_id)
    .fetch_all(pool)
    .await
}
