//! What identifiers, keys and cookie names say about the value they hold: the word lists shared
//! by the secret, cookie and logging extractors (FRAMEWORKS §9, §11). Matching is by whole words
//! (`snake_case`, `camelCase`, `kebab-case`, `dotted.paths` and `SCREAMING_CASE` are split), never
//! by substring, so `tokens_used` or `tokenizer` do not say "token".

/// Lowercase words of a name: `jwtSecret` → `jwt secret`, `API_KEY` → `api key`,
/// `x-api-key` → `x api key`, `APIKey` → `api key`.
pub fn words(name: &str) -> Vec<String> {
    let mut out = Vec::new();
    let chars: Vec<char> = name.chars().collect();
    let mut cur = String::new();
    for (i, &c) in chars.iter().enumerate() {
        if !c.is_alphanumeric() {
            if !cur.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            continue;
        }
        if c.is_uppercase() && !cur.is_empty() {
            let prev = chars[i - 1];
            let next_lower = chars.get(i + 1).is_some_and(|n| n.is_lowercase());
            // `jwtSecret` | `APIKey` (split before `K`) | `ID2` stays.
            if prev.is_lowercase() || prev.is_ascii_digit() || (prev.is_uppercase() && next_lower) {
                out.push(std::mem::take(&mut cur));
            }
        }
        cur.extend(c.to_lowercase());
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

/// Words that mark a value as a credential on their own.
const SECRET_WORDS: &[&str] = &[
    "password",
    "passwd",
    "pwd",
    "passphrase",
    "secret",
    "secrets",
    "token",
    "apikey",
    "authorization",
    "bearer",
    "jwt",
    "cookie",
    "sid",
    "otp",
    "totp",
    "pin",
    "ssn",
    "cvv",
    "credentials",
    "creds",
    "privkey",
];

/// Word pairs that mark a credential (`api_key`, `private_key`, `session_id`, ...).
const SECRET_PAIRS: &[(&str, &str)] = &[
    ("api", "key"),
    ("private", "key"),
    ("secret", "key"),
    ("signing", "key"),
    ("sign", "key"),
    ("hmac", "key"),
    ("encryption", "key"),
    ("master", "key"),
    ("access", "key"),
    ("session", "key"),
    ("cookie", "key"),
    ("jwt", "key"),
    ("auth", "key"),
    ("session", "id"),
    ("card", "number"),
    ("client", "secret"),
];

/// A last word saying the value is *about* the credential, not the credential: `token_count`,
/// `password_policy`, `csrf_token_valid`, `session_ttl`, `api_key_id`, `password_hash`.
const NOT_VALUE_LAST: &[&str] = &[
    "count",
    "counts",
    "len",
    "length",
    "size",
    "valid",
    "validity",
    "policy",
    "policies",
    "used",
    "ok",
    "present",
    "set",
    "sent",
    "enabled",
    "disabled",
    "required",
    "changed",
    "at",
    "expires",
    "expiry",
    "expiration",
    "exp",
    "ttl",
    "age",
    "lifetime",
    "duration",
    "seconds",
    "secs",
    "minutes",
    "mins",
    "hours",
    "days",
    "type",
    "kind",
    "name",
    "names",
    "label",
    "hint",
    "id",
    "ids",
    "hash",
    "hashed",
    "digest",
    "fingerprint",
    "prefix",
    "suffix",
    "last4",
    "mask",
    "masked",
    "redacted",
    "strength",
    "score",
    "min",
    "max",
    "limit",
    "attempts",
    "retries",
    "error",
    "err",
    "errors",
    "status",
    "version",
    "format",
    "field",
    "fields",
    "param",
    "header",
    "headers",
    "url",
    "uri",
    "endpoint",
    "path",
    "file",
    "dir",
    "env",
    "var",
    "regex",
    "pattern",
    "rotation",
    "rotated",
    "issuer",
    "audience",
    "algorithm",
    "alg",
    "scope",
    "scopes",
    "location",
    "store",
    "provider",
    "manager",
    "service",
    "client",
    "config",
    "settings",
    "source",
    "mode",
    "timeout",
    "interval",
    "reset",
    "required",
];

/// A first word saying the value is a flag or a number: `has_token`, `is_password_set`,
/// `num_tokens`, `max_token_age`.
const NOT_VALUE_FIRST: &[&str] = &[
    "has", "is", "num", "n", "max", "min", "should", "needs", "require", "requires", "missing", "no", "with",
    "without", "use", "uses", "enable", "enabled", "allow", "total", "invalid", "valid", "show", "hide", "can",
];

/// Words that make the whole name something else: pagination tokens, CSRF tokens, lexer tokens.
const OTHER_MEANING: &[&str] = &[
    "csrf",
    "xsrf",
    "page",
    "pagination",
    "cursor",
    "continuation",
    "next",
    "sync",
    "lexer",
    "parser",
    "cancellation",
    "cancel",
    "public",
    "publishable",
];

fn contains_secret_word(ws: &[String]) -> bool {
    ws.iter().any(|w| SECRET_WORDS.contains(&w.as_str()))
        || ws.windows(2).any(|p| SECRET_PAIRS.contains(&(p[0].as_str(), p[1].as_str())))
}

/// Words that, after the credential word, make the name describe it (`JWT_HEADER_HS256`,
/// `PASSWORD_FILE_MODE`, `ACCESS_TOKEN_EXPIRES_AT`).
const DESCRIPTORS: &[&str] = &[
    "header",
    "headers",
    "url",
    "uri",
    "endpoint",
    "path",
    "file",
    "dir",
    "name",
    "names",
    "prefix",
    "suffix",
    "env",
    "var",
    "field",
    "param",
    "format",
    "type",
    "kind",
    "policy",
    "regex",
    "pattern",
    "id",
    "ids",
    "len",
    "length",
    "count",
    "hash",
    "digest",
    "fingerprint",
    "ttl",
    "expiry",
    "expires",
    "issuer",
    "audience",
    "algorithm",
    "alg",
    "scope",
    "location",
    "label",
    "hint",
];

fn about_not_value(ws: &[String]) -> bool {
    let (Some(first), Some(last)) = (ws.first(), ws.last()) else {
        return true;
    };
    // `session_id` and `sid` are credentials even though they end in an id.
    let session_id = ws.len() >= 2 && ws[ws.len() - 2] == "session" && last == "id";
    let first_secret = ws
        .iter()
        .position(|w| SECRET_WORDS.contains(&w.as_str()))
        .or_else(|| ws.windows(2).position(|p| SECRET_PAIRS.contains(&(p[0].as_str(), p[1].as_str()))).map(|i| i + 1));
    let described =
        !session_id && first_secret.is_some_and(|i| ws[i + 1..].iter().any(|w| DESCRIPTORS.contains(&w.as_str())));
    (NOT_VALUE_LAST.contains(&last.as_str()) && !session_id && ws.len() > 1)
        || (NOT_VALUE_FIRST.contains(&first.as_str()) && ws.len() > 1)
        || ws.iter().any(|w| OTHER_MEANING.contains(&w.as_str()))
        || described
}

/// Cheap pre-check (no allocation): does the name contain any fragment a secret word or pair
/// starts with?
pub fn may_name_secret(name: &str) -> bool {
    const FRAGMENTS: &[&[u8]] = &[
        b"pass", b"pwd", b"secret", b"token", b"key", b"auth", b"bearer", b"jwt", b"cookie", b"sid", b"otp", b"pin",
        b"ssn", b"cvv", b"cred", b"sess", b"card", b"privkey",
    ];
    let b = name.as_bytes();
    FRAGMENTS
        .iter()
        .any(|f| b.windows(f.len()).any(|w| w.iter().zip(f.iter()).all(|(x, y)| x.to_ascii_lowercase() == *y)))
}

/// Whether a name (identifier, field, env var, config key) says its value is a secret
/// (FRAMEWORKS §11): `password`, `jwt_secret`, `STRIPE_API_KEY`, `refreshToken`, `session_id`,
/// but not `token_count`, `password_policy`, `csrf_token_valid`, `api_key_id`, `has_token`.
pub fn is_secret_name(name: &str) -> bool {
    if !may_name_secret(name) {
        return false;
    }
    let ws = words(name);
    if ws.len() == 1 && ws[0] == "session" {
        return true;
    }
    contains_secret_word(&ws) && !about_not_value(&ws)
}

/// Whether a cookie name names a session or authentication cookie: `session`, `sid`,
/// `connect.sid`, `PHPSESSID`, `auth_token`, `remember_me`, `refresh`, `__Host-jwt`, `id`.
pub fn is_credential_cookie_name(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    let ws = words(name);
    if ws.iter().any(|w| NON_CREDENTIAL_COOKIE.contains(&w.as_str())) {
        return false;
    }
    lower == "id"
        || ws.iter().any(|w| {
            w.starts_with("sess")
                || w.ends_with("sessid")
                || w.starts_with("auth")
                || matches!(
                    w.as_str(),
                    "sid"
                        | "token"
                        | "tokens"
                        | "jwt"
                        | "remember"
                        | "refresh"
                        | "access"
                        | "login"
                        | "identity"
                        | "credential"
                        | "credentials"
                        | "bearer"
                        | "user"
                        | "uid"
                )
        })
}

/// Cookie-name words that say the cookie carries no credential.
const NON_CREDENTIAL_COOKIE: &[&str] = &[
    "theme",
    "locale",
    "lang",
    "language",
    "consent",
    "tz",
    "timezone",
    "currency",
    "sidebar",
    "banner",
    "dismissed",
    "tour",
    "onboarding",
    "preference",
    "preferences",
    "prefs",
    "layout",
    "color",
    "colour",
    "view",
    "analytics",
    "experiment",
    "csrf",
    "xsrf",
    "flash",
    "redirect",
    "return",
    "utm",
    "region",
    "country",
    "font",
    "density",
];

/// Whether a cookie name names a cookie that carries no credential (theme, locale, consent).
pub fn is_non_credential_cookie_name(name: &str) -> bool {
    words(name).iter().any(|w| NON_CREDENTIAL_COOKIE.contains(&w.as_str()))
}

/// Whether a variable holding a cookie's value says it is a session or token value
/// (`token`, `session_id`, `jwt`, `access_token`, `refresh`).
pub fn is_credential_value_name(name: &str) -> bool {
    let ws = words(name);
    !ws.iter().any(|w| OTHER_MEANING.contains(&w.as_str()))
        && ws.iter().any(|w| {
            matches!(w.as_str(), "token" | "jwt" | "session" | "sid" | "sess" | "refresh" | "access" | "bearer")
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_every_case_style() {
        assert_eq!(words("jwtSecret"), ["jwt", "secret"]);
        assert_eq!(words("STRIPE_API_KEY"), ["stripe", "api", "key"]);
        assert_eq!(words("APIKey"), ["api", "key"]);
        assert_eq!(words("x-api-key"), ["x", "api", "key"]);
        assert_eq!(words("user.password"), ["user", "password"]);
        assert_eq!(words("Sha256Hash"), ["sha256", "hash"]);
    }

    #[test]
    fn secret_names() {
        for yes in [
            "password",
            "jwt_secret",
            "JWT_SECRET",
            "STRIPE_API_KEY",
            "refreshToken",
            "session_id",
            "sid",
            "access_token",
            "client_secret",
            "LINK_SIGNING_KEY",
            "FALLBACK_JWT_SECRET",
            "api_key",
            "apiKey",
            "authorization",
            "session",
            "db_password",
            "private_key",
            "otp",
        ] {
            assert!(is_secret_name(yes), "{yes}");
        }
        for no in [
            "token_count",
            "tokens_used",
            "csrf_token_valid",
            "password_policy",
            "password_len",
            "api_key_id",
            "has_token",
            "is_password_set",
            "TOKEN_URL",
            "SESSION_COOKIE_NAME",
            "session_ttl",
            "next_page_token",
            "password_hash",
            "secret_name",
            "tokenizer",
            "max_tokens",
            "user_id",
            "spinner",
            "email",
            "key",
            "session_count",
            "publishable_key",
            "API_KEY_HEADER",
            "JWT_HEADER_HS256",
            "access_token_expires_at",
        ] {
            assert!(!is_secret_name(no), "{no}");
        }
    }

    #[test]
    fn cookie_names() {
        for yes in [
            "session",
            "sid",
            "connect.sid",
            "PHPSESSID",
            "auth_token",
            "remember_token",
            "refresh_token",
            "__Host-session",
            "id",
            "jwt",
            "access",
        ] {
            assert!(is_credential_cookie_name(yes), "{yes}");
        }
        for no in ["theme", "locale", "cookie_consent", "sidebar_collapsed", "csrf_token", "lang", "tz", "author_view"]
        {
            assert!(!is_credential_cookie_name(no), "{no}");
        }
        assert!(is_credential_value_name("token"));
        assert!(is_credential_value_name("session_id"));
        assert!(!is_credential_value_name("theme"));
    }
}
