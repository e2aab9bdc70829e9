//! tower-sessions defaults are Secure, HttpOnly and SameSite=Strict.

use axum::http::StatusCode;
use axum::routing::get;
use axum::Router;
use time::Duration;
use tower_sessions::cookie::SameSite;
use tower_sessions::{Expiry, MemoryStore, Session, SessionManagerLayer};

pub fn app() -> Router {
    let sessions = SessionManagerLayer::new(MemoryStore::default())
        .with_same_site(SameSite::Lax)
        .with_expiry(Expiry::OnInactivity(Duration::hours(8)));
    Router::new().route("/", get(home)).layer(sessions)
}

async fn home(session: Session) -> Result<String, StatusCode> {
    let user: Option<String> = session.get("user_id").await.map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)?;
    let user = user.ok_or(StatusCode::UNAUTHORIZED)?;
    Ok(format!("welcome back, {user}"))
}
