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

use sqlx::{Postgres, QueryBuilder};

pub struct TaskFilter {
    pub project_id: Uuid,
    pub status: Option<String>,
}

pub async fn search(pool: &Pool, filter: &TaskFilter) -> sqlx::Result<Vec<Task>> {
    let mut qb = QueryBuilder::<Postgres>::new(
        "SELECT id, workspace_id, project_id, title, status FROM tasks WHERE project_id = ", //~ missing_tenant_filter
    );
    qb.push_bind(filter.project_id);
    if let Some(status) = &filter.status {
        qb.push(" AND status = ").push_bind(status.clone());
    }
    qb.push(" ORDER BY title LIMIT 100");
    qb.build_query_as::<Task>().fetch_all(pool).await
}
