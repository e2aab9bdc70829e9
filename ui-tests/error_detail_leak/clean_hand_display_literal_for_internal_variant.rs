//! Tickets (actix-web): `Display` writes the ticket id and the validation reason, and a fixed
//! text for the database variant; `error_response` sends that text.

use actix_web::http::StatusCode;
use actix_web::{get, web, App, HttpResponse, HttpServer, ResponseError};
use actix_web_httpauth::extractors::bearer::BearerAuth;
use serde_json::json;
use sqlx::PgPool;
use uuid::Uuid;

#[derive(Debug)]
pub enum TicketApiError {
    NotFound(Uuid),
    Invalid(String),
    Database(sqlx::Error),
}

impl std::fmt::Display for TicketApiError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            TicketApiError::NotFound(id) => write!(f, "ticket {id} not found"),
            TicketApiError::Invalid(reason) => write!(f, "invalid ticket: {reason}"),
            TicketApiError::Database(_) => f.write_str("internal server error"),
        }
    }
}

impl From<sqlx::Error> for TicketApiError {
    fn from(err: sqlx::Error) -> Self {
        TicketApiError::Database(err)
    }
}

impl ResponseError for TicketApiError {
    fn status_code(&self) -> StatusCode {
        match self {
            TicketApiError::NotFound(_) => StatusCode::NOT_FOUND,
            TicketApiError::Invalid(_) => StatusCode::UNPROCESSABLE_ENTITY,
            TicketApiError::Database(err) => {
                tracing::error!(error = %err, "ticket query failed");
                StatusCode::INTERNAL_SERVER_ERROR
            }
        }
    }

    fn error_response(&self) -> HttpResponse {
        HttpResponse::build(self.status_code()).json(json!({ "error": self.to_string() }))
    }
}

#[get("/tickets/{ticket_id}")]
async fn show_ticket(pool: web::Data<PgPool>, _auth: BearerAuth, path: web::Path<Uuid>) -> Result<HttpResponse, TicketApiError> {
    let ticket_id = path.into_inner();
    let subject: Option<(String,)> = sqlx::query_as("SELECT subject FROM tickets WHERE id = $1")
        .bind(ticket_id)
        .fetch_optional(pool.get_ref())
        .await?;
    let (subject,) = subject.ok_or(TicketApiError::NotFound(ticket_id))?;
    Ok(HttpResponse::Ok().json(subject))
}

#[actix_web::main]
async fn main() -> std::io::Result<()> {
    let pool = PgPool::connect_lazy(&std::env::var("DATABASE_URL").expect("DATABASE_URL")).expect("pool");
    HttpServer::new(move || App::new().app_data(web::Data::new(pool.clone())).service(show_ticket))
        .bind(("0.0.0.0", 8080))?
        .run()
        .await
}
