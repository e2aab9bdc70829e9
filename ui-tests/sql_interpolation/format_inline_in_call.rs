use sqlx::PgPool;
use uuid::Uuid;

#[derive(Debug, sqlx::FromRow)]
pub struct Ticket {
    pub id: Uuid,
    pub subject: String,
    pub status: String,
}

pub async fn delete_tagged(pool: &PgPool, tag: &str) -> sqlx::Result<u64> {
    let done = sqlx::query(&format!("DELETE FROM tickets WHERE tag = '{}'", tag)) //~ sql_interpolation
        .execute(pool)
        .await?;
    Ok(done.rows_affected())
}
