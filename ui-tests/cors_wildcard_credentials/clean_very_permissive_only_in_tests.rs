use axum::http::header::{AUTHORIZATION, CONTENT_TYPE};
use axum::http::{HeaderValue, Method};
use axum::Router;
use tower_http::cors::CorsLayer;

pub fn cors_layer() -> CorsLayer {
    CorsLayer::new()
        .allow_origin(HeaderValue::from_static("https://app.example.com"))
        .allow_methods([Method::GET, Method::POST])
        .allow_headers([AUTHORIZATION, CONTENT_TYPE])
        .allow_credentials(true)
}

pub fn with_cors(router: Router) -> Router {
    router.layer(cors_layer())
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::body::Body;
    use axum::http::{Request, StatusCode};
    use axum::routing::get;
    use tower::ServiceExt;

    fn browser_test_app() -> Router {
        Router::new()
            .route("/ping", get(|| async { "pong" }))
            .layer(CorsLayer::very_permissive())
    }

    #[tokio::test]
    async fn preflight_is_answered_for_the_test_browser() {
        let request = Request::builder()
            .method(Method::OPTIONS)
            .uri("/ping")
            .header("origin", "http://localhost:5173")
            .header("access-control-request-method", "GET")
            .body(Body::empty())
            .unwrap();

        let response = browser_test_app().oneshot(request).await.unwrap();

        assert_eq!(response.status(), StatusCode::OK);
    }
}
