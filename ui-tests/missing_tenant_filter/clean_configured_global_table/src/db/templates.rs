use uuid::Uuid;

use super::Pool;

#[derive(sqlx::FromRow)]
pub struct Template {
    pub id: Uuid,
    pub name: String,
    pub body: String,
}

pub async fn find(pool: &Pool, id: Uuid) -> sqlx::Result<Option<Template>> {
    sqlx::query_as::<_, Template>("SELECT id, name, body FROM templates WHERE id = $1")
        .bind(id)
        .fetch_optional(pool)
        .await
}
