//! Calendar sync (actix-web): the provider error's `Debug` goes into the JSON body.

use actix_web::{post, web, App, HttpResponse, HttpServer};
use actix_web_httpauth::extractors::bearer::BearerAuth;
use serde_json::json;

use crate::calendar::CalendarClient;

#[post("/calendars/sync")]
async fn sync_calendars(client: web::Data<CalendarClient>, auth: BearerAuth) -> HttpResponse {
    if let Err(e) = client.sync_for_token(auth.token()).await {
        return HttpResponse::ServiceUnavailable().json(json!({
            "error": "calendar sync failed",
            "detail": format!("{:?}", e), //~ error_detail_leak
        }));
    }
    HttpResponse::NoContent().finish()
}

#[actix_web::main]
async fn main() -> std::io::Result<()> {
    let client = web::Data::new(CalendarClient::from_env());
    HttpServer::new(move || App::new().app_data(client.clone()).service(sync_calendars))
        .bind(("0.0.0.0", 8080))?
        .run()
        .await
}
