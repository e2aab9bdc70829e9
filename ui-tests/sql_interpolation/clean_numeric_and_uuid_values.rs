use sqlx::PgPool;
use uuid::Uuid;

#[derive(Debug, sqlx::FromRow)]
pub struct Ticket {
    pub id: Uuid,
    pub subject: String,
    pub status: String,
}

pub async fn page(pool: &PgPool, limit: i64, offset: u32, after: Uuid) -> sqlx::Result<Vec<Ticket>> {
    let sql = format!(
        "SELECT id, subject, status FROM tickets WHERE id > '{after}' ORDER BY id LIMIT {limit} OFFSET {}",
        offset
    );
    sqlx::query_as::<_, Ticket>(&sql).fetch_all(pool).await
}
