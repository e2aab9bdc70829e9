//! Config loading and a health endpoint (axum): `Result<_, String>` outside handlers is not a
//! response, and the handler that uses it sends fixed text.

use axum::routing::get;
use axum::Router;

use crate::auth::AuthUser;

fn read_feature_file(path: &str) -> Result<Vec<String>, String> {
    std::fs::read_to_string(path)
        .map(|text| text.lines().map(str::to_owned).collect())
        .map_err(|e| format!("cannot read {path}: {e}"))
}

pub fn router() -> Router {
    Router::new().route("/api/features", get(features))
}

async fn features(_user: AuthUser) -> Result<String, String> {
    match read_feature_file("/etc/app/features.txt") {
        Ok(lines) => Ok(lines.join(",")),
        Err(err) => {
            tracing::warn!(%err, "feature file unreadable");
            Err("features are unavailable".to_owned())
        }
    }
}
