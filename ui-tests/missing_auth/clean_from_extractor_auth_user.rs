//! Reporting endpoints. The handlers need no user, but every route requires one: the
//! `AuthUser` extractor runs as a route layer.

use std::sync::LazyLock;

use axum::extract::{FromRequestParts, Path, State};
use axum::http::header::AUTHORIZATION;
use axum::http::request::Parts;
use axum::http::StatusCode;
use axum::routing::get;
use axum::{middleware, Json, Router};
use jsonwebtoken::{decode, Algorithm, DecodingKey, Validation};
use serde::{Deserialize, Serialize};
use sqlx::PgPool;
use uuid::Uuid;

static SESSION_KEY: LazyLock<DecodingKey> = LazyLock::new(|| {
    let secret = std::env::var("SESSION_JWT_SECRET").expect("SESSION_JWT_SECRET must be set");
    DecodingKey::from_secret(secret.as_bytes())
});

#[derive(Clone)]
pub struct AppState {
    pub db: PgPool,
}

#[derive(Deserialize)]
pub struct AuthUser {
    pub sub: Uuid,
    pub exp: usize,
}

impl<S: Send + Sync> FromRequestParts<S> for AuthUser {
    type Rejection = (StatusCode, &'static str);

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        let token = parts
            .headers
            .get(AUTHORIZATION)
            .and_then(|value| value.to_str().ok())
            .and_then(|value| value.strip_prefix("Bearer "))
            .ok_or((StatusCode::UNAUTHORIZED, "missing bearer token"))?;
        decode::<AuthUser>(token, &SESSION_KEY, &Validation::new(Algorithm::HS256))
            .map(|data| data.claims)
            .map_err(|_| (StatusCode::UNAUTHORIZED, "invalid bearer token"))
    }
}

#[derive(Serialize, sqlx::FromRow)]
pub struct PlanCount {
    plan: String,
    workspaces: i64,
}

pub fn router(state: AppState) -> Router {
    Router::new()
        .route("/reports/plans", get(plan_breakdown))
        .route("/reports/plans/{plan}/workspaces", get(workspaces_on_plan))
        .route_layer(middleware::from_extractor::<AuthUser>())
        .with_state(state)
}

async fn plan_breakdown(State(state): State<AppState>) -> Result<Json<Vec<PlanCount>>, StatusCode> {
    sqlx::query_as("SELECT plan, count(*) AS workspaces FROM workspaces GROUP BY plan ORDER BY plan")
        .fetch_all(&state.db)
        .await
        .map(Json)
        .map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)
}

async fn workspaces_on_plan(
    State(state): State<AppState>,
    Path(plan): Path<String>,
) -> Result<Json<Vec<(Uuid, String)>>, StatusCode> {
    sqlx::query_as("SELECT id, name FROM workspaces WHERE plan = $1 ORDER BY name")
        .bind(&plan)
        .fetch_all(&state.db)
        .await
        .map(Json)
        .map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)
}
