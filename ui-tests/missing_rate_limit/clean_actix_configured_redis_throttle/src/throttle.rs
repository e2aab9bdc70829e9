use actix_web::body::{EitherBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::middleware::Next;
use actix_web::{web, HttpResponse};
use deadpool_redis::Pool;
use redis::AsyncCommands;

const WINDOW_SECONDS: i64 = 60;
const MAX_REQUESTS: i64 = 10;

/// Allows `MAX_REQUESTS` per client IP and window; answers 429 after that.
pub async fn redis_throttle(
    req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<EitherBody<impl MessageBody>>, actix_web::Error> {
    let client = req.connection_info().realip_remote_addr().unwrap_or("unknown").to_owned();
    let key = format!("throttle:accounts:{client}");
    let pool = req.app_data::<web::Data<Pool>>().cloned();
    if let Some(pool) = pool {
        if let Ok(mut conn) = pool.get().await {
            let count: i64 = conn.incr(&key, 1).await.unwrap_or(0);
            if count == 1 {
                let _: Result<(), _> = conn.expire(&key, WINDOW_SECONDS).await;
            }
            if count > MAX_REQUESTS {
                let limited = HttpResponse::TooManyRequests()
                    .insert_header(("Retry-After", WINDOW_SECONDS.to_string()))
                    .finish();
                return Ok(req.into_response(limited).map_into_right_body());
            }
        }
    }
    next.call(req).await.map(ServiceResponse::map_into_left_body)
}
