//! Personal data other than credentials is out of this lint's scope.

use actix_web::{post, web, HttpResponse};
use serde::Deserialize;

#[derive(Debug, Deserialize)]
pub struct Invite {
    pub email: String,
    pub display_name: String,
    pub role: String,
}

#[post("/invites")]
pub async fn invite(body: web::Json<Invite>) -> HttpResponse {
    tracing::info!(email = %body.email, name = %body.display_name, ?body, "invite sent");
    HttpResponse::Created().finish()
}
