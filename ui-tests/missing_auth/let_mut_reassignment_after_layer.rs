//! Workspace membership routes.

use std::collections::HashMap;

use axum::extract::{Path, Query, Request, State};
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
pub struct MemberRow {
    user_id: Uuid,
    name: String,
    email: String,
    role: String,
}

#[derive(Deserialize)]
pub struct SearchParams {
    q: String,
}

pub fn router(state: AppState) -> Router {
    let mut app = Router::new()
        .route("/workspaces/{workspace_id}/members", get(list_members))
        .route("/workspaces/{workspace_id}/members/{user_id}", delete(remove_member))
        .route_layer(middleware::from_fn_with_state(state.clone(), require_member));

    // Typeahead for the invite dialog.
    app = app.route("/workspaces/{workspace_id}/members/search", get(search_members));

    app.with_state(state)
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

async fn list_members(
    State(state): State<AppState>,
    Path(workspace_id): Path<Uuid>,
) -> Result<Json<Vec<MemberRow>>, StatusCode> {
    sqlx::query_as(
        "SELECT u.id AS user_id, u.name, u.email, m.role FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.workspace_id = $1",
    )
    .bind(workspace_id)
    .fetch_all(&state.db)
    .await
    .map(Json)
    .map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)
}

async fn remove_member(
    State(state): State<AppState>,
    Path((workspace_id, user_id)): Path<(Uuid, Uuid)>,
) -> StatusCode {
    match sqlx::query("DELETE FROM memberships WHERE workspace_id = $1 AND user_id = $2")
        .bind(workspace_id)
        .bind(user_id)
        .execute(&state.db)
        .await
    {
        Ok(_) => StatusCode::NO_CONTENT,
        Err(_) => StatusCode::INTERNAL_SERVER_ERROR,
    }
}

async fn search_members( //~ missing_auth
    State(state): State<AppState>,
    Path(workspace_id): Path<Uuid>,
    Query(params): Query<SearchParams>,
) -> Result<Json<Vec<MemberRow>>, StatusCode> {
    sqlx::query_as(
        "SELECT u.id AS user_id, u.name, u.email, m.role FROM memberships m JOIN users u ON u.id = m.user_id \
         WHERE m.workspace_id = $1 AND (u.name ILIKE $2 OR u.email ILIKE $2) LIMIT 10",
    )
    .bind(workspace_id)
    .bind(format!("%{}%", params.q))
    .fetch_all(&state.db)
    .await
    .map(Json)
    .map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)
}
