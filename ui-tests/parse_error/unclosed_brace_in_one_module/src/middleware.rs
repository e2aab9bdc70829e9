//! The other module still parses, and its finding is still reported.

use axum::Router;
use tower_http::cors::CorsLayer;

pub fn with_cors(router: Router) -> Router {
    router.layer(CorsLayer::very_permissive()) //~ cors_wildcard_credentials
}
