use serde::Deserialize;

/// Every write of the public API is wrapped: `{"data": {...}, "client_request_id": "..."}`.
#[derive(Debug, Deserialize)]
pub struct Envelope<T> {
    pub data: T,
    pub client_request_id: Option<String>,
}
