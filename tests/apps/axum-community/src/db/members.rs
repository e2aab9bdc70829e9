use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use sqlx::{Postgres, QueryBuilder};
use uuid::Uuid;

use super::Db;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    Member,
    Admin,
    Owner,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Member => "member",
            Role::Admin => "admin",
            Role::Owner => "owner",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "member" => Some(Role::Member),
            "admin" => Some(Role::Admin),
            "owner" => Some(Role::Owner),
            _ => None,
        }
    }
}

#[derive(Debug, Serialize, sqlx::FromRow)]
pub struct Member {
    pub user_id: Uuid,
    pub email: String,
    pub display_name: String,
    pub role: String,
    pub joined_at: DateTime<Utc>,
}

#[derive(Debug, Default, Deserialize)]
pub struct MemberFilter {
    pub name: Option<String>,
    pub email: Option<String>,
    pub role: Option<Role>,
}

pub async fn role_of(db: &Db, workspace_id: Uuid, user_id: Uuid) -> sqlx::Result<Option<Role>> {
    let role: Option<String> = sqlx::query_scalar(
        "SELECT role FROM workspace_members WHERE workspace_id = $1 AND user_id = $2",
    )
    .bind(workspace_id)
    .bind(user_id)
    .fetch_optional(db)
    .await?;
    Ok(role.as_deref().and_then(Role::parse))
}

pub async fn search(db: &Db, workspace_id: Uuid, filter: &MemberFilter) -> sqlx::Result<Vec<Member>> {
    let mut qb = QueryBuilder::<Postgres>::new(
        "SELECT u.id AS user_id, u.email::text AS email, u.display_name, m.role, m.joined_at \
         FROM workspace_members m JOIN users u ON u.id = m.user_id WHERE m.workspace_id = ",
    );
    qb.push_bind(workspace_id);
    if let Some(name) = &filter.name {
        qb.push(" AND u.display_name ILIKE '%");
        qb.push(name); // launchlint-demo: finding sql_interpolation
        qb.push("%'");
    }
    if let Some(email) = &filter.email {
        qb.push(" AND u.email ILIKE ");
        qb.push_bind(format!("%{email}%")); // launchlint-demo: safe sql_interpolation
    }
    if let Some(role) = filter.role {
        qb.push(" AND m.role = ");
        qb.push_bind(role.as_str());
    }
    qb.push(" ORDER BY u.display_name LIMIT 200");
    qb.build_query_as::<Member>().fetch_all(db).await
}

pub async fn list_all(db: &Db, workspace_id: Uuid) -> sqlx::Result<Vec<Member>> {
    search(db, workspace_id, &MemberFilter::default()).await
}

pub async fn add(db: &Db, workspace_id: Uuid, user_id: Uuid, role: Role) -> sqlx::Result<()> {
    sqlx::query("INSERT INTO workspace_members (workspace_id, user_id, role) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING")
        .bind(workspace_id)
        .bind(user_id)
        .bind(role.as_str())
        .execute(db)
        .await?;
    Ok(())
}

/// Adds an existing account by email; false if there is no such account or it is already a member.
pub async fn add_by_email(db: &Db, workspace_id: Uuid, email: &str, role: Role) -> sqlx::Result<bool> {
    let result = sqlx::query(
        "INSERT INTO workspace_members (workspace_id, user_id, role) SELECT $1, id, $3 FROM users WHERE email = $2 ON CONFLICT DO NOTHING",
    )
    .bind(workspace_id)
    .bind(email)
    .bind(role.as_str())
    .execute(db)
    .await?;
    Ok(result.rows_affected() == 1)
}
