use axum::extract::{Path, State};
use axum::Json;
use serde::Serialize;
use sqlx::PgPool;

use crate::error::Error;

#[derive(Serialize, sqlx::FromRow)]
pub struct Article {
    pub slug: String,
    pub title: String,
    pub body: String,
}

#[launchlint::public(reason = "articles are public")]
pub async fn get_article(State(pool): State<PgPool>, Path(slug): Path<String>) -> Result<Json<Article>, Error> {
    sqlx::query_as("SELECT slug, title, body FROM articles WHERE slug = $1")
        .bind(&slug)
        .fetch_optional(&pool)
        .await?
        .map(Json)
        .ok_or(Error::NotFound)
}
