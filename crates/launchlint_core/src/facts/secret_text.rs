//! Recognising secrets by their text: the key formats of well-known providers, URLs with an
//! inline password, PEM private keys and JWTs; Shannon entropy; placeholders. Pure functions
//! over strings, shared by the Rust extractor and the dotenv/config-file scanner. Nothing here
//! ever contacts a provider.

/// A recognised secret format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SecretFormat {
    StripeLive,
    AwsAccessKeyId,
    /// 40 base64 characters: an AWS secret access key when next to an access key id or named so.
    AwsSecretCandidate,
    GoogleApiKey,
    GitHubToken,
    GitLabToken,
    SlackToken,
    SlackWebhook,
    OpenAiKey,
    AnthropicKey,
    SendGridKey,
    TwilioApiKey,
    NpmToken,
    PemPrivateKey,
    Jwt,
    /// `scheme://user:password@host`.
    UrlPassword,
}

impl SecretFormat {
    /// What it is, for messages: "Stripe live secret key".
    pub fn describe(self) -> &'static str {
        match self {
            SecretFormat::StripeLive => "Stripe live secret key",
            SecretFormat::AwsAccessKeyId => "AWS access key id",
            SecretFormat::AwsSecretCandidate => "AWS secret access key",
            SecretFormat::GoogleApiKey => "Google API key",
            SecretFormat::GitHubToken => "GitHub token",
            SecretFormat::GitLabToken => "GitLab personal access token",
            SecretFormat::SlackToken => "Slack token",
            SecretFormat::SlackWebhook => "Slack webhook URL",
            SecretFormat::OpenAiKey => "OpenAI API key",
            SecretFormat::AnthropicKey => "Anthropic API key",
            SecretFormat::SendGridKey => "SendGrid API key",
            SecretFormat::TwilioApiKey => "Twilio API key",
            SecretFormat::NpmToken => "npm access token",
            SecretFormat::PemPrivateKey => "PEM private key",
            SecretFormat::Jwt => "JSON Web Token",
            SecretFormat::UrlPassword => "URL with an inline password",
        }
    }
}

/// A match: the format and the byte range of the secret inside the scanned text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FormatMatch {
    pub format: SecretFormat,
    pub start: usize,
    pub end: usize,
}

fn is_alnum(b: u8) -> bool {
    b.is_ascii_alphanumeric()
}

fn is_b64url(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_' || b == b'-'
}

/// Length of the run of bytes from `at` satisfying `pred`.
fn run(bytes: &[u8], at: usize, pred: impl Fn(u8) -> bool) -> usize {
    bytes[at.min(bytes.len())..].iter().take_while(|b| pred(**b)).count()
}

/// Whether position `at` starts a token (not glued to a preceding alphanumeric).
fn boundary(bytes: &[u8], at: usize) -> bool {
    at == 0 || !is_alnum(bytes[at - 1])
}

