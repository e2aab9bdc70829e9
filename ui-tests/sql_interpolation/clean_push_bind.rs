use sqlx::PgPool;
use uuid::Uuid;

#[derive(Debug, sqlx::FromRow)]
pub struct Ticket {
    pub id: Uuid,
    pub subject: String,
    pub status: String,
}

use sqlx::{Postgres, QueryBuilder};

pub struct Filter {
    pub subject: Option<String>,
    pub statuses: Vec<String>,
}

pub async fn search(pool: &PgPool, f: &Filter) -> sqlx::Result<Vec<Ticket>> {
    let mut qb = QueryBuilder::<Postgres>::new("SELECT id, subject, status FROM tickets WHERE true");
    if let Some(s) = &f.subject {
        qb.push(" AND subject ILIKE ").push_bind(format!("%{s}%"));
    }
    if !f.statuses.is_empty() {
        qb.push(" AND status IN (");
        let mut list = qb.separated(", ");
        for s in &f.statuses {
            list.push_bind(s.clone());
        }
        list.push_unseparated(")");
    }
    qb.push(" ORDER BY id DESC LIMIT ").push_bind(100i64);
    qb.build_query_as::<Ticket>().fetch_all(pool).await
}
