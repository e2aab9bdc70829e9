//! tower-sessions defaults are Secure, HttpOnly and SameSite=Strict.

use axum::routing::get;
use axum::Router;
use time::Duration;
use tower_sessions::cookie::SameSite;
use tower_sessions::{Expiry, MemoryStore, SessionManagerLayer};

pub fn app() -> Router {
    let sessions = SessionManagerLayer::new(MemoryStore::default())
        .with_same_site(SameSite::Lax)
        .with_expiry(Expiry::OnInactivity(Duration::hours(8)));
    Router::new().route("/", get(|| async { "home" })).layer(sessions)
}
