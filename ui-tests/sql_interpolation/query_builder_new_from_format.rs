use sqlx::PgPool;
use uuid::Uuid;

#[derive(Debug, sqlx::FromRow)]
pub struct Ticket {
    pub id: Uuid,
    pub subject: String,
    pub status: String,
}

use sqlx::{Postgres, QueryBuilder};

pub async fn count_in(pool: &PgPool, table: &str) -> sqlx::Result<i64> {
    let mut qb = QueryBuilder::<Postgres>::new(format!("SELECT count(*) FROM {table}")); //~ sql_interpolation
    qb.build_query_scalar().fetch_one(pool).await
}
