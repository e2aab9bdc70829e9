//! Redis-backed sessions, with Secure turned off for the whole deployment.

use actix_session::storage::RedisSessionStore;
use actix_session::SessionMiddleware;
use actix_web::cookie::Key;
use actix_web::{web, App, HttpServer};

pub async fn run(redis_url: String, master_key: Vec<u8>) -> std::io::Result<()> {
    let store = RedisSessionStore::new(redis_url).await.expect("redis");
    let key = Key::from(&master_key);
    HttpServer::new(move || {
        App::new()
            .wrap(
                SessionMiddleware::builder(store.clone(), key.clone())
                    .cookie_secure(false) //~ insecure_cookie
                    .build(),
            )
            .route("/health", web::get().to(|| async { "ok" }))
    })
    .bind(("0.0.0.0", 8080))?
    .run()
    .await
}
