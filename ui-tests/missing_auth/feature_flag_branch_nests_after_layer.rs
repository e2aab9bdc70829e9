//! Workspace routes; the new billing pages ship behind a flag.

use std::collections::HashMap;

use axum::extract::{Path, Request, State};
use axum::http::{header, StatusCode};
use axum::middleware::{self, Next};
use axum::response::Response;
use axum::routing::{delete, get};
use axum::{Json, Router};
use serde::Serialize;
use sqlx::PgPool;
use uuid::Uuid;

#[derive(Clone)]
pub struct AppState {
    pub db: PgPool,
}

pub struct Features {
    pub billing_v2: bool,
}

impl Features {
    pub fn from_env() -> Self {
        Self { billing_v2: std::env::var("FEATURE_BILLING_V2").is_ok_and(|value| value == "1") }
    }
}

#[derive(Serialize, sqlx::FromRow)]
pub struct Project {
    id: Uuid,
    name: String,
}

#[derive(Serialize, sqlx::FromRow)]
pub struct Invoice {
    id: Uuid,
    number: String,
    total_cents: i64,
}

pub fn router(state: AppState, features: &Features) -> Router {
    let router = Router::new()
        .route("/workspaces/{workspace_id}/projects", get(list_projects))
        .route_layer(middleware::from_fn_with_state(state.clone(), require_member));

    let router = if features.billing_v2 {
        router.nest("/workspaces/{workspace_id}/billing", billing_routes())
    } else {
        router
    };

    router.with_state(state)
}

fn billing_routes() -> Router<AppState> {
    Router::new()
        .route("/invoices", get(list_invoices))
        .route("/payment-method", delete(remove_payment_method))
}

/// The caller must hold a live session and belong to the workspace named in the path.
async fn require_member(
    State(state): State<AppState>,
    Path(params): Path<HashMap<String, String>>,
    request: Request,
    next: Next,
) -> Result<Response, StatusCode> {
    let token = request
        .headers()
        .get(header::AUTHORIZATION)
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.strip_prefix("Bearer "))
        .ok_or(StatusCode::UNAUTHORIZED)?
        .to_owned();
    let workspace_id: Uuid = params
        .get("workspace_id")
        .and_then(|raw| raw.parse().ok())
        .ok_or(StatusCode::BAD_REQUEST)?;
    let membership: Option<(Uuid,)> = sqlx::query_as(
        "SELECT m.user_id FROM sessions s JOIN memberships m ON m.user_id = s.user_id \
         WHERE s.token = $1 AND s.expires_at > now() AND m.workspace_id = $2",
    )
    .bind(&token)
    .bind(workspace_id)
    .fetch_optional(&state.db)
    .await
    .map_err(|_| StatusCode::SERVICE_UNAVAILABLE)?;
    if membership.is_none() {
        return Err(StatusCode::UNAUTHORIZED);
    }
    Ok(next.run(request).await)
}

async fn list_projects(
    State(state): State<AppState>,
    Path(workspace_id): Path<Uuid>,
) -> Result<Json<Vec<Project>>, StatusCode> {
    sqlx::query_as("SELECT id, name FROM projects WHERE workspace_id = $1 ORDER BY name")
        .bind(workspace_id)
        .fetch_all(&state.db)
        .await
        .map(Json)
        .map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)
}

async fn list_invoices( //~ missing_auth
    State(state): State<AppState>,
    Path(workspace_id): Path<Uuid>,
) -> Result<Json<Vec<Invoice>>, StatusCode> {
    sqlx::query_as("SELECT id, number, total_cents FROM invoices WHERE workspace_id = $1 ORDER BY issued_at DESC")
        .bind(workspace_id)
        .fetch_all(&state.db)
        .await
        .map(Json)
        .map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)
}

async fn remove_payment_method(State(state): State<AppState>, Path(workspace_id): Path<Uuid>) -> StatusCode { //~ missing_auth
    match sqlx::query("DELETE FROM payment_methods WHERE workspace_id = $1")
        .bind(workspace_id)
        .execute(&state.db)
        .await
    {
        Ok(_) => StatusCode::NO_CONTENT,
        Err(_) => StatusCode::INTERNAL_SERVER_ERROR,
    }
}
