use serde::Deserialize;

/// One product of a supplier feed.
#[derive(Debug, Deserialize)]
pub struct ProductRow {
    pub sku: String,
    pub title: String,
    pub price_cents: i64,
    pub stock: i32,
}

#[derive(Debug, Deserialize)]
pub struct ProductFeed {
    pub supplier: String,
    pub products: Vec<ProductRow>,
}
