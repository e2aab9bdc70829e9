use sqlx::PgPool;

use crate::sort;

pub async fn subjects(pool: &PgPool, requested: &str) -> sqlx::Result<Vec<String>> {
    let sql = format!("SELECT subject FROM tickets ORDER BY {} LIMIT 100", sort::order_by(requested));
    sqlx::query_scalar(&sql).fetch_all(pool).await
}
