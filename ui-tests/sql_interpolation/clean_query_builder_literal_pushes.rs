use sqlx::PgPool;
use uuid::Uuid;

#[derive(Debug, sqlx::FromRow)]
pub struct Ticket {
    pub id: Uuid,
    pub subject: String,
    pub status: String,
}

use sqlx::{Postgres, QueryBuilder};

const PAGE: i64 = 50;

pub async fn open(pool: &PgPool, newest: bool) -> sqlx::Result<Vec<Ticket>> {
    let mut qb = QueryBuilder::<Postgres>::new("SELECT id, subject, status FROM tickets WHERE status = 'open'");
    qb.push(if newest { " ORDER BY id DESC" } else { " ORDER BY id" });
    qb.push(" LIMIT ").push(PAGE);
    qb.build_query_as::<Ticket>().fetch_all(pool).await
}
