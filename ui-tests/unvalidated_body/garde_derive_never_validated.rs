//! Team invitations (axum + garde): the rules exist, the handler never runs them.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::routing::post;
use axum::{Json, Router};
use garde::Validate;
use serde::Deserialize;
use sqlx::PgPool;
use tower_governor::governor::GovernorConfigBuilder;
use tower_governor::GovernorLayer;
use uuid::Uuid;

use crate::auth::AuthUser;

#[derive(Deserialize, Validate)]
pub struct Invitation {
    #[garde(email)]
    pub email: String,
    #[garde(length(min = 1, max = 40))]
    pub role: String,
    #[garde(length(max = 500))]
    pub message: Option<String>,
}

pub fn router(db: PgPool) -> Router {
    // Every invitation sends an email: a burst of 5 per client, then one every 2 seconds.
    let config = GovernorConfigBuilder::default().per_second(2).burst_size(5).finish().expect("valid limits");
    Router::new()
        .route("/api/teams/{team_id}/invitations", post(invite))
        .layer(GovernorLayer::new(config))
        .with_state(db)
}

async fn invite(
    State(db): State<PgPool>,
    user: AuthUser,
    Path(team_id): Path<Uuid>,
    Json(invitation): Json<Invitation>, //~ unvalidated_body
) -> StatusCode {
    let sent = sqlx::query("INSERT INTO invitations (team_id, invited_by, email, role, message) VALUES ($1, $2, $3, $4, $5)")
        .bind(team_id)
        .bind(user.id)
        .bind(&invitation.email)
        .bind(&invitation.role)
        .bind(&invitation.message)
        .execute(&db)
        .await;
    if sent.is_ok() { StatusCode::CREATED } else { StatusCode::INTERNAL_SERVER_ERROR }
}
