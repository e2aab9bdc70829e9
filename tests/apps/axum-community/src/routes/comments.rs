use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::routing::{get, patch};
use axum::{Json, Router};
use serde::Deserialize;
use uuid::Uuid;
use validator::Validate;

use super::require_member;
use crate::auth::AuthUser;
use crate::db;
use crate::db::comments::Comment;
use crate::error::{AppError, AppResult};
use crate::extract::ValidatedJson;
use crate::state::AppState;

pub fn router() -> Router<AppState> {
    Router::new()
        .route(
            "/workspaces/{workspace_id}/posts/{post_id}/comments",
            get(list_comments).post(create_comment),
        )
        .route(
            "/workspaces/{workspace_id}/comments/{comment_id}",
            patch(edit_comment),
        )
}

#[derive(Debug, Deserialize)]
pub struct ListCommentsQuery {
    /// e.g. `created_at DESC`; the web client sends what the column header says.
    pub sort: Option<String>,
}

async fn list_comments(
    State(state): State<AppState>,
    user: AuthUser,
    Path((workspace_id, post_id)): Path<(Uuid, Uuid)>,
    Query(query): Query<ListCommentsQuery>,
) -> AppResult<Json<Vec<Comment>>> {
    require_member(&state, workspace_id, &user).await?;
    let sort = query.sort.as_deref().unwrap_or("created_at ASC");
    let comments = db::comments::list_for_post(&state.db, workspace_id, post_id, sort).await?;
    Ok(Json(comments))
}

#[derive(Debug, Deserialize, Validate)]
pub struct NewComment {
    #[validate(length(min = 1, max = 10_000))]
    pub body: String,
}

async fn create_comment(
    State(state): State<AppState>,
    user: AuthUser,
    Path((workspace_id, post_id)): Path<(Uuid, Uuid)>,
    ValidatedJson(input): ValidatedJson<NewComment>, // launchlint-demo: safe unvalidated_body
) -> AppResult<(StatusCode, Json<Comment>)> {
    require_member(&state, workspace_id, &user).await?;
    db::posts::find(&state.db, workspace_id, post_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let comment = db::comments::create(&state.db, workspace_id, post_id, user.id, &input.body).await?;
    Ok((StatusCode::CREATED, Json(comment)))
}

#[derive(Debug, Deserialize, Validate)]
pub struct EditComment {
    #[validate(length(min = 1, max = 10_000))]
    pub body: String,
}

async fn edit_comment(
    State(state): State<AppState>,
    user: AuthUser,
    Path((workspace_id, comment_id)): Path<(Uuid, Uuid)>,
    Json(input): Json<EditComment>,
) -> AppResult<Json<Comment>> {
    input.validate()?;
    require_member(&state, workspace_id, &user).await?;
    let comment = db::comments::update_body(&state.db, comment_id, user.id, &input.body)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(Json(comment))
}
