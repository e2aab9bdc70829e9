use uuid::Uuid;

use super::Pool;

pub enum Kind {
    Task,
    Project,
}

/// Archive view: the table comes from a closed set, the tenant is bound.
pub async fn count(pool: &Pool, workspace_id: Uuid, kind: Kind) -> sqlx::Result<i64> {
    let table = match kind {
        Kind::Task => "tasks",
        Kind::Project => "projects",
    };
    let sql = format!("SELECT count(*) FROM {table} WHERE workspace_id = $1");
    sqlx::query_scalar(&sql).bind(workspace_id).fetch_one(pool).await
}