/// Prefix formats: prefix, body predicate, minimum and maximum body length.
type PrefixRule = (&'static str, SecretFormat, fn(u8) -> bool, usize, usize);

const PREFIXES: &[PrefixRule] = &[
    ("sk_live_", SecretFormat::StripeLive, is_alnum, 20, 247),
    ("rk_live_", SecretFormat::StripeLive, is_alnum, 20, 247),
    ("AIza", SecretFormat::GoogleApiKey, is_b64url, 35, 35),
    ("ghp_", SecretFormat::GitHubToken, is_alnum, 30, 255),
    ("gho_", SecretFormat::GitHubToken, is_alnum, 30, 255),
    ("ghs_", SecretFormat::GitHubToken, is_alnum, 30, 255),
    ("ghu_", SecretFormat::GitHubToken, is_alnum, 30, 255),
    ("ghr_", SecretFormat::GitHubToken, is_alnum, 30, 255),
    ("github_pat_", SecretFormat::GitHubToken, |b| is_alnum(b) || b == b'_', 40, 255),
    ("glpat-", SecretFormat::GitLabToken, is_b64url, 20, 255),
    ("sk-ant-", SecretFormat::AnthropicKey, |b| is_b64url(b), 40, 255),
    ("sk-proj-", SecretFormat::OpenAiKey, is_b64url, 40, 255),
    ("sk-svcacct-", SecretFormat::OpenAiKey, is_b64url, 40, 255),
    ("sk-", SecretFormat::OpenAiKey, is_alnum, 32, 255),
    ("npm_", SecretFormat::NpmToken, is_alnum, 36, 36),
];

/// Finds the first secret format in `text`.
pub fn classify(text: &str) -> Option<FormatMatch> {
    let bytes = text.as_bytes();
    if bytes.len() < 16 {
        return None;
    }
    if let Some(m) = pem_private_key(text) {
        return Some(m);
    }
    if let Some(m) = url_password(text) {
        return Some(m);
    }
    for i in 0..bytes.len() {
        // Every prefix is ASCII: it can only start on a character boundary.
        if !text.is_char_boundary(i) || !boundary(bytes, i) {
            continue;
        }
        let rest = &text[i..];
        for (prefix, format, pred, min, max) in PREFIXES {
            if !rest.starts_with(prefix) {
                continue;
            }
            let body = i + prefix.len();
            let n = run(bytes, body, pred);
            if n >= *min && n <= *max && !is_alnum(*bytes.get(body + n).unwrap_or(&b' ')) {
                // `sk-ant-` and `sk-proj-` must not be read as the generic `sk-`.
                if *prefix == "sk-" && (rest.starts_with("sk-ant-") || rest.starts_with("sk-proj-")) {
                    continue;
                }
                return Some(FormatMatch { format: *format, start: i, end: body + n });
            }
        }
        if let Some(m) = at_position(text, i) {
            return Some(m);
        }
    }
    None
}

/// Formats that are not a plain prefix + body.
fn at_position(text: &str, i: usize) -> Option<FormatMatch> {
    let bytes = text.as_bytes();
    let rest = &bytes[i..];
    let upper_alnum = |b: u8| b.is_ascii_uppercase() || b.is_ascii_digit();
    // AWS access key ids: AKIA/ASIA/ABIA/ACCA + 16 upper-case alphanumerics.
    if rest.len() >= 20
        && (rest.starts_with(b"AKIA")
            || rest.starts_with(b"ASIA")
            || rest.starts_with(b"ABIA")
            || rest.starts_with(b"ACCA"))
        && run(bytes, i + 4, upper_alnum) == 16
        && !is_alnum(*bytes.get(i + 20).unwrap_or(&b' '))
    {
        return Some(FormatMatch { format: SecretFormat::AwsAccessKeyId, start: i, end: i + 20 });
    }
    // Slack tokens: xoxb-, xoxp-, xoxa-, xoxo-, xoxr-, xoxs- + digits/letters/dashes.
    if rest.len() > 15
        && rest.starts_with(b"xox")
        && matches!(rest[3], b'b' | b'p' | b'a' | b'o' | b'r' | b's')
        && rest[4] == b'-'
    {
        let n = run(bytes, i + 5, |b| is_alnum(b) || b == b'-');
        if n >= 10 {
            return Some(FormatMatch { format: SecretFormat::SlackToken, start: i, end: i + 5 + n });
        }
    }
    // Slack incoming webhooks.
    const HOOK: &[u8] = b"https://hooks.slack.com/services/";
    if rest.starts_with(HOOK) {
        let n = run(bytes, i + HOOK.len(), |b| is_alnum(b) || b == b'/');
        if n >= 20 && bytes[i + HOOK.len()..i + HOOK.len() + n].iter().filter(|b| **b == b'/').count() >= 2 {
            return Some(FormatMatch { format: SecretFormat::SlackWebhook, start: i, end: i + HOOK.len() + n });
        }
    }
    // SendGrid: SG.<22>.<43>.
    if rest.starts_with(b"SG.") {
        let a = run(bytes, i + 3, is_b64url);
        if (16..=32).contains(&a) && bytes.get(i + 3 + a) == Some(&b'.') {
            let b = run(bytes, i + 4 + a, is_b64url);
            if (30..=50).contains(&b) {
                return Some(FormatMatch { format: SecretFormat::SendGridKey, start: i, end: i + 4 + a + b });
            }
        }
    }
    // Twilio API key SIDs: SK + 32 lowercase hex.
    if rest.starts_with(b"SK") {
        let n = run(bytes, i + 2, |b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b));
        if n == 32 && !is_alnum(*bytes.get(i + 34).unwrap_or(&b' ')) {
            return Some(FormatMatch { format: SecretFormat::TwilioApiKey, start: i, end: i + 34 });
        }
    }
    // JWTs: three base64url parts, the first two JSON objects (`eyJ`).
    if rest.starts_with(b"eyJ") {
        let a = run(bytes, i, is_b64url);
        if a >= 10 && bytes.get(i + a) == Some(&b'.') && bytes[i + a + 1..].starts_with(b"eyJ") {
            let b = run(bytes, i + a + 1, is_b64url);
            if b >= 10 && bytes.get(i + a + 1 + b) == Some(&b'.') {
                let c = run(bytes, i + a + 2 + b, is_b64url);
                if c >= 16 {
                    return Some(FormatMatch { format: SecretFormat::Jwt, start: i, end: i + a + 2 + b + c });
                }
            }
        }
    }
    // AWS secret access keys: exactly 40 base64 characters with mixed case and digits. Judged
    // together with an access key id or a name by the lint.
    let b64 = |b: u8| is_alnum(b) || b == b'/' || b == b'+';
    if rest.len() >= 40 && (i == 0 || !b64(bytes[i - 1])) && run(bytes, i, b64) == 40 {
        let s = &text[i..i + 40];
        let mixed = s.bytes().any(|b| b.is_ascii_lowercase())
            && s.bytes().any(|b| b.is_ascii_uppercase())
            && s.bytes().any(|b| b.is_ascii_digit());
        if mixed && entropy(s) >= 3.5 {
            return Some(FormatMatch { format: SecretFormat::AwsSecretCandidate, start: i, end: i + 40 });
        }
    }
    None
}

