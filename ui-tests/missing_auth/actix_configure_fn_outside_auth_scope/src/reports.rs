use actix_web::error::ErrorInternalServerError;
use actix_web::{get, web, HttpResponse};
use serde::Serialize;
use sqlx::PgPool;
use uuid::Uuid;

#[derive(Serialize, sqlx::FromRow)]
struct MonthlyRevenue {
    month: String,
    invoiced_cents: i64,
}

/// Reporting endpoints for the finance dashboard.
pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(revenue_report).service(export_invoices);
}

#[get("/reports/{workspace_id}/revenue")]
async fn revenue_report(pool: web::Data<PgPool>, path: web::Path<Uuid>) -> actix_web::Result<HttpResponse> { //~ missing_auth
    let rows: Vec<MonthlyRevenue> = sqlx::query_as(
        "SELECT to_char(issued_at, 'YYYY-MM') AS month, sum(total_cents) AS invoiced_cents \
         FROM invoices WHERE workspace_id = $1 GROUP BY 1 ORDER BY 1",
    )
    .bind(path.into_inner())
    .fetch_all(pool.get_ref())
    .await
    .map_err(|_| ErrorInternalServerError("could not build the report"))?;
    Ok(HttpResponse::Ok().json(rows))
}

#[get("/reports/{workspace_id}/invoices.csv")]
async fn export_invoices(pool: web::Data<PgPool>, path: web::Path<Uuid>) -> actix_web::Result<HttpResponse> { //~ missing_auth
    let rows: Vec<(String, i64, String)> = sqlx::query_as(
        "SELECT number, total_cents, status FROM invoices WHERE workspace_id = $1 ORDER BY number",
    )
    .bind(path.into_inner())
    .fetch_all(pool.get_ref())
    .await
    .map_err(|_| ErrorInternalServerError("could not export invoices"))?;
    let mut csv = String::from("number,total_cents,status\n");
    for (number, total_cents, status) in rows {
        csv.push_str(&format!("{number},{total_cents},{status}\n"));
    }
    Ok(HttpResponse::Ok().content_type("text/csv").body(csv))
}
