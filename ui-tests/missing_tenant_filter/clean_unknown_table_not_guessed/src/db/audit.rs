use uuid::Uuid;

use super::Pool;

/// `audit_events` lives in the analytics database, not in these migrations.
pub async fn record(pool: &Pool, actor: Uuid, action: &str) -> sqlx::Result<()> {
    sqlx::query("INSERT INTO audit_events (id, actor_id, action) VALUES ($1, $2, $3)")
        .bind(Uuid::new_v4())
        .bind(actor)
        .bind(action)
        .execute(pool)
        .await?;
    Ok(())
}

pub async fn recent(pool: &Pool) -> sqlx::Result<Vec<(Uuid, String)>> {
    sqlx::query_as::<_, (Uuid, String)>("SELECT actor_id, action FROM audit_events ORDER BY at DESC LIMIT 50")
        .fetch_all(pool)
        .await
}
