//! Customer portal: the `sid` cookie names a row in `web_sessions`, which belongs to one
//! customer account.

use axum::extract::{Path, Request, State};
use axum::http::StatusCode;
use axum::middleware::{self, Next};
use axum::response::Response;
use axum::routing::get;
use axum::{Json, Router};
use axum_extra::extract::cookie::CookieJar;
use serde::Serialize;
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

pub fn router(state: AppState) -> Router {
    Router::new()
        .route("/portal/customers/{customer_id}/tickets", get(list_tickets))
        .route("/portal/customers/{customer_id}/tickets/{ticket_id}", get(show_ticket))
        .route_layer(middleware::from_fn_with_state(state.clone(), require_session))
        .with_state(state)
}

async fn require_session(
    State(state): State<AppState>,
    Path(path): Path<Vec<(String, String)>>,
    jar: CookieJar,
    request: Request,
    next: Next,
) -> Result<Response, StatusCode> {
    let Some(session_id) = jar.get("sid").and_then(|cookie| cookie.value().parse::<Uuid>().ok()) else {
        return Err(StatusCode::UNAUTHORIZED);
    };
    let row: Option<(Uuid,)> =
        sqlx::query_as("SELECT customer_id FROM web_sessions WHERE id = $1 AND expires_at > now()")
            .bind(session_id)
            .fetch_optional(&state.db)
            .await
            .map_err(|_| StatusCode::SERVICE_UNAVAILABLE)?;
    let Some((customer_id,)) = row else {
        return Err(StatusCode::UNAUTHORIZED);
    };
    let requested = path
        .iter()
        .find(|(name, _)| name == "customer_id")
        .and_then(|(_, value)| value.parse::<Uuid>().ok());
    if requested != Some(customer_id) {
        return Err(StatusCode::FORBIDDEN);
    }
    Ok(next.run(request).await)
}

async fn list_tickets(
    State(state): State<AppState>,
    Path(customer_id): Path<Uuid>,
) -> Result<Json<Vec<Ticket>>, StatusCode> {
    sqlx::query_as("SELECT id, subject, status FROM tickets WHERE customer_id = $1 ORDER BY updated_at DESC")
        .bind(customer_id)
        .fetch_all(&state.db)
        .await
        .map(Json)
        .map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)
}

async fn show_ticket(
    State(state): State<AppState>,
    Path((customer_id, ticket_id)): Path<(Uuid, Uuid)>,
) -> Result<Json<Ticket>, StatusCode> {
    sqlx::query_as("SELECT id, subject, status FROM tickets WHERE customer_id = $1 AND id = $2")
        .bind(customer_id)
        .bind(ticket_id)
        .fetch_optional(&state.db)
        .await
        .map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)?
        .map(Json)
        .ok_or(StatusCode::NOT_FOUND)
}