/// `-----BEGIN ... PRIVATE KEY-----` (RSA, EC, DSA, OPENSSH, ENCRYPTED, PKCS#8) with a body.
fn pem_private_key(text: &str) -> Option<FormatMatch> {
    let start = text.find("-----BEGIN ")?;
    let header_end = text[start + 11..].find("-----")? + start + 11;
    let label = &text[start + 11..header_end];
    if !label.ends_with("PRIVATE KEY") {
        return None;
    }
    let body_start = header_end + 5;
    let end = text[body_start..].find("-----END ").map_or(text.len(), |e| e + body_start);
    let body: String = text[body_start..end].chars().filter(|c| !c.is_whitespace()).collect();
    (body.len() >= 32 && !is_placeholder(&body)).then_some(FormatMatch {
        format: SecretFormat::PemPrivateKey,
        start,
        end: (end + 9).min(text.len()),
    })
}

/// `scheme://user:password@host`: the byte range of the password. Not `${VAR}`, `$VAR`,
/// `{}`/`{password}` format placeholders, `<password>`, or an empty password.
pub fn url_password(text: &str) -> Option<FormatMatch> {
    let scheme_end = text.find("://")?;
    let scheme = &text[..scheme_end];
    let scheme_start =
        scheme.rfind(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '+' | '.' | '-'))).map_or(0, |p| p + 1);
    if scheme_start >= scheme_end {
        return None;
    }
    let auth_start = scheme_end + 3;
    let rest = &text[auth_start..];
    let authority_end =
        rest.find(|c: char| matches!(c, '/' | '?' | '#') || c.is_whitespace() || c == '"').unwrap_or(rest.len());
    let authority = &rest[..authority_end];
    let at = authority.rfind('@')?;
    let userinfo = &authority[..at];
    let colon = userinfo.find(':')?;
    let password = &userinfo[colon + 1..];
    let host = &authority[at + 1..];
    if password.is_empty()
        || host.is_empty()
        || password.starts_with('$')
        || password.contains('{')
        || password.contains('<')
        || password.contains('%') && password.contains("7B")
        || is_placeholder(password)
    {
        return None;
    }
    let local = {
        let h = host.split(':').next().unwrap_or("").to_ascii_lowercase();
        matches!(h.as_str(), "localhost" | "127.0.0.1" | "0.0.0.0" | "[::1]" | "host.docker.internal")
            || h.ends_with(".local")
            || h.ends_with(".localhost")
    };
    // Development databases: `postgres://postgres:postgres@localhost/app`.
    if local && (is_common_word(password) || entropy(password) < 3.0 || password.len() < 12) {
        return None;
    }
    let start = auth_start + colon + 1;
    Some(FormatMatch { format: SecretFormat::UrlPassword, start, end: start + password.len() })
}

