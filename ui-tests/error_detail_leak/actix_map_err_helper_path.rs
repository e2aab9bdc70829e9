//! Team invitations (actix-web): `.map_err(ErrorInternalServerError)` wraps the sqlx error, and
//! its `Display` becomes the 500 body.

use actix_web::error::ErrorInternalServerError;
use actix_web::{delete, web, App, HttpResponse, HttpServer};
use actix_web_httpauth::extractors::bearer::BearerAuth;
use sqlx::PgPool;
use uuid::Uuid;

#[delete("/invitations/{invitation_id}")]
async fn revoke_invitation(pool: web::Data<PgPool>, _auth: BearerAuth, path: web::Path<Uuid>) -> actix_web::Result<HttpResponse> {
    sqlx::query("UPDATE invitations SET revoked_at = now() WHERE id = $1")
        .bind(path.into_inner())
        .execute(pool.get_ref())
        .await
        .map_err(ErrorInternalServerError)?; //~ error_detail_leak
    Ok(HttpResponse::NoContent().finish())
}

#[actix_web::main]
async fn main() -> std::io::Result<()> {
    let pool = PgPool::connect_lazy(&std::env::var("DATABASE_URL").expect("DATABASE_URL")).expect("pool");
    HttpServer::new(move || App::new().app_data(web::Data::new(pool.clone())).service(revoke_invitation))
        .bind(("0.0.0.0", 8080))?
        .run()
        .await
}
