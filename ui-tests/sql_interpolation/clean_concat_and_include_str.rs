use sqlx::PgPool;
use uuid::Uuid;

#[derive(Debug, sqlx::FromRow)]
pub struct Ticket {
    pub id: Uuid,
    pub subject: String,
    pub status: String,
}

const BASE: &str = concat!("SELECT id, subject, status ", "FROM tickets ");

pub async fn open(pool: &PgPool) -> sqlx::Result<Vec<Ticket>> {
    sqlx::query_as::<_, Ticket>(concat!("SELECT id, subject, status FROM tickets ", "WHERE status = 'open'"))
        .fetch_all(pool)
        .await
}

pub async fn all(pool: &PgPool) -> sqlx::Result<Vec<Ticket>> {
    let sql = BASE.to_string() + "ORDER BY id";
    sqlx::query_as::<_, Ticket>(&sql).fetch_all(pool).await
}
