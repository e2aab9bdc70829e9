//! The internal admin console runs on the VPN only; its permissive CORS is a reviewed exception.

use axum::Router;
use tower_http::cors::CorsLayer;

#[launchlint::allow(cors_wildcard_credentials, reason = "admin console is only reachable on the office VPN")]
pub fn admin_console(router: Router) -> Router {
    router.layer(CorsLayer::very_permissive())
}
