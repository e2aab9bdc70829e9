//! Production routes keep the default; tests lift it to post large fixtures.

use axum::routing::post;
use axum::Router;

pub fn router() -> Router {
    Router::new().route("/imports", post(import))
}

async fn import(body: axum::body::Bytes) -> String {
    body.len().to_string()
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
