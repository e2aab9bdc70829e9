//! Project boards (axum 0.7). `WorkspaceMember` decodes the session token and checks that the
//! caller belongs to the workspace in the path.

use std::collections::HashMap;

use async_trait::async_trait;
use axum::extract::{FromRef, FromRequestParts, Path, State};
use axum::http::header::AUTHORIZATION;
use axum::http::request::Parts;
use axum::http::StatusCode;
use axum::routing::{get, patch};
use axum::{Json, Router};
use jsonwebtoken::{decode, Algorithm, DecodingKey, Validation};
use serde::{Deserialize, Serialize};
use sqlx::PgPool;
use uuid::Uuid;

#[derive(Clone)]
pub struct AppState {
    pub db: PgPool,
    pub jwt: JwtConfig,
}

#[derive(Clone)]
pub struct JwtConfig {
    pub decoding: DecodingKey,
    pub issuer: String,
}

impl FromRef<AppState> for JwtConfig {
    fn from_ref(state: &AppState) -> Self {
        state.jwt.clone()
    }
}

#[derive(Deserialize)]
struct Claims {
    sub: Uuid,
    workspaces: Vec<Uuid>,
}

pub struct WorkspaceMember {
    pub user_id: Uuid,
    pub workspace_id: Uuid,
}

#[async_trait]
impl<S> FromRequestParts<S> for WorkspaceMember
where
    JwtConfig: FromRef<S>,
    S: Send + Sync,
{
    type Rejection = (StatusCode, &'static str);

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        let jwt = JwtConfig::from_ref(state);
        let token = parts
            .headers
            .get(AUTHORIZATION)
            .and_then(|value| value.to_str().ok())
            .and_then(|value| value.strip_prefix("Bearer "))
            .ok_or((StatusCode::UNAUTHORIZED, "sign in to continue"))?;
        let mut validation = Validation::new(Algorithm::HS256);
        validation.set_issuer(&[jwt.issuer.as_str()]);
        let claims = decode::<Claims>(token, &jwt.decoding, &validation)
            .map_err(|_| (StatusCode::UNAUTHORIZED, "your session has expired"))?
            .claims;
        let Path(params) = Path::<HashMap<String, String>>::from_request_parts(parts, state)
            .await
            .map_err(|_| (StatusCode::BAD_REQUEST, "bad workspace id"))?;
        let workspace_id = params
            .get("workspace_id")
            .and_then(|raw| raw.parse::<Uuid>().ok())
            .ok_or((StatusCode::BAD_REQUEST, "bad workspace id"))?;
        if !claims.workspaces.contains(&workspace_id) {
            return Err((StatusCode::FORBIDDEN, "not a member of this workspace"));
        }
        Ok(WorkspaceMember { user_id: claims.sub, workspace_id })
    }
}

#[derive(Serialize, sqlx::FromRow)]
pub struct Board {
    id: Uuid,
    name: String,
}

#[derive(Deserialize)]
pub struct Rename {
    name: String,
}

pub fn router(state: AppState) -> Router {
    Router::new()
        .route("/workspaces/:workspace_id/boards", get(list_boards))
        .route("/workspaces/:workspace_id/boards/:board_id", patch(rename_board))
        .with_state(state)
}

async fn list_boards(
    State(state): State<AppState>,
    member: WorkspaceMember,
) -> Result<Json<Vec<Board>>, StatusCode> {
    sqlx::query_as("SELECT id, name FROM boards WHERE workspace_id = $1 ORDER BY position")
        .bind(member.workspace_id)
        .fetch_all(&state.db)
        .await
        .map(Json)
        .map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)
}

async fn rename_board(
    State(state): State<AppState>,
    member: WorkspaceMember,
    Path((_, board_id)): Path<(Uuid, Uuid)>,
    Json(body): Json<Rename>,
) -> StatusCode {
    let name = body.name.trim();
    if name.is_empty() || name.len() > 80 {
        return StatusCode::UNPROCESSABLE_ENTITY;
    }
    match sqlx::query("UPDATE boards SET name = $1, updated_by = $2 WHERE workspace_id = $3 AND id = $4")
        .bind(name)
        .bind(member.user_id)
        .bind(member.workspace_id)
        .bind(board_id)
        .execute(&state.db)
        .await
    {
        Ok(done) if done.rows_affected() == 1 => StatusCode::NO_CONTENT,
        Ok(_) => StatusCode::NOT_FOUND,
        Err(_) => StatusCode::INTERNAL_SERVER_ERROR,
    }
}
