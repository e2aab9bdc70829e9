use actix_web::error::ErrorInternalServerError;
use actix_web::{get, web, HttpMessage, HttpRequest, HttpResponse};
use serde::Serialize;
use sqlx::PgPool;
use uuid::Uuid;

use crate::api_key::ApiClient;

#[derive(Serialize, sqlx::FromRow)]
struct Project {
    id: Uuid,
    name: String,
    status: String,
}

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(list_projects).service(show_project);
}

fn client(req: &HttpRequest) -> actix_web::Result<ApiClient> {
    req.extensions()
        .get::<ApiClient>()
        .copied()
        .ok_or_else(|| ErrorInternalServerError("service misconfigured"))
}

#[get("/projects")]
async fn list_projects(req: HttpRequest, pool: web::Data<PgPool>) -> actix_web::Result<HttpResponse> {
    let client = client(&req)?;
    let projects: Vec<Project> = sqlx::query_as("SELECT id, name, status FROM projects WHERE workspace_id = $1 ORDER BY name")
        .bind(client.workspace_id)
        .fetch_all(pool.get_ref())
        .await
        .map_err(|_| ErrorInternalServerError("could not load projects"))?;
    Ok(HttpResponse::Ok().json(projects))
}

#[get("/projects/{project_id}")]
async fn show_project(req: HttpRequest, pool: web::Data<PgPool>, path: web::Path<Uuid>) -> actix_web::Result<HttpResponse> {
    let client = client(&req)?;
    let project: Option<Project> = sqlx::query_as("SELECT id, name, status FROM projects WHERE workspace_id = $1 AND id = $2")
        .bind(client.workspace_id)
        .bind(path.into_inner())
        .fetch_optional(pool.get_ref())
        .await
        .map_err(|_| ErrorInternalServerError("could not load the project"))?;
    Ok(match project {
        Some(project) => HttpResponse::Ok().json(project),
        None => HttpResponse::NotFound().finish(),
    })
}
