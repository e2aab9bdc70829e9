use sqlx::PgPool;
use uuid::Uuid;

#[derive(Debug, sqlx::FromRow)]
pub struct Ticket {
    pub id: Uuid,
    pub subject: String,
    pub status: String,
}

pub async fn search(pool: &PgPool, term: &str, status: &str) -> sqlx::Result<Vec<Ticket>> {
    sqlx::query_as::<_, Ticket>("SELECT id, subject, status FROM tickets WHERE subject ILIKE $1 AND status = $2")
        .bind(format!("%{term}%"))
        .bind(status)
        .fetch_all(pool)
        .await
}
