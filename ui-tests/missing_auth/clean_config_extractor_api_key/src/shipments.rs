use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::Json;
use gateway_auth::ApiKey;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::AppState;

#[derive(Serialize, sqlx::FromRow)]
pub struct Shipment {
    id: Uuid,
    reference: String,
    origin: String,
    destination: String,
    status: String,
}

#[derive(Deserialize)]
pub struct Booking {
    reference: String,
    origin: String,
    destination: String,
}

pub async fn list(State(state): State<AppState>, key: ApiKey) -> Result<Json<Vec<Shipment>>, StatusCode> {
    sqlx::query_as(
        "SELECT id, reference, origin, destination, status FROM shipments WHERE account_id = $1 ORDER BY booked_at DESC LIMIT 100",
    )
    .bind(key.account_id())
    .fetch_all(&state.db)
    .await
    .map(Json)
    .map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)
}

pub async fn show(
    State(state): State<AppState>,
    key: ApiKey,
    Path(shipment_id): Path<Uuid>,
) -> Result<Json<Shipment>, StatusCode> {
    sqlx::query_as("SELECT id, reference, origin, destination, status FROM shipments WHERE account_id = $1 AND id = $2")
        .bind(key.account_id())
        .bind(shipment_id)
        .fetch_optional(&state.db)
        .await
        .map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)?
        .map(Json)
        .ok_or(StatusCode::NOT_FOUND)
}

pub async fn book(
    State(state): State<AppState>,
    key: ApiKey,
    Json(booking): Json<Booking>,
) -> Result<(StatusCode, Json<Uuid>), StatusCode> {
    if booking.reference.is_empty() || booking.origin.len() != 5 || booking.destination.len() != 5 {
        return Err(StatusCode::UNPROCESSABLE_ENTITY);
    }
    let id = Uuid::new_v4();
    sqlx::query(
        "INSERT INTO shipments (id, account_id, reference, origin, destination, status) VALUES ($1, $2, $3, $4, $5, 'booked')",
    )
    .bind(id)
    .bind(key.account_id())
    .bind(&booking.reference)
    .bind(&booking.origin)
    .bind(&booking.destination)
    .execute(&state.db)
    .await
    .map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)?;
    Ok((StatusCode::CREATED, Json(id)))
}
