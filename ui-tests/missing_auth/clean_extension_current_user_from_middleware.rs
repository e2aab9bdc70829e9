//! Admin console routes. `authenticate` resolves the staff session and hands the handlers a
//! `CurrentUser` through the request extensions.

use axum::extract::{Path, Request, State};
use axum::http::{header, StatusCode};
use axum::middleware;
use axum::routing::{get, post};
use axum::{Extension, Json, Router};
use serde::Serialize;
use sqlx::PgPool;
use uuid::Uuid;

#[derive(Clone)]
pub struct AppState {
    pub db: PgPool,
}

#[derive(Clone)]
pub struct CurrentUser {
    pub id: Uuid,
    pub email: String,
    pub is_staff: bool,
}

#[derive(Serialize, sqlx::FromRow)]
pub struct WorkspaceSummary {
    id: Uuid,
    name: String,
    plan: String,
    suspended: bool,
}

pub fn router(state: AppState) -> Router {
    Router::new()
        .route("/admin/workspaces/{workspace_id}", get(show_workspace))
        .route("/admin/workspaces/{workspace_id}/suspend", post(suspend_workspace))
        .layer(middleware::map_request_with_state(state.clone(), authenticate))
        .with_state(state)
}

async fn authenticate(State(state): State<AppState>, mut request: Request) -> Result<Request, StatusCode> {
    let token = request
        .headers()
        .get(header::AUTHORIZATION)
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.strip_prefix("Bearer "))
        .ok_or(StatusCode::UNAUTHORIZED)?
        .to_owned();
    let row: Option<(Uuid, String, bool)> = sqlx::query_as(
        "SELECT u.id, u.email, u.is_staff FROM sessions s JOIN users u ON u.id = s.user_id \
         WHERE s.token = $1 AND s.expires_at > now()",
    )
    .bind(&token)
    .fetch_optional(&state.db)
    .await
    .map_err(|_| StatusCode::SERVICE_UNAVAILABLE)?;
    let (id, email, is_staff) = row.ok_or(StatusCode::UNAUTHORIZED)?;
    if !is_staff {
        return Err(StatusCode::FORBIDDEN);
    }
    request.extensions_mut().insert(CurrentUser { id, email, is_staff });
    Ok(request)
}

async fn show_workspace(
    State(state): State<AppState>,
    Extension(_staff): Extension<CurrentUser>,
    Path(workspace_id): Path<Uuid>,
) -> Result<Json<WorkspaceSummary>, StatusCode> {
    sqlx::query_as("SELECT id, name, plan, suspended FROM workspaces WHERE id = $1")
        .bind(workspace_id)
        .fetch_optional(&state.db)
        .await
        .map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)?
        .map(Json)
        .ok_or(StatusCode::NOT_FOUND)
}

async fn suspend_workspace(
    State(state): State<AppState>,
    Extension(staff): Extension<CurrentUser>,
    Path(workspace_id): Path<Uuid>,
) -> StatusCode {
    tracing::warn!(staff = %staff.email, %workspace_id, "suspending workspace");
    match sqlx::query("UPDATE workspaces SET suspended = true, suspended_by = $1 WHERE id = $2")
        .bind(staff.id)
        .bind(workspace_id)
        .execute(&state.db)
        .await
    {
        Ok(done) if done.rows_affected() == 1 => StatusCode::NO_CONTENT,
        Ok(_) => StatusCode::NOT_FOUND,
        Err(_) => StatusCode::INTERNAL_SERVER_ERROR,
    }
}
