use sqlx::PgPool;

pub async fn row_count(pool: &PgPool, table: String) -> sqlx::Result<i64> {
    let q = format!("SELECT count(*) FROM {}", table); //~ sql_interpolation
    sqlx::query_scalar::<_, i64>(&q).fetch_one(pool).await
}
