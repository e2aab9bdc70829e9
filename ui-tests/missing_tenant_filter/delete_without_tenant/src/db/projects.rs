use uuid::Uuid;

use super::Pool;

pub async fn delete(pool: &Pool, project_id: Uuid) -> sqlx::Result<()> {
    sqlx::query(
        "DELETE FROM projects WHERE id = $1 AND archived", //~ missing_tenant_filter
    )
    .bind(project_id)
    .execute(pool)
    .await?;
    Ok(())
}
