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

pub async fn move_to(pool: &Pool, ws: Uuid, task_id: Uuid, project_id: Uuid) -> sqlx::Result<()> {
    let mut tx = pool.begin().await?;
    sqlx::query("SELECT 1 FROM projects WHERE id = $1 AND workspace_id = $2")
        .bind(project_id)
        .bind(ws)
        .fetch_one(&mut *tx)
        .await?;
    sqlx::query("UPDATE tasks SET project_id = $1 WHERE id = $2") //~ missing_tenant_filter
        .bind(project_id)
        .bind(task_id)
        .execute(&mut *tx)
        .await?;
    tx.commit().await
}
