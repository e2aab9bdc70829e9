use uuid::Uuid;

use super::Pool;

#[derive(sqlx::FromRow)]
pub struct ProjectWithRole {
    pub id: Uuid,
    pub name: String,
    pub role: String,
}

/// The join checks that someone is a member, not that the caller is.
pub async fn find(pool: &Pool, project_id: Uuid) -> sqlx::Result<Option<ProjectWithRole>> {
    sqlx::query_as::<_, ProjectWithRole>(
        r#"
        SELECT p.id, p.name, m.role
        FROM projects p
        JOIN workspace_members m ON m.workspace_id = p.workspace_id
        WHERE p.id = $1
        "#, //~^^ missing_tenant_filter
    ) //~^^^^ missing_tenant_filter
    .bind(project_id)
    .fetch_optional(pool)
    .await
}
