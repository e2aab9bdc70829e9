//! Thumbnails (axum + http builder): the storage error text becomes the 500 body.

use axum::body::Body;
use axum::extract::{Path, State};
use axum::http::{header, Response, StatusCode};
use axum::routing::get;
use axum::Router;

use crate::auth::AuthUser;
use crate::storage::Bucket;

pub fn router(bucket: Bucket) -> Router {
    Router::new().route("/api/thumbnails/{key}", get(thumbnail)).with_state(bucket)
}

async fn thumbnail(State(bucket): State<Bucket>, _user: AuthUser, Path(key): Path<String>) -> Response<Body> {
    match bucket.get(&format!("thumbs/{key}")).await {
        Ok(bytes) => Response::builder()
            .header(header::CONTENT_TYPE, "image/webp")
            .body(Body::from(bytes))
            .expect("valid response"),
        Err(storage_err) => Response::builder()
            .status(StatusCode::INTERNAL_SERVER_ERROR)
            .body(Body::from(storage_err.to_string())) //~ error_detail_leak
            .expect("valid response"),
    }
}
