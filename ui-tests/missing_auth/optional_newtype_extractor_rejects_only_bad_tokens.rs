//! `Viewer` rejects a malformed token but lets a request without one through with
//! `None`: the export route is open to anonymous callers. `AuthUser` rejects both.

use axum::extract::FromRequestParts;
use axum::http::header::AUTHORIZATION;
use axum::http::request::Parts;
use axum::http::StatusCode;
use axum::routing::get;
use axum::Router;

pub struct AuthUser {
    pub user_id: i64,
}

pub struct Viewer(pub Option<AuthUser>);

fn verify(token: &str) -> Result<AuthUser, StatusCode> {
    token.strip_prefix("Token ").map(|t| AuthUser { user_id: t.len() as i64 }).ok_or(StatusCode::UNAUTHORIZED)
}

impl<S: Send + Sync> FromRequestParts<S> for AuthUser {
    type Rejection = StatusCode;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        let header = parts.headers.get(AUTHORIZATION).ok_or(StatusCode::UNAUTHORIZED)?;
        verify(header.to_str().map_err(|_| StatusCode::UNAUTHORIZED)?)
    }
}

impl<S: Send + Sync> FromRequestParts<S> for Viewer {
    type Rejection = StatusCode;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        let user = match parts.headers.get(AUTHORIZATION) {
            Some(h) => Some(verify(h.to_str().map_err(|_| StatusCode::UNAUTHORIZED)?)?),
            None => None,
        };
        Ok(Self(user))
    }
}

pub fn admin_routes() -> Router {
    Router::new().route("/admin/export", get(export_customers)).route("/admin/audit", get(audit_log))
}

async fn export_customers(Viewer(user): Viewer) -> String { //~ missing_auth
    format!("customers for {:?}", user.map(|u| u.user_id))
}

async fn audit_log(user: AuthUser) -> String {
    format!("audit log for {}", user.user_id)
}
