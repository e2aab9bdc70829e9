use std::fmt;

use actix_web::ResponseError;

#[derive(Debug)]
pub struct LedgerError {
    pub operation: &'static str,
    pub source: sqlx::Error,
}

impl fmt::Display for LedgerError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "ledger {} failed: {}", self.operation, self.source) //~ error_detail_leak
    }
}

impl std::error::Error for LedgerError {}

impl ResponseError for LedgerError {}
