//! A streamed upload that stops reading past 50 MB.

use actix_web::{error, web, Error, HttpResponse};
use futures_util::StreamExt;

const MAX_UPLOAD: usize = 50 * 1024 * 1024;

pub async fn upload(mut payload: web::Payload) -> Result<HttpResponse, Error> {
    let mut body = web::BytesMut::new();
    while let Some(chunk) = payload.next().await {
        let chunk = chunk?;
        if body.len() + chunk.len() > MAX_UPLOAD {
            return Err(error::ErrorPayloadTooLarge("upload too large"));
        }
        body.extend_from_slice(&chunk);
    }
    Ok(HttpResponse::Created().body(body.len().to_string()))
}
