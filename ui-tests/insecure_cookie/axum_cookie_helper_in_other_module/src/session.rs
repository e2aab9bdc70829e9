//! Cookie helpers shared by the auth routes.

use axum_extra::extract::cookie::Cookie;
use time::Duration;

pub fn refresh_cookie(refresh_token: String) -> Cookie<'static> {
    Cookie::build(("refresh_token", refresh_token)) //~ insecure_cookie
        .path("/auth/refresh")
        .http_only(true)
        .max_age(Duration::days(30))
        .build()
}
