//! Project routes. The fallback answers JSON 404s for the single-page app.

use std::collections::HashMap;
use std::sync::LazyLock;

use axum::extract::{Path, Request, State};
use axum::http::{header, StatusCode};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use jsonwebtoken::{decode, Algorithm, DecodingKey, Validation};
use serde::{Deserialize, Serialize};
use serde_json::json;
use sqlx::PgPool;
use uuid::Uuid;

static DECODING_KEY: LazyLock<DecodingKey> = LazyLock::new(|| {
    let secret = std::env::var("SESSION_JWT_SECRET").expect("SESSION_JWT_SECRET must be set");
    DecodingKey::from_secret(secret.as_bytes())
});

#[derive(Clone)]
pub struct AppState {
    pub db: PgPool,
}

#[derive(Deserialize)]
struct Claims {
    workspaces: Vec<Uuid>,
}

#[derive(Serialize, sqlx::FromRow)]
pub struct Project {
    id: Uuid,
    name: String,
    archived: bool,
}

pub fn router(state: AppState) -> Router {
    Router::new()
        .route("/workspaces/{workspace_id}/projects", get(list_projects))
        .route("/workspaces/{workspace_id}/projects/{project_id}", get(show_project))
        .fallback(not_found)
        .layer(middleware::from_fn(require_user))
        .route("/workspaces/{workspace_id}/projects/{project_id}/archive", post(archive_project))
        .with_state(state)
}

/// Valid session token; on workspace routes, the workspace must be one of the caller's.
async fn require_user(
    path: Option<Path<HashMap<String, String>>>,
    request: Request,
    next: Next,
) -> Result<Response, StatusCode> {
    let token = request
        .headers()
        .get(header::AUTHORIZATION)
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.strip_prefix("Bearer "))
        .ok_or(StatusCode::UNAUTHORIZED)?;
    let claims = decode::<Claims>(token, &DECODING_KEY, &Validation::new(Algorithm::HS256))
        .map_err(|_| StatusCode::UNAUTHORIZED)?
        .claims;
    let workspace = path.and_then(|Path(params)| params.get("workspace_id").and_then(|raw| raw.parse::<Uuid>().ok()));
    if let Some(workspace_id) = workspace {
        if !claims.workspaces.contains(&workspace_id) {
            return Err(StatusCode::FORBIDDEN);
        }
    }
    Ok(next.run(request).await)
}

async fn not_found() -> impl IntoResponse {
    (StatusCode::NOT_FOUND, Json(json!({ "error": "not found" })))
}

async fn list_projects(
    State(state): State<AppState>,
    Path(workspace_id): Path<Uuid>,
) -> Result<Json<Vec<Project>>, StatusCode> {
    sqlx::query_as("SELECT id, name, archived FROM projects WHERE workspace_id = $1 ORDER BY name")
        .bind(workspace_id)
        .fetch_all(&state.db)
        .await
        .map(Json)
        .map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)
}

async fn show_project(
    State(state): State<AppState>,
    Path((workspace_id, project_id)): Path<(Uuid, Uuid)>,
) -> Result<Json<Project>, StatusCode> {
    sqlx::query_as("SELECT id, name, archived FROM projects WHERE workspace_id = $1 AND id = $2")
        .bind(workspace_id)
        .bind(project_id)
        .fetch_optional(&state.db)
        .await
        .map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)?
        .map(Json)
        .ok_or(StatusCode::NOT_FOUND)
}

async fn archive_project( //~ missing_auth
    State(state): State<AppState>,
    Path((workspace_id, project_id)): Path<(Uuid, Uuid)>,
) -> StatusCode {
    let result = sqlx::query("UPDATE projects SET archived = true WHERE workspace_id = $1 AND id = $2")
        .bind(workspace_id)
        .bind(project_id)
        .execute(&state.db)
        .await;
    match result {
        Ok(done) if done.rows_affected() == 1 => StatusCode::NO_CONTENT,
        Ok(_) => StatusCode::NOT_FOUND,
        Err(_) => StatusCode::INTERNAL_SERVER_ERROR,
    }
}
