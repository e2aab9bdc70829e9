use axum::body::Bytes;
use axum::extract::State;
use axum::http::StatusCode;
use sqlx::PgPool;

use super::model::ProductFeed;
use crate::auth::ApiClient;

/// Supplier feeds arrive with a wrong content type, so the body is read as bytes.
pub async fn import_products(
    State(db): State<PgPool>,
    client: ApiClient,
    body: Bytes, //~ unvalidated_body
) -> Result<StatusCode, StatusCode> {
    let feed: ProductFeed = serde_json::from_slice(&body).map_err(|_| StatusCode::BAD_REQUEST)?;
    for product in &feed.products {
        sqlx::query(
            "INSERT INTO products (client_id, supplier, sku, title, price_cents, stock) VALUES ($1, $2, $3, $4, $5, $6) \
             ON CONFLICT (client_id, sku) DO UPDATE SET title = $4, price_cents = $5, stock = $6",
        )
        .bind(client.id)
        .bind(&feed.supplier)
        .bind(&product.sku)
        .bind(&product.title)
        .bind(product.price_cents)
        .bind(product.stock)
        .execute(&db)
        .await
        .map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)?;
    }
    Ok(StatusCode::ACCEPTED)
}
