mod app;
mod auth;
mod subscriptions;
mod webhooks;

#[derive(Clone)]
pub struct AppState {
    pub db: sqlx::PgPool,
    pub stripe_webhook_secret: String,
    pub github_webhook_secret: String,
}

#[tokio::main]
async fn main() -> std::io::Result<()> {
    let database_url = std::env::var("DATABASE_URL").expect("DATABASE_URL must be set");
    let state = AppState {
        db: sqlx::PgPool::connect(&database_url).await.expect("cannot connect to the database"),
        stripe_webhook_secret: std::env::var("STRIPE_WEBHOOK_SECRET").expect("STRIPE_WEBHOOK_SECRET must be set"),
        github_webhook_secret: std::env::var("GITHUB_WEBHOOK_SECRET").expect("GITHUB_WEBHOOK_SECRET must be set"),
    };
    let listener = tokio::net::TcpListener::bind("0.0.0.0:8080").await?;
    axum::serve(listener, app::router(state)).await
}
