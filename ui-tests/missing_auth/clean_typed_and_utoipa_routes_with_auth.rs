//! The same shapes, protected: the typed route takes the session extractor and the utoipa
//! handler is public by design.

use axum::extract::State;
use axum::Json;
use axum_extra::routing::{RouterExt, TypedPath};
use serde::{Deserialize, Serialize};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;
use uuid::Uuid;

use crate::auth::AuthUser;
use crate::state::AppState;

#[derive(TypedPath, Deserialize)]
#[typed_path("/workspaces/{workspace_id}/usage.csv")]
pub struct UsageExport {
    pub workspace_id: Uuid,
}

#[derive(Serialize, utoipa::ToSchema)]
pub struct PlanSummary {
    pub name: String,
}

async fn usage_export(UsageExport { workspace_id }: UsageExport, user: AuthUser, State(state): State<AppState>) -> String {
    state.reports.usage_csv_for(user.id, workspace_id).await
}

#[launchlint::public(reason = "pricing table shown on the marketing site")]
#[utoipa::path(get, path = "/plans", responses((status = 200, body = [PlanSummary])))]
async fn list_plans() -> Json<Vec<PlanSummary>> {
    Json(Vec::new())
}

pub fn router(state: AppState) -> axum::Router {
    let (router, _api) = OpenApiRouter::new().routes(routes!(list_plans)).split_for_parts();
    router.typed_get(usage_export).with_state(state)
}
