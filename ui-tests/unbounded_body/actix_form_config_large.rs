//! The legacy form endpoint was raised to "a lot" after a customer complaint.

use actix_web::{web, HttpResponse};
use serde::Deserialize;

#[derive(Deserialize)]
pub struct Feedback {
    pub message: String,
}

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.app_data(web::FormConfig::default().limit(3usize * 1024 * 1024 * 1024)) //~ unbounded_body
        .route("/feedback", web::post().to(feedback));
}

async fn feedback(form: web::Form<Feedback>) -> HttpResponse {
    HttpResponse::Ok().body(form.message.len().to_string())
}
