use axum::routing::get;
use axum::Router;
use tower_http::trace::TraceLayer;

use crate::{catalog, cors};

pub fn router() -> Router {
    Router::new()
        .route("/catalog/products", get(catalog::list_products))
        .layer(cors::partner_cors())
        .layer(TraceLayer::new_for_http())
}
