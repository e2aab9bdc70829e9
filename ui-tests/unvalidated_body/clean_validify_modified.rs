//! Profiles (axum + axum-valid with validify): input is normalised and validated by the
//! extractor.

use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::put;
use axum::{Json, Router};
use axum_valid::Validified;
use serde::Deserialize;
use sqlx::PgPool;
use validify::Validify;

use crate::auth::AuthUser;

#[derive(Debug, Deserialize, Validify)]
pub struct ProfileUpdate {
    #[modify(trim)]
    #[validate(length(min = 1, max = 80))]
    pub display_name: String,
    #[modify(trim, lowercase)]
    #[validate(length(min = 3, max = 30))]
    pub handle: String,
}

pub fn router(db: PgPool) -> Router {
    Router::new().route("/api/me/profile", put(update_profile)).with_state(db)
}

async fn update_profile(
    State(db): State<PgPool>,
    user: AuthUser,
    Validified(Json(profile)): Validified<Json<ProfileUpdate>>,
) -> StatusCode {
    let saved = sqlx::query("UPDATE profiles SET display_name = $1, handle = $2 WHERE user_id = $3")
        .bind(&profile.display_name)
        .bind(&profile.handle)
        .bind(user.id)
        .execute(&db)
        .await;
    if saved.is_ok() { StatusCode::NO_CONTENT } else { StatusCode::INTERNAL_SERVER_ERROR }
}
