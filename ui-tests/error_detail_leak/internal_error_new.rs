//! Image proxy (actix-web): `InternalError::new` renders the wrapped error's `Display`.

use actix_web::error::InternalError;
use actix_web::http::StatusCode;
use actix_web::{get, web, App, HttpResponse, HttpServer};
use actix_web_httpauth::extractors::bearer::BearerAuth;

#[get("/proxy/images")]
async fn proxy_image(
    http: web::Data<reqwest::Client>,
    _auth: BearerAuth,
    query: web::Query<std::collections::HashMap<String, String>>,
) -> Result<HttpResponse, actix_web::Error> {
    let url = query.get("url").ok_or_else(|| actix_web::error::ErrorBadRequest("missing url"))?;
    let response = http
        .get(url)
        .send()
        .await
        .map_err(|fetch_error| InternalError::new(fetch_error, StatusCode::BAD_GATEWAY))?; //~ error_detail_leak
    let bytes = response.bytes().await.map_err(|_| actix_web::error::ErrorBadGateway("image unavailable"))?;
    Ok(HttpResponse::Ok().content_type("image/png").body(bytes))
}

#[actix_web::main]
async fn main() -> std::io::Result<()> {
    let http = web::Data::new(reqwest::Client::new());
    HttpServer::new(move || App::new().app_data(http.clone()).service(proxy_image))
        .bind(("0.0.0.0", 8080))?
        .run()
        .await
}
