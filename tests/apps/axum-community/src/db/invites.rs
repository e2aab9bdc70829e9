use chrono::{DateTime, Utc};
use serde::Serialize;
use uuid::Uuid;

use super::Db;

#[derive(Debug, Serialize, sqlx::FromRow)]
pub struct Invite {
    pub id: Uuid,
    pub workspace_id: Uuid,
    pub email: String,
    pub role: String,
    pub invited_by: Uuid,
    pub accepted_at: Option<DateTime<Utc>>,
    pub expires_at: DateTime<Utc>,
}

pub async fn create(
    db: &Db,
    workspace_id: Uuid,
    email: &str,
    role: &str,
    invited_by: Uuid,
    expires_at: DateTime<Utc>,
) -> sqlx::Result<Invite> {
    sqlx::query_as::<_, Invite>(
        r#"
        INSERT INTO invites (id, workspace_id, email, role, invited_by, expires_at)
        VALUES ($1, $2, $3, $4, $5, $6)
        RETURNING id, workspace_id, email::text AS email, role, invited_by, accepted_at, expires_at
        "#,
    )
    .bind(Uuid::new_v4())
    .bind(workspace_id)
    .bind(email)
    .bind(role)
    .bind(invited_by)
    .bind(expires_at)
    .fetch_one(db)
    .await
}

pub async fn find(db: &Db, workspace_id: Uuid, invite_id: Uuid) -> sqlx::Result<Option<Invite>> {
    sqlx::query_as::<_, Invite>(
        r#"
        SELECT id, workspace_id, email::text AS email, role, invited_by, accepted_at, expires_at
        FROM invites
        WHERE id = $1 AND workspace_id = $2
        "#,
    )
    .bind(invite_id)
    .bind(workspace_id)
    .fetch_optional(db)
    .await
}

pub async fn mark_accepted(db: &Db, workspace_id: Uuid, invite_id: Uuid) -> sqlx::Result<()> {
    sqlx::query("UPDATE invites SET accepted_at = now() WHERE id = $1 AND workspace_id = $2")
        .bind(invite_id)
        .bind(workspace_id)
        .execute(db)
        .await?;
    Ok(())
}
