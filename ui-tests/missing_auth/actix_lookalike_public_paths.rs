//! Back-office routes (actix-web) whose paths resemble public ones.

use actix_web::error::ErrorInternalServerError;
use actix_web::middleware::Logger;
use actix_web::{get, post, put, web, App, HttpResponse, HttpServer};
use serde::{Deserialize, Serialize};
use sqlx::PgPool;
use uuid::Uuid;

#[derive(Serialize, sqlx::FromRow)]
struct SignupRequest {
    id: Uuid,
    company: String,
    contact_email: String,
    seats_requested: i32,
}

#[derive(Deserialize)]
struct CallbackUrl {
    url: String,
}

#[get("/admin/signup-requests")]
async fn list_signup_requests(pool: web::Data<PgPool>) -> actix_web::Result<HttpResponse> { //~ missing_auth
    let requests: Vec<SignupRequest> = sqlx::query_as(
        "SELECT id, company, contact_email, seats_requested FROM signup_requests WHERE reviewed_at IS NULL ORDER BY created_at",
    )
    .fetch_all(pool.get_ref())
    .await
    .map_err(|_| ErrorInternalServerError("could not load requests"))?;
    Ok(HttpResponse::Ok().json(requests))
}

#[put("/workspaces/{workspace_id}/integrations/{integration_id}/callback-url")]
async fn set_callback_url( //~ missing_auth
    pool: web::Data<PgPool>,
    path: web::Path<(Uuid, Uuid)>,
    body: web::Json<CallbackUrl>,
) -> actix_web::Result<HttpResponse> {
    if !body.url.starts_with("https://") {
        return Ok(HttpResponse::UnprocessableEntity().finish());
    }
    let (workspace_id, integration_id) = path.into_inner();
    sqlx::query("UPDATE integrations SET callback_url = $1 WHERE workspace_id = $2 AND id = $3")
        .bind(&body.url)
        .bind(workspace_id)
        .bind(integration_id)
        .execute(pool.get_ref())
        .await
        .map_err(|_| ErrorInternalServerError("could not update the integration"))?;
    Ok(HttpResponse::NoContent().finish())
}

#[post("/static-pages/{slug}/publish")]
async fn publish_page(pool: web::Data<PgPool>, path: web::Path<String>) -> actix_web::Result<HttpResponse> { //~ missing_auth
    let published = sqlx::query("UPDATE static_pages SET published_at = now() WHERE slug = $1 AND published_at IS NULL")
        .bind(path.into_inner())
        .execute(pool.get_ref())
        .await
        .map_err(|_| ErrorInternalServerError("could not publish the page"))?;
    Ok(if published.rows_affected() == 1 {
        HttpResponse::NoContent().finish()
    } else {
        HttpResponse::NotFound().finish()
    })
}

#[actix_web::main]
async fn main() -> std::io::Result<()> {
    let database_url = std::env::var("DATABASE_URL").expect("DATABASE_URL must be set");
    let pool = PgPool::connect(&database_url).await.expect("cannot connect to the database");

    HttpServer::new(move || {
        App::new()
            .app_data(web::Data::new(pool.clone()))
            .wrap(Logger::default())
            .service(list_signup_requests)
            .service(set_callback_url)
            .service(publish_page)
    })
    .bind(("0.0.0.0", 8080))?
    .run()
    .await
}
