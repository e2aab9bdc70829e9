//! Project API (actix-web). The bearer check is attached to the scope after its services:
//! actix applies `.wrap` to the whole scope wherever it is called.

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
struct Project {
    id: Uuid,
    name: String,
}

#[derive(Deserialize)]
struct NewProject {
    name: String,
}

#[get("/workspaces/{workspace_id}/projects")]
async fn list_projects(pool: web::Data<PgPool>, path: web::Path<Uuid>) -> actix_web::Result<HttpResponse> {
    let projects: Vec<Project> = sqlx::query_as("SELECT id, name FROM projects WHERE workspace_id = $1 ORDER BY name")
        .bind(path.into_inner())
        .fetch_all(pool.get_ref())
        .await
        .map_err(|_| ErrorInternalServerError("could not load projects"))?;
    Ok(HttpResponse::Ok().json(projects))
}

#[post("/workspaces/{workspace_id}/projects")]
async fn create_project(
    pool: web::Data<PgPool>,
    path: web::Path<Uuid>,
    body: web::Json<NewProject>,
) -> actix_web::Result<HttpResponse> {
    let name = body.name.trim();
    if name.is_empty() || name.len() > 120 {
        return Ok(HttpResponse::UnprocessableEntity().finish());
    }
    let id = Uuid::new_v4();
    sqlx::query("INSERT INTO projects (id, workspace_id, name) VALUES ($1, $2, $3)")
        .bind(id)
        .bind(path.into_inner())
        .bind(name)
        .execute(pool.get_ref())
        .await
        .map_err(|_| ErrorInternalServerError("could not create the project"))?;
    Ok(HttpResponse::Created().json(id))
}

#[get("/health")]
async fn health() -> HttpResponse {
    HttpResponse::Ok().body("ok")
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
                    .service(list_projects)
                    .service(create_project)
                    .wrap(HttpAuthentication::bearer(validate_token)),
            )
            .service(health)
    })
    .bind(("0.0.0.0", 8080))?
    .run()
    .await
}
