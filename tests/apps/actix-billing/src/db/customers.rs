use chrono::{DateTime, Utc};
use serde::Serialize;
use uuid::Uuid;

use super::Db;

#[derive(Debug, Serialize, sqlx::FromRow)]
pub struct Customer {
    pub id: Uuid,
    pub org_id: Uuid,
    pub name: String,
    pub billing_email: String,
    pub tax_id: Option<String>,
    pub created_at: DateTime<Utc>,
}

pub async fn list(db: &Db, org_id: Uuid) -> sqlx::Result<Vec<Customer>> {
    sqlx::query_as::<_, Customer>("SELECT * FROM customers WHERE org_id = $1 ORDER BY name LIMIT 500")
        .bind(org_id)
        .fetch_all(db)
        .await
}

/// Type-ahead search in the invoice editor.
pub async fn search(db: &Db, org_id: Uuid, term: &str) -> sqlx::Result<Vec<Customer>> {
    let sql = format!("SELECT * FROM customers WHERE org_id = $1 AND name ILIKE '%{term}%' ORDER BY name LIMIT 20"); // launchlint-demo: finding sql_interpolation
    sqlx::query_as::<_, Customer>(&sql).bind(org_id).fetch_all(db).await
}

pub async fn create(db: &Db, org_id: Uuid, name: &str, billing_email: &str, tax_id: Option<&str>) -> sqlx::Result<Customer> {
    sqlx::query_as::<_, Customer>(
        "INSERT INTO customers (id, org_id, name, billing_email, tax_id) VALUES ($1, $2, $3, $4, $5) RETURNING *",
    )
    .bind(Uuid::new_v4())
    .bind(org_id)
    .bind(name)
    .bind(billing_email)
    .bind(tax_id)
    .fetch_one(db)
    .await
}

pub async fn update(
    db: &Db,
    org_id: Uuid,
    customer_id: Uuid,
    name: Option<&str>,
    billing_email: Option<&str>,
) -> sqlx::Result<Option<Customer>> {
    sqlx::query_as::<_, Customer>(
        "UPDATE customers SET name = COALESCE($1, name), billing_email = COALESCE($2, billing_email) WHERE id = $3 AND org_id = $4 RETURNING *",
    )
    .bind(name)
    .bind(billing_email)
    .bind(customer_id)
    .bind(org_id)
    .fetch_optional(db)
    .await
}
