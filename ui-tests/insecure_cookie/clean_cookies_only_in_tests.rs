//! Tests build bare cookies to drive the handlers.

use axum_extra::extract::cookie::CookieJar;

pub fn session_id(jar: &CookieJar) -> Option<String> {
    jar.get("session").map(|c| c.value().to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum_extra::extract::cookie::Cookie;

    #[test]
    fn reads_the_session() {
        let jar = CookieJar::new().add(Cookie::new("session", "abc"));
        assert_eq!(session_id(&jar).as_deref(), Some("abc"));
    }
}
