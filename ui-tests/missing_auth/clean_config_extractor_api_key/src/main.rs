mod shipments;

use axum::routing::{get, post};
use axum::Router;
use gateway_auth::KeyStore;

#[derive(Clone)]
pub struct AppState {
    pub db: sqlx::PgPool,
    pub keys: KeyStore,
}

impl axum::extract::FromRef<AppState> for KeyStore {
    fn from_ref(state: &AppState) -> Self {
        state.keys.clone()
    }
}

#[tokio::main]
async fn main() -> std::io::Result<()> {
    let database_url = std::env::var("DATABASE_URL").expect("DATABASE_URL must be set");
    let db = sqlx::PgPool::connect(&database_url).await.expect("cannot connect to the database");
    let keys = KeyStore::from_env().expect("GATEWAY_KEYS_URL must be set");

    let app = Router::new()
        .route("/v1/shipments", get(shipments::list).post(shipments::book))
        .route("/v1/shipments/{shipment_id}", get(shipments::show))
        .with_state(AppState { db, keys });

    let listener = tokio::net::TcpListener::bind("0.0.0.0:8080").await?;
    axum::serve(listener, app).await
}
