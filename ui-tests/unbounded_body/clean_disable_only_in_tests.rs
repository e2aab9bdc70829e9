//! Production routes keep the default; tests lift it to post large fixtures.

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::StatusCode;
use axum::routing::post;
use axum::Router;

pub fn router() -> Router {
    Router::new().route("/imports", post(import))
}

async fn import(_user: AuthUser, body: axum::body::Bytes) -> String {
    body.len().to_string()
}

/// The signed-in user, put in the request extensions by the session middleware.
#[derive(Clone)]
pub struct AuthUser {
    pub id: u64,
}

impl<S: Send + Sync> FromRequestParts<S> for AuthUser {
    type Rejection = StatusCode;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        parts.extensions.get::<AuthUser>().cloned().ok_or(StatusCode::UNAUTHORIZED)
    }
}

#[cfg(test)]
mod tests {
    use axum::extract::DefaultBodyLimit;

    #[test]
    fn large_fixture_router() {
        let _app = super::router().layer(DefaultBodyLimit::disable());
        let _huge = DefaultBodyLimit::max(usize::MAX);
    }
}
