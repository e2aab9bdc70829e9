//! Back-office app (actix-web). Anonymous visitors of `/app` are sent to the sign-in page.

use actix_governor::{Governor, GovernorConfigBuilder};
use actix_session::storage::CookieSessionStore;
use actix_session::{Session, SessionExt, SessionMiddleware};
use actix_web::body::{EitherBody, MessageBody};
use actix_web::cookie::Key;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::error::ErrorInternalServerError;
use actix_web::http::header::LOCATION;
use actix_web::middleware::{from_fn, Logger, Next};
use actix_web::{get, post, web, App, HttpResponse, HttpServer};
use argon2::{Argon2, PasswordHash, PasswordVerifier};
use serde::{Deserialize, Serialize};
use sqlx::PgPool;
use uuid::Uuid;

async fn reject_anonymous_users(
    req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<EitherBody<impl MessageBody>>, actix_web::Error> {
    let signed_in = matches!(req.get_session().get::<Uuid>("user_id"), Ok(Some(_)));
    if !signed_in {
        let to_login = HttpResponse::SeeOther().insert_header((LOCATION, "/login")).finish();
        return Ok(req.into_response(to_login).map_into_right_body());
    }
    next.call(req).await.map(ServiceResponse::map_into_left_body)
}

#[derive(Deserialize)]
struct LoginForm {
    email: String,
    password: String,
}

#[derive(Serialize, sqlx::FromRow)]
struct WorkspaceRow {
    id: Uuid,
    name: String,
    plan: String,
}

#[post("/login")]
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
    Ok(HttpResponse::SeeOther().insert_header((LOCATION, "/app/workspaces")).finish())
}

#[get("/workspaces")]
async fn list_workspaces(pool: web::Data<PgPool>) -> actix_web::Result<HttpResponse> {
    let rows: Vec<WorkspaceRow> = sqlx::query_as("SELECT id, name, plan FROM workspaces ORDER BY created_at DESC LIMIT 200")
        .fetch_all(pool.get_ref())
        .await
        .map_err(|_| ErrorInternalServerError("could not load workspaces"))?;
    Ok(HttpResponse::Ok().json(rows))
}

#[post("/workspaces/{workspace_id}/suspend")]
async fn suspend_workspace(pool: web::Data<PgPool>, path: web::Path<Uuid>) -> actix_web::Result<HttpResponse> {
    sqlx::query("UPDATE workspaces SET suspended = true WHERE id = $1")
        .bind(path.into_inner())
        .execute(pool.get_ref())
        .await
        .map_err(|_| ErrorInternalServerError("could not suspend the workspace"))?;
    Ok(HttpResponse::NoContent().finish())
}

#[actix_web::main]
async fn main() -> std::io::Result<()> {
    let database_url = std::env::var("DATABASE_URL").expect("DATABASE_URL must be set");
    let pool = PgPool::connect(&database_url).await.expect("cannot connect to the database");
    let session_key = std::env::var("SESSION_KEY").expect("SESSION_KEY must be set (64 bytes)");
    let key = Key::from(session_key.as_bytes());
    let limits = GovernorConfigBuilder::default()
        .requests_per_minute(20)
        .burst_size(5)
        .finish()
        .expect("valid rate limit settings");

    HttpServer::new(move || {
        App::new()
            .app_data(web::Data::new(pool.clone()))
            .wrap(
                SessionMiddleware::builder(CookieSessionStore::default(), key.clone())
                    .cookie_secure(true)
                    .cookie_http_only(true)
                    .build(),
            )
            .wrap(Governor::new(&limits))
            .wrap(Logger::default())
            .service(login)
            .service(
                web::scope("/app")
                    .wrap(from_fn(reject_anonymous_users))
                    .service(list_workspaces)
                    .service(suspend_workspace),
            )
    })
    .bind(("0.0.0.0", 8080))?
    .run()
    .await
}
