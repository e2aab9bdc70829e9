//! Invoice API (actix-web). Each handler names its middleware in the route attribute.

use std::sync::LazyLock;

use actix_web::dev::ServiceRequest;
use actix_web::error::{ErrorInternalServerError, ErrorUnauthorized};
use actix_web::middleware::Logger;
use actix_web::{get, post, web, App, HttpMessage, HttpResponse, HttpServer};
use actix_web_httpauth::extractors::bearer::BearerAuth;
use actix_web_httpauth::middleware::HttpAuthentication;
use jsonwebtoken::{decode, Algorithm, DecodingKey, Validation};
use serde::{Deserialize, Serialize};
use sqlx::PgPool;
use uuid::Uuid;

static DECODING_KEY: LazyLock<DecodingKey> = LazyLock::new(|| {
    let secret = std::env::var("JWT_SECRET").expect("JWT_SECRET must be set");
    DecodingKey::from_secret(secret.as_bytes())
});

#[derive(Clone, Deserialize)]
pub struct Claims {
    pub sub: Uuid,
    pub workspace_id: Uuid,
    pub exp: usize,
}

async fn validate_token(
    req: ServiceRequest,
    credentials: BearerAuth,
) -> Result<ServiceRequest, (actix_web::Error, ServiceRequest)> {
    match decode::<Claims>(credentials.token(), &DECODING_KEY, &Validation::new(Algorithm::HS256)) {
        Ok(data) => {
            req.extensions_mut().insert(data.claims);
            Ok(req)
        }
        Err(_) => Err((ErrorUnauthorized("invalid or expired token"), req)),
    }
}

#[derive(Serialize, sqlx::FromRow)]
struct Invoice {
    id: Uuid,
    number: String,
    total_cents: i64,
    status: String,
}

#[get("/workspaces/{workspace_id}/invoices", wrap = "HttpAuthentication::bearer(validate_token)")]
async fn list_invoices(pool: web::Data<PgPool>, path: web::Path<Uuid>) -> actix_web::Result<HttpResponse> {
    let invoices: Vec<Invoice> = sqlx::query_as(
        "SELECT id, number, total_cents, status FROM invoices WHERE workspace_id = $1 ORDER BY issued_at DESC",
    )
    .bind(path.into_inner())
    .fetch_all(pool.get_ref())
    .await
    .map_err(|_| ErrorInternalServerError("could not load invoices"))?;
    Ok(HttpResponse::Ok().json(invoices))
}

#[post(
    "/workspaces/{workspace_id}/invoices/{invoice_id}/refund",
    wrap = "HttpAuthentication::bearer(validate_token)"
)]
async fn refund_invoice(pool: web::Data<PgPool>, path: web::Path<(Uuid, Uuid)>) -> actix_web::Result<HttpResponse> {
    let (workspace_id, invoice_id) = path.into_inner();
    let updated = sqlx::query(
        "UPDATE invoices SET status = 'refund_pending' WHERE workspace_id = $1 AND id = $2 AND status = 'paid'",
    )
    .bind(workspace_id)
    .bind(invoice_id)
    .execute(pool.get_ref())
    .await
    .map_err(|_| ErrorInternalServerError("could not refund the invoice"))?;
    if updated.rows_affected() == 0 {
        return Ok(HttpResponse::Conflict().finish());
    }
    Ok(HttpResponse::Accepted().finish())
}

#[actix_web::main]
async fn main() -> std::io::Result<()> {
    let database_url = std::env::var("DATABASE_URL").expect("DATABASE_URL must be set");
    let pool = PgPool::connect(&database_url).await.expect("cannot connect to the database");

    HttpServer::new(move || {
        App::new()
            .app_data(web::Data::new(pool.clone()))
            .wrap(Logger::default())
            .service(list_invoices)
            .service(refund_invoice)
    })
    .bind(("0.0.0.0", 8080))?
    .run()
    .await
}
