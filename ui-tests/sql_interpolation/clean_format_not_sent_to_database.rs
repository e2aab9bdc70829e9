use sqlx::PgPool;
use uuid::Uuid;

#[derive(Debug, sqlx::FromRow)]
pub struct Ticket {
    pub id: Uuid,
    pub subject: String,
    pub status: String,
}

pub async fn close(pool: &PgPool, id: Uuid, who: &str) -> sqlx::Result<String> {
    sqlx::query("UPDATE tickets SET status = 'closed' WHERE id = $1")
        .bind(id)
        .execute(pool)
        .await?;
    let message = format!("ticket {id} closed by {who}");
    Ok(message)
}
