//! Price lists (actix-web): the payload is moved out of `web::Json` and validated there.

use actix_web::{put, web, App, HttpResponse, HttpServer};
use actix_web_httpauth::extractors::bearer::BearerAuth;
use serde::Deserialize;
use sqlx::PgPool;
use uuid::Uuid;
use validator::Validate;

#[derive(Deserialize, Validate)]
pub struct PriceList {
    #[validate(length(min = 1, max = 60))]
    pub name: String,
    #[validate(length(equal = 3))]
    pub currency: String,
    #[validate(range(min = 0, max = 100))]
    pub discount_percent: u8,
}

#[put("/price-lists/{id}")]
async fn replace_price_list(
    pool: web::Data<PgPool>,
    _auth: BearerAuth,
    path: web::Path<Uuid>,
    body: web::Json<PriceList>,
) -> actix_web::Result<HttpResponse> {
    let list = body.into_inner();
    list.validate().map_err(actix_web::error::ErrorBadRequest)?;
    sqlx::query("UPDATE price_lists SET name = $1, currency = $2, discount_percent = $3 WHERE id = $4")
        .bind(&list.name)
        .bind(&list.currency)
        .bind(i16::from(list.discount_percent))
        .bind(path.into_inner())
        .execute(pool.get_ref())
        .await
        .map_err(|_| actix_web::error::ErrorInternalServerError("could not save the price list"))?;
    Ok(HttpResponse::NoContent().finish())
}

#[actix_web::main]
async fn main() -> std::io::Result<()> {
    let pool = PgPool::connect_lazy(&std::env::var("DATABASE_URL").expect("DATABASE_URL")).expect("pool");
    HttpServer::new(move || App::new().app_data(web::Data::new(pool.clone())).service(replace_price_list))
        .bind(("0.0.0.0", 8080))?
        .run()
        .await
}
