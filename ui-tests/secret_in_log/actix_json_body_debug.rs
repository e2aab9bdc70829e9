//! actix signup logs the whole request body.

use actix_web::{post, web, HttpResponse};
use serde::Deserialize;

#[derive(Debug, Deserialize)]
pub struct SignupRequest {
    pub organization: String,
    pub email: String,
    pub password: String,
}

#[post("/signup")]
pub async fn signup(body: web::Json<SignupRequest>) -> HttpResponse {
    tracing::info!(?body, "signup received"); //~ secret_in_log
    HttpResponse::Created().finish()
}
