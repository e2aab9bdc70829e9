use sqlx::PgPool;
use uuid::Uuid;

#[derive(Debug, sqlx::FromRow)]
pub struct Ticket {
    pub id: Uuid,
    pub subject: String,
    pub status: String,
}

pub struct Filter {
    pub status: Option<String>,
    pub assignee: Option<String>,
}

pub async fn filtered(pool: &PgPool, filter: &Filter) -> sqlx::Result<Vec<Ticket>> {
    let mut sql = String::from("SELECT id, subject, status FROM tickets WHERE true");
    if let Some(status) = &filter.status {
        sql.push_str(" AND status = '");
        sql.push_str(status); //~ sql_interpolation
        sql.push('\'');
    }
    sqlx::query_as::<_, Ticket>(&sql).fetch_all(pool).await
}
