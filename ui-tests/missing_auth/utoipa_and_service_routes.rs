//! Admin API documented with utoipa; metrics served by a tower service.

use axum::Json;
use serde::Serialize;
use tower_http::services::ServeDir;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

#[derive(Serialize, utoipa::ToSchema)]
pub struct UserSummary {
    pub email: String,
}

#[utoipa::path(get, path = "/admin/users", responses((status = 200, body = [UserSummary])))]
async fn list_users() -> Json<Vec<UserSummary>> { //~ missing_auth
    Json(Vec::new())
}

pub fn router(metrics: prometheus_service::MetricsService) -> axum::Router {
    let (router, _api) = OpenApiRouter::new()
        .routes(routes!(list_users))
        .split_for_parts();
    router
        .route_service("/internal/metrics", metrics) //~ missing_auth
        .nest_service("/assets", ServeDir::new("web/dist"))
}
