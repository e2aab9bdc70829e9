//! `Lenient<T>`: reads the whole payload and parses JSON whatever the content type says.

use actix_web::dev::Payload;
use actix_web::{web, FromRequest, HttpRequest};
use futures_util::future::LocalBoxFuture;
use serde::de::DeserializeOwned;

pub struct Lenient<T>(pub T);

impl<T: DeserializeOwned + 'static> FromRequest for Lenient<T> {
    type Error = actix_web::Error;
    type Future = LocalBoxFuture<'static, Result<Self, Self::Error>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let bytes = web::Bytes::from_request(req, payload);
        Box::pin(async move {
            let bytes = bytes.await?;
            let value = serde_json::from_slice::<T>(&bytes).map_err(actix_web::error::ErrorBadRequest)?;
            Ok(Lenient(value))
        })
    }
}