/// Shannon entropy of the characters of `s`, in bits per character.
pub fn entropy(s: &str) -> f64 {
    let mut counts: std::collections::HashMap<char, usize> = std::collections::HashMap::new();
    let mut n = 0usize;
    for c in s.chars() {
        *counts.entry(c).or_insert(0) += 1;
        n += 1;
    }
    if n == 0 {
        return 0.0;
    }
    let n = n as f64;
    counts
        .values()
        .map(|&c| {
            let p = c as f64 / n;
            -p * p.log2()
        })
        .sum()
}

/// Words that are obviously not a real secret when they are the whole value.
fn is_common_word(s: &str) -> bool {
    matches!(
        s.to_ascii_lowercase().as_str(),
        "password"
            | "passwd"
            | "pass"
            | "secret"
            | "token"
            | "key"
            | "apikey"
            | "api_key"
            | "test"
            | "testing"
            | "dev"
            | "development"
            | "local"
            | "admin"
            | "root"
            | "postgres"
            | "mysql"
            | "guest"
            | "user"
            | "default"
            | "none"
            | "null"
            | "nil"
            | "empty"
            | "unset"
            | "todo"
            | "tbd"
            | "example"
            | "sample"
            | "demo"
            | "foo"
            | "bar"
            | "foobar"
            | "qwerty"
            | "letmein"
            | "hunter2"
            | "redis"
            | "rabbitmq"
            | "minio"
            | "minioadmin"
    )
}

/// Markers of documentation placeholders inside a value.
const PLACEHOLDER_MARKERS: &[&str] = &[
    "changeme",
    "change_me",
    "change-me",
    "change_this",
    "change-this",
    "changethis",
    "replaceme",
    "replace_me",
    "replace-me",
    "replace_with",
    "placeholder",
    "example",
    "sample",
    "dummy",
    "fake",
    "redacted",
    "xxxx",
    "****",
    "....",
    "your_",
    "your-",
    "yourkey",
    "yoursecret",
    "_here",
    "-here",
    "insert_",
    "insert-",
    "not_a_real",
    "not-a-real",
    "notreal",
];

