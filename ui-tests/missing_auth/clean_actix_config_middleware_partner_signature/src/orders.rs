use actix_web::error::ErrorInternalServerError;
use actix_web::{get, post, web, HttpResponse};
use serde::{Deserialize, Serialize};
use sqlx::PgPool;
use uuid::Uuid;

#[derive(Serialize, sqlx::FromRow)]
struct OpenOrder {
    id: Uuid,
    reference: String,
    items: i32,
}

#[derive(Deserialize)]
struct Shipment {
    tracking_number: String,
}

#[get("/orders/open")]
pub async fn list_open_orders(pool: web::Data<PgPool>, path: web::Path<Uuid>) -> actix_web::Result<HttpResponse> {
    let orders: Vec<OpenOrder> = sqlx::query_as(
        "SELECT id, reference, items FROM fulfilment_orders WHERE partner_id = $1 AND status = 'open' ORDER BY created_at",
    )
    .bind(path.into_inner())
    .fetch_all(pool.get_ref())
    .await
    .map_err(|_| ErrorInternalServerError("could not load orders"))?;
    Ok(HttpResponse::Ok().json(orders))
}

#[post("/orders/{order_id}/shipment")]
pub async fn confirm_shipment(
    pool: web::Data<PgPool>,
    path: web::Path<(Uuid, Uuid)>,
    body: web::Json<Shipment>,
) -> actix_web::Result<HttpResponse> {
    let tracking_number = body.tracking_number.trim();
    if tracking_number.is_empty() || tracking_number.len() > 64 {
        return Ok(HttpResponse::UnprocessableEntity().finish());
    }
    let (partner_id, order_id) = path.into_inner();
    let shipped = sqlx::query(
        "UPDATE fulfilment_orders SET status = 'shipped', tracking_number = $1 \
         WHERE partner_id = $2 AND id = $3 AND status = 'open'",
    )
    .bind(tracking_number)
    .bind(partner_id)
    .bind(order_id)
    .execute(pool.get_ref())
    .await
    .map_err(|_| ErrorInternalServerError("could not confirm the shipment"))?;
    Ok(if shipped.rows_affected() == 1 {
        HttpResponse::NoContent().finish()
    } else {
        HttpResponse::Conflict().finish()
    })
}
