//! Literals bound to secret-sounding names that are not secrets.

pub fn describe_auth(scheme: &str) -> &'static str {
    let token = "Bearer";
    let password_hint = "the name of your first pet";
    let secret_store = "vault";
    if scheme == token {
        password_hint
    } else {
        secret_store
    }
}

pub fn redact(_value: &str) -> &'static str {
    let api_key = "[redacted]";
    api_key
}
