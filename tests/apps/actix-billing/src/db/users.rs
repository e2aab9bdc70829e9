use uuid::Uuid;

use super::Db;

#[derive(Debug, sqlx::FromRow)]
pub struct User {
    pub id: Uuid,
    pub email: String,
    pub password_hash: String,
}

pub async fn find_by_email(db: &Db, email: &str) -> sqlx::Result<Option<User>> {
    sqlx::query_as::<_, User>("SELECT id, email, password_hash FROM users WHERE email = $1")
        .bind(email)
        .fetch_optional(db)
        .await
}
