use axum::body::Bytes;
use axum::extract::{DefaultBodyLimit, Path, Query, State};
use axum::http::header::CONTENT_TYPE;
use axum::http::{HeaderMap, StatusCode};
use axum::routing::{get, post};
use axum::{Json, Router};
use serde::Deserialize;
use uuid::Uuid;
use validator::Validate;

use super::require_member;
use crate::auth::AuthUser;
use crate::db;
use crate::db::members::Role;
use crate::db::posts::{Post, PostSort};
use crate::error::{AppError, AppResult};
use crate::state::AppState;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/workspaces/{workspace_id}/spaces/{space_id}/posts", get(list_posts).post(create_post))
        .route("/workspaces/{workspace_id}/posts/{post_id}", get(show_post).patch(update_post))
        .route(
            "/workspaces/{workspace_id}/posts/{post_id}/attachments",
            post(upload_attachment).layer(DefaultBodyLimit::max(10 * 1024 * 1024)), // launchlint-demo: safe unbounded_body
        )
}

#[derive(Debug, Deserialize)]
pub struct ListPostsQuery {
    #[serde(default)]
    pub sort: PostSort,
    pub limit: Option<i64>,
}

async fn list_posts(
    State(state): State<AppState>,
    user: AuthUser,
    Path((workspace_id, space_id)): Path<(Uuid, Uuid)>,
    Query(query): Query<ListPostsQuery>,
) -> AppResult<Json<Vec<Post>>> {
    require_member(&state, workspace_id, &user).await?;
    let limit = query.limit.unwrap_or(50).clamp(1, 100);
    Ok(Json(db::posts::list(&state.db, workspace_id, space_id, query.sort, limit).await?))
}

#[derive(Debug, Deserialize)]
pub struct CreatePost {
    pub title: String,
    pub body: String,
    #[serde(default)]
    pub public: bool,
}

async fn create_post(
    State(state): State<AppState>,
    user: AuthUser,
    Path((workspace_id, space_id)): Path<(Uuid, Uuid)>,
    Json(input): Json<CreatePost>, // launchlint-demo: finding unvalidated_body
) -> AppResult<(StatusCode, Json<Post>)> {
    require_member(&state, workspace_id, &user).await?;
    db::spaces::find(&state.db, workspace_id, space_id).await?.ok_or(AppError::NotFound)?;
    let visibility = if input.public { "public" } else { "members" };
    let post = db::posts::create(&state.db, workspace_id, space_id, user.id, input.title.trim(), &input.body, visibility)
        .await?;
    Ok((StatusCode::CREATED, Json(post)))
}

async fn show_post(
    State(state): State<AppState>,
    user: AuthUser,
    Path((workspace_id, post_id)): Path<(Uuid, Uuid)>,
) -> AppResult<Json<Post>> {
    require_member(&state, workspace_id, &user).await?;
    let post = db::posts::find(&state.db, workspace_id, post_id).await?.ok_or(AppError::NotFound)?;
    Ok(Json(post))
}

#[derive(Debug, Deserialize, Validate)]
pub struct UpdatePost {
    #[validate(length(min = 1, max = 200))]
    pub title: Option<String>,
    #[validate(length(min = 1, max = 40_000))]
    pub body: Option<String>,
}

async fn update_post(
    State(state): State<AppState>,
    user: AuthUser,
    Path((workspace_id, post_id)): Path<(Uuid, Uuid)>,
    Json(input): Json<UpdatePost>, // launchlint-demo: safe unvalidated_body
) -> AppResult<Json<Post>> {
    input.validate()?;
    let role = require_member(&state, workspace_id, &user).await?;
    let existing = db::posts::find(&state.db, workspace_id, post_id).await?.ok_or(AppError::NotFound)?;
    if existing.author_id != user.id && role < Role::Admin {
        return Err(AppError::Forbidden);
    }
    let post = db::posts::update(&state.db, workspace_id, post_id, input.title.as_deref(), input.body.as_deref())
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(Json(post))
}

#[derive(Debug, Deserialize)]
pub struct UploadQuery {
    pub file_name: String,
}

async fn upload_attachment(
    State(state): State<AppState>,
    user: AuthUser,
    Path((workspace_id, post_id)): Path<(Uuid, Uuid)>,
    Query(query): Query<UploadQuery>,
    headers: HeaderMap,
    body: Bytes,
) -> AppResult<(StatusCode, Json<Uuid>)> {
    require_member(&state, workspace_id, &user).await?;
    if query.file_name.is_empty() || query.file_name.len() > 255 || query.file_name.contains('/') {
        return Err(AppError::BadRequest("invalid file name"));
    }
    db::posts::find(&state.db, workspace_id, post_id).await?.ok_or(AppError::NotFound)?;
    let content_type = headers
        .get(CONTENT_TYPE)
        .and_then(|value| value.to_str().ok())
        .unwrap_or("application/octet-stream");
    let id = db::attachments::insert(&state.db, workspace_id, post_id, user.id, &query.file_name, content_type, &body)
        .await?;
    Ok((StatusCode::CREATED, Json(id)))
}
