//! Staff-only support tools, nested under `/api/admin`.

use axum::body::Bytes;
use axum::extract::{DefaultBodyLimit, Path, State};
use axum::http::StatusCode;
use axum::routing::post;
use axum::{Json, Router};
use chrono::{DateTime, Utc};
use jsonwebtoken::{decode, Algorithm, Validation};
use serde::{Deserialize, Serialize};
use uuid::Uuid;
use validator::Validate;

use crate::auth::{AuthUser, Claims};
use crate::db;
use crate::db::members::Role;
use crate::error::{AppError, AppResult};
use crate::state::AppState;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/impersonation/preview", post(preview_session))
        .route(
            "/workspaces/{workspace_id}/members/import",
            post(import_members).layer(DefaultBodyLimit::disable()), // launchlint-demo: finding unbounded_body
        )
}

fn require_staff(user: &AuthUser) -> AppResult<()> {
    if user.is_staff {
        Ok(())
    } else {
        Err(AppError::Forbidden)
    }
}

#[derive(Debug, Deserialize, Validate)]
pub struct PreviewRequest {
    #[validate(length(min = 20, max = 4096))]
    pub token: String,
}

#[derive(Debug, Serialize)]
pub struct SessionPreview {
    pub user_id: Uuid,
    pub email: String,
    pub staff: bool,
    pub issued_at: Option<DateTime<Utc>>,
    pub expires_at: Option<DateTime<Utc>>,
}

/// Support pastes the token from a customer's bug report to see whose session it is
/// before starting an impersonation.
async fn preview_session(
    State(state): State<AppState>,
    user: AuthUser,
    Json(input): Json<PreviewRequest>,
) -> AppResult<Json<SessionPreview>> {
    require_staff(&user)?;
    input.validate()?;

    let mut validation = Validation::new(Algorithm::HS256);
    validation.insecure_disable_signature_validation(); // launchlint-demo: finding jwt_validation_disabled
    let data = decode::<Claims>(&input.token, state.jwt.decoding_key(), &validation)
        .map_err(|_| AppError::BadRequest("not a session token"))?;

    let claims = data.claims;
    Ok(Json(SessionPreview {
        user_id: claims.sub,
        email: claims.email,
        staff: claims.staff,
        issued_at: DateTime::from_timestamp(claims.iat, 0),
        expires_at: DateTime::from_timestamp(claims.exp, 0),
    }))
}

/// Bulk import from the old forum: a CSV of `email,role` lines for existing accounts.
async fn import_members(
    State(state): State<AppState>,
    user: AuthUser,
    Path(workspace_id): Path<Uuid>,
    body: Bytes,
) -> Result<Json<usize>, (StatusCode, String)> {
    if !user.is_staff {
        return Err((StatusCode::FORBIDDEN, "forbidden".to_owned()));
    }
    let text = std::str::from_utf8(&body).map_err(|_| (StatusCode::BAD_REQUEST, "import must be UTF-8 CSV".to_owned()))?;

    let mut added = 0;
    for line in text.lines().skip(1) {
        let mut fields = line.split(',').map(str::trim);
        let (Some(email), role) = (fields.next(), fields.next().and_then(Role::parse)) else {
            continue;
        };
        let inserted = db::members::add_by_email(&state.db, workspace_id, email, role.unwrap_or(Role::Member))
            .await
            .map_err(|err| {
                tracing::error!(error = %err, %workspace_id, "member import failed");
                (StatusCode::INTERNAL_SERVER_ERROR, "import failed".to_owned()) // launchlint-demo: safe error_detail_leak
            })?;
        added += usize::from(inserted);
    }
    Ok(Json(added))
}
