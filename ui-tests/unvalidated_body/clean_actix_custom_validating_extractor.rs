//! Orders (actix-web): `Checked<T>` is the team's own validating extractor.

use actix_web::dev::Payload;
use actix_web::{post, web, App, FromRequest, HttpRequest, HttpResponse, HttpServer};
use actix_web_httpauth::extractors::bearer::BearerAuth;
use futures_util::future::LocalBoxFuture;
use serde::de::DeserializeOwned;
use serde::Deserialize;
use sqlx::PgPool;
use validator::Validate;

pub struct Checked<T>(pub T);

impl<T: DeserializeOwned + Validate + 'static> FromRequest for Checked<T> {
    type Error = actix_web::Error;
    type Future = LocalBoxFuture<'static, Result<Self, Self::Error>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let json = web::Json::<T>::from_request(req, payload);
        Box::pin(async move {
            let value = json.await?.into_inner();
            value.validate().map_err(actix_web::error::ErrorBadRequest)?;
            Ok(Checked(value))
        })
    }
}

#[derive(Deserialize, Validate)]
pub struct NewOrder {
    #[validate(length(min = 1, max = 64))]
    pub sku: String,
    #[validate(range(min = 1, max = 999))]
    pub quantity: i32,
}

#[post("/orders")]
async fn place_order(pool: web::Data<PgPool>, _auth: BearerAuth, Checked(order): Checked<NewOrder>) -> actix_web::Result<HttpResponse> {
    sqlx::query("INSERT INTO orders (sku, quantity) VALUES ($1, $2)")
        .bind(&order.sku)
        .bind(order.quantity)
        .execute(pool.get_ref())
        .await
        .map_err(|_| actix_web::error::ErrorInternalServerError("could not place the order"))?;
    Ok(HttpResponse::Created().finish())
}

#[actix_web::main]
async fn main() -> std::io::Result<()> {
    let pool = PgPool::connect_lazy(&std::env::var("DATABASE_URL").expect("DATABASE_URL")).expect("pool");
    HttpServer::new(move || App::new().app_data(web::Data::new(pool.clone())).service(place_order))
        .bind(("0.0.0.0", 8080))?
        .run()
        .await
}
