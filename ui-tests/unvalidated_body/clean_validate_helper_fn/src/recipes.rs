use axum::extract::State;
use axum::http::StatusCode;
use axum::Json;
use serde::Deserialize;
use sqlx::PgPool;
use uuid::Uuid;

use crate::auth::Cook;
use crate::validation::validate_recipe;

#[derive(Deserialize)]
pub struct NewRecipe {
    pub title: String,
    pub steps: Vec<String>,
    pub servings: i32,
}

pub async fn create_recipe(
    State(db): State<PgPool>,
    cook: Cook,
    Json(recipe): Json<NewRecipe>,
) -> Result<(StatusCode, Json<Uuid>), StatusCode> {
    validate_recipe(&recipe)?;
    let id = Uuid::new_v4();
    sqlx::query("INSERT INTO recipes (id, author_id, title, steps, servings) VALUES ($1, $2, $3, $4, $5)")
        .bind(id)
        .bind(cook.id)
        .bind(&recipe.title)
        .bind(&recipe.steps)
        .bind(recipe.servings)
        .execute(&db)
        .await
        .map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)?;
    Ok((StatusCode::CREATED, Json(id)))
}
