use sqlx::PgPool;
use uuid::Uuid;

#[derive(Debug, sqlx::FromRow)]
pub struct Ticket {
    pub id: Uuid,
    pub subject: String,
    pub status: String,
}

pub async fn search(pool: &PgPool, term: String) -> sqlx::Result<Vec<Ticket>> {
    let sql = format!("SELECT id, subject, status FROM tickets WHERE subject ILIKE {term:?}"); //~ sql_interpolation
    sqlx::query_as(&sql).fetch_all(pool).await
}
