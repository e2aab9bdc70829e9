//! One-off data migration run by `tracker migrate`: rewrites every tenant's rows on purpose.

pub async fn backfill_status(pool: &sqlx::PgPool) -> sqlx::Result<u64> {
    let r = sqlx::query("UPDATE tasks SET status = 'open' WHERE status IS NULL")
        .execute(pool)
        .await?;
    Ok(r.rows_affected())
}
