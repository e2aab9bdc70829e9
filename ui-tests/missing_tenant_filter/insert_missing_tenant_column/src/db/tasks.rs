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

pub async fn create(pool: &Pool, project_id: Uuid, title: &str) -> sqlx::Result<Task> {
    sqlx::query_as::<_, Task>(
        r#"
        INSERT INTO tasks (id, project_id, title)
        VALUES ($1, $2, $3)
        RETURNING id, workspace_id, project_id, title, status
        "#, //~^^^ missing_tenant_filter
    )
    .bind(Uuid::new_v4())
    .bind(project_id)
    .bind(title)
    .fetch_one(pool)
    .await
}
