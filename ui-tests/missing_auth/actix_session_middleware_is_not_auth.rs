//! Billing pages (actix-web). The session and identity middleware only provide the session;
//! nothing here requires one.

use actix_identity::IdentityMiddleware;
use actix_session::storage::CookieSessionStore;
use actix_session::{Session, SessionMiddleware};
use actix_web::cookie::Key;
use actix_web::error::ErrorInternalServerError;
use actix_web::middleware::Logger;
use actix_web::{get, web, App, HttpResponse, HttpServer};
use serde::Serialize;
use sqlx::PgPool;
use uuid::Uuid;

#[derive(Serialize, sqlx::FromRow)]
struct Invoice {
    id: Uuid,
    number: String,
    total_cents: i64,
    currency: String,
}

#[get("/workspaces/{workspace_id}/invoices")]
async fn list_invoices( //~ missing_auth
    pool: web::Data<PgPool>,
    session: Session,
    path: web::Path<Uuid>,
) -> actix_web::Result<HttpResponse> {
    // Show amounts in the currency the visitor picked last time.
    let currency = session
        .get::<String>("display_currency")
        .ok()
        .flatten()
        .unwrap_or_else(|| "EUR".to_owned());
    let invoices: Vec<Invoice> = sqlx::query_as(
        "SELECT i.id, i.number, convert_amount(i.total_cents, i.currency, $2) AS total_cents, $2 AS currency \
         FROM invoices i WHERE i.workspace_id = $1 ORDER BY i.issued_at DESC",
    )
    .bind(path.into_inner())
    .bind(&currency)
    .fetch_all(pool.get_ref())
    .await
    .map_err(|_| ErrorInternalServerError("could not load invoices"))?;
    Ok(HttpResponse::Ok().json(invoices))
}

#[actix_web::main]
async fn main() -> std::io::Result<()> {
    let database_url = std::env::var("DATABASE_URL").expect("DATABASE_URL must be set");
    let pool = PgPool::connect(&database_url).await.expect("cannot connect to the database");
    let session_key = std::env::var("SESSION_KEY").expect("SESSION_KEY must be set (64 bytes)");
    let key = Key::from(session_key.as_bytes());

    HttpServer::new(move || {
        App::new()
            .app_data(web::Data::new(pool.clone()))
            .wrap(IdentityMiddleware::default())
            .wrap(
                SessionMiddleware::builder(CookieSessionStore::default(), key.clone())
                    .cookie_secure(true)
                    .build(),
            )
            .wrap(Logger::default())
            .service(list_invoices)
    })
    .bind(("0.0.0.0", 8080))?
    .run()
    .await
}
