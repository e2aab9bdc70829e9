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

pub async fn set_status(pool: &Pool, task_id: Uuid, status: &str) -> sqlx::Result<u64> {
    let done = sqlx::query("UPDATE tasks SET status = $1 WHERE id = $2") //~ missing_tenant_filter
        .bind(status)
        .bind(task_id)
        .execute(pool)
        .await?;
    Ok(done.rows_affected())
}
