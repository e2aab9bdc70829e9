use sqlx::PgPool;
use uuid::Uuid;

#[derive(Debug, sqlx::FromRow)]
pub struct Ticket {
    pub id: Uuid,
    pub subject: String,
    pub status: String,
}

pub async fn list(pool: &PgPool, only_open: bool, newest_first: bool) -> sqlx::Result<Vec<Ticket>> {
    let mut sql = String::from("SELECT id, subject, status FROM tickets");
    if only_open {
        sql.push_str(" WHERE status = 'open'");
    }
    sql += if newest_first { " ORDER BY id DESC" } else { " ORDER BY id" };
    sqlx::query_as::<_, Ticket>(&sql).fetch_all(pool).await
}
