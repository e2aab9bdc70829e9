//! The actix app's session middleware, keyed with an all-zero key "until we add config".

use actix_session::storage::CookieSessionStore;
use actix_session::SessionMiddleware;
use actix_web::cookie::Key;
use actix_web::{web, App, HttpServer};

pub async fn run() -> std::io::Result<()> {
    HttpServer::new(|| {
        App::new()
            .wrap(SessionMiddleware::new(
                CookieSessionStore::default(),
                Key::from(&[0u8; 64]), //~ hardcoded_secret
            ))
            .route("/health", web::get().to(|| async { "ok" }))
    })
    .bind(("0.0.0.0", 8080))?
    .run()
    .await
}
