use sqlx::PgPool;
use uuid::Uuid;

#[derive(Debug, sqlx::FromRow)]
pub struct Ticket {
    pub id: Uuid,
    pub subject: String,
    pub status: String,
}

#[derive(Clone, Copy)]
pub enum Status {
    Open,
    Pending,
    Closed,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Open => "open",
            Status::Pending => "pending",
            Status::Closed => "closed",
        }
    }
}

pub async fn count(pool: &PgPool, status: Status) -> sqlx::Result<i64> {
    let sql = format!("SELECT count(*) FROM tickets WHERE status = '{}'", status.as_str());
    sqlx::query_scalar(&sql).fetch_one(pool).await
}
