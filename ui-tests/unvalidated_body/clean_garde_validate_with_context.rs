//! Discount codes (axum + garde): the rules need the plan limits, so the handler validates with
//! a context.

use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::post;
use axum::{Json, Router};
use garde::Validate;
use serde::Deserialize;
use sqlx::PgPool;

use crate::auth::AuthUser;

pub struct PlanLimits {
    pub max_percent: u8,
}

#[derive(Deserialize, Validate)]
#[garde(context(PlanLimits))]
pub struct NewDiscount {
    #[garde(alphanumeric, length(min = 4, max = 20))]
    pub code: String,
    #[garde(custom(|v: &u8, ctx: &PlanLimits| if *v <= ctx.max_percent { Ok(()) } else { Err(garde::Error::new("too generous")) }))]
    pub percent: u8,
}

pub fn router(db: PgPool) -> Router {
    Router::new().route("/api/discounts", post(create_discount)).with_state(db)
}

async fn create_discount(State(db): State<PgPool>, user: AuthUser, Json(discount): Json<NewDiscount>) -> StatusCode {
    let limits = PlanLimits { max_percent: if user.is_enterprise { 50 } else { 20 } };
    if discount.validate_with(&limits).is_err() {
        return StatusCode::UNPROCESSABLE_ENTITY;
    }
    let saved = sqlx::query("INSERT INTO discounts (owner_id, code, percent) VALUES ($1, $2, $3)")
        .bind(user.id)
        .bind(&discount.code)
        .bind(i16::from(discount.percent))
        .execute(&db)
        .await;
    if saved.is_ok() { StatusCode::CREATED } else { StatusCode::INTERNAL_SERVER_ERROR }
}
