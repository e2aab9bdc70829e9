use actix_web::{get, HttpResponse, Responder};
use serde::Serialize;

#[derive(Serialize)]
struct WidgetConfig {
    greeting: &'static str,
    office_hours: &'static str,
}

#[get("/widget/config")]
#[launchlint::public(reason = "the widget loads its configuration on anonymous customer pages")]
pub async fn widget_config() -> impl Responder {
    HttpResponse::Ok().json(WidgetConfig {
        greeting: "Hi! How can we help?",
        office_hours: "Mon-Fri 09:00-17:00 CET",
    })
}
