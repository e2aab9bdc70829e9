use sqlx::PgPool;
use uuid::Uuid;

#[derive(Debug, sqlx::FromRow)]
pub struct Ticket {
    pub id: Uuid,
    pub subject: String,
    pub status: String,
}

pub async fn by_status(pool: &PgPool, requested: String) -> sqlx::Result<Vec<Ticket>> {
    let sql = format!(
        "SELECT id, subject, status FROM tickets WHERE status = '{status}' LIMIT 50",
        status = requested.trim(), //~ sql_interpolation
    );
    sqlx::query_as::<_, Ticket>(sql.as_str()).fetch_all(pool).await
}
