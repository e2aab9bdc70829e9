use sqlx::PgPool;
use uuid::Uuid;

#[derive(Debug, sqlx::FromRow)]
pub struct Ticket {
    pub id: Uuid,
    pub subject: String,
    pub status: String,
}

use sqlx::{Postgres, QueryBuilder};

pub async fn by_label(pool: &PgPool, label: &str) -> sqlx::Result<Vec<Ticket>> {
    let mut qb: QueryBuilder<Postgres> = QueryBuilder::new("SELECT id, subject, status FROM tickets WHERE label = '");
    qb.push(label).push("'"); //~ sql_interpolation
    qb.build_query_as::<Ticket>().fetch_all(pool).await
}
