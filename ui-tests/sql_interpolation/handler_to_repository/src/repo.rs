use sqlx::PgPool;

pub async fn subjects(pool: &PgPool, order: &str) -> sqlx::Result<Vec<String>> {
    let sql = format!("SELECT subject FROM tickets ORDER BY {order} LIMIT 100"); //~ sql_interpolation
    sqlx::query_scalar(&sql).fetch_all(pool).await
}
