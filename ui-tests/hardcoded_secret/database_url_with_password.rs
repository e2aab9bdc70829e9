//! Connects to the reporting replica.

use sqlx::postgres::{PgPool, PgPoolOptions};

pub async fn reporting_pool() -> Result<PgPool, sqlx::Error> {
    PgPoolOptions::new()
        .max_connections(4)
        .connect("postgres://reporting:Xq7vR2mT9kLp4sWz@replica.db.internal:5432/billing") //~ hardcoded_secret
        .await
}
