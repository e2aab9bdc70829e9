//! Legacy actix-identity 0.4 login cookie.

use actix_identity::{CookieIdentityPolicy, Identity, IdentityService};
use actix_web::{web, App, HttpResponse, HttpServer};

async fn billing(identity: Identity) -> HttpResponse {
    match identity.identity() {
        Some(account) => HttpResponse::Ok().body(format!("billing for {account}")),
        None => HttpResponse::Unauthorized().finish(),
    }
}

pub async fn run() -> std::io::Result<()> {
    HttpServer::new(|| {
        App::new()
            .wrap(IdentityService::new(
                CookieIdentityPolicy::new(b"Zq8vN3kT7pL2xW9mR4sB6yC1dF5gH0jK") //~ hardcoded_secret
                    .name("auth")
                    .secure(true),
            ))
            .route("/", web::get().to(billing))
    })
    .bind(("0.0.0.0", 8080))?
    .run()
    .await
}
