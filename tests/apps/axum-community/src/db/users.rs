use uuid::Uuid;

use super::Db;

#[derive(Debug, sqlx::FromRow)]
pub struct UserRecord {
    pub id: Uuid,
    pub email: String,
    pub display_name: String,
    pub password_hash: String,
    pub is_staff: bool,
}

pub async fn find_by_email(db: &Db, email: &str) -> sqlx::Result<Option<UserRecord>> {
    sqlx::query_as::<_, UserRecord>(
        "SELECT id, email::text AS email, display_name, password_hash, is_staff FROM users WHERE email = $1",
    )
    .bind(email)
    .fetch_optional(db)
    .await
}

pub async fn create(db: &Db, email: &str, display_name: &str, password_hash: &str) -> sqlx::Result<UserRecord> {
    sqlx::query_as::<_, UserRecord>(
        "INSERT INTO users (id, email, display_name, password_hash) VALUES ($1, $2, $3, $4) \
         RETURNING id, email::text AS email, display_name, password_hash, is_staff",
    )
    .bind(Uuid::new_v4())
    .bind(email)
    .bind(display_name)
    .bind(password_hash)
    .fetch_one(db)
    .await
}
