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

pub async fn find(pool: &Pool, workspace_id: Uuid, task_id: Uuid) -> sqlx::Result<Option<Task>> {
    sqlx::query_as::<_, Task>(
        "SELECT id, workspace_id, project_id, title, status FROM tasks WHERE id = $1 AND workspace_id = $2",
    )
    .bind(task_id)
    .bind(workspace_id)
    .fetch_optional(pool)
    .await
}

pub async fn close(pool: &Pool, workspace_id: Uuid, task_id: Uuid) -> sqlx::Result<u64> {
    let r = sqlx::query("UPDATE tasks SET status = 'done' WHERE workspace_id = $1 AND id = $2")
        .bind(workspace_id)
        .bind(task_id)
        .execute(pool)
        .await?;
    Ok(r.rows_affected())
}

pub async fn delete(pool: &Pool, workspace_id: Uuid, task_id: Uuid) -> sqlx::Result<()> {
    sqlx::query("DELETE FROM tasks WHERE id = $1 AND workspace_id = $2")
        .bind(task_id)
        .bind(workspace_id)
        .execute(pool)
        .await?;
    Ok(())
}
