//! Admin dashboard (actix-web): `e500` is meant as an opaque 500, but `ErrorInternalServerError`
//! writes the error's `Display` into the body.

use actix_identity::Identity;
use actix_web::http::header::ContentType;
use actix_web::{get, web, App, HttpResponse, HttpServer};
use sqlx::PgPool;

/// Return an opaque 500 while preserving the error root's cause for logging.
pub fn e500<T>(e: T) -> actix_web::Error
where
    T: std::fmt::Debug + std::fmt::Display + 'static,
{
    actix_web::error::ErrorInternalServerError(e) //~ error_detail_leak
}

#[get("/admin/dashboard")]
async fn admin_dashboard(pool: web::Data<PgPool>, identity: Identity) -> Result<HttpResponse, actix_web::Error> {
    let user_id = identity.id().map_err(|_| actix_web::error::ErrorUnauthorized("sign in"))?;
    let (username,): (String,) = sqlx::query_as("SELECT username FROM users WHERE user_id = $1")
        .bind(&user_id)
        .fetch_one(pool.get_ref())
        .await
        .map_err(e500)?;
    Ok(HttpResponse::Ok().content_type(ContentType::html()).body(format!("<p>Welcome {username}!</p>")))
}

#[actix_web::main]
async fn main() -> std::io::Result<()> {
    let pool = PgPool::connect_lazy(&std::env::var("DATABASE_URL").expect("DATABASE_URL")).expect("pool");
    HttpServer::new(move || App::new().app_data(web::Data::new(pool.clone())).service(admin_dashboard))
        .bind(("0.0.0.0", 8080))?
        .run()
        .await
}
