//! In-app feedback widget (actix-web): a urlencoded form post.

use actix_identity::Identity;
use actix_web::{post, web, App, HttpResponse, HttpServer};
use serde::Deserialize;
use sqlx::PgPool;

#[derive(Deserialize)]
pub struct Feedback {
    pub page: String,
    pub rating: i16,
    pub comment: String,
}

#[post("/feedback")]
async fn submit_feedback(
    pool: web::Data<PgPool>,
    identity: Identity,
    form: web::Form<Feedback>, //~ unvalidated_body
) -> actix_web::Result<HttpResponse> {
    let user_id = identity.id().map_err(|_| actix_web::error::ErrorUnauthorized("sign in first"))?;
    sqlx::query("INSERT INTO feedback (user_id, page, rating, comment) VALUES ($1, $2, $3, $4)")
        .bind(user_id)
        .bind(&form.page)
        .bind(form.rating)
        .bind(&form.comment)
        .execute(pool.get_ref())
        .await
        .map_err(|_| actix_web::error::ErrorInternalServerError("could not save your feedback"))?;
    Ok(HttpResponse::SeeOther().insert_header(("Location", "/thanks")).finish())
}

#[actix_web::main]
async fn main() -> std::io::Result<()> {
    let pool = PgPool::connect_lazy(&std::env::var("DATABASE_URL").expect("DATABASE_URL")).expect("pool");
    HttpServer::new(move || App::new().app_data(web::Data::new(pool.clone())).service(submit_feedback))
        .bind(("0.0.0.0", 8080))?
        .run()
        .await
}
