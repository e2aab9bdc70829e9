use sqlx::PgPool;
use uuid::Uuid;

#[derive(Debug, sqlx::FromRow)]
pub struct Ticket {
    pub id: Uuid,
    pub subject: String,
    pub status: String,
}

pub async fn by_subject(pool: &PgPool, subject: &str) -> sqlx::Result<Vec<Ticket>> {
    let sql = format!(
        "SELECT id, subject, status FROM tickets WHERE subject = '{}'",
        subject, //~ sql_interpolation
    );
    sqlx::query_as::<_, Ticket>(&sql).fetch_all(pool).await
}
