use sqlx::MySqlPool;

#[derive(Debug, sqlx::FromRow)]
pub struct Invoice {
    pub id: u64,
    pub org_id: u64,
    pub number: String,
    pub amount_cents: i64,
}

pub async fn find(pool: &MySqlPool, id: u64) -> sqlx::Result<Option<Invoice>> {
    sqlx::query_as::<_, Invoice>("SELECT id, org_id, number, amount_cents FROM invoices WHERE id = ?") //~ missing_tenant_filter
        .bind(id)
        .fetch_optional(pool)
        .await
}

pub async fn list(pool: &MySqlPool, org_id: u64) -> sqlx::Result<Vec<Invoice>> {
    sqlx::query_as::<_, Invoice>("SELECT id, org_id, number, amount_cents FROM invoices WHERE org_id = ? ORDER BY id DESC")
        .bind(org_id)
        .fetch_all(pool)
        .await
}
