use sqlx::PgPool;

/// Runs a fixed maintenance statement; callers pass constants only.
pub async fn run(pool: &PgPool, sql: &str) -> sqlx::Result<u64> {
    Ok(sqlx::query(sql).execute(pool).await?.rows_affected())
}

pub async fn nightly(pool: &PgPool) -> sqlx::Result<()> {
    run(pool, "DELETE FROM sessions WHERE expires_at < now()").await?;
    run(pool, "REFRESH MATERIALIZED VIEW ticket_stats").await?;
    Ok(())
}
