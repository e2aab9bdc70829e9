//! Workspace invitations: admins invite by email, the invitee accepts from the emailed link.

use axum::extract::{FromRequestParts, Path, State};
use axum::http::request::Parts;
use axum::http::{header, StatusCode};
use axum::routing::post;
use axum::{Json, Router};
use serde::Deserialize;
use sqlx::PgPool;
use uuid::Uuid;

#[derive(Clone)]
pub struct AppState {
    pub db: PgPool,
}

pub struct AuthUser {
    pub id: Uuid,
}

impl FromRequestParts<AppState> for AuthUser {
    type Rejection = StatusCode;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let token = parts
            .headers
            .get(header::AUTHORIZATION)
            .and_then(|value| value.to_str().ok())
            .and_then(|value| value.strip_prefix("Bearer "))
            .ok_or(StatusCode::UNAUTHORIZED)?;
        let row: Option<(Uuid,)> = sqlx::query_as("SELECT user_id FROM sessions WHERE token = $1 AND expires_at > now()")
            .bind(token)
            .fetch_optional(&state.db)
            .await
            .map_err(|_| StatusCode::SERVICE_UNAVAILABLE)?;
        let (id,) = row.ok_or(StatusCode::UNAUTHORIZED)?;
        Ok(AuthUser { id })
    }
}

#[derive(Deserialize)]
pub struct NewInvite {
    email: String,
    role: String,
}

#[derive(Deserialize)]
pub struct AcceptInvite {
    name: String,
    password: String,
}

pub fn invite_routes() -> Router<AppState> {
    Router::new()
        .route("/workspaces/{workspace_id}/invites", post(create_invite)) //~ missing_rate_limit
        .route("/invites/{token}/accept", post(accept_invite)) //~ missing_rate_limit
}

async fn create_invite(
    user: AuthUser,
    State(state): State<AppState>,
    Path(workspace_id): Path<Uuid>,
    Json(invite): Json<NewInvite>,
) -> Result<StatusCode, StatusCode> {
    let known_role = matches!(invite.role.as_str(), "admin" | "member");
    if invite.email.len() > 254 || !invite.email.contains('@') || !known_role {
        return Err(StatusCode::UNPROCESSABLE_ENTITY);
    }
    let is_admin: Option<(bool,)> =
        sqlx::query_as("SELECT role = 'admin' FROM workspace_members WHERE workspace_id = $1 AND user_id = $2")
            .bind(workspace_id)
            .bind(user.id)
            .fetch_optional(&state.db)
            .await
            .map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)?;
    if !matches!(is_admin, Some((true,))) {
        return Err(StatusCode::FORBIDDEN);
    }
    // Every invite sends an email from our domain.
    sqlx::query(
        "INSERT INTO invites (token, workspace_id, email, role, invited_by, expires_at) \
         VALUES ($1, $2, $3, $4, $5, now() + interval '7 days')",
    )
    .bind(Uuid::new_v4())
    .bind(workspace_id)
    .bind(&invite.email)
    .bind(&invite.role)
    .bind(user.id)
    .execute(&state.db)
    .await
    .map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)?;
    Ok(StatusCode::CREATED)
}

#[launchlint::public(reason = "the invitee has no account yet; the unguessable token is the credential")]
async fn accept_invite(
    State(state): State<AppState>,
    Path(token): Path<Uuid>,
    Json(body): Json<AcceptInvite>,
) -> StatusCode {
    if body.password.len() < 12 {
        return StatusCode::UNPROCESSABLE_ENTITY;
    }
    let hash = password_auth::generate_hash(&body.password);
    let accepted = sqlx::query(
        "WITH invite AS (DELETE FROM invites WHERE token = $1 AND expires_at > now() RETURNING workspace_id, email, role), \
              new_user AS (INSERT INTO users (id, name, email, password_hash) SELECT $2, $3, email, $4 FROM invite RETURNING id) \
         INSERT INTO workspace_members (workspace_id, user_id, role) \
         SELECT invite.workspace_id, new_user.id, invite.role FROM invite, new_user",
    )
    .bind(token)
    .bind(Uuid::new_v4())
    .bind(&body.name)
    .bind(&hash)
    .execute(&state.db)
    .await;
    match accepted {
        Ok(result) if result.rows_affected() == 1 => StatusCode::CREATED,
        Ok(_) => StatusCode::GONE,
        Err(_) => StatusCode::INTERNAL_SERVER_ERROR,
    }
}
