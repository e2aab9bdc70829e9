use actix_web::{get, web, HttpResponse};
use actix_web_httpauth::extractors::bearer::BearerAuth;

use crate::error::StorageError;

async fn fetch_object(key: &str) -> anyhow::Result<Vec<u8>> {
    anyhow::ensure!(!key.contains(".."), "invalid object key {key}");
    Ok(Vec::new())
}

#[get("/files/{key}")]
pub async fn download(auth: BearerAuth, key: web::Path<String>) -> Result<HttpResponse, StorageError> {
    if auth.token().is_empty() {
        return Err(StorageError::Denied);
    }
    let bytes = fetch_object(&key).await?;
    if bytes.is_empty() {
        return Err(StorageError::Missing);
    }
    Ok(HttpResponse::Ok().content_type("application/octet-stream").body(bytes))
}
