//! Outgoing webhook endpoints of a workspace. Only workspace admins may manage them.

use axum::extract::{Path, Request, State};
use axum::http::{header, StatusCode};
use axum::middleware::{self, Next};
use axum::response::Response;
use axum::routing::{delete, get};
use axum::{Json, Router};
use serde::{Deserialize, Serialize};
use sqlx::PgPool;
use uuid::Uuid;

#[derive(Clone)]
pub struct AppState {
    pub db: PgPool,
}

#[derive(Serialize, sqlx::FromRow)]
pub struct Webhook {
    id: Uuid,
    url: String,
    events: Vec<String>,
}

#[derive(Deserialize)]
pub struct NewWebhook {
    url: String,
    events: Vec<String>,
}

pub fn router(state: AppState) -> Router {
    Router::new()
        .route(
            "/workspaces/{workspace_id}/webhooks",
            get(list_webhooks)
                .post(create_webhook)
                .layer(middleware::from_fn_with_state(state.clone(), require_admin)),
        )
        .route("/workspaces/{workspace_id}/webhooks/{webhook_id}", delete(delete_webhook))
        .with_state(state)
}

async fn require_admin(
    State(state): State<AppState>,
    Path(params): Path<Vec<(String, String)>>,
    request: Request,
    next: Next,
) -> Result<Response, StatusCode> {
    let workspace_id = params
        .iter()
        .find(|(name, _)| name == "workspace_id")
        .and_then(|(_, value)| value.parse::<Uuid>().ok())
        .ok_or(StatusCode::BAD_REQUEST)?;
    let token = request
        .headers()
        .get(header::AUTHORIZATION)
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.strip_prefix("Bearer "))
        .ok_or(StatusCode::UNAUTHORIZED)?;
    let role: Option<(String,)> = sqlx::query_as(
        "SELECT m.role FROM sessions s JOIN memberships m ON m.user_id = s.user_id \
         WHERE s.token = $1 AND s.expires_at > now() AND m.workspace_id = $2",
    )
    .bind(token)
    .bind(workspace_id)
    .fetch_optional(&state.db)
    .await
    .map_err(|_| StatusCode::SERVICE_UNAVAILABLE)?;
    match role {
        Some((role,)) if role == "admin" || role == "owner" => Ok(next.run(request).await),
        Some(_) => Err(StatusCode::FORBIDDEN),
        None => Err(StatusCode::UNAUTHORIZED),
    }
}

async fn list_webhooks(
    State(state): State<AppState>,
    Path(workspace_id): Path<Uuid>,
) -> Result<Json<Vec<Webhook>>, StatusCode> {
    sqlx::query_as("SELECT id, url, events FROM webhooks WHERE workspace_id = $1 ORDER BY created_at")
        .bind(workspace_id)
        .fetch_all(&state.db)
        .await
        .map(Json)
        .map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)
}

async fn create_webhook(
    State(state): State<AppState>,
    Path(workspace_id): Path<Uuid>,
    Json(body): Json<NewWebhook>,
) -> StatusCode {
    if !body.url.starts_with("https://") || body.events.is_empty() {
        return StatusCode::UNPROCESSABLE_ENTITY;
    }
    match sqlx::query("INSERT INTO webhooks (id, workspace_id, url, events) VALUES ($1, $2, $3, $4)")
        .bind(Uuid::new_v4())
        .bind(workspace_id)
        .bind(&body.url)
        .bind(&body.events)
        .execute(&state.db)
        .await
    {
        Ok(_) => StatusCode::CREATED,
        Err(_) => StatusCode::INTERNAL_SERVER_ERROR,
    }
}

async fn delete_webhook( //~ missing_auth
    State(state): State<AppState>,
    Path((workspace_id, webhook_id)): Path<(Uuid, Uuid)>,
) -> StatusCode {
    match sqlx::query("DELETE FROM webhooks WHERE workspace_id = $1 AND id = $2")
        .bind(workspace_id)
        .bind(webhook_id)
        .execute(&state.db)
        .await
    {
        Ok(done) if done.rows_affected() == 1 => StatusCode::NO_CONTENT,
        Ok(_) => StatusCode::NOT_FOUND,
        Err(_) => StatusCode::INTERNAL_SERVER_ERROR,
    }
}
