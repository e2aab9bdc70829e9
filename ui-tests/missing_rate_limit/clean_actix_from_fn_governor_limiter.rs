//! Live event chat (actix-web). Message sending is throttled by a `from_fn` middleware that
//! keeps one `governor` bucket per client IP.

use std::net::IpAddr;
use std::num::NonZeroU32;
use std::sync::LazyLock;

use actix_web::body::{EitherBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::error::{ErrorBadRequest, ErrorInternalServerError, ErrorUnauthorized};
use actix_web::middleware::{from_fn, Logger, Next};
use actix_web::{web, App, HttpMessage, HttpResponse, HttpServer};
use actix_web_httpauth::extractors::bearer::BearerAuth;
use actix_web_httpauth::middleware::HttpAuthentication;
use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};
use jsonwebtoken::{decode, Algorithm, DecodingKey, Validation};
use serde::Deserialize;
use sqlx::PgPool;
use uuid::Uuid;

static DECODING_KEY: LazyLock<DecodingKey> = LazyLock::new(|| {
    let secret = std::env::var("JWT_SECRET").expect("JWT_SECRET must be set");
    DecodingKey::from_secret(secret.as_bytes())
});

static MESSAGE_LIMITER: LazyLock<DefaultKeyedRateLimiter<IpAddr>> = LazyLock::new(|| {
    let per_second = NonZeroU32::new(2).expect("non-zero quota");
    let burst = NonZeroU32::new(10).expect("non-zero burst");
    RateLimiter::keyed(Quota::per_second(per_second).allow_burst(burst))
});

#[derive(Clone, Deserialize)]
struct Claims {
    sub: Uuid,
    exp: usize,
}

#[derive(Deserialize)]
struct NewMessage {
    text: String,
}

async fn validate_token(
    req: ServiceRequest,
    credentials: BearerAuth,
) -> Result<ServiceRequest, (actix_web::Error, ServiceRequest)> {
    match decode::<Claims>(credentials.token(), &DECODING_KEY, &Validation::new(Algorithm::HS256)) {
        Ok(data) => {
            req.extensions_mut().insert(data.claims);
            Ok(req)
        }
        Err(_) => Err((ErrorUnauthorized("invalid or expired token"), req)),
    }
}

async fn throttle(
    req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<EitherBody<impl MessageBody>>, actix_web::Error> {
    let ip = req.peer_addr().map(|addr| addr.ip());
    if let Some(ip) = ip {
        if MESSAGE_LIMITER.check_key(&ip).is_err() {
            let slow_down = HttpResponse::TooManyRequests().finish();
            return Ok(req.into_response(slow_down).map_into_right_body());
        }
    }
    next.call(req).await.map(ServiceResponse::map_into_left_body)
}

async fn send_message(
    pool: web::Data<PgPool>,
    claims: web::ReqData<Claims>,
    path: web::Path<Uuid>,
    body: web::Json<NewMessage>,
) -> actix_web::Result<HttpResponse> {
    let text = body.text.trim();
    if text.is_empty() || text.len() > 500 {
        return Err(ErrorBadRequest("messages need 1 to 500 characters"));
    }
    sqlx::query("INSERT INTO chat_messages (id, room_id, sender_id, text) VALUES ($1, $2, $3, $4)")
        .bind(Uuid::new_v4())
        .bind(path.into_inner())
        .bind(claims.sub)
        .bind(text)
        .execute(pool.get_ref())
        .await
        .map_err(|_| ErrorInternalServerError("could not send the message"))?;
    Ok(HttpResponse::Created().finish())
}

#[actix_web::main]
async fn main() -> std::io::Result<()> {
    let database_url = std::env::var("DATABASE_URL").expect("DATABASE_URL must be set");
    let pool = PgPool::connect(&database_url).await.expect("cannot connect to the database");

    HttpServer::new(move || {
        App::new()
            .app_data(web::Data::new(pool.clone()))
            .wrap(Logger::default())
            .service(
                web::scope("/api")
                    .wrap(from_fn(throttle))
                    .wrap(HttpAuthentication::bearer(validate_token))
                    .route("/rooms/{room_id}/messages", web::post().to(send_message)),
            )
    })
    .bind(("0.0.0.0", 8080))?
    .run()
    .await
}
