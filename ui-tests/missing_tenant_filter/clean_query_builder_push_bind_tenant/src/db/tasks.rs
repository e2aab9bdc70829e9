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
    pub status: Option<String>,
    pub assignee: Option<Uuid>,
}

pub async fn search(pool: &Pool, workspace_id: Uuid, filter: &TaskFilter) -> sqlx::Result<Vec<Task>> {
    let mut qb = QueryBuilder::<Postgres>::new(
        "SELECT id, workspace_id, project_id, title, status FROM tasks WHERE workspace_id = ",
    );
    qb.push_bind(workspace_id);
    if let Some(status) = &filter.status {
        qb.push(" AND status = ").push_bind(status.clone());
    }
    if let Some(assignee) = filter.assignee {
        qb.push(" AND assignee_id = ");
        qb.push_bind(assignee);
    }
    qb.push(" ORDER BY title LIMIT 100");
    qb.build_query_as::<Task>().fetch_all(pool).await
}
