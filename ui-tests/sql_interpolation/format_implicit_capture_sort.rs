use sqlx::PgPool;
use uuid::Uuid;

#[derive(Debug, sqlx::FromRow)]
pub struct Ticket {
    pub id: Uuid,
    pub subject: String,
    pub status: String,
}

/// `sort` is the raw `?sort=` query parameter.
pub async fn list(pool: &PgPool, sort: &str) -> sqlx::Result<Vec<Ticket>> {
    let sql = format!("SELECT id, subject, status FROM tickets ORDER BY {sort}"); //~ sql_interpolation
    sqlx::query_as::<_, Ticket>(&sql).fetch_all(pool).await
}
