//! Q&A site (actix-web). One governor on the whole App throttles every route per client IP,
//! sign-in and answer posting included.

use actix_governor::{Governor, GovernorConfigBuilder};
use actix_identity::{Identity, IdentityMiddleware};
use actix_session::storage::CookieSessionStore;
use actix_session::SessionMiddleware;
use actix_web::cookie::Key;
use actix_web::error::{ErrorBadRequest, ErrorInternalServerError, ErrorUnauthorized};
use actix_web::middleware::Logger;
use actix_web::{post, web, App, HttpMessage, HttpRequest, HttpResponse, HttpServer};
use password_auth::verify_password;
use serde::Deserialize;
use sqlx::PgPool;
use uuid::Uuid;

#[derive(Deserialize)]
struct Credentials {
    email: String,
    password: String,
}

#[derive(Deserialize)]
struct NewComment {
    body: String,
}

#[post("/login")]
async fn login(req: HttpRequest, pool: web::Data<PgPool>, form: web::Form<Credentials>) -> actix_web::Result<HttpResponse> {
    let row: Option<(Uuid, String)> = sqlx::query_as("SELECT id, password_hash FROM members WHERE email = $1")
        .bind(&form.email)
        .fetch_optional(pool.get_ref())
        .await
        .map_err(|_| ErrorInternalServerError("could not sign in"))?;
    let (member_id, stored) = row.ok_or_else(|| ErrorUnauthorized("wrong email or password"))?;
    verify_password(&form.password, &stored).map_err(|_| ErrorUnauthorized("wrong email or password"))?;
    Identity::login(&req.extensions(), member_id.to_string()).map_err(|_| ErrorInternalServerError("could not sign in"))?;
    Ok(HttpResponse::SeeOther().insert_header(("Location", "/")).finish())
}

#[post("/questions/{question_id}/comments")]
async fn comment_on_question(
    identity: Identity,
    pool: web::Data<PgPool>,
    path: web::Path<Uuid>,
    body: web::Json<NewComment>,
) -> actix_web::Result<HttpResponse> {
    let member_id: Uuid = identity
        .id()
        .ok()
        .and_then(|id| id.parse().ok())
        .ok_or_else(|| ErrorUnauthorized("sign in to comment"))?;
    if body.body.trim().len() < 15 {
        return Err(ErrorBadRequest("comments need at least 15 characters"));
    }
    sqlx::query("INSERT INTO question_comments (id, question_id, author_id, body) VALUES ($1, $2, $3, $4)")
        .bind(Uuid::new_v4())
        .bind(path.into_inner())
        .bind(member_id)
        .bind(body.body.trim())
        .execute(pool.get_ref())
        .await
        .map_err(|_| ErrorInternalServerError("could not save the comment"))?;
    Ok(HttpResponse::Created().finish())
}

#[actix_web::main]
async fn main() -> std::io::Result<()> {
    let database_url = std::env::var("DATABASE_URL").expect("DATABASE_URL must be set");
    let session_key = std::env::var("SESSION_KEY").expect("SESSION_KEY must be set (64 bytes)");
    let pool = PgPool::connect(&database_url).await.expect("cannot connect to the database");
    let key = Key::from(session_key.as_bytes());
    let limits = GovernorConfigBuilder::default()
        .requests_per_second(5)
        .burst_size(20)
        .finish()
        .expect("valid rate limit settings");

    HttpServer::new(move || {
        App::new()
            .app_data(web::Data::new(pool.clone()))
            .wrap(Governor::new(&limits))
            .wrap(IdentityMiddleware::default())
            .wrap(
                SessionMiddleware::builder(CookieSessionStore::default(), key.clone())
                    .cookie_secure(true)
                    .cookie_http_only(true)
                    .build(),
            )
            .wrap(Logger::default())
            .service(login)
            .service(comment_on_question)
    })
    .bind(("0.0.0.0", 8080))?
    .run()
    .await
}
