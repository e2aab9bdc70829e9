//! Pages readable without an account.

use axum::extract::{Path, State};
use axum::routing::get;
use axum::{Json, Router};
use serde::Serialize;
use uuid::Uuid;

use crate::auth::{AuthUser, MaybeUser};
use crate::db;
use crate::db::posts::Post;
use crate::db::workspaces::Workspace;
use crate::error::{AppError, AppResult};
use crate::state::AppState;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/public/workspaces/{slug}/feed", get(public_feed))
        .route("/workspaces/{workspace_id}/posts/{post_id}/preview", get(post_preview))
}

#[derive(Debug, Serialize)]
pub struct FeedResponse {
    pub workspace: Workspace,
    pub posts: Vec<Post>,
    pub viewer_is_member: bool,
}

#[launchlint::public(reason = "landing page of a public workspace; personalised when signed in")] // launchlint-demo: safe missing_auth
pub async fn public_feed(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    MaybeUser(viewer): MaybeUser,
) -> AppResult<Json<FeedResponse>> {
    let workspace = db::workspaces::find_public_by_slug(&state.db, &slug)
        .await?
        .ok_or(AppError::NotFound)?;
    let posts = db::posts::public_feed(&state.db, &slug, 30).await?;
    let viewer_is_member = match viewer {
        Some(user) => db::members::role_of(&state.db, workspace.id, user.id).await?.is_some(),
        None => false,
    };
    Ok(Json(FeedResponse { workspace, posts, viewer_is_member }))
}

#[derive(Debug, Serialize)]
pub struct PostPreview {
    pub id: Uuid,
    pub title: String,
    pub excerpt: String,
}

/// Link unfurls for Slack/Teams. Signed-in viewers get a longer excerpt.
pub async fn post_preview( // launchlint-demo: finding missing_auth
    State(state): State<AppState>,
    Path((_workspace_id, post_id)): Path<(Uuid, Uuid)>,
    viewer: Option<AuthUser>,
) -> AppResult<Json<PostPreview>> {
    let post = db::posts::find_by_id(&state.db, post_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let max_chars = if viewer.is_some() { 1_000 } else { 280 };
    Ok(Json(PostPreview {
        id: post.id,
        title: post.title,
        excerpt: post.body.chars().take(max_chars).collect(),
    }))
}
