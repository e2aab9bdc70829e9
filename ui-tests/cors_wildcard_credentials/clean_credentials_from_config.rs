//! Credentials are switched by configuration and origins come from the deployment: nothing to
//! judge statically (the lint reports only what it can see).

use axum::http::HeaderValue;
use axum::Router;
use tower_http::cors::CorsLayer;

pub struct CorsSettings {
    pub origins: Vec<String>,
    pub allow_cookies: bool,
}

pub fn with_cors(router: Router, settings: &CorsSettings) -> Router {
    let origins: Vec<HeaderValue> = settings.origins.iter().filter_map(|o| o.parse().ok()).collect();
    router.layer(CorsLayer::new().allow_origin(origins).allow_credentials(settings.allow_cookies))
}
