//! Back-office app (actix-web). Every route needs a session, except the ones in `PUBLIC_PATHS`.

use actix_session::storage::CookieSessionStore;
use actix_session::{Session, SessionExt, SessionMiddleware};
use actix_web::body::MessageBody;
use actix_web::cookie::Key;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::error::{ErrorInternalServerError, ErrorUnauthorized};
use actix_web::middleware::{from_fn, Logger, Next};
use actix_web::{get, post, web, App, HttpResponse, HttpServer};
use argon2::{Argon2, PasswordHash, PasswordVerifier};
use serde::{Deserialize, Serialize};
use sqlx::PgPool;
use uuid::Uuid;

const PUBLIC_PATHS: [&str; 2] = ["/status", "/login"];

async fn require_login(
    req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    if PUBLIC_PATHS.contains(&req.path()) {
        return next.call(req).await;
    }
    match req.get_session().get::<Uuid>("user_id") {
        Ok(Some(_)) => next.call(req).await,
        _ => Err(ErrorUnauthorized("sign in first")),
    }
}

#[derive(Deserialize)]
struct LoginForm {
    email: String,
    password: String,
}

#[derive(Serialize)]
struct Status {
    queued_jobs: i64,
    failed_jobs: i64,
    active_workspaces: i64,
}

#[derive(Serialize, sqlx::FromRow)]
struct WorkspaceRow {
    id: Uuid,
    name: String,
    plan: String,
}

#[post("/login")] //~ missing_rate_limit
async fn login(pool: web::Data<PgPool>, session: Session, form: web::Form<LoginForm>) -> actix_web::Result<HttpResponse> {
    let row: Option<(Uuid, String)> =
        sqlx::query_as("SELECT id, password_hash FROM staff_users WHERE email = $1")
            .bind(&form.email)
            .fetch_optional(pool.get_ref())
            .await
            .map_err(|_| ErrorInternalServerError("could not sign in"))?;
    let Some((user_id, stored)) = row else {
        return Ok(HttpResponse::Unauthorized().finish());
    };
    let hash = PasswordHash::new(&stored).map_err(|_| ErrorInternalServerError("could not sign in"))?;
    if Argon2::default().verify_password(form.password.as_bytes(), &hash).is_err() {
        return Ok(HttpResponse::Unauthorized().finish());
    }
    session.renew();
    session
        .insert("user_id", user_id)
        .map_err(|_| ErrorInternalServerError("could not sign in"))?;
    Ok(HttpResponse::SeeOther().insert_header(("Location", "/workspaces")).finish())
}

#[get("/status")]
async fn status(pool: web::Data<PgPool>) -> actix_web::Result<HttpResponse> { //~ missing_auth
    let (queued_jobs, failed_jobs, active_workspaces): (i64, i64, i64) = sqlx::query_as(
        "SELECT (SELECT count(*) FROM background_jobs WHERE state = 'queued'), \
                (SELECT count(*) FROM background_jobs WHERE state = 'failed'), \
                (SELECT count(*) FROM workspaces WHERE NOT suspended)",
    )
    .fetch_one(pool.get_ref())
    .await
    .map_err(|_| ErrorInternalServerError("status unavailable"))?;
    Ok(HttpResponse::Ok().json(Status { queued_jobs, failed_jobs, active_workspaces }))
}

#[get("/workspaces")]
async fn list_workspaces(pool: web::Data<PgPool>) -> actix_web::Result<HttpResponse> {
    let rows: Vec<WorkspaceRow> = sqlx::query_as("SELECT id, name, plan FROM workspaces ORDER BY created_at DESC LIMIT 200")
        .fetch_all(pool.get_ref())
        .await
        .map_err(|_| ErrorInternalServerError("could not load workspaces"))?;
    Ok(HttpResponse::Ok().json(rows))
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
            .wrap(from_fn(require_login))
            .wrap(
                SessionMiddleware::builder(CookieSessionStore::default(), key.clone())
                    .cookie_secure(true)
                    .cookie_http_only(true)
                    .build(),
            )
            .wrap(Logger::default())
            .service(login)
            .service(status)
            .service(list_workspaces)
    })
    .bind(("0.0.0.0", 8080))?
    .run()
    .await
}
