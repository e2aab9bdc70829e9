use sqlx::PgPool;
use uuid::Uuid;

#[derive(Debug, sqlx::FromRow)]
pub struct Ticket {
    pub id: Uuid,
    pub subject: String,
    pub status: String,
}

pub async fn count(pool: &PgPool) -> sqlx::Result<i64> {
    sqlx::query_scalar("SELECT count(*) FROM tickets").fetch_one(pool).await
}

#[cfg(test)]
mod tests {
    use super::*;

    async fn truncate(pool: &PgPool, table: &str) {
        sqlx::query(&format!("TRUNCATE {table} CASCADE")).execute(pool).await.expect("truncate");
    }
}
