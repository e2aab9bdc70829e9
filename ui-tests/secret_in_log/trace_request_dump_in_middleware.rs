//! A logging middleware that traces the full request, headers included.

use axum::extract::Request;
use axum::middleware::Next;
use axum::response::Response;

pub async fn log_requests(req: Request, next: Next) -> Response {
    tracing::trace!(?req, "incoming request"); //~ secret_in_log
    next.run(req).await
}
