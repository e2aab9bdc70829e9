use sqlx::PgPool;

pub async fn drop_partition(pool: &PgPool, month: &str) -> sqlx::Result<()> {
    sqlx::raw_sql(&format!("DROP TABLE IF EXISTS events_{month}")).execute(pool).await?; //~ sql_interpolation
    Ok(())
}
