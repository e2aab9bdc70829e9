use chrono::{DateTime, Utc};
use serde::Serialize;
use uuid::Uuid;

use super::Db;

#[derive(Debug, Serialize, sqlx::FromRow)]
pub struct ApiKey {
    pub id: Uuid,
    pub org_id: Uuid,
    pub name: String,
    pub prefix: String,
    pub created_at: DateTime<Utc>,
    pub revoked_at: Option<DateTime<Utc>>,
}

pub async fn list(db: &Db, org_id: Uuid) -> sqlx::Result<Vec<ApiKey>> {
    sqlx::query_as::<_, ApiKey>(
        "SELECT id, org_id, name, prefix, created_at, revoked_at FROM api_keys WHERE org_id = $1 ORDER BY created_at DESC",
    )
    .bind(org_id)
    .fetch_all(db)
    .await
}

pub async fn create(
    db: &Db,
    org_id: Uuid,
    name: &str,
    prefix: &str,
    secret_hash: &str,
    created_by: Uuid,
) -> sqlx::Result<ApiKey> {
    sqlx::query_as::<_, ApiKey>(
        r#"
        INSERT INTO api_keys (id, org_id, name, prefix, secret_hash, created_by)
        VALUES ($1, $2, $3, $4, $5, $6)
        RETURNING id, org_id, name, prefix, created_at, revoked_at
        "#,
    )
    .bind(Uuid::new_v4())
    .bind(org_id)
    .bind(name)
    .bind(prefix)
    .bind(secret_hash)
    .bind(created_by)
    .fetch_one(db)
    .await
}

pub async fn revoke(db: &Db, org_id: Uuid, key_id: Uuid) -> sqlx::Result<bool> {
    let result = sqlx::query("UPDATE api_keys SET revoked_at = now() WHERE id = $1 AND org_id = $2 AND revoked_at IS NULL")
        .bind(key_id)
        .bind(org_id)
        .execute(db)
        .await?;
    Ok(result.rows_affected() > 0)
}