/// Whether a value is an obvious placeholder: empty, one repeated character, a template
/// (`${X}`, `{{x}}`, `<your key>`), a documentation marker (`changeme`, `your-api-key-here`,
/// `xxx`, `EXAMPLE`), a common word (`password`, `secret`), an ascending run (`12345678`,
/// `abcdefgh`), or a provider test key (`sk_test_`).
pub fn is_placeholder(value: &str) -> bool {
    let v = value.trim();
    if v.is_empty() {
        return true;
    }
    let first = v.chars().next().unwrap_or(' ');
    if v.chars().all(|c| c == first) {
        return true;
    }
    let lower = v.to_ascii_lowercase();
    if lower.starts_with("${")
        || lower.starts_with("{{")
        || (lower.starts_with('$') && lower[1..].chars().all(|c| c.is_ascii_alphanumeric() || c == '_'))
        || (lower.contains('<') && lower.contains('>'))
        || lower.starts_with("sk_test_")
        || lower.starts_with("rk_test_")
        || lower.starts_with("pk_test_")
        || lower.starts_with("pk_live_")
        || is_common_word(&lower)
    {
        return true;
    }
    if PLACEHOLDER_MARKERS.iter().any(|m| lower.contains(m)) {
        return true;
    }
    // `12345678`, `abcdefgh`, `abcabcabc`.
    let b = lower.as_bytes();
    let ascending = b.len() >= 6 && b.windows(2).all(|w| w[1] == w[0] + 1);
    let period = (1..=4).any(|p| b.len() >= p * 3 && b.iter().enumerate().all(|(i, c)| *c == b[i % p]));
    ascending || period
}

/// Whether a value looks random enough to be a key: long, high entropy, no spaces, and not a
/// URL without credentials, a path, an env var name, a dotted name, a UUID, a hex colour, an
/// email address or a format string. `min_len` lowers the bar for short secrets (passwords).
pub fn looks_random(value: &str, min_len: usize) -> bool {
    let v = value;
    let n = v.chars().count();
    if n < min_len.max(6) || n > 4096 || v.chars().any(char::is_whitespace) {
        return false;
    }
    if v.contains("://")
        || v.starts_with('/')
        || v.starts_with("./")
        || v.contains('{')
        || (v.contains('@') && v.contains('.') && !v.contains(':'))
    {
        return false;
    }
    // Names: `JWT_SECRET`, `app.jwt.secret`, `x-api-key`, `snake_case_words`.
    let name_like = v.split(['_', '.', '-', ':']).all(|w| {
        !w.is_empty() && (w.chars().all(|c| c.is_ascii_lowercase()) || w.chars().all(|c| c.is_ascii_uppercase()))
    });
    // Paths: `$serde_json::private::RawValue`, `crate::config::ApiKey`.
    let path = v.trim_start_matches(['$', '@']);
    let path_like = path.contains("::")
        && path.split("::").all(|seg| {
            seg.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_')
                && seg.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
        });
    if name_like || path_like {
        return false;
    }
    if is_uuid(v) || is_hex_colour(v) || is_placeholder(v) {
        return false;
    }
    let classes = [
        v.chars().any(|c| c.is_ascii_lowercase()),
        v.chars().any(|c| c.is_ascii_uppercase()),
        v.chars().any(|c| c.is_ascii_digit()),
        v.chars().any(|c| !c.is_ascii_alphanumeric()),
    ]
    .iter()
    .filter(|x| **x)
    .count();
    let e = entropy(v);
    let hex = v.chars().all(|c| c.is_ascii_hexdigit());
    if hex {
        return n >= 32 && e >= 3.0;
    }
    if n >= 16 {
        return e >= 3.5 && classes >= 2;
    }
    // Short values (passwords): at least three character classes.
    e >= 2.5 && classes >= 3
}

/// `8-4-4-4-12` hex.
pub fn is_uuid(v: &str) -> bool {
    let parts: Vec<&str> = v.split('-').collect();
    parts.len() == 5
        && parts.iter().zip([8, 4, 4, 4, 12]).all(|(p, n)| p.len() == n && p.chars().all(|c| c.is_ascii_hexdigit()))
}

fn is_hex_colour(v: &str) -> bool {
    v.strip_prefix('#').is_some_and(|h| matches!(h.len(), 3 | 4 | 6 | 8) && h.chars().all(|c| c.is_ascii_hexdigit()))
}

