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

pub async fn create(pool: &Pool, workspace_id: Uuid, project_id: Uuid, title: &str) -> sqlx::Result<Task> {
    sqlx::query_as::<_, Task>(
        r#"
        INSERT INTO tasks (id, workspace_id, project_id, title)
        SELECT $1, p.workspace_id, p.id, $4
        FROM projects p
        WHERE p.id = $3 AND p.workspace_id = $2
        RETURNING id, workspace_id, project_id, title, status
        "#,
    )
    .bind(Uuid::new_v4())
    .bind(workspace_id)
    .bind(project_id)
    .bind(title)
    .fetch_one(pool)
    .await
}

pub async fn join(pool: &Pool, workspace_id: Uuid, user_id: Uuid) -> sqlx::Result<()> {
    sqlx::query("INSERT INTO workspace_members (workspace_id, user_id, role) VALUES ($1, $2, 'member') ON CONFLICT DO NOTHING")
        .bind(workspace_id)
        .bind(user_id)
        .execute(pool)
        .await?;
    Ok(())
}
