//! `ValidatedJson<T>`: `Json<T>` followed by the `validator` rules of `T`.

use axum::extract::{FromRequest, Request};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde::de::DeserializeOwned;
use validator::Validate;

pub struct ValidatedJson<T>(pub T);

impl<S, T> FromRequest<S> for ValidatedJson<T>
where
    S: Send + Sync,
    T: DeserializeOwned + Validate,
{
    type Rejection = Response;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        let Json(value) = Json::<T>::from_request(req, state).await.map_err(IntoResponse::into_response)?;
        value
            .validate()
            .map_err(|errors| (StatusCode::UNPROCESSABLE_ENTITY, Json(errors)).into_response())?;
        Ok(ValidatedJson(value))
    }
}
