use std::net::SocketAddr;

use axum_login::{login_required, AuthManagerLayerBuilder};
use sqlx::PgPool;
use time::Duration;
use tower_sessions::{Expiry, SessionManagerLayer};
use tower_sessions_sqlx_store::PostgresStore;

use crate::users::Backend;
use crate::web::{auth, protected};

pub async fn serve(db: PgPool) -> Result<(), Box<dyn std::error::Error>> {
    let session_store = PostgresStore::new(db.clone());
    session_store.migrate().await?;
    let session_layer = SessionManagerLayer::new(session_store)
        .with_secure(true)
        .with_expiry(Expiry::OnInactivity(Duration::days(7)));

    let auth_layer = AuthManagerLayerBuilder::new(Backend::new(db), session_layer).build();

    let app = protected::router()
        .route_layer(login_required!(Backend, login_url = "/login"))
        .merge(auth::router())
        .layer(auth_layer);

    let listener = tokio::net::TcpListener::bind("0.0.0.0:3000").await?;
    axum::serve(listener, app.into_make_service_with_connect_info::<SocketAddr>()).await?;
    Ok(())
}