/// The first four characters of a secret and an ellipsis, for messages: `sk_l…`.
pub fn redact(secret: &str) -> String {
    let head: String = secret.chars().take(4).collect();
    format!("{head}…")
}

#[cfg(test)]
mod tests {
    use super::*;

    // Test values are assembled at run time so that no complete provider-shaped key appears in
    // the source.
    fn key(prefix: &str, body: &str) -> String {
        format!("{prefix}{body}")
    }

    fn fmt(s: &str) -> Option<SecretFormat> {
        classify(s).map(|m| m.format)
    }

    #[test]
    fn provider_formats() {
        let body24 = "0000TESTFIXTURE000000001";
        assert_eq!(fmt(&key("sk_live_", body24)), Some(SecretFormat::StripeLive));
        assert_eq!(fmt(&key("rk_live_", body24)), Some(SecretFormat::StripeLive));
        assert_eq!(fmt(&key("sk_test_", body24)), None);
        assert_eq!(fmt(&key("AKIA", "TESTFIXTURE00000")), Some(SecretFormat::AwsAccessKeyId));
        assert_eq!(fmt(&key("AKIA", "TESTFIXTURE0000")), None);
        assert_eq!(fmt(&key("AIza", "SyTESTFIXTURE-0000000000000000000_0")), Some(SecretFormat::GoogleApiKey));
        assert_eq!(fmt(&key("ghp_", "TESTFIXTURE0000000000000000000000000")), Some(SecretFormat::GitHubToken));
        assert_eq!(
            fmt(&key("github_pat_", "11TESTFIXTURE0000000000_00000000000000000000000")),
            Some(SecretFormat::GitHubToken)
        );
        assert_eq!(fmt(&key("glpat-", "TESTFIXTURE-000000000")), Some(SecretFormat::GitLabToken));
        assert_eq!(fmt(&key("xoxb-", "000000000000-000000000000-TESTFIXTURE")), Some(SecretFormat::SlackToken));
        assert_eq!(
            fmt(&key("https://hooks.slack.com/services/", "T0000TEST/B0000TEST/TESTFIXTURE000000000000")),
            Some(SecretFormat::SlackWebhook)
        );
        assert_eq!(
            fmt(&key("sk-proj-", "TESTFIXTURE_000000000000000000000000000000000")),
            Some(SecretFormat::OpenAiKey)
        );
        assert_eq!(fmt(&key("sk-", "TESTFIXTURE00000000000000000000000000000")), Some(SecretFormat::OpenAiKey));
        assert_eq!(
            fmt(&key("sk-ant-", "api03-TESTFIXTURE_00000000000000000000000000000000000")),
            Some(SecretFormat::AnthropicKey)
        );
        assert_eq!(
            fmt(&key("SG.", "TESTFIXTURE00000000000.TESTFIXTURE0000000000000000000000000000000")),
            Some(SecretFormat::SendGridKey)
        );
        assert_eq!(fmt(&key("SK", "0123456789abcdef0123456789abcdef")), Some(SecretFormat::TwilioApiKey));
        assert_eq!(fmt(&key("npm_", "TESTFIXTURE0000000000000000000000000")), Some(SecretFormat::NpmToken));
        let jwt = key("eyJhbGciOiJIUzI1NiJ9", ".eyJzdWIiOiJ0ZXN0Zml4dHVyZSJ9.TESTFIXTURE000000000000");
        assert_eq!(fmt(&jwt), Some(SecretFormat::Jwt));
        let pem = key(
            "-----BEGIN RSA PRIVATE",
            " KEY-----\nMIIEowIBAAKCAQEAtestfixture0000000000000000000000\n-----END RSA PRIVATE KEY-----\n",
        );
        assert_eq!(fmt(&pem), Some(SecretFormat::PemPrivateKey));
        let public =
            "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA\n-----END PUBLIC KEY-----";
        assert_eq!(fmt(public), None);
        // Embedded in a larger string, and glued to other text.
        assert_eq!(fmt(&format!("Bearer {}", key("sk_live_", body24))), Some(SecretFormat::StripeLive));
        assert_eq!(fmt(&key("mask_live_", body24)), None);
        assert_eq!(fmt("skip-navigation-links-for-screen-readers"), None);
    }

