use sqlx::PgPool;
use uuid::Uuid;

#[derive(Debug, sqlx::FromRow)]
pub struct Ticket {
    pub id: Uuid,
    pub subject: String,
    pub status: String,
}

pub async fn in_queue(pool: &PgPool, queue: &str) -> sqlx::Result<Vec<Ticket>> {
    let sql = "SELECT id, subject, status FROM tickets WHERE queue = '".to_string() + queue + "'"; //~ sql_interpolation
    sqlx::query_as::<_, Ticket>(&sql).fetch_all(pool).await
}
