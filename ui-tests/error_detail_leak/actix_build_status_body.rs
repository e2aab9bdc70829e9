//! Health of dependencies (actix-web): the Redis error text ends up in a 503.

use actix_web::http::StatusCode;
use actix_web::{get, web, App, HttpResponse, HttpServer};
use actix_web_httpauth::extractors::bearer::BearerAuth;

#[get("/internal/queue-depth")]
async fn queue_depth(redis: web::Data<redis::Client>, _auth: BearerAuth) -> HttpResponse {
    let mut conn = match redis.get_multiplexed_async_connection().await {
        Ok(conn) => conn,
        Err(redis_err) => return HttpResponse::build(StatusCode::SERVICE_UNAVAILABLE).body(redis_err.to_string()), //~ error_detail_leak
    };
    match redis::cmd("LLEN").arg("jobs").query_async::<i64>(&mut conn).await {
        Ok(depth) => HttpResponse::Ok().json(depth),
        Err(_) => HttpResponse::ServiceUnavailable().finish(),
    }
}

#[actix_web::main]
async fn main() -> std::io::Result<()> {
    let redis = web::Data::new(redis::Client::open("redis://127.0.0.1/").expect("redis url"));
    HttpServer::new(move || App::new().app_data(redis.clone()).service(queue_depth))
        .bind(("0.0.0.0", 8080))?
        .run()
        .await
}
