//! Member administration (actix-web). A legacy export handler is still registered under the
//! same path as the protected one; actix routes to the first registration.

use std::sync::LazyLock;

use actix_web::dev::ServiceRequest;
use actix_web::error::{ErrorInternalServerError, ErrorUnauthorized};
use actix_web::middleware::Logger;
use actix_web::{web, App, HttpMessage, HttpResponse, HttpServer};
use actix_web_httpauth::extractors::bearer::BearerAuth;
use actix_web_httpauth::middleware::HttpAuthentication;
use jsonwebtoken::{decode, Algorithm, DecodingKey, Validation};
use serde::Deserialize;
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

async fn export_members(pool: web::Data<PgPool>, path: web::Path<Uuid>) -> actix_web::Result<HttpResponse> {
    let members: Vec<(String, String, String)> = sqlx::query_as(
        "SELECT u.name, u.email, m.role FROM memberships m JOIN users u ON u.id = m.user_id \
         WHERE m.workspace_id = $1 ORDER BY u.name",
    )
    .bind(path.into_inner())
    .fetch_all(pool.get_ref())
    .await
    .map_err(|_| ErrorInternalServerError("could not load members"))?;
    let mut csv = String::from("name,email,role\n");
    for (name, email, role) in members {
        csv.push_str(&format!("{name},{email},{role}\n"));
    }
    Ok(HttpResponse::Ok().content_type("text/csv").body(csv))
}

/// Kept until the mobile app 4.x is retired; the `/api` scope above answers this path first.
async fn export_members_legacy(pool: web::Data<PgPool>, path: web::Path<Uuid>) -> actix_web::Result<HttpResponse> {
    let emails: Vec<(String,)> = sqlx::query_as("SELECT u.email FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.workspace_id = $1")
        .bind(path.into_inner())
        .fetch_all(pool.get_ref())
        .await
        .map_err(|_| ErrorInternalServerError("could not load members"))?;
    let body: Vec<String> = emails.into_iter().map(|(email,)| email).collect();
    Ok(HttpResponse::Ok().content_type("text/plain").body(body.join("\n")))
}

#[actix_web::main]
async fn main() -> std::io::Result<()> {
    let database_url = std::env::var("DATABASE_URL").expect("DATABASE_URL must be set");
    let pool = PgPool::connect(&database_url).await.expect("cannot connect to the database");

    HttpServer::new(move || {
        App::new()
            .app_data(web::Data::new(pool.clone()))
            .wrap(Logger::default())
            .service(
                web::scope("/api")
                    .wrap(HttpAuthentication::bearer(validate_token))
                    .route("/workspaces/{workspace_id}/members/export", web::get().to(export_members)),
            )
            .route("/api/workspaces/{workspace_id}/members/export", web::get().to(export_members_legacy))
    })
    .bind(("0.0.0.0", 8080))?
    .run()
    .await
}
