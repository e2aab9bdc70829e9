use sqlx::PgPool;
use uuid::Uuid;

#[derive(Debug, sqlx::FromRow)]
pub struct Ticket {
    pub id: Uuid,
    pub subject: String,
    pub status: String,
}

use sqlx::{Postgres, QueryBuilder};

pub async fn with_columns(pool: &PgPool, columns: &[String]) -> sqlx::Result<Vec<sqlx::postgres::PgRow>> {
    let mut qb = QueryBuilder::<Postgres>::new("SELECT ");
    let mut cols = qb.separated(", ");
    for c in columns {
        cols.push(c); //~ sql_interpolation
    }
    qb.push(" FROM tickets LIMIT 100");
    qb.build().fetch_all(pool).await
}
