//! Public pages of the recipe magazine (actix-web): the sign-in page and the comment list of an
//! article. Both are reads; signing in and commenting are handled by the accounts service.

use actix_web::error::ErrorInternalServerError;
use actix_web::middleware::Logger;
use actix_web::{get, web, App, HttpResponse, HttpServer};
use serde::Serialize;
use sqlx::PgPool;
use uuid::Uuid;

#[derive(Serialize, sqlx::FromRow)]
struct Comment {
    id: Uuid,
    author_name: String,
    body: String,
    created_at: chrono::DateTime<chrono::Utc>,
}

#[get("/login")]
async fn login_page() -> HttpResponse {
    let accounts_url = std::env::var("ACCOUNTS_URL").unwrap_or_else(|_| "/accounts".to_owned());
    HttpResponse::Ok().content_type("text/html; charset=utf-8").body(format!(
        "<form method=\"post\" action=\"{accounts_url}/sign-in\">\
         <input name=\"email\" type=\"email\"><input name=\"password\" type=\"password\">\
         <button>Sign in</button></form>"
    ))
}

#[get("/articles/{article_id}/comments")]
#[launchlint::public(reason = "comments on published articles are public")]
async fn list_comments(pool: web::Data<PgPool>, path: web::Path<Uuid>) -> actix_web::Result<HttpResponse> {
    let comments: Vec<Comment> = sqlx::query_as(
        "SELECT c.id, c.author_name, c.body, c.created_at FROM article_comments c \
         JOIN articles a ON a.id = c.article_id AND a.published_at IS NOT NULL \
         WHERE c.article_id = $1 AND NOT c.hidden ORDER BY c.created_at LIMIT 200",
    )
    .bind(path.into_inner())
    .fetch_all(pool.get_ref())
    .await
    .map_err(|_| ErrorInternalServerError("could not load comments"))?;
    Ok(HttpResponse::Ok().json(comments))
}

#[actix_web::main]
async fn main() -> std::io::Result<()> {
    let database_url = std::env::var("DATABASE_URL").expect("DATABASE_URL must be set");
    let pool = PgPool::connect(&database_url).await.expect("cannot connect to the database");

    HttpServer::new(move || {
        App::new()
            .app_data(web::Data::new(pool.clone()))
            .wrap(Logger::default())
            .service(login_page)
            .service(list_comments)
    })
    .bind(("0.0.0.0", 8080))?
    .run()
    .await
}
