use axum::http::header::{InvalidHeaderValue, AUTHORIZATION, CONTENT_TYPE};
use axum::http::{HeaderValue, Method};
use axum::Router;
use tower_http::cors::CorsLayer;

pub fn with_cors(router: Router) -> Result<Router, InvalidHeaderValue> {
    let cors = CorsLayer::new()
        .allow_origin("https://app.example.com".parse::<HeaderValue>()?)
        .allow_methods([Method::GET, Method::POST])
        .allow_headers([AUTHORIZATION, CONTENT_TYPE])
        .allow_credentials(true);

    Ok(router.layer(cors))
}
