use std::fmt::Write as _;

use axum::extract::{Path, Query, State};
use axum::http::header::{CONTENT_DISPOSITION, CONTENT_TYPE};
use axum::http::StatusCode;
use axum::response::IntoResponse;
use axum::routing::get;
use axum::{Json, Router};
use uuid::Uuid;

use super::require_member;
use crate::auth::AuthUser;
use crate::db;
use crate::db::members::{Member, MemberFilter};
use crate::error::AppResult;
use crate::state::AppState;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/workspaces/{workspace_id}/members", get(list_members))
}

async fn list_members(
    State(state): State<AppState>,
    user: AuthUser,
    Path(workspace_id): Path<Uuid>,
    Query(filter): Query<MemberFilter>,
) -> AppResult<Json<Vec<Member>>> {
    require_member(&state, workspace_id, &user).await?;
    Ok(Json(db::members::search(&state.db, workspace_id, &filter).await?))
}

/// CSV download behind the "Export" button on the members page.
pub async fn export_csv( // launchlint-demo: finding missing_auth
    State(state): State<AppState>,
    Path(workspace_id): Path<Uuid>,
) -> Result<impl IntoResponse, (StatusCode, String)> {
    let members = db::members::list_all(&state.db, workspace_id)
        .await
        .map_err(|e| (StatusCode::INTERNAL_SERVER_ERROR, e.to_string()))?; // launchlint-demo: finding error_detail_leak

    let mut csv = String::from("email,display_name,role,joined_at\n");
    for member in &members {
        let _ = writeln!(
            csv,
            "{},{},{},{}",
            member.email,
            member.display_name.replace(',', " "),
            member.role,
            member.joined_at.to_rfc3339()
        );
    }
    Ok((
        [
            (CONTENT_TYPE, "text/csv; charset=utf-8"),
            (CONTENT_DISPOSITION, "attachment; filename=\"members.csv\""),
        ],
        csv,
    ))
}
