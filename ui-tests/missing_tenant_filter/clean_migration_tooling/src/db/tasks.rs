use uuid::Uuid;

use super::Pool;

pub async fn count(pool: &Pool, workspace_id: Uuid) -> sqlx::Result<i64> {
    sqlx::query_scalar("SELECT count(*) FROM tasks WHERE workspace_id = $1")
        .bind(workspace_id)
        .fetch_one(pool)
        .await
}
