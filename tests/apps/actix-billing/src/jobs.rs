use std::time::Duration;

use actix_web::web;

use crate::{db, AppState};

/// Hourly: open invoices past their due date become overdue.
pub fn spawn_overdue_sweeper(state: web::Data<AppState>) {
    actix_web::rt::spawn(async move {
        let mut interval = actix_web::rt::time::interval(Duration::from_secs(3600));
        loop {
            interval.tick().await;
            match db::invoices::mark_overdue(&state.db).await {
                Ok(0) => {}
                Ok(count) => tracing::info!(count, "invoices marked overdue"),
                Err(err) => tracing::warn!(error = %err, "overdue sweep failed"),
            }
        }
    });
}
