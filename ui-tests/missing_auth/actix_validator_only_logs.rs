//! Project API (actix-web). The bearer validator is a placeholder until the identity service
//! exposes token introspection.

use actix_web::dev::ServiceRequest;
use actix_web::error::ErrorInternalServerError;
use actix_web::middleware::Logger;
use actix_web::{get, post, web, App, HttpResponse, HttpServer};
use actix_web_httpauth::extractors::bearer::BearerAuth;
use actix_web_httpauth::middleware::HttpAuthentication;
use serde::{Deserialize, Serialize};
use sqlx::PgPool;
use uuid::Uuid;

async fn validate_token(
    req: ServiceRequest,
    _credentials: BearerAuth,
) -> Result<ServiceRequest, (actix_web::Error, ServiceRequest)> {
    // TODO(auth): verify the token once the identity service exposes introspection.
    tracing::debug!(method = %req.method(), path = %req.path(), "bearer request");
    Ok(req)
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
async fn list_projects(pool: web::Data<PgPool>, path: web::Path<Uuid>) -> actix_web::Result<HttpResponse> { //~ missing_auth
    let projects: Vec<Project> = sqlx::query_as("SELECT id, name FROM projects WHERE workspace_id = $1 ORDER BY name")
        .bind(path.into_inner())
        .fetch_all(pool.get_ref())
        .await
        .map_err(|_| ErrorInternalServerError("could not load projects"))?;
    Ok(HttpResponse::Ok().json(projects))
}

#[post("/workspaces/{workspace_id}/projects")]
async fn create_project( //~ missing_auth
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
                    .wrap(HttpAuthentication::bearer(validate_token))
                    .service(list_projects)
                    .service(create_project),
            )
            .service(health)
    })
    .bind(("0.0.0.0", 8080))?
    .run()
    .await
}
