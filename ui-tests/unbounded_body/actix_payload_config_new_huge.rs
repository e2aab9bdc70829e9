//! Raw document uploads through `web::Bytes` with a 2 GiB payload limit.

use std::future::{ready, Ready};

use actix_web::dev::Payload;
use actix_web::error::ErrorUnauthorized;
use actix_web::{web, App, FromRequest, HttpMessage, HttpRequest, HttpResponse, HttpServer};

/// The signed-in user, put in the request extensions by the session middleware.
#[derive(Clone)]
pub struct AuthUser {
    pub id: u64,
}

impl FromRequest for AuthUser {
    type Error = actix_web::Error;
    type Future = Ready<Result<Self, Self::Error>>;

    fn from_request(req: &HttpRequest, _payload: &mut Payload) -> Self::Future {
        ready(req.extensions().get::<AuthUser>().cloned().ok_or_else(|| ErrorUnauthorized("sign in required")))
    }
}

async fn upload_document(_user: AuthUser, body: web::Bytes) -> HttpResponse {
    HttpResponse::Created().body(body.len().to_string())
}

pub async fn run() -> std::io::Result<()> {
    HttpServer::new(|| {
        App::new()
            .app_data(web::PayloadConfig::new(2 * 1024 * 1024 * 1024)) //~ unbounded_body
            .route("/documents", web::post().to(upload_document))
    })
    .bind(("0.0.0.0", 8080))?
    .run()
    .await
}
