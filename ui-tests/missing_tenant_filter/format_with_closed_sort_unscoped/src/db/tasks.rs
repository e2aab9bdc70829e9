use uuid::Uuid;

use super::Pool;

#[derive(Debug, sqlx::FromRow)]
pub struct Task {
    pub id: Uuid,
    pub workspace_id: Uuid,
    pub project_id: Uuid,
    pub title: String,
    pub status: String,
}

pub enum Sort {
    Title,
    Status,
}

pub async fn for_project(pool: &Pool, project_id: Uuid, sort: Sort) -> sqlx::Result<Vec<Task>> {
    let order_by = match sort {
        Sort::Title => "title",
        Sort::Status => "status, title",
    };
    let sql = format!("SELECT id, workspace_id, project_id, title, status FROM tasks WHERE project_id = $1 ORDER BY {order_by}"); //~ missing_tenant_filter
    sqlx::query_as::<_, Task>(&sql).bind(project_id).fetch_all(pool).await
}
