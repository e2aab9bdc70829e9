//! Query functions. Every table except `users` and `workspaces` is scoped by
//! `workspace_id`; pass it through from the route, never from the request body.

pub mod attachments;
pub mod comments;
pub mod invites;
pub mod members;
pub mod posts;
pub mod spaces;
pub mod users;
pub mod workspaces;

pub type Db = sqlx::PgPool;

/// Postgres `unique_violation`.
pub fn is_unique_violation(err: &sqlx::Error) -> bool {
    matches!(err, sqlx::Error::Database(db) if db.code().as_deref() == Some("23505"))
}
