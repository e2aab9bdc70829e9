use axum::extract::Path;
use axum::http::{header, StatusCode};
use axum::response::IntoResponse;
use axum::{Extension, Json};
use serde::Serialize;
use sqlx::PgPool;
use uuid::Uuid;

#[derive(Serialize, sqlx::FromRow)]
pub struct MonthlyRevenue {
    month: String,
    invoiced_cents: i64,
    collected_cents: i64,
}

async fn monthly_revenue(pool: &PgPool, workspace_id: Uuid) -> Result<Vec<MonthlyRevenue>, StatusCode> {
    sqlx::query_as(
        "SELECT to_char(issued_at, 'YYYY-MM') AS month, sum(total_cents) AS invoiced_cents, sum(paid_cents) AS collected_cents \
         FROM invoices WHERE workspace_id = $1 GROUP BY 1 ORDER BY 1",
    )
    .bind(workspace_id)
    .fetch_all(pool)
    .await
    .map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)
}

pub async fn revenue(
    Extension(pool): Extension<PgPool>,
    Path(workspace_id): Path<Uuid>,
) -> Result<Json<Vec<MonthlyRevenue>>, StatusCode> {
    monthly_revenue(&pool, workspace_id).await.map(Json)
}

pub async fn revenue_csv(
    Extension(pool): Extension<PgPool>,
    Path(workspace_id): Path<Uuid>,
) -> Result<impl IntoResponse, StatusCode> {
    let mut csv = String::from("month,invoiced_cents,collected_cents\n");
    for row in monthly_revenue(&pool, workspace_id).await? {
        csv.push_str(&format!("{},{},{}\n", row.month, row.invoiced_cents, row.collected_cents));
    }
    Ok(([(header::CONTENT_TYPE, "text/csv")], csv))
}
