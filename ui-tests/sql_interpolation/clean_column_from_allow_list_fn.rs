use sqlx::PgPool;
use uuid::Uuid;

#[derive(Debug, sqlx::FromRow)]
pub struct Ticket {
    pub id: Uuid,
    pub subject: String,
    pub status: String,
}

/// Maps the public `?sort=` names to columns; anything else falls back to the id.
fn sort_column(requested: &str) -> &'static str {
    match requested {
        "subject" => "subject",
        "status" => "status",
        _ => "id",
    }
}

pub async fn list(pool: &PgPool, requested: &str) -> sqlx::Result<Vec<Ticket>> {
    let sql = format!("SELECT id, subject, status FROM tickets ORDER BY {}", sort_column(requested));
    sqlx::query_as::<_, Ticket>(&sql).fetch_all(pool).await
}
