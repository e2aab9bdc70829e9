use sqlx::PgPool;
use uuid::Uuid;

#[derive(Debug, sqlx::FromRow)]
pub struct Ticket {
    pub id: Uuid,
    pub subject: String,
    pub status: String,
}

const TABLE: &str = "tickets";
const COLUMNS: &str = "id, subject, status";

pub async fn all(pool: &PgPool) -> sqlx::Result<Vec<Ticket>> {
    let sql = format!("SELECT {COLUMNS} FROM {} ORDER BY id", TABLE);
    sqlx::query_as::<_, Ticket>(&sql).fetch_all(pool).await
}
