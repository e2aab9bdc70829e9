//! actix-web 1.x service: handlers returning futures are registered with `to_async`. The
//! article routes have no auth middleware and the handlers take no identity.

use actix_web::{web, App, HttpResponse, HttpServer};
use futures::future::{ok, Future};

fn list_articles() -> impl Future<Item = HttpResponse, Error = actix_web::Error> { //~ missing_auth
    ok(HttpResponse::Ok().finish())
}

fn delete_article(path: web::Path<String>) -> impl Future<Item = HttpResponse, Error = actix_web::Error> { //~ missing_auth
    let _ = path.into_inner();
    ok(HttpResponse::NoContent().finish())
}

fn health() -> HttpResponse {
    HttpResponse::Ok().finish()
}

pub fn start() -> std::io::Result<()> {
    HttpServer::new(|| {
        App::new().route("/health", web::get().to(health)).service(
            web::scope("/api").service(
                web::resource("articles/{slug}")
                    .route(web::get().to_async(list_articles))
                    .route(web::delete().to_async(delete_article)),
            ),
        )
    })
    .bind("127.0.0.1:8080")?
    .run()
}
