use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::routing::post;
use axum::{Json, Router};
use axum_valid::Valid;
use serde::Deserialize;
use uuid::Uuid;
use validator::Validate;

use crate::auth::Member;
use crate::AppState;

#[derive(Deserialize, Validate)]
pub struct NewInvite {
    #[validate(email, length(max = 254))]
    email: String,
}

#[derive(Deserialize, Validate)]
pub struct NewUpdate {
    #[validate(length(min = 1, max = 2000))]
    yesterday: String,
    #[validate(length(min = 1, max = 2000))]
    today: String,
    #[validate(length(max = 2000))]
    blockers: Option<String>,
}

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/invites", post(invite_teammate))
        .route("/standups/{standup_id}/posts", post(post_update))
}

async fn invite_teammate(
    member: Member,
    State(state): State<AppState>,
    Path(workspace_id): Path<Uuid>,
    Valid(Json(invite)): Valid<Json<NewInvite>>,
) -> StatusCode {
    let inserted = sqlx::query(
        "INSERT INTO invites (token, workspace_id, email, invited_by, expires_at) \
         SELECT $1, m.workspace_id, $3, m.user_id, now() + interval '7 days' \
         FROM workspace_members m WHERE m.workspace_id = $2 AND m.user_id = $4 AND m.role = 'admin'",
    )
    .bind(Uuid::new_v4())
    .bind(workspace_id)
    .bind(&invite.email)
    .bind(member.user_id)
    .execute(&state.db)
    .await;
    match inserted {
        Ok(result) if result.rows_affected() == 1 => StatusCode::CREATED,
        Ok(_) => StatusCode::FORBIDDEN,
        Err(_) => StatusCode::INTERNAL_SERVER_ERROR,
    }
}

async fn post_update(
    member: Member,
    State(state): State<AppState>,
    Path((workspace_id, standup_id)): Path<(Uuid, Uuid)>,
    Valid(Json(update)): Valid<Json<NewUpdate>>,
) -> StatusCode {
    let inserted = sqlx::query(
        "INSERT INTO standup_posts (id, standup_id, author_id, yesterday, today, blockers) \
         SELECT $1, s.id, m.user_id, $5, $6, $7 FROM standups s \
         JOIN workspace_members m ON m.workspace_id = s.workspace_id AND m.user_id = $4 \
         WHERE s.id = $3 AND s.workspace_id = $2",
    )
    .bind(Uuid::new_v4())
    .bind(workspace_id)
    .bind(standup_id)
    .bind(member.user_id)
    .bind(&update.yesterday)
    .bind(&update.today)
    .bind(update.blockers.as_deref())
    .execute(&state.db)
    .await;
    match inserted {
        Ok(result) if result.rows_affected() == 1 => StatusCode::CREATED,
        Ok(_) => StatusCode::NOT_FOUND,
        Err(_) => StatusCode::INTERNAL_SERVER_ERROR,
    }
}
