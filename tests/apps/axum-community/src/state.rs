use std::sync::Arc;

use sqlx::PgPool;

use crate::auth::JwtKeys;
use crate::config::Config;

#[derive(Clone)]
pub struct AppState {
    pub db: PgPool,
    pub jwt: Arc<JwtKeys>,
    pub config: Arc<Config>,
}

impl AppState {
    pub fn new(config: Config, db: PgPool) -> Self {
        Self {
            db,
            jwt: Arc::new(JwtKeys::from_env()),
            config: Arc::new(config),
        }
    }
}
