//! Event registration (actix-web + actix-web-validator): the validating `Form` and `Json`,
//! imported under the crate's own path.

use actix_governor::{Governor, GovernorConfigBuilder};
use actix_web::{post, web, App, HttpResponse, HttpServer};
use actix_web_httpauth::extractors::bearer::BearerAuth;
use serde::Deserialize;
use sqlx::PgPool;
use uuid::Uuid;
use validator::Validate;

#[derive(Deserialize, Validate)]
pub struct Registration {
    #[validate(length(min = 1, max = 100))]
    pub attendee_name: String,
    #[validate(email)]
    pub email: String,
}

#[derive(Deserialize, Validate)]
pub struct SessionChoice {
    #[validate(length(min = 1, max = 5))]
    pub session_ids: Vec<Uuid>,
}

#[post("/events/{event_id}/registrations")]
async fn register(
    pool: web::Data<PgPool>,
    _auth: BearerAuth,
    path: web::Path<Uuid>,
    form: actix_web_validator::Form<Registration>,
) -> actix_web::Result<HttpResponse> {
    sqlx::query("INSERT INTO registrations (event_id, attendee_name, email) VALUES ($1, $2, $3)")
        .bind(path.into_inner())
        .bind(&form.attendee_name)
        .bind(&form.email)
        .execute(pool.get_ref())
        .await
        .map_err(|_| actix_web::error::ErrorInternalServerError("could not register"))?;
    Ok(HttpResponse::Created().finish())
}

#[post("/registrations/{registration_id}/sessions")]
async fn choose_sessions(
    pool: web::Data<PgPool>,
    _auth: BearerAuth,
    path: web::Path<Uuid>,
    choice: actix_web_validator::Json<SessionChoice>,
) -> actix_web::Result<HttpResponse> {
    sqlx::query("UPDATE registrations SET session_ids = $1 WHERE id = $2")
        .bind(&choice.session_ids)
        .bind(path.into_inner())
        .execute(pool.get_ref())
        .await
        .map_err(|_| actix_web::error::ErrorInternalServerError("could not save the sessions"))?;
    Ok(HttpResponse::NoContent().finish())
}

#[actix_web::main]
async fn main() -> std::io::Result<()> {
    let pool = PgPool::connect_lazy(&std::env::var("DATABASE_URL").expect("DATABASE_URL")).expect("pool");
    let limits = GovernorConfigBuilder::default().requests_per_second(2).burst_size(5).finish().expect("valid limits");
    HttpServer::new(move || {
        App::new()
            .app_data(web::Data::new(pool.clone()))
            .wrap(Governor::new(&limits))
            .service(register)
            .service(choose_sessions)
    })
    .bind(("0.0.0.0", 8080))?
    .run()
    .await
}
