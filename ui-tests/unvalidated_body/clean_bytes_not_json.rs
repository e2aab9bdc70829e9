//! Attachments and CSV imports (axum): raw bodies that are not deserialized into a payload type.

use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::routing::{post, put};
use axum::Router;
use sqlx::PgPool;
use uuid::Uuid;

use crate::auth::AuthUser;

pub fn router(db: PgPool) -> Router {
    Router::new()
        .route("/api/documents/{document_id}/content", put(upload_content))
        .route("/api/contacts/import", post(import_contacts))
        .with_state(db)
}

async fn upload_content(
    State(db): State<PgPool>,
    user: AuthUser,
    Path(document_id): Path<Uuid>,
    body: Bytes,
) -> StatusCode {
    if body.len() > 25 * 1024 * 1024 {
        return StatusCode::PAYLOAD_TOO_LARGE;
    }
    let saved = sqlx::query("UPDATE documents SET content = $1, updated_by = $2 WHERE id = $3")
        .bind(body.as_ref())
        .bind(user.id)
        .bind(document_id)
        .execute(&db)
        .await;
    if saved.is_ok() { StatusCode::NO_CONTENT } else { StatusCode::INTERNAL_SERVER_ERROR }
}

async fn import_contacts(State(db): State<PgPool>, user: AuthUser, csv: String) -> StatusCode {
    for line in csv.lines().skip(1).take(10_000) {
        let mut cells = line.split(',');
        let (Some(name), Some(email)) = (cells.next(), cells.next()) else { continue };
        let _ = sqlx::query("INSERT INTO contacts (owner_id, name, email) VALUES ($1, $2, $3)")
            .bind(user.id)
            .bind(name.trim())
            .bind(email.trim())
            .execute(&db)
            .await;
    }
    StatusCode::ACCEPTED
}