    #[test]
    fn urls_with_passwords() {
        let m = classify("postgres://billing:Xq7vR2mT9kLp4sWz@db.internal:5432/billing");
        assert_eq!(m.map(|m| m.format), Some(SecretFormat::UrlPassword));
        let s = "postgres://billing:Xq7vR2mT9kLp4sWz@db.internal:5432/billing";
        let m = m.expect("match");
        assert_eq!(&s[m.start..m.end], "Xq7vR2mT9kLp4sWz");
        for no in [
            "postgres://localhost/app",
            "postgres://user@db/app",
            "postgres://user:@db/app",
            "postgres://user:${DB_PASSWORD}@db/app",
            "postgres://user:{}@db/app",
            "postgres://postgres:postgres@localhost:5432/app",
            "redis://:changeme@cache:6379",
            "https://app.example.com/login?next=/",
            "mysql://root:password@127.0.0.1/app",
        ] {
            assert_eq!(url_password(no), None, "{no}");
        }
        assert!(url_password("redis://:Nq8vT3kPz7LmW2xR@cache.prod.internal:6379").is_some());
    }

    #[test]
    fn entropy_and_randomness() {
        assert!(entropy("aaaa") < 0.01);
        assert!((entropy("ab") - 1.0).abs() < 1e-9);
        for yes in [
            "h3Rk9VqLw2Zs7NbX4cTm8PyJ1fDg6uEa0oKi5WtQ",
            "Zr8uQ2mX5vN1kT7bW4cY9hJ3pL6sD0fGaE2tR8yU",
            "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
            "S3cure!Pw",
        ] {
            assert!(looks_random(yes, 8), "{yes}");
        }
        for no in [
            "password123",
            "https://api.stripe.com/v1",
            "550e8400-e29b-41d4-a716-446655440000",
            "#a1b2c3",
            "JWT_SECRET",
            "app.jwt.secret",
            "x-api-key",
            "Invalid password, try again",
            "/var/run/secrets/token",
            "changeme-in-production-please",
            "your-api-key-here",
            "deadbeef",
            "ops@example.com",
            "token={}",
            "1234567890",
            "Bearer",
            "$serde_json::private::RawValue",
            "crate::auth::Session2Token",
        ] {
            assert!(!looks_random(no, 8), "{no}");
        }
    }

    #[test]
    fn placeholders() {
        for yes in [
            "",
            "changeme",
            "xxxxxxxx",
            "<your-secret>",
            "your-api-key-here",
            "${JWT_SECRET}",
            "{{ secret }}",
            "$JWT_SECRET",
            "sk_test_abc",
            "secret",
            "12345678",
            "abcabcabc",
            "AKIAIOSFODNN7EXAMPLE",
            "********",
        ] {
            assert!(is_placeholder(yes), "{yes}");
        }
        for no in ["h3Rk9VqLw2Zs7NbX4cTm8PyJ1fDg6uEa0oKi5WtQ", "dev-signing-key-1"] {
            assert!(!is_placeholder(no), "{no}");
        }
        assert_eq!(redact("sk_live_abc"), "sk_l…");
    }
}

#[cfg(test)]
mod utf8_tests {
    #[test]
    fn non_ascii_text_is_scanned_without_panicking() {
        assert!(super::classify("separators — none here, only prose with an em dash — twice").is_none());
        assert!(super::classify("café crème brûlée ünïcödé ✓✓✓✓✓✓✓✓✓✓✓✓✓✓✓✓").is_none());
    }
}
