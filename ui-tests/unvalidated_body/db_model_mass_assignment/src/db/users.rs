use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// A row of `users`.
#[derive(Debug, Serialize, Deserialize, sqlx::FromRow)]
pub struct User {
    pub id: Uuid,
    pub workspace_id: Uuid,
    pub email: String,
    pub display_name: String,
    pub role: String,
    pub is_admin: bool,
}
