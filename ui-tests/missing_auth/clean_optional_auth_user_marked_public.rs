//! Public product roadmap: anyone can read it, signed-in customers also see their own votes.

use axum::extract::{FromRequestParts, OptionalFromRequestParts, Path, State};
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

#[derive(Debug)]
pub enum AuthError {
    MissingToken,
    InvalidToken,
}

impl IntoResponse for AuthError {
    fn into_response(self) -> Response {
        let message = match self {
            AuthError::MissingToken => "missing bearer token",
            AuthError::InvalidToken => "invalid or expired token",
        };
        (StatusCode::UNAUTHORIZED, message).into_response()
    }
}

#[derive(Clone, Copy)]
pub struct AuthUser {
    pub id: Uuid,
    pub workspace_id: Uuid,
}

impl FromRequestParts<AppState> for AuthUser {
    type Rejection = AuthError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let token = parts
            .headers
            .get(AUTHORIZATION)
            .and_then(|value| value.to_str().ok())
            .and_then(|value| value.strip_prefix("Bearer "))
            .ok_or(AuthError::MissingToken)?;
        let row: Option<(Uuid, Uuid)> = sqlx::query_as(
            "SELECT user_id, workspace_id FROM sessions WHERE token = $1 AND expires_at > now()",
        )
        .bind(token)
        .fetch_optional(&state.db)
        .await
        .map_err(|_| AuthError::InvalidToken)?;
        let (id, workspace_id) = row.ok_or(AuthError::InvalidToken)?;
        Ok(AuthUser { id, workspace_id })
    }
}

impl OptionalFromRequestParts<AppState> for AuthUser {
    type Rejection = AuthError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Option<Self>, Self::Rejection> {
        if !parts.headers.contains_key(AUTHORIZATION) {
            return Ok(None);
        }
        <AuthUser as FromRequestParts<AppState>>::from_request_parts(parts, state)
            .await
            .map(Some)
    }
}

#[derive(Serialize, sqlx::FromRow)]
pub struct RoadmapItem {
    id: Uuid,
    title: String,
    status: String,
    votes: i64,
    voted_by_viewer: bool,
}

pub fn router(state: AppState) -> Router {
    Router::new()
        .route("/roadmap", get(roadmap))
        .route("/roadmap/{item_id}/vote", post(vote))
        .with_state(state)
}

#[launchlint::public(reason = "the roadmap is public; signed-in customers also see their own votes")]
async fn roadmap(
    State(state): State<AppState>,
    viewer: Option<AuthUser>,
) -> Result<Json<Vec<RoadmapItem>>, StatusCode> {
    let viewer_id = viewer.map(|user| user.id);
    sqlx::query_as(
        "SELECT i.id, i.title, i.status, count(v.user_id) AS votes, bool_or(v.user_id = $1) IS TRUE AS voted_by_viewer \
         FROM roadmap_items i LEFT JOIN roadmap_votes v ON v.item_id = i.id \
         WHERE i.published GROUP BY i.id ORDER BY votes DESC",
    )
    .bind(viewer_id)
    .fetch_all(&state.db)
    .await
    .map(Json)
    .map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)
}

async fn vote(State(state): State<AppState>, user: AuthUser, Path(item_id): Path<Uuid>) -> StatusCode {
    match sqlx::query("INSERT INTO roadmap_votes (item_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING")
        .bind(item_id)
        .bind(user.id)
        .execute(&state.db)
        .await
    {
        Ok(_) => StatusCode::NO_CONTENT,
        Err(_) => StatusCode::INTERNAL_SERVER_ERROR,
    }
}
