//! Community forum (actix-web): signed-in members comment on posts.

use actix_identity::{Identity, IdentityMiddleware};
use actix_session::storage::RedisSessionStore;
use actix_session::SessionMiddleware;
use actix_web::cookie::Key;
use actix_web::error::{ErrorBadRequest, ErrorInternalServerError, ErrorUnauthorized};
use actix_web::middleware::Logger;
use actix_web::{web, App, HttpResponse, HttpServer};
use serde::{Deserialize, Serialize};
use sqlx::PgPool;
use uuid::Uuid;

#[derive(Deserialize)]
struct NewComment {
    body: String,
}

#[derive(Serialize, sqlx::FromRow)]
struct CommentRow {
    id: Uuid,
    author_name: String,
    body: String,
    created_at: chrono::DateTime<chrono::Utc>,
}

#[launchlint::public(reason = "comments on public posts are readable without an account")]
async fn list_comments(pool: web::Data<PgPool>, path: web::Path<Uuid>) -> actix_web::Result<HttpResponse> {
    let comments: Vec<CommentRow> = sqlx::query_as(
        "SELECT c.id, u.display_name AS author_name, c.body, c.created_at \
         FROM comments c JOIN users u ON u.id = c.author_id WHERE c.post_id = $1 ORDER BY c.created_at",
    )
    .bind(path.into_inner())
    .fetch_all(pool.get_ref())
    .await
    .map_err(|_| ErrorInternalServerError("could not load comments"))?;
    Ok(HttpResponse::Ok().json(comments))
}

async fn create_comment(
    identity: Identity,
    pool: web::Data<PgPool>,
    path: web::Path<Uuid>,
    body: web::Json<NewComment>,
) -> actix_web::Result<HttpResponse> {
    let author_id: Uuid = identity
        .id()
        .ok()
        .and_then(|id| id.parse().ok())
        .ok_or_else(|| ErrorUnauthorized("sign in to comment"))?;
    let text = body.body.trim();
    if text.is_empty() || text.len() > 10_000 {
        return Err(ErrorBadRequest("a comment needs 1 to 10000 characters"));
    }
    let comment_id = Uuid::new_v4();
    sqlx::query("INSERT INTO comments (id, post_id, author_id, body) VALUES ($1, $2, $3, $4)")
        .bind(comment_id)
        .bind(path.into_inner())
        .bind(author_id)
        .bind(text)
        .execute(pool.get_ref())
        .await
        .map_err(|_| ErrorInternalServerError("could not save the comment"))?;
    Ok(HttpResponse::Created().json(serde_json::json!({ "id": comment_id })))
}

#[actix_web::main]
async fn main() -> std::io::Result<()> {
    let database_url = std::env::var("DATABASE_URL").expect("DATABASE_URL must be set");
    let redis_url = std::env::var("REDIS_URL").expect("REDIS_URL must be set");
    let session_key = std::env::var("SESSION_KEY").expect("SESSION_KEY must be set (64 bytes)");
    let pool = PgPool::connect(&database_url).await.expect("cannot connect to the database");
    let store = RedisSessionStore::new(redis_url).await.expect("cannot connect to redis");
    let key = Key::from(session_key.as_bytes());

    HttpServer::new(move || {
        App::new()
            .app_data(web::Data::new(pool.clone()))
            .wrap(IdentityMiddleware::default())
            .wrap(
                SessionMiddleware::builder(store.clone(), key.clone())
                    .cookie_secure(true)
                    .cookie_http_only(true)
                    .build(),
            )
            .wrap(Logger::default())
            .service(
                web::resource("/posts/{post_id}/comments")
                    .route(web::get().to(list_comments))
                    .route(web::post().to(create_comment)), //~ missing_rate_limit
            )
    })
    .bind(("0.0.0.0", 8080))?
    .run()
    .await
}
