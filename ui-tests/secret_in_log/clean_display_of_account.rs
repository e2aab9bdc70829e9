//! `Display` is written by hand and shows only the email.

use std::fmt;

pub struct Account {
    pub email: String,
    pub password_hash: String,
}

impl fmt::Display for Account {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.email)
    }
}

pub fn created(account: &Account) {
    tracing::info!(%account, "account created");
    tracing::info!("created {}", account);
}
