//! Request bodies without credentials are fine to log.

use axum::http::StatusCode;
use axum::Json;
use serde::Deserialize;

#[derive(Debug, Deserialize)]
pub struct CreatePost {
    pub title: String,
    pub body: String,
    pub tags: Vec<String>,
}

pub async fn create_post(Json(post): Json<CreatePost>) -> StatusCode {
    tracing::debug!(?post, "creating post");
    println!("{:?}", post);
    StatusCode::CREATED
}
