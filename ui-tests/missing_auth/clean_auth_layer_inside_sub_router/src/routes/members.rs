use axum::extract::{Path, State};
use axum::http::{header, StatusCode};
use axum::response::IntoResponse;
use axum::routing::get;
use axum::{middleware, Json, Router};
use serde::Serialize;
use uuid::Uuid;

use crate::auth;
use crate::state::AppState;

#[derive(Serialize, sqlx::FromRow)]
pub struct MemberRow {
    user_id: Uuid,
    name: String,
    email: String,
    role: String,
}

pub fn router(state: AppState) -> Router<AppState> {
    Router::new()
        .route("/workspaces/{workspace_id}/members", get(list_members))
        .route("/workspaces/{workspace_id}/members/export", get(export_members))
        .route_layer(middleware::from_fn_with_state(state, auth::require_member))
}

async fn fetch_members(state: &AppState, workspace_id: Uuid) -> Result<Vec<MemberRow>, StatusCode> {
    sqlx::query_as(
        "SELECT u.id AS user_id, u.name, u.email, m.role FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.workspace_id = $1 ORDER BY u.name",
    )
    .bind(workspace_id)
    .fetch_all(&state.db)
    .await
    .map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)
}

async fn list_members(
    State(state): State<AppState>,
    Path(workspace_id): Path<Uuid>,
) -> Result<Json<Vec<MemberRow>>, StatusCode> {
    fetch_members(&state, workspace_id).await.map(Json)
}

async fn export_members(
    State(state): State<AppState>,
    Path(workspace_id): Path<Uuid>,
) -> Result<impl IntoResponse, StatusCode> {
    let mut csv = String::from("name,email,role\n");
    for row in fetch_members(&state, workspace_id).await? {
        csv.push_str(&format!("{},{},{}\n", row.name, row.email, row.role));
    }
    Ok(([(header::CONTENT_TYPE, "text/csv")], csv))
}
