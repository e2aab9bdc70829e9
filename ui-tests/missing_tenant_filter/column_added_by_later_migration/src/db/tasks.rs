use uuid::Uuid;

use super::Pool;

pub async fn add_label(pool: &Pool, task_id: Uuid, label: &str) -> sqlx::Result<()> {
    sqlx::query("INSERT INTO task_labels (task_id, label) VALUES ($1, $2)") //~ missing_tenant_filter
        .bind(task_id)
        .bind(label)
        .execute(pool)
        .await?;
    Ok(())
}
