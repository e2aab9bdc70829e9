use axum::Json;
use serde::Serialize;

#[derive(Serialize)]
pub struct Product {
    sku: &'static str,
    name: &'static str,
    price_cents: u32,
}

#[launchlint::public(reason = "the catalog is shown on partner storefronts before sign-in")]
pub async fn list_products() -> Json<Vec<Product>> {
    Json(vec![
        Product { sku: "PLAN-STARTER", name: "Starter", price_cents: 1_900 },
        Product { sku: "PLAN-TEAM", name: "Team", price_cents: 4_900 },
    ])
}
