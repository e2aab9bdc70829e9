use axum::extract::{Path, State};
use axum::Json;
use serde::Serialize;
use sqlx::PgPool;

use crate::error::ApiError;

#[derive(Serialize, sqlx::FromRow)]
pub struct Book {
    pub isbn: String,
    pub title: String,
}

#[launchlint::public(reason = "public catalogue")]
pub async fn by_isbn(State(pool): State<PgPool>, Path(isbn): Path<String>) -> Result<Json<Book>, ApiError> {
    let book: Option<Book> = sqlx::query_as("SELECT isbn, title FROM books WHERE isbn = $1")
        .bind(&isbn)
        .fetch_optional(&pool)
        .await?;
    book.map(Json).ok_or(ApiError::NotFound(isbn))
}
