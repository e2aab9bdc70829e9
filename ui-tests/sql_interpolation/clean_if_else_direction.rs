use sqlx::PgPool;
use uuid::Uuid;

#[derive(Debug, sqlx::FromRow)]
pub struct Ticket {
    pub id: Uuid,
    pub subject: String,
    pub status: String,
}

pub async fn list(pool: &PgPool, ascending: bool) -> sqlx::Result<Vec<Ticket>> {
    let sql = format!(
        "SELECT id, subject, status FROM tickets ORDER BY created_at {}",
        if ascending { "ASC" } else { "DESC" }
    );
    sqlx::query_as::<_, Ticket>(&sql).fetch_all(pool).await
}
