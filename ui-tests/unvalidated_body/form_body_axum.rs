//! Marketing site contact form (axum, server-rendered).

use axum::extract::{Form, State};
use axum::response::Redirect;
use axum::routing::post;
use axum::Router;
use serde::Deserialize;
use sqlx::PgPool;

#[derive(Deserialize)]
pub struct ContactMessage {
    pub name: String,
    pub email: String,
    pub company: Option<String>,
    pub message: String,
}

pub fn router(db: PgPool) -> Router {
    Router::new().route("/contact", post(send_message)).with_state(db)
}

#[launchlint::public(reason = "contact form on the marketing site")]
async fn send_message(State(db): State<PgPool>, Form(form): Form<ContactMessage>) -> Redirect { //~ unvalidated_body
    let _ = sqlx::query("INSERT INTO contact_messages (name, email, company, message) VALUES ($1, $2, $3, $4)")
        .bind(&form.name)
        .bind(&form.email)
        .bind(&form.company)
        .bind(&form.message)
        .execute(&db)
        .await;
    Redirect::to("/contact/thanks")
}
