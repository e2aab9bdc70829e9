use chrono::{DateTime, Utc};
use serde::Serialize;
use uuid::Uuid;

use super::Db;

#[derive(Debug, Serialize, sqlx::FromRow)]
pub struct Organization {
    pub id: Uuid,
    pub name: String,
    pub currency: String,
    pub created_at: DateTime<Utc>,
}

pub async fn list_for_user(db: &Db, user_id: Uuid) -> sqlx::Result<Vec<Organization>> {
    sqlx::query_as::<_, Organization>(
        "SELECT o.id, o.name, o.currency, o.created_at FROM organizations o JOIN org_members m ON m.org_id = o.id WHERE m.user_id = $1 ORDER BY o.name",
    )
    .bind(user_id)
    .fetch_all(db)
    .await
}

pub async fn role_of(db: &Db, org_id: Uuid, user_id: Uuid) -> sqlx::Result<Option<String>> {
    sqlx::query_scalar("SELECT role FROM org_members WHERE org_id = $1 AND user_id = $2")
        .bind(org_id)
        .bind(user_id)
        .fetch_optional(db)
        .await
}

/// Signup: a new organization, its first user, and the owner membership.
pub async fn create_with_owner(db: &Db, org_name: &str, email: &str, password_hash: &str) -> sqlx::Result<(Uuid, Uuid)> {
    let (org_id, user_id) = (Uuid::new_v4(), Uuid::new_v4());
    let mut tx = db.begin().await?;
    sqlx::query("INSERT INTO organizations (id, name) VALUES ($1, $2)")
        .bind(org_id)
        .bind(org_name)
        .execute(&mut *tx)
        .await?;
    sqlx::query("INSERT INTO users (id, email, password_hash) VALUES ($1, $2, $3)")
        .bind(user_id)
        .bind(email)
        .bind(password_hash)
        .execute(&mut *tx)
        .await?;
    sqlx::query("INSERT INTO org_members (org_id, user_id, role) VALUES ($1, $2, 'owner')")
        .bind(org_id)
        .bind(user_id)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok((org_id, user_id))
}
