//! Newsletter preferences (axum): the payload parses itself through `TryFrom`.

use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::put;
use axum::{Json, Router};
use serde::Deserialize;
use sqlx::PgPool;

use crate::auth::AuthUser;

#[derive(Deserialize)]
struct RawPreferences {
    digest: String,
    topics: Vec<String>,
}

#[derive(Deserialize)]
#[serde(try_from = "RawPreferences")]
pub struct Preferences {
    digest: Digest,
    topics: Vec<String>,
}

enum Digest {
    Daily,
    Weekly,
    Never,
}

impl TryFrom<RawPreferences> for Preferences {
    type Error = String;

    fn try_from(raw: RawPreferences) -> Result<Self, Self::Error> {
        let digest = match raw.digest.as_str() {
            "daily" => Digest::Daily,
            "weekly" => Digest::Weekly,
            "never" => Digest::Never,
            other => return Err(format!("unknown digest frequency: {other}")),
        };
        if raw.topics.len() > 20 || raw.topics.iter().any(|t| t.is_empty() || t.len() > 40) {
            return Err("topics must be 1-40 characters, at most 20".into());
        }
        Ok(Preferences { digest, topics: raw.topics })
    }
}

pub fn router(db: PgPool) -> Router {
    Router::new().route("/api/me/newsletter", put(update_preferences)).with_state(db)
}

async fn update_preferences(State(db): State<PgPool>, user: AuthUser, Json(prefs): Json<Preferences>) -> StatusCode {
    let digest = match prefs.digest {
        Digest::Daily => "daily",
        Digest::Weekly => "weekly",
        Digest::Never => "never",
    };
    let saved = sqlx::query("UPDATE newsletter_preferences SET digest = $1, topics = $2 WHERE user_id = $3")
        .bind(digest)
        .bind(&prefs.topics)
        .bind(user.id)
        .execute(&db)
        .await;
    if saved.is_ok() { StatusCode::NO_CONTENT } else { StatusCode::INTERNAL_SERVER_ERROR }
}
