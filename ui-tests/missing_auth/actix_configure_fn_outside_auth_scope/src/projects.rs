use actix_web::error::ErrorInternalServerError;
use actix_web::{get, web, HttpResponse};
use serde::Serialize;
use sqlx::PgPool;
use uuid::Uuid;

#[derive(Serialize, sqlx::FromRow)]
struct Project {
    id: Uuid,
    name: String,
}

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(list_projects);
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
