//! `RequireApiKey`: resolves the `x-api-key` header to the workspace that owns the key.

use std::future::{ready, Ready};
use std::rc::Rc;

use actix_web::dev::{forward_ready, Service, ServiceRequest, ServiceResponse, Transform};
use actix_web::error::{ErrorInternalServerError, ErrorUnauthorized};
use actix_web::{web, Error, HttpMessage};
use futures_util::future::LocalBoxFuture;
use sha2::{Digest, Sha256};
use sqlx::PgPool;
use uuid::Uuid;

#[derive(Clone, Copy)]
pub struct ApiClient {
    pub workspace_id: Uuid,
}

pub struct RequireApiKey;

impl<S, B> Transform<S, ServiceRequest> for RequireApiKey
where
    S: Service<ServiceRequest, Response = ServiceResponse<B>, Error = Error> + 'static,
    B: 'static,
{
    type Response = ServiceResponse<B>;
    type Error = Error;
    type Transform = RequireApiKeyMiddleware<S>;
    type InitError = ();
    type Future = Ready<Result<Self::Transform, Self::InitError>>;

    fn new_transform(&self, service: S) -> Self::Future {
        ready(Ok(RequireApiKeyMiddleware { service: Rc::new(service) }))
    }
}

pub struct RequireApiKeyMiddleware<S> {
    service: Rc<S>,
}

impl<S, B> Service<ServiceRequest> for RequireApiKeyMiddleware<S>
where
    S: Service<ServiceRequest, Response = ServiceResponse<B>, Error = Error> + 'static,
    B: 'static,
{
    type Response = ServiceResponse<B>;
    type Error = Error;
    type Future = LocalBoxFuture<'static, Result<Self::Response, Self::Error>>;

    forward_ready!(service);

    fn call(&self, req: ServiceRequest) -> Self::Future {
        let service = Rc::clone(&self.service);
        Box::pin(async move {
            let Some(key) = req
                .headers()
                .get("x-api-key")
                .and_then(|value| value.to_str().ok())
                .map(str::to_owned)
            else {
                return Err(ErrorUnauthorized("missing API key"));
            };
            let pool = req
                .app_data::<web::Data<PgPool>>()
                .cloned()
                .ok_or_else(|| ErrorInternalServerError("service misconfigured"))?;
            let digest = hex::encode(Sha256::digest(key.as_bytes()));
            let owner: Option<(Uuid,)> =
                sqlx::query_as("SELECT workspace_id FROM api_keys WHERE key_sha256 = $1 AND revoked_at IS NULL")
                    .bind(&digest)
                    .fetch_optional(pool.get_ref())
                    .await
                    .map_err(|_| ErrorInternalServerError("could not check the API key"))?;
            let Some((workspace_id,)) = owner else {
                return Err(ErrorUnauthorized("unknown or revoked API key"));
            };
            req.extensions_mut().insert(ApiClient { workspace_id });
            service.call(req).await
        })
    }
}
