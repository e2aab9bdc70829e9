use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::routing::get;
use axum::{Extension, Json, Router};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::auth::Claims;
use crate::state::AppState;

#[derive(Serialize, sqlx::FromRow)]
pub struct Message {
    id: Uuid,
    sender_id: Uuid,
    body: String,
    sent_at: chrono::DateTime<chrono::Utc>,
}

#[derive(Deserialize)]
pub struct NewMessage {
    body: String,
}

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/{conversation_id}/messages", get(list_messages).post(send_message)) //~ missing_rate_limit
}

async fn list_messages(
    Extension(claims): Extension<Claims>,
    State(state): State<AppState>,
    Path(conversation_id): Path<Uuid>,
) -> Result<Json<Vec<Message>>, StatusCode> {
    sqlx::query_as(
        "SELECT m.id, m.sender_id, m.body, m.sent_at FROM messages m \
         JOIN conversation_participants p ON p.conversation_id = m.conversation_id AND p.user_id = $2 \
         WHERE m.conversation_id = $1 ORDER BY m.sent_at DESC LIMIT 100",
    )
    .bind(conversation_id)
    .bind(claims.sub)
    .fetch_all(&state.db)
    .await
    .map(Json)
    .map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)
}

async fn send_message(
    Extension(claims): Extension<Claims>,
    State(state): State<AppState>,
    Path(conversation_id): Path<Uuid>,
    Json(message): Json<NewMessage>,
) -> Result<StatusCode, StatusCode> {
    if message.body.trim().is_empty() || message.body.len() > 4_000 {
        return Err(StatusCode::UNPROCESSABLE_ENTITY);
    }
    // Each message fans out push notifications to every participant.
    let inserted = sqlx::query(
        "INSERT INTO messages (id, conversation_id, sender_id, body) \
         SELECT $1, p.conversation_id, p.user_id, $4 FROM conversation_participants p \
         WHERE p.conversation_id = $2 AND p.user_id = $3",
    )
    .bind(Uuid::new_v4())
    .bind(conversation_id)
    .bind(claims.sub)
    .bind(message.body.trim())
    .execute(&state.db)
    .await
    .map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)?;
    if inserted.rows_affected() == 0 {
        return Err(StatusCode::FORBIDDEN);
    }
    Ok(StatusCode::CREATED)
}
