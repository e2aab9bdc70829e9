use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use sqlx::{Postgres, QueryBuilder};
use uuid::Uuid;

use super::Db;

#[derive(Debug, Serialize, sqlx::FromRow)]
pub struct Invoice {
    pub id: Uuid,
    pub org_id: Uuid,
    pub customer_id: Uuid,
    pub number: String,
    pub status: String,
    pub currency: String,
    pub amount_cents: i64,
    pub due_at: NaiveDate,
    pub issued_at: DateTime<Utc>,
    pub voided_at: Option<DateTime<Utc>>,
}

#[derive(Debug, Clone, Copy, Default, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum InvoiceSort {
    #[default]
    DueDate,
    Newest,
    Amount,
}

#[derive(Debug, Default, Deserialize)]
pub struct InvoiceFilter {
    pub status: Option<String>,
    pub currency: Option<String>,
    #[serde(default)]
    pub sort: InvoiceSort,
}

pub struct NewInvoice<'a> {
    pub customer_id: Uuid,
    pub number: &'a str,
    pub currency: &'a str,
    pub amount_cents: i64,
    pub due_at: NaiveDate,
}

pub async fn list(db: &Db, org_id: Uuid, sort: InvoiceSort) -> sqlx::Result<Vec<Invoice>> {
    let order_by = match sort {
        InvoiceSort::DueDate => "due_at ASC",
        InvoiceSort::Newest => "issued_at DESC",
        InvoiceSort::Amount => "amount_cents DESC",
    };
    let sql = format!("SELECT * FROM invoices WHERE org_id = $1 ORDER BY {order_by} LIMIT 500"); // launchlint-demo: safe sql_interpolation
    sqlx::query_as::<_, Invoice>(&sql).bind(org_id).fetch_all(db).await
}

pub async fn search(db: &Db, org_id: Uuid, filter: &InvoiceFilter) -> sqlx::Result<Vec<Invoice>> {
    let mut qb = QueryBuilder::<Postgres>::new("SELECT * FROM invoices WHERE org_id = ");
    qb.push_bind(org_id);
    if let Some(status) = &filter.status {
        qb.push(" AND status = ").push_bind(status.clone()); // launchlint-demo: safe sql_interpolation
    }
    if let Some(currency) = &filter.currency {
        qb.push(" AND currency = '").push(currency).push("'"); // launchlint-demo: finding sql_interpolation
    }
    qb.push(" ORDER BY due_at LIMIT 500");
    qb.build_query_as::<Invoice>().fetch_all(db).await
}

pub async fn find(db: &Db, org_id: Uuid, invoice_id: Uuid) -> sqlx::Result<Option<Invoice>> {
    sqlx::query_as::<_, Invoice>("SELECT * FROM invoices WHERE id = $1 AND org_id = $2") // launchlint-demo: safe missing_tenant_filter
        .bind(invoice_id)
        .bind(org_id)
        .fetch_optional(db)
        .await
}

/// For the status badge, which only has the invoice id.
pub async fn find_by_id(db: &Db, invoice_id: Uuid) -> sqlx::Result<Option<Invoice>> {
    sqlx::query_as::<_, Invoice>("SELECT * FROM invoices WHERE id = $1") // launchlint-demo: finding missing_tenant_filter
        .bind(invoice_id)
        .fetch_optional(db)
        .await
}

pub async fn create(db: &Db, org_id: Uuid, invoice: &NewInvoice<'_>) -> sqlx::Result<Invoice> {
    sqlx::query_as::<_, Invoice>(
        r#"
        INSERT INTO invoices (id, org_id, customer_id, number, status, currency, amount_cents, due_at)
        SELECT $1, $2, c.id, $4, 'open', $5, $6, $7
        FROM customers c
        WHERE c.id = $3 AND c.org_id = $2
        RETURNING *
        "#,
    )
    .bind(Uuid::new_v4())
    .bind(org_id)
    .bind(invoice.customer_id)
    .bind(invoice.number)
    .bind(invoice.currency)
    .bind(invoice.amount_cents)
    .bind(invoice.due_at)
    .fetch_one(db)
    .await
}

pub async fn mark_paid(db: &Db, org_id: Uuid, invoice_id: Uuid) -> sqlx::Result<Option<Invoice>> {
    sqlx::query_as::<_, Invoice>(
        "UPDATE invoices SET status = 'paid' WHERE id = $1 AND org_id = $2 AND status IN ('open', 'overdue') RETURNING *", // launchlint-demo: safe missing_tenant_filter
    )
    .bind(invoice_id)
    .bind(org_id)
    .fetch_optional(db)
    .await
}

pub async fn void(db: &Db, invoice_id: Uuid) -> sqlx::Result<Option<Invoice>> {
    sqlx::query_as::<_, Invoice>(
        "UPDATE invoices SET status = 'void', voided_at = now() WHERE id = $1 AND status <> 'paid' RETURNING *", // launchlint-demo: finding missing_tenant_filter
    )
    .bind(invoice_id)
    .fetch_optional(db)
    .await
}

#[launchlint::allow(missing_tenant_filter, reason = "hourly sweep across all organizations; touches only the status column")]
pub async fn mark_overdue(db: &Db) -> sqlx::Result<u64> {
    let result = sqlx::query("UPDATE invoices SET status = 'overdue' WHERE status = 'open' AND due_at < CURRENT_DATE") // launchlint-demo: safe missing_tenant_filter
        .execute(db)
        .await?;
    Ok(result.rows_affected())
}

#[derive(Debug, Serialize, sqlx::FromRow)]
pub struct AgingBucket {
    pub bucket: String,
    pub currency: String,
    pub invoice_count: i64,
    pub total_cents: i64,
}

pub async fn aging(db: &Db, org_id: Uuid) -> sqlx::Result<Vec<AgingBucket>> {
    sqlx::query_as::<_, AgingBucket>(
        r#"
        SELECT CASE
                 WHEN CURRENT_DATE - due_at <= 0 THEN 'current'
                 WHEN CURRENT_DATE - due_at <= 30 THEN '1-30'
                 WHEN CURRENT_DATE - due_at <= 60 THEN '31-60'
                 ELSE '60+'
               END AS bucket,
               currency,
               count(*) AS invoice_count,
               sum(amount_cents)::BIGINT AS total_cents
        FROM invoices
        WHERE org_id = $1 AND status IN ('open', 'overdue')
        GROUP BY 1, 2
        ORDER BY 1, 2
        "#,
    )
    .bind(org_id)
    .fetch_all(db)
    .await
}
