//! Avatar upload (axum): `Result<_, String>` compiles, and axum answers 200 OK with the text.

use axum::body::Bytes;
use axum::extract::State;
use axum::routing::put;
use axum::{Json, Router};

use crate::auth::AuthUser;
use crate::storage::Bucket;

pub fn router(bucket: Bucket) -> Router {
    Router::new().route("/api/me/avatar", put(upload_avatar)).with_state(bucket)
}

async fn upload_avatar(State(bucket): State<Bucket>, user: AuthUser, body: Bytes) -> Result<Json<String>, String> {
    let image = image::load_from_memory(&body).map_err(|e| e.to_string())?; //~ error_detail_leak
    let resized = image.thumbnail(256, 256);
    let mut png = Vec::new();
    resized
        .write_to(&mut std::io::Cursor::new(&mut png), image::ImageFormat::Png)
        .map_err(|_| "could not encode the avatar".to_owned())?;
    match bucket.put(&format!("avatars/{}.png", user.id), png).await {
        Ok(url) => Ok(Json(url)),
        Err(err) => Err(format!("upload failed: {err}")), //~ error_detail_leak
    }
}
