//! A/B bucket cookie: no credential, readable by the analytics script.

use axum::http::StatusCode;
use axum_extra::extract::cookie::{Cookie, CookieJar};

pub async fn assign_experiment(jar: CookieJar, bucket: u8) -> (CookieJar, StatusCode) {
    (jar.add(Cookie::build(("experiment_bucket", bucket.to_string())).path("/")), StatusCode::OK)
}
