use actix_web::{post, web, HttpResponse};
use actix_web_httpauth::extractors::bearer::BearerAuth;
use diesel::prelude::*;

use crate::models::Vehicle;
use crate::schema::vehicles;
use crate::DbPool;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(register_vehicle);
}

/// Fleet managers register vehicles; the client sends the row as it will be stored.
#[post("/fleets/vehicles")]
async fn register_vehicle(
    pool: web::Data<DbPool>,
    _auth: BearerAuth,
    vehicle: web::Json<Vehicle>, //~ unvalidated_body
) -> actix_web::Result<HttpResponse> {
    let vehicle = vehicle.into_inner();
    let saved = web::block(move || {
        let mut conn = pool.get().expect("connection");
        diesel::insert_into(vehicles::table).values(&vehicle).execute(&mut conn).map(|_| vehicle)
    })
    .await?
    .map_err(|_| actix_web::error::ErrorInternalServerError("could not register the vehicle"))?;
    Ok(HttpResponse::Created().json(saved))
}
