//! Project API: one middleware stack for tracing, the pool and the session check.

use axum::extract::{Path, Request};
use axum::http::{header, StatusCode};
use axum::middleware::{self, Next};
use axum::response::Response;
use axum::routing::get;
use axum::{Extension, Json, Router};
use serde::Serialize;
use sqlx::PgPool;
use tower::ServiceBuilder;
use tower_http::trace::TraceLayer;
use uuid::Uuid;

#[derive(Clone, Copy)]
pub struct SignedIn {
    pub user_id: Uuid,
    pub workspace_id: Uuid,
}

#[derive(Serialize, sqlx::FromRow)]
pub struct Milestone {
    id: Uuid,
    title: String,
    due_on: Option<String>,
}

pub fn router(pool: PgPool) -> Router {
    let stack = ServiceBuilder::new()
        .layer(TraceLayer::new_for_http())
        .layer(Extension(pool))
        .layer(middleware::from_fn(require_user));

    Router::new()
        .route("/projects/{project_id}/milestones", get(list_milestones))
        .route("/projects/{project_id}/milestones/{milestone_id}", get(show_milestone))
        .layer(stack)
}

async fn require_user(
    Extension(pool): Extension<PgPool>,
    mut request: Request,
    next: Next,
) -> Result<Response, StatusCode> {
    let token = request
        .headers()
        .get(header::AUTHORIZATION)
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.strip_prefix("Bearer "))
        .ok_or(StatusCode::UNAUTHORIZED)?
        .to_owned();
    let row: Option<(Uuid, Uuid)> = sqlx::query_as(
        "SELECT user_id, workspace_id FROM sessions WHERE token = $1 AND expires_at > now()",
    )
    .bind(&token)
    .fetch_optional(&pool)
    .await
    .map_err(|_| StatusCode::SERVICE_UNAVAILABLE)?;
    let (user_id, workspace_id) = row.ok_or(StatusCode::UNAUTHORIZED)?;
    request.extensions_mut().insert(SignedIn { user_id, workspace_id });
    Ok(next.run(request).await)
}

async fn list_milestones(
    Extension(pool): Extension<PgPool>,
    Extension(user): Extension<SignedIn>,
    Path(project_id): Path<Uuid>,
) -> Result<Json<Vec<Milestone>>, StatusCode> {
    sqlx::query_as(
        "SELECT m.id, m.title, to_char(m.due_on, 'YYYY-MM-DD') AS due_on FROM milestones m \
         JOIN projects p ON p.id = m.project_id WHERE p.workspace_id = $1 AND p.id = $2 ORDER BY m.due_on",
    )
    .bind(user.workspace_id)
    .bind(project_id)
    .fetch_all(&pool)
    .await
    .map(Json)
    .map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)
}

async fn show_milestone(
    Extension(pool): Extension<PgPool>,
    Extension(user): Extension<SignedIn>,
    Path((project_id, milestone_id)): Path<(Uuid, Uuid)>,
) -> Result<Json<Milestone>, StatusCode> {
    sqlx::query_as(
        "SELECT m.id, m.title, to_char(m.due_on, 'YYYY-MM-DD') AS due_on FROM milestones m \
         JOIN projects p ON p.id = m.project_id WHERE p.workspace_id = $1 AND p.id = $2 AND m.id = $3",
    )
    .bind(user.workspace_id)
    .bind(project_id)
    .bind(milestone_id)
    .fetch_optional(&pool)
    .await
    .map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)?
    .map(Json)
    .ok_or(StatusCode::NOT_FOUND)
}
