//! Workspace API (actix-web). `export_all_workspaces` is no longer registered: exports run as
//! background jobs now, and the handler is waiting to be deleted.

use actix_web::error::{ErrorInternalServerError, ErrorUnauthorized};
use actix_web::middleware::Logger;
use actix_web::{get, web, App, HttpResponse, HttpServer};
use actix_web_httpauth::extractors::bearer::BearerAuth;
use sha2::{Digest, Sha256};
use sqlx::PgPool;
use uuid::Uuid;

async fn workspace_of(pool: &PgPool, auth: &BearerAuth) -> actix_web::Result<Uuid> {
    let digest = hex::encode(Sha256::digest(auth.token().as_bytes()));
    let row: Option<(Uuid,)> = sqlx::query_as("SELECT workspace_id FROM api_keys WHERE key_sha256 = $1 AND revoked_at IS NULL")
        .bind(&digest)
        .fetch_optional(pool)
        .await
        .map_err(|_| ErrorInternalServerError("could not check the key"))?;
    row.map(|(workspace_id,)| workspace_id).ok_or_else(|| ErrorUnauthorized("unknown API key"))
}

#[get("/workspace/members")]
async fn list_members(pool: web::Data<PgPool>, auth: BearerAuth) -> actix_web::Result<HttpResponse> {
    let workspace_id = workspace_of(pool.get_ref(), &auth).await?;
    let members: Vec<(Uuid, String)> = sqlx::query_as(
        "SELECT u.id, u.name FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.workspace_id = $1",
    )
    .bind(workspace_id)
    .fetch_all(pool.get_ref())
    .await
    .map_err(|_| ErrorInternalServerError("could not load members"))?;
    Ok(HttpResponse::Ok().json(members))
}

#[get("/admin/workspaces/export")]
async fn export_all_workspaces(pool: web::Data<PgPool>) -> actix_web::Result<HttpResponse> {
    let rows: Vec<(Uuid, String, String)> = sqlx::query_as("SELECT id, name, plan FROM workspaces ORDER BY created_at")
        .fetch_all(pool.get_ref())
        .await
        .map_err(|_| ErrorInternalServerError("could not export workspaces"))?;
    Ok(HttpResponse::Ok().json(rows))
}

#[actix_web::main]
async fn main() -> std::io::Result<()> {
    let database_url = std::env::var("DATABASE_URL").expect("DATABASE_URL must be set");
    let pool = PgPool::connect(&database_url).await.expect("cannot connect to the database");

    HttpServer::new(move || {
        App::new()
            .app_data(web::Data::new(pool.clone()))
            .wrap(Logger::default())
            .service(list_members)
    })
    .bind(("0.0.0.0", 8080))?
    .run()
    .await
}
