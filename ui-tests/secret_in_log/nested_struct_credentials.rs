//! Connection settings carry a nested login; the whole struct is logged at startup.

use tracing::info;

#[derive(Debug, Clone)]
pub struct WarehouseLogin {
    pub username: String,
    pub password: String,
}

#[derive(Debug, Clone)]
pub struct WarehouseConfig {
    pub host: String,
    pub port: u16,
    pub login: WarehouseLogin,
}

pub fn connect(config: WarehouseConfig) {
    info!(?config, "connecting to the warehouse"); //~ secret_in_log
    crate::warehouse::open(&config.host, config.port, &config.login.username, &config.login.password);
}
