use sqlx::MySqlPool;

pub async fn mark_paid(pool: &MySqlPool, org_id: u64, id: u64) -> sqlx::Result<u64> {
    let r = sqlx::query("UPDATE invoices SET status = 'paid' WHERE id = ? AND org_id = ?")
        .bind(id)
        .bind(org_id)
        .execute(pool)
        .await?;
    Ok(r.rows_affected())
}

pub async fn create(pool: &MySqlPool, org_id: u64, number: &str, amount_cents: i64) -> sqlx::Result<u64> {
    let r = sqlx::query("INSERT INTO invoices (org_id, number, amount_cents) VALUES (?, ?, ?)")
        .bind(org_id)
        .bind(number)
        .bind(amount_cents)
        .execute(pool)
        .await?;
    Ok(r.last_insert_id())
}
