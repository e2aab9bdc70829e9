//! Contact exports for the CRM sync.

use axum::extract::{Path, State};
use axum::http::header::{self, HeaderMap, HeaderValue, AUTHORIZATION};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use sqlx::PgPool;
use uuid::Uuid;

#[derive(Clone)]
pub struct AppState {
    pub db: PgPool,
}

pub fn router(state: AppState) -> Router {
    Router::new()
        .route("/workspaces/{workspace_id}/contacts/export.csv", get(export_contacts))
        .with_state(state)
}

async fn export_contacts( //~ missing_auth
    State(state): State<AppState>,
    headers: HeaderMap,
    Path(workspace_id): Path<Uuid>,
) -> Result<Response, StatusCode> {
    // Signed-in requests must not be cached by the CDN; the CRM sync sends no header.
    let signed_in = headers.contains_key(AUTHORIZATION);
    let client = headers
        .get(header::USER_AGENT)
        .and_then(|value| value.to_str().ok())
        .unwrap_or("unknown");
    tracing::info!(%workspace_id, client, signed_in, "contacts export");

    let contacts: Vec<(String, String, Option<String>)> = sqlx::query_as(
        "SELECT name, email, company FROM contacts WHERE workspace_id = $1 ORDER BY name",
    )
    .bind(workspace_id)
    .fetch_all(&state.db)
    .await
    .map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)?;
    let mut csv = String::from("name,email,company\n");
    for (name, email, company) in contacts {
        csv.push_str(&format!("{name},{email},{}\n", company.unwrap_or_default()));
    }

    let mut response = csv.into_response();
    let cache = if signed_in { "private, no-store" } else { "public, max-age=300" };
    response.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static(cache));
    response
        .headers_mut()
        .insert(header::CONTENT_TYPE, HeaderValue::from_static("text/csv"));
    Ok(response)
}
