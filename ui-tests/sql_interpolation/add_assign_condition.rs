use sqlx::PgPool;
use uuid::Uuid;

#[derive(Debug, sqlx::FromRow)]
pub struct Ticket {
    pub id: Uuid,
    pub subject: String,
    pub status: String,
}

pub async fn report(pool: &PgPool, extra_where: Option<String>) -> sqlx::Result<Vec<Ticket>> {
    let mut sql = "SELECT id, subject, status FROM tickets WHERE status <> 'spam'".to_owned();
    if let Some(cond) = extra_where {
        sql += " AND ";
        sql += &cond; //~ sql_interpolation
    }
    sqlx::query_as::<_, Ticket>(&sql).fetch_all(pool).await
}
