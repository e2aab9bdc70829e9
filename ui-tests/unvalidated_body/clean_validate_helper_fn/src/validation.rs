use axum::http::StatusCode;

use crate::recipes::NewRecipe;

/// Rules shared by the API and the bulk importer.
pub fn validate_recipe(recipe: &NewRecipe) -> Result<(), StatusCode> {
    if recipe.title.trim().is_empty() || recipe.title.len() > 120 {
        return Err(StatusCode::UNPROCESSABLE_ENTITY);
    }
    if recipe.steps.is_empty() || recipe.steps.len() > 60 || recipe.steps.iter().any(|s| s.len() > 2000) {
        return Err(StatusCode::UNPROCESSABLE_ENTITY);
    }
    if !(1..=48).contains(&recipe.servings) {
        return Err(StatusCode::UNPROCESSABLE_ENTITY);
    }
    Ok(())
}
