//! Shipping quotes (axum): the carrier API error is formatted with `{:?}` into a 502.

use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::post;
use axum::{Json, Router};
use serde::{Deserialize, Serialize};
use validator::Validate;

use crate::auth::AuthUser;

#[derive(Clone)]
pub struct Carrier {
    pub http: reqwest::Client,
    pub base_url: String,
}

#[derive(Deserialize, Serialize, Validate)]
pub struct QuoteRequest {
    #[validate(length(min = 2, max = 2))]
    pub country: String,
    #[validate(range(min = 1, max = 70000))]
    pub weight_grams: u32,
}

#[derive(Deserialize, Serialize)]
pub struct Quote {
    pub service: String,
    pub price_cents: i64,
}

pub fn router(carrier: Carrier) -> Router {
    Router::new().route("/api/shipping/quotes", post(quote)).with_state(carrier)
}

async fn quote(
    State(carrier): State<Carrier>,
    _user: AuthUser,
    Json(request): Json<QuoteRequest>,
) -> Result<Json<Vec<Quote>>, (StatusCode, String)> {
    request.validate().map_err(|e| (StatusCode::BAD_REQUEST, format!("invalid request: {e}")))?;
    let response = carrier
        .http
        .post(format!("{}/v2/rates", carrier.base_url))
        .json(&request)
        .send()
        .await
        .map_err(|e| (StatusCode::BAD_GATEWAY, format!("carrier request failed: {e:?}")))?; //~ error_detail_leak
    let quotes = response.json::<Vec<Quote>>().await.map_err(|_| (StatusCode::BAD_GATEWAY, "bad carrier answer".to_owned()))?;
    Ok(Json(quotes))
}
