//! The app router is assembled from helpers: one adds routes conditionally, one wraps any
//! router it is given with the session check, and the public part is bound to a variable first.

use axum::extract::Request;
use axum::http::StatusCode;
use axum::middleware::{self, Next};
use axum::response::Response;
use axum::routing::{get, post};
use axum::Router;

async fn require_session(request: Request, next: Next) -> Result<Response, StatusCode> {
    if request.headers().contains_key("x-session-id") {
        Ok(next.run(request).await)
    } else {
        Err(StatusCode::UNAUTHORIZED)
    }
}

fn project_routes(archiving_enabled: bool) -> Router {
    let mut routes = Router::new().route("/projects", get(list_projects));
    if archiving_enabled {
        routes = routes.route("/projects/{project_id}/archive", post(archive_project));
    }
    routes.layer(middleware::from_fn(require_session))
}

fn marketing_routes() -> Router {
    Router::new().route("/pricing", get(pricing))
}

fn with_session(router: Router) -> Router {
    router.route_layer(middleware::from_fn(require_session))
}

pub async fn serve(archiving_enabled: bool) -> std::io::Result<()> {
    let admin = with_session(Router::new().route("/admin/members", get(list_members)));
    let marketing = marketing_routes();
    let app = Router::new()
        .nest("/api", project_routes(archiving_enabled))
        .merge(marketing)
        .merge(admin)
        .route("/api/projects/export.csv", get(export_projects));
    let listener = tokio::net::TcpListener::bind("0.0.0.0:3000").await?;
    axum::serve(listener, app.into_make_service()).await
}

async fn list_projects() -> &'static str {
    "[]"
}

async fn archive_project() -> StatusCode {
    StatusCode::NO_CONTENT
}

#[launchlint::public(reason = "pricing page of the marketing site")]
async fn pricing() -> &'static str {
    "plans"
}

async fn list_members() -> &'static str {
    "[]"
}

async fn export_projects() -> &'static str { //~ missing_auth
    "id,name\n"
}
