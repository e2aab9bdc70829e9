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

pub async fn find(pool: &Pool, workspace_id: Uuid, id: Uuid) -> sqlx::Result<Option<Task>> {
    sqlx::query_as::<_, Task>("SELECT id, workspace_id, project_id, title, status FROM tasks WHERE workspace_id = $1 AND id = $2")
        .bind(workspace_id)
        .bind(id)
        .fetch_optional(pool)
        .await
}

#[cfg(test)]
mod tests {
    use super::*;

    async fn any_task(pool: &Pool) -> Task {
        sqlx::query_as::<_, Task>("SELECT id, workspace_id, project_id, title, status FROM tasks LIMIT 1")
            .fetch_one(pool)
            .await
            .expect("a task")
    }
}
