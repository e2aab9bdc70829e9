//! A marker without a reason does not suppress anything, and says so.

use axum::Router;
use tower_http::cors::CorsLayer;

#[launchlint::allow(cors_wildcard_credentials)] //~ unused_suppression
pub fn with_dev_cors(router: Router) -> Router {
    router.layer(CorsLayer::very_permissive()) //~ cors_wildcard_credentials
}
