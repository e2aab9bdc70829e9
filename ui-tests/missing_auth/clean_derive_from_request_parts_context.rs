//! Invoice routes. Handlers take one `RequestContext` that bundles the signed-in user, the
//! state and the request id (axum-macros derive).

use axum::extract::{FromRequestParts, Path, State};
use axum::http::header::AUTHORIZATION;
use axum::http::request::Parts;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use serde::Serialize;
use sqlx::PgPool;
use uuid::Uuid;

#[derive(Clone)]
pub struct AppState {
    pub db: PgPool,
}

#[derive(Clone, Copy)]
pub struct AuthUser {
    pub id: Uuid,
    pub workspace_id: Uuid,
}

impl FromRequestParts<AppState> for AuthUser {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let Some(token) = parts
            .headers
            .get(AUTHORIZATION)
            .and_then(|value| value.to_str().ok())
            .and_then(|value| value.strip_prefix("Bearer "))
        else {
            return Err(StatusCode::UNAUTHORIZED.into_response());
        };
        let row: Option<(Uuid, Uuid)> = sqlx::query_as(
            "SELECT user_id, workspace_id FROM sessions WHERE token = $1 AND expires_at > now()",
        )
        .bind(token)
        .fetch_optional(&state.db)
        .await
        .map_err(|_| StatusCode::SERVICE_UNAVAILABLE.into_response())?;
        match row {
            Some((id, workspace_id)) => Ok(AuthUser { id, workspace_id }),
            None => Err(StatusCode::UNAUTHORIZED.into_response()),
        }
    }
}

/// The `x-request-id` set by the load balancer, for the audit log.
pub struct RequestId(pub Option<String>);

impl<S: Send + Sync> FromRequestParts<S> for RequestId {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        Ok(RequestId(
            parts
                .headers
                .get("x-request-id")
                .and_then(|value| value.to_str().ok())
                .map(str::to_owned),
        ))
    }
}

#[derive(FromRequestParts)]
#[from_request(state(AppState))]
pub struct RequestContext {
    pub user: AuthUser,
    pub state: State<AppState>,
    pub request_id: RequestId,
}

#[derive(Serialize, sqlx::FromRow)]
pub struct Invoice {
    id: Uuid,
    number: String,
    total_cents: i64,
    status: String,
}

pub fn router(state: AppState) -> Router {
    Router::new()
        .route("/invoices", get(list_invoices))
        .route("/invoices/{invoice_id}/void", post(void_invoice))
        .with_state(state)
}

async fn list_invoices(ctx: RequestContext) -> Result<Json<Vec<Invoice>>, StatusCode> {
    sqlx::query_as("SELECT id, number, total_cents, status FROM invoices WHERE workspace_id = $1 ORDER BY issued_at DESC")
        .bind(ctx.user.workspace_id)
        .fetch_all(&ctx.state.db)
        .await
        .map(Json)
        .map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)
}

async fn void_invoice(ctx: RequestContext, Path(invoice_id): Path<Uuid>) -> StatusCode {
    let updated = sqlx::query(
        "UPDATE invoices SET status = 'void', voided_by = $1 WHERE workspace_id = $2 AND id = $3 AND status = 'open'",
    )
    .bind(ctx.user.id)
    .bind(ctx.user.workspace_id)
    .bind(invoice_id)
    .execute(&ctx.state.db)
    .await;
    match updated {
        Ok(done) if done.rows_affected() == 1 => {
            tracing::info!(request_id = ?ctx.request_id.0, %invoice_id, "invoice voided");
            StatusCode::NO_CONTENT
        }
        Ok(_) => StatusCode::CONFLICT,
        Err(_) => StatusCode::INTERNAL_SERVER_ERROR,
    }
}
