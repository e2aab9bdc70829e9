//! Admin dashboard (actix-web): the error is kept for logging, the response is built without it.

use actix_identity::Identity;
use actix_web::error::InternalError;
use actix_web::{get, web, App, HttpResponse, HttpServer};
use sqlx::PgPool;

/// An opaque 500: the body is empty, the cause stays attached for the logger middleware.
pub fn e500<T>(e: T) -> actix_web::Error
where
    T: std::fmt::Debug + std::fmt::Display + 'static,
{
    InternalError::from_response(e, HttpResponse::InternalServerError().finish()).into()
}

#[get("/admin/dashboard")]
async fn admin_dashboard(pool: web::Data<PgPool>, identity: Identity) -> Result<HttpResponse, actix_web::Error> {
    let user_id = identity.id().map_err(|_| actix_web::error::ErrorUnauthorized("sign in"))?;
    let (username,): (String,) = sqlx::query_as("SELECT username FROM users WHERE user_id = $1")
        .bind(&user_id)
        .fetch_one(pool.get_ref())
        .await
        .map_err(e500)?;
    Ok(HttpResponse::Ok().body(format!("Welcome {username}!")))
}

#[actix_web::main]
async fn main() -> std::io::Result<()> {
    let pool = PgPool::connect_lazy(&std::env::var("DATABASE_URL").expect("DATABASE_URL")).expect("pool");
    HttpServer::new(move || App::new().app_data(web::Data::new(pool.clone())).service(admin_dashboard))
        .bind(("0.0.0.0", 8080))?
        .run()
        .await
}
