//! Support tickets (actix-web): validation errors are returned as a 400 with the field list.

use actix_web::{post, web, App, HttpResponse, HttpServer};
use actix_web_httpauth::extractors::bearer::BearerAuth;
use serde::Deserialize;
use sqlx::PgPool;
use uuid::Uuid;
use validator::Validate;

#[derive(Deserialize, Validate)]
pub struct NewTicket {
    #[validate(length(min = 3, max = 140))]
    pub subject: String,
    #[validate(length(max = 20000))]
    pub body: String,
}

#[post("/tickets")]
async fn open_ticket(pool: web::Data<PgPool>, _auth: BearerAuth, ticket: web::Json<NewTicket>) -> actix_web::Result<HttpResponse> {
    if let Err(errors) = ticket.validate() {
        return Ok(HttpResponse::BadRequest().json(errors));
    }
    let id = Uuid::new_v4();
    sqlx::query("INSERT INTO tickets (id, subject, body) VALUES ($1, $2, $3)")
        .bind(id)
        .bind(&ticket.subject)
        .bind(&ticket.body)
        .execute(pool.get_ref())
        .await
        .map_err(|_| actix_web::error::ErrorInternalServerError("could not open the ticket"))?;
    Ok(HttpResponse::Created().json(id))
}

#[actix_web::main]
async fn main() -> std::io::Result<()> {
    let pool = PgPool::connect_lazy(&std::env::var("DATABASE_URL").expect("DATABASE_URL")).expect("pool");
    HttpServer::new(move || App::new().app_data(web::Data::new(pool.clone())).service(open_ticket))
        .bind(("0.0.0.0", 8080))?
        .run()
        .await
}
