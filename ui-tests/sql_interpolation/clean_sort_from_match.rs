use sqlx::PgPool;
use uuid::Uuid;

#[derive(Debug, sqlx::FromRow)]
pub struct Ticket {
    pub id: Uuid,
    pub subject: String,
    pub status: String,
}

pub enum Sort {
    Newest,
    Oldest,
    Subject,
}

pub async fn list(pool: &PgPool, sort: Sort, descending: bool) -> sqlx::Result<Vec<Ticket>> {
    let order_by = match sort {
        Sort::Newest => "created_at DESC",
        Sort::Oldest => "created_at ASC",
        Sort::Subject => "subject",
    };
    let nulls = if descending { "NULLS LAST" } else { "NULLS FIRST" };
    let sql = format!("SELECT id, subject, status FROM tickets ORDER BY {order_by} {nulls}");
    sqlx::query_as::<_, Ticket>(&sql).fetch_all(pool).await
}
