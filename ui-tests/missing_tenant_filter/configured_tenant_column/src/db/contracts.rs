use uuid::Uuid;

use super::Pool;

#[derive(sqlx::FromRow)]
pub struct Contract {
    pub id: Uuid,
    pub company_id: Uuid,
    pub title: String,
}

pub async fn find(pool: &Pool, id: Uuid) -> sqlx::Result<Contract> {
    sqlx::query_as::<_, Contract>("SELECT id, company_id, title FROM contracts WHERE id = $1") //~ missing_tenant_filter
        .bind(id)
        .fetch_one(pool)
        .await
}

pub async fn list(pool: &Pool, company_id: Uuid) -> sqlx::Result<Vec<Contract>> {
    sqlx::query_as::<_, Contract>("SELECT id, company_id, title FROM contracts WHERE company_id = $1")
        .bind(company_id)
        .fetch_all(pool)
        .await
}
