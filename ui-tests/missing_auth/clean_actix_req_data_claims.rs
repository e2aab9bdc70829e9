//! Project API (actix-web). `attach_claims` decodes the bearer token when there is one; the
//! handlers that need a user take `web::ReqData<Claims>`, which fails when it is missing.

use std::sync::LazyLock;

use actix_web::body::MessageBody;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::error::ErrorInternalServerError;
use actix_web::http::header::AUTHORIZATION;
use actix_web::middleware::{from_fn, Logger, Next};
use actix_web::{get, web, App, HttpMessage, HttpResponse, HttpServer};
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

async fn attach_claims(
    req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    let claims = req
        .headers()
        .get(AUTHORIZATION)
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.strip_prefix("Bearer "))
        .and_then(|token| decode::<Claims>(token, &DECODING_KEY, &Validation::new(Algorithm::HS256)).ok())
        .map(|data| data.claims);
    if let Some(claims) = claims {
        req.extensions_mut().insert(claims);
    }
    next.call(req).await
}

#[derive(Serialize, sqlx::FromRow)]
struct Project {
    id: Uuid,
    name: String,
}

#[get("/projects")]
async fn list_projects(pool: web::Data<PgPool>, claims: web::ReqData<Claims>) -> actix_web::Result<HttpResponse> {
    let projects: Vec<Project> = sqlx::query_as("SELECT id, name FROM projects WHERE workspace_id = $1 ORDER BY name")
        .bind(claims.workspace_id)
        .fetch_all(pool.get_ref())
        .await
        .map_err(|_| ErrorInternalServerError("could not load projects"))?;
    Ok(HttpResponse::Ok().json(projects))
}

#[get("/projects/{project_id}")]
async fn show_project(
    pool: web::Data<PgPool>,
    claims: web::ReqData<Claims>,
    path: web::Path<Uuid>,
) -> actix_web::Result<HttpResponse> {
    let project: Option<Project> = sqlx::query_as("SELECT id, name FROM projects WHERE workspace_id = $1 AND id = $2")
        .bind(claims.workspace_id)
        .bind(path.into_inner())
        .fetch_optional(pool.get_ref())
        .await
        .map_err(|_| ErrorInternalServerError("could not load the project"))?;
    Ok(match project {
        Some(project) => HttpResponse::Ok().json(project),
        None => HttpResponse::NotFound().finish(),
    })
}

#[get("/healthz")]
async fn healthz() -> HttpResponse {
    HttpResponse::Ok().body("ok")
}

#[actix_web::main]
async fn main() -> std::io::Result<()> {
    let database_url = std::env::var("DATABASE_URL").expect("DATABASE_URL must be set");
    let pool = PgPool::connect(&database_url).await.expect("cannot connect to the database");

    HttpServer::new(move || {
        App::new()
            .app_data(web::Data::new(pool.clone()))
            .wrap(from_fn(attach_claims))
            .wrap(Logger::default())
            .service(list_projects)
            .service(show_project)
            .service(healthz)
    })
    .bind(("0.0.0.0", 8080))?
    .run()
    .await
}
