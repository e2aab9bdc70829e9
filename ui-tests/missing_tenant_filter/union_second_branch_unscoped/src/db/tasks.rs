use uuid::Uuid;

use super::Pool;

/// Everything with a title matching the search box, for the command palette.
pub async fn titles(pool: &Pool, ws: Uuid, q: &str) -> sqlx::Result<Vec<(Uuid, String)>> {
    sqlx::query_as::<_, (Uuid, String)>(
        r#"
        SELECT id, name FROM projects WHERE workspace_id = $1 AND name ILIKE $2
        UNION ALL
        SELECT id, title FROM tasks WHERE title ILIKE $2
        "#, //~^ missing_tenant_filter
    )
    .bind(ws)
    .bind(format!("%{q}%"))
    .fetch_all(pool)
    .await
}
