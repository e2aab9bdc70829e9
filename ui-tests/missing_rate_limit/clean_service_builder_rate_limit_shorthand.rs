//! Product reviews for the shop. Review submission goes through a `ServiceBuilder` stack that
//! uses the `.rate_limit(..)` shorthand.

use std::time::Duration;

use axum::error_handling::HandleErrorLayer;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::routing::post;
use axum::{BoxError, Extension, Json, Router};
use serde::Deserialize;
use sqlx::PgPool;
use tower::ServiceBuilder;
use uuid::Uuid;

#[derive(Clone)]
pub struct AppState {
    pub db: PgPool,
}

/// Inserted by the shop's session middleware, which rejects anonymous requests.
#[derive(Clone)]
pub struct Customer {
    pub id: Uuid,
}

#[derive(Deserialize)]
pub struct NewReview {
    rating: u8,
    text: String,
}

pub fn review_routes() -> Router<AppState> {
    let throttle = ServiceBuilder::new()
        .layer(HandleErrorLayer::new(|_: BoxError| async { StatusCode::TOO_MANY_REQUESTS }))
        .buffer(256)
        .rate_limit(5, Duration::from_secs(60));
    Router::new()
        .route("/products/{product_id}/reviews", post(submit_review))
        .layer(throttle)
}

async fn submit_review(
    Extension(customer): Extension<Customer>,
    State(state): State<AppState>,
    Path(product_id): Path<Uuid>,
    Json(review): Json<NewReview>,
) -> StatusCode {
    if !(1..=5).contains(&review.rating) || review.text.len() > 5_000 {
        return StatusCode::UNPROCESSABLE_ENTITY;
    }
    let purchased: Result<Option<(i64,)>, _> =
        sqlx::query_as("SELECT 1 FROM order_lines l JOIN orders o ON o.id = l.order_id WHERE o.customer_id = $1 AND l.product_id = $2 LIMIT 1")
            .bind(customer.id)
            .bind(product_id)
            .fetch_optional(&state.db)
            .await;
    match purchased {
        Ok(Some(_)) => {}
        Ok(None) => return StatusCode::FORBIDDEN,
        Err(_) => return StatusCode::INTERNAL_SERVER_ERROR,
    }
    match sqlx::query("INSERT INTO reviews (id, product_id, customer_id, rating, text) VALUES ($1, $2, $3, $4, $5)")
        .bind(Uuid::new_v4())
        .bind(product_id)
        .bind(customer.id)
        .bind(i16::from(review.rating))
        .bind(&review.text)
        .execute(&state.db)
        .await
    {
        Ok(_) => StatusCode::CREATED,
        Err(_) => StatusCode::INTERNAL_SERVER_ERROR,
    }
}
