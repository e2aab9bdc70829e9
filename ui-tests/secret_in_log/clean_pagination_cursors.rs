//! Pagination "tokens" are opaque cursors, not credentials.

pub fn page(next_page_token: Option<&str>, cursor: &str) {
    tracing::debug!(?next_page_token, %cursor, "listing invoices");
}
