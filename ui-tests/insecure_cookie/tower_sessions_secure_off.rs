//! tower-sessions copied from the sqlite example, `with_secure(false)` included.

use axum::routing::get;
use axum::Router;
use time::Duration;
use tower_sessions::{Expiry, MemoryStore, SessionManagerLayer};

pub fn app() -> Router {
    let store = MemoryStore::default();
    let sessions = SessionManagerLayer::new(store)
        .with_secure(false) //~ insecure_cookie
        .with_expiry(Expiry::OnInactivity(Duration::days(1)));
    Router::new().route("/", get(home)).layer(sessions)
}

#[launchlint::public(reason = "marketing landing page, the same for every visitor")]
async fn home() -> &'static str {
    "home"
}
