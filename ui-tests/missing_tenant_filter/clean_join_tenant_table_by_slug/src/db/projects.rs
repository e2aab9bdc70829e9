use uuid::Uuid;

use super::Pool;

#[derive(sqlx::FromRow)]
pub struct Project {
    pub id: Uuid,
    pub name: String,
}

/// Public roadmap page: `/w/{slug}/roadmap`.
pub async fn public_roadmap(pool: &Pool, slug: &str) -> sqlx::Result<Vec<Project>> {
    sqlx::query_as::<_, Project>(
        r#"
        SELECT p.id, p.name
        FROM projects p
        JOIN workspaces w ON w.id = p.workspace_id
        WHERE w.slug = $1 AND w.is_public AND NOT p.archived
        "#,
    )
    .bind(slug)
    .fetch_all(pool)
    .await
}
