//! Imports (axum): parse errors describe the client's own input and are sent with a 400.

use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::post;
use axum::Router;
use sqlx::PgPool;

use crate::auth::AuthUser;

pub fn router(db: PgPool) -> Router {
    Router::new().route("/api/contacts/import", post(import)).with_state(db)
}

async fn import(State(db): State<PgPool>, user: AuthUser, csv: String) -> Result<StatusCode, (StatusCode, String)> {
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    for (line, record) in reader.records().enumerate() {
        let record = record.map_err(|e| (StatusCode::BAD_REQUEST, format!("invalid CSV at line {}: {e}", line + 2)))?;
        let email = record.get(0).unwrap_or_default();
        sqlx::query("INSERT INTO contacts (owner_id, email) VALUES ($1, $2)")
            .bind(user.id)
            .bind(email)
            .execute(&db)
            .await
            .map_err(|e| {
                tracing::error!(error = %e, "contact import failed");
                (StatusCode::INTERNAL_SERVER_ERROR, "import failed".to_owned())
            })?;
    }
    Ok(StatusCode::CREATED)
}
