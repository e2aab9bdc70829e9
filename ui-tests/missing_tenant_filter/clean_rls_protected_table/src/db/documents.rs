use uuid::Uuid;

use super::Pool;

#[derive(sqlx::FromRow)]
pub struct Document {
    pub id: Uuid,
    pub title: String,
    pub body: String,
}

/// Runs inside the request transaction that set `app.workspace_id` (see `with_tenant`).
pub async fn find(tx: &mut sqlx::PgConnection, id: Uuid) -> sqlx::Result<Option<Document>> {
    sqlx::query_as::<_, Document>("SELECT id, title, body FROM documents WHERE id = $1")
        .bind(id)
        .fetch_optional(tx)
        .await
}

pub async fn with_tenant(pool: &Pool, workspace_id: Uuid) -> sqlx::Result<sqlx::Transaction<'static, sqlx::Postgres>> {
    let mut tx = pool.begin().await?;
    sqlx::query("SELECT set_config('app.workspace_id', $1, true)")
        .bind(workspace_id.to_string())
        .execute(&mut *tx)
        .await?;
    Ok(tx)
}
