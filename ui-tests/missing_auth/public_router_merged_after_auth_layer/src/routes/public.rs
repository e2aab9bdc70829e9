use argon2::{Argon2, PasswordHash, PasswordVerifier};
use axum::extract::{Path, State};
use axum::http::{header, StatusCode};
use axum::response::IntoResponse;
use axum::routing::{get, post};
use axum::{Form, Json, Router};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::state::AppState;

#[derive(Deserialize)]
pub struct SignIn {
    email: String,
    password: String,
}

#[derive(Serialize)]
pub struct Plan {
    name: &'static str,
    monthly_cents: u32,
}

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/auth/login", post(login)) //~ missing_rate_limit
        .route("/pricing", get(pricing))
        // moved here from the members module so the CSV link in emails works
        .route("/workspaces/{workspace_id}/members/export", get(export_members))
}

async fn login(State(state): State<AppState>, Form(form): Form<SignIn>) -> Result<impl IntoResponse, StatusCode> {
    let row: Option<(Uuid, String)> =
        sqlx::query_as("SELECT id, password_hash FROM users WHERE email = $1")
            .bind(&form.email)
            .fetch_optional(&state.db)
            .await
            .map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)?;
    let (user_id, stored) = row.ok_or(StatusCode::UNAUTHORIZED)?;
    let hash = PasswordHash::new(&stored).map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)?;
    Argon2::default()
        .verify_password(form.password.as_bytes(), &hash)
        .map_err(|_| StatusCode::UNAUTHORIZED)?;
    let token = Uuid::new_v4().to_string();
    sqlx::query("INSERT INTO sessions (token, user_id, expires_at) VALUES ($1, $2, now() + interval '12 hours')")
        .bind(&token)
        .bind(user_id)
        .execute(&state.db)
        .await
        .map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)?;
    Ok(Json(serde_json::json!({ "token": token })))
}

#[launchlint::public(reason = "the marketing site renders the pricing table before sign-up")]
async fn pricing() -> Json<Vec<Plan>> {
    Json(vec![
        Plan { name: "Starter", monthly_cents: 0 },
        Plan { name: "Team", monthly_cents: 1_200 },
        Plan { name: "Business", monthly_cents: 2_900 },
    ])
}

async fn export_members( //~ missing_auth
    State(state): State<AppState>,
    Path(workspace_id): Path<Uuid>,
) -> Result<impl IntoResponse, StatusCode> {
    let members: Vec<(String, String, String)> = sqlx::query_as(
        "SELECT u.name, u.email, m.role FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.workspace_id = $1 ORDER BY u.name",
    )
    .bind(workspace_id)
    .fetch_all(&state.db)
    .await
    .map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)?;
    let mut csv = String::from("name,email,role\n");
    for (name, email, role) in members {
        csv.push_str(&format!("{name},{email},{role}\n"));
    }
    Ok(([(header::CONTENT_TYPE, "text/csv")], csv))
}
