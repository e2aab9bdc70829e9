//! Shared files (actix-web). The identity is used for the download audit trail.

use actix_identity::{Identity, IdentityMiddleware};
use actix_session::storage::CookieSessionStore;
use actix_session::SessionMiddleware;
use actix_web::cookie::Key;
use actix_web::error::ErrorInternalServerError;
use actix_web::http::header::{ContentDisposition, DispositionParam, DispositionType};
use actix_web::middleware::Logger;
use actix_web::{get, web, App, HttpResponse, HttpServer};
use sqlx::PgPool;
use uuid::Uuid;

#[get("/workspaces/{workspace_id}/files/{file_id}/download")]
async fn download_file( //~ missing_auth
    pool: web::Data<PgPool>,
    identity: Option<Identity>,
    path: web::Path<(Uuid, Uuid)>,
) -> actix_web::Result<HttpResponse> {
    let (workspace_id, file_id) = path.into_inner();
    let file: Option<(String, String, Vec<u8>)> = sqlx::query_as(
        "SELECT name, content_type, bytes FROM files WHERE workspace_id = $1 AND id = $2",
    )
    .bind(workspace_id)
    .bind(file_id)
    .fetch_optional(pool.get_ref())
    .await
    .map_err(|_| ErrorInternalServerError("could not load the file"))?;
    let Some((name, content_type, bytes)) = file else {
        return Ok(HttpResponse::NotFound().finish());
    };

    let downloaded_by = identity.and_then(|identity| identity.id().ok());
    sqlx::query("INSERT INTO file_downloads (workspace_id, file_id, user_id) VALUES ($1, $2, $3)")
        .bind(workspace_id)
        .bind(file_id)
        .bind(downloaded_by)
        .execute(pool.get_ref())
        .await
        .map_err(|_| ErrorInternalServerError("could not record the download"))?;

    Ok(HttpResponse::Ok()
        .content_type(content_type)
        .insert_header(ContentDisposition {
            disposition: DispositionType::Attachment,
            parameters: vec![DispositionParam::Filename(name)],
        })
        .body(bytes))
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
            .service(download_file)
    })
    .bind(("0.0.0.0", 8080))?
    .run()
    .await
}
