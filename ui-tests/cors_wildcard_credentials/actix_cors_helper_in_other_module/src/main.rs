mod cors;
mod widget;

use actix_web::middleware::Logger;
use actix_web::{App, HttpServer};

#[actix_web::main]
async fn main() -> std::io::Result<()> {
    let port: u16 = std::env::var("PORT")
        .ok()
        .and_then(|value| value.parse().ok())
        .unwrap_or(8080);

    HttpServer::new(|| {
        App::new()
            // the widget now keeps the visitor's conversation in a cookie
            .wrap(cors::widget_cors().supports_credentials())
            .wrap(Logger::default())
            .service(widget::widget_config)
    })
    .bind(("0.0.0.0", port))?
    .run()
    .await
}
