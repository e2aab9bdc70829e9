use chrono::{DateTime, Utc};
use serde::Serialize;
use uuid::Uuid;

use super::Db;

#[derive(Debug, Serialize, sqlx::FromRow)]
pub struct Space {
    pub id: Uuid,
    pub workspace_id: Uuid,
    pub name: String,
    pub description: Option<String>,
    pub is_archived: bool,
    pub created_at: DateTime<Utc>,
}

pub async fn list(db: &Db, workspace_id: Uuid) -> sqlx::Result<Vec<Space>> {
    sqlx::query_as::<_, Space>("SELECT * FROM spaces WHERE workspace_id = $1 AND NOT is_archived ORDER BY name")
        .bind(workspace_id)
        .fetch_all(db)
        .await
}

pub async fn find(db: &Db, workspace_id: Uuid, space_id: Uuid) -> sqlx::Result<Option<Space>> {
    sqlx::query_as::<_, Space>("SELECT * FROM spaces WHERE id = $1 AND workspace_id = $2")
        .bind(space_id)
        .bind(workspace_id)
        .fetch_optional(db)
        .await
}
