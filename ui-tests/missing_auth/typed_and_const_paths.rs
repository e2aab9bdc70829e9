//! Reporting API: typed paths (axum-extra), consts and `concat!` for the prefixes, and an
//! axum 0.7-style `:id` segment. The export routes were added without the session layer.

use axum::extract::{Path, State};
use axum::routing::get;
use axum::{middleware, Json, Router};
use axum_extra::routing::{RouterExt, TypedPath};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::auth::{require_session, AuthUser};
use crate::state::AppState;

const API_PREFIX: &str = "/api";
const REPORTS: &str = concat!("/v1", "/reports");

#[derive(TypedPath, Deserialize)]
#[typed_path("/workspaces/{workspace_id}/usage.csv")]
pub struct UsageExport {
    pub workspace_id: Uuid,
}

#[derive(Serialize)]
pub struct Summary {
    pub active_members: u64,
}

pub fn router(state: AppState) -> Router {
    let reports = Router::new()
        .route("/workspaces/:workspace_id/summary", get(summary))
        .route_layer(middleware::from_fn_with_state(state.clone(), require_session))
        .typed_get(usage_export)
        .route("/workspaces/:workspace_id/raw", get(raw_events));
    Router::new().nest(API_PREFIX, Router::new().nest(REPORTS, reports)).with_state(state)
}

async fn summary(user: AuthUser, Path(workspace_id): Path<Uuid>) -> Json<Summary> {
    let _ = (user, workspace_id);
    Json(Summary { active_members: 0 })
}

async fn usage_export(UsageExport { workspace_id }: UsageExport, State(state): State<AppState>) -> String { //~ missing_auth
    state.reports.usage_csv(workspace_id).await
}

async fn raw_events(Path(workspace_id): Path<Uuid>, State(state): State<AppState>) -> String { //~ missing_auth
    state.reports.raw_events(workspace_id).await
}
