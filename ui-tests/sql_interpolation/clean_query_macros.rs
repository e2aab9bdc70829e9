use sqlx::PgPool;
use uuid::Uuid;

#[derive(Debug, sqlx::FromRow)]
pub struct Ticket {
    pub id: Uuid,
    pub subject: String,
    pub status: String,
}

pub async fn find(pool: &PgPool, id: Uuid) -> sqlx::Result<Ticket> {
    sqlx::query_as!(Ticket, "SELECT id, subject, status FROM tickets WHERE id = $1", id)
        .fetch_one(pool)
        .await
}

pub async fn export(pool: &PgPool) -> sqlx::Result<Vec<Ticket>> {
    sqlx::query_file_as!(Ticket, "queries/export.sql").fetch_all(pool).await
}
