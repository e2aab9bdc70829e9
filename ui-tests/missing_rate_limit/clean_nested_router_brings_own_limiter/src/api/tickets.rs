//! Ticket conversations. Replies email the customer, so this router carries its own limiter;
//! the layer travels with the router when it is nested.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::routing::get;
use axum::{Extension, Json, Router};
use serde::{Deserialize, Serialize};
use tower_governor::governor::GovernorConfigBuilder;
use tower_governor::key_extractor::SmartIpKeyExtractor;
use tower_governor::GovernorLayer;
use uuid::Uuid;
use validator::Validate;

use crate::auth::AgentClaims;
use crate::AppState;

#[derive(Serialize, sqlx::FromRow)]
pub struct Message {
    id: Uuid,
    from_customer: bool,
    body: String,
    sent_at: chrono::DateTime<chrono::Utc>,
}

#[derive(Deserialize, Validate)]
pub struct Reply {
    #[validate(length(min = 1, max = 10000))]
    body: String,
}

pub fn router() -> Router<AppState> {
    let reply_limits = GovernorConfigBuilder::default()
        .key_extractor(SmartIpKeyExtractor)
        .per_second(1)
        .burst_size(10)
        .finish()
        .expect("valid rate limit settings");
    Router::new()
        .route("/{ticket_id}/messages", get(list_messages).post(reply))
        .layer(GovernorLayer::new(reply_limits))
}

async fn list_messages(
    Extension(agent): Extension<AgentClaims>,
    State(state): State<AppState>,
    Path(ticket_id): Path<Uuid>,
) -> Result<Json<Vec<Message>>, StatusCode> {
    sqlx::query_as(
        "SELECT m.id, m.from_customer, m.body, m.sent_at FROM ticket_messages m \
         JOIN tickets t ON t.id = m.ticket_id WHERE m.ticket_id = $1 AND t.team_id = $2 ORDER BY m.sent_at",
    )
    .bind(ticket_id)
    .bind(agent.team_id)
    .fetch_all(&state.db)
    .await
    .map(Json)
    .map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)
}

async fn reply(
    Extension(agent): Extension<AgentClaims>,
    State(state): State<AppState>,
    Path(ticket_id): Path<Uuid>,
    Json(reply): Json<Reply>,
) -> StatusCode {
    if reply.validate().is_err() {
        return StatusCode::UNPROCESSABLE_ENTITY;
    }
    let inserted = sqlx::query(
        "INSERT INTO ticket_messages (id, ticket_id, author_id, from_customer, body) \
         SELECT $1, t.id, $3, false, $4 FROM tickets t WHERE t.id = $2 AND t.team_id = $5",
    )
    .bind(Uuid::new_v4())
    .bind(ticket_id)
    .bind(agent.sub)
    .bind(&reply.body)
    .bind(agent.team_id)
    .execute(&state.db)
    .await;
    match inserted {
        Ok(result) if result.rows_affected() == 1 => StatusCode::CREATED,
        Ok(_) => StatusCode::NOT_FOUND,
        Err(_) => StatusCode::INTERNAL_SERVER_ERROR,
    }
}
