//! Shared documents. `MaybeUser` is used to attribute views in the audit trail.

use axum::extract::{FromRequestParts, Path, State};
use axum::http::header::AUTHORIZATION;
use axum::http::request::Parts;
use axum::http::StatusCode;
use axum::routing::get;
use axum::{Json, Router};
use serde::Serialize;
use sqlx::PgPool;
use uuid::Uuid;

#[derive(Clone)]
pub struct AppState {
    pub db: PgPool,
}

/// The signed-in user, if the request carries a valid session.
pub struct MaybeUser(pub Option<Uuid>);

impl FromRequestParts<AppState> for MaybeUser {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let Some(token) = parts
            .headers
            .get(AUTHORIZATION)
            .and_then(|value| value.to_str().ok())
            .and_then(|value| value.strip_prefix("Bearer "))
        else {
            return Ok(MaybeUser(None));
        };
        let user_id: Option<(Uuid,)> =
            sqlx::query_as("SELECT user_id FROM sessions WHERE token = $1 AND expires_at > now()")
                .bind(token)
                .fetch_optional(&state.db)
                .await
                .unwrap_or(None);
        Ok(MaybeUser(user_id.map(|(id,)| id)))
    }
}

#[derive(Serialize, sqlx::FromRow)]
pub struct Document {
    id: Uuid,
    title: String,
    body_markdown: String,
}

pub fn router(state: AppState) -> Router {
    Router::new()
        .route("/workspaces/{workspace_id}/documents/{document_id}", get(show_document))
        .with_state(state)
}

async fn show_document( //~ missing_auth
    State(state): State<AppState>,
    MaybeUser(viewer): MaybeUser,
    Path((workspace_id, document_id)): Path<(Uuid, Uuid)>,
) -> Result<Json<Document>, StatusCode> {
    let document: Document =
        sqlx::query_as("SELECT id, title, body_markdown FROM documents WHERE workspace_id = $1 AND id = $2")
            .bind(workspace_id)
            .bind(document_id)
            .fetch_optional(&state.db)
            .await
            .map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)?
            .ok_or(StatusCode::NOT_FOUND)?;
    sqlx::query("INSERT INTO document_views (workspace_id, document_id, viewer_id) VALUES ($1, $2, $3)")
        .bind(workspace_id)
        .bind(document_id)
        .bind(viewer)
        .execute(&state.db)
        .await
        .map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)?;
    Ok(Json(document))
}
