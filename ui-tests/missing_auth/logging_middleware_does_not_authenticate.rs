//! Customer portal routes with request logging.

use std::time::Instant;

use axum::extract::{Path, Query, Request, State};
use axum::http::StatusCode;
use axum::middleware::{self, Next};
use axum::response::Response;
use axum::routing::get;
use axum::{Json, Router};
use serde::{Deserialize, Serialize};
use sqlx::PgPool;
use uuid::Uuid;

#[derive(Clone)]
pub struct AppState {
    pub db: PgPool,
}

#[derive(Serialize, sqlx::FromRow)]
pub struct Ticket {
    id: Uuid,
    subject: String,
    status: String,
}

#[derive(Deserialize)]
pub struct CustomerQuery {
    customer_id: Uuid,
}

pub fn router(state: AppState) -> Router {
    Router::new()
        .route("/portal/tickets", get(list_tickets))
        .route("/portal/tickets/{ticket_id}", get(show_ticket))
        .route_layer(middleware::from_fn(log_requests))
        .route("/healthz", get(healthz))
        .with_state(state)
}

async fn log_requests(request: Request, next: Next) -> Response {
    let method = request.method().clone();
    let path = request.uri().path().to_owned();
    let started = Instant::now();
    let response = next.run(request).await;
    tracing::info!(
        %method,
        %path,
        status = response.status().as_u16(),
        elapsed_ms = started.elapsed().as_millis() as u64,
        "portal request"
    );
    response
}

async fn healthz() -> &'static str {
    "ok"
}

async fn list_tickets( //~ missing_auth
    State(state): State<AppState>,
    Query(query): Query<CustomerQuery>,
) -> Result<Json<Vec<Ticket>>, StatusCode> {
    sqlx::query_as("SELECT id, subject, status FROM tickets WHERE customer_id = $1 ORDER BY updated_at DESC")
        .bind(query.customer_id)
        .fetch_all(&state.db)
        .await
        .map(Json)
        .map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)
}

async fn show_ticket( //~ missing_auth
    State(state): State<AppState>,
    Path(ticket_id): Path<Uuid>,
    Query(query): Query<CustomerQuery>,
) -> Result<Json<Ticket>, StatusCode> {
    sqlx::query_as("SELECT id, subject, status FROM tickets WHERE customer_id = $1 AND id = $2")
        .bind(query.customer_id)
        .bind(ticket_id)
        .fetch_optional(&state.db)
        .await
        .map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)?
        .map(Json)
        .ok_or(StatusCode::NOT_FOUND)
}
