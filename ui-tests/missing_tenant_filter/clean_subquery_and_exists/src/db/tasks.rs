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

pub async fn assigned_to_me(pool: &Pool, user_id: Uuid) -> sqlx::Result<Vec<Task>> {
    sqlx::query_as::<_, Task>(
        "SELECT id, workspace_id, project_id, title, status FROM tasks \
         WHERE workspace_id IN (SELECT workspace_id FROM workspace_members WHERE user_id = $1) \
           AND assignee_id = $1",
    )
    .bind(user_id)
    .fetch_all(pool)
    .await
}

pub async fn find_visible(pool: &Pool, user_id: Uuid, task_id: Uuid) -> sqlx::Result<Option<Task>> {
    sqlx::query_as::<_, Task>(
        r#"
        SELECT t.id, t.workspace_id, t.project_id, t.title, t.status
        FROM tasks t
        WHERE t.id = $2
          AND EXISTS (
              SELECT 1 FROM workspace_members m
              WHERE m.workspace_id = t.workspace_id AND m.user_id = $1
          )
        "#,
    )
    .bind(user_id)
    .bind(task_id)
    .fetch_optional(pool)
    .await
}
