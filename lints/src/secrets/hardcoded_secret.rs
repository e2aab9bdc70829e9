use launchlint_core::declare_lint;
use launchlint_core::facts::names::{is_secret_name, words};
use launchlint_core::facts::secret_text::{classify, is_placeholder, looks_random, redact, FormatMatch, SecretFormat};
use launchlint_core::facts::secrets::{LiteralValue, SecretContext};
use launchlint_core::model::{ResolvedSecret, SettingValue};
use launchlint_core::source::{FileId, FileKind, Span};
use launchlint_core::{Confidence, Finding, Label, Lint, LintContext, LintMeta};
use std::collections::{HashMap, HashSet};

declare_lint! {
    pub HARDCODED_SECRET, HardcodedSecret,
    name: "hardcoded_secret",
    group: Critical,
    summary: "live-looking keys, passwords in URLs, signing keys from literals and committed .env values",
    cwe: ["CWE-798"],
    owasp: ["API8:2023 Security Misconfiguration"],
    doc: include_str!("../../docs/hardcoded_secret.md"),
}

/// How far (in lines) an AWS secret access key may sit from its access key id.
const AWS_PAIR_LINES: usize = 5;

const HELP_ROTATE: &str = "revoke and rotate it, then load it at startup from the environment or a secret manager (`std::env::var(\"NAME\")`); add it to `[secrets] allow` in launchlint.toml if it is a published test value";

fn is_allowed(cx: &LintContext<'_>, package: Option<usize>, values: &[&str]) -> bool {
    cx.config.secrets_allow(package).iter().any(|g| values.iter().any(|v| g.matches_text(v)))
}

/// What a key constructor makes, for messages.
fn key_kind(api: &str) -> (&'static str, &'static str) {
    let forge = "anyone who reads the source can forge tokens this service accepts";
    if api.starts_with("EncodingKey") || api.starts_with("HS") {
        ("JWT signing key", forge)
    } else if api.starts_with("DecodingKey") {
        ("JWT verification key", forge)
    } else if api.starts_with("Key::") {
        ("cookie key", "anyone who reads the source can sign or decrypt this service's cookies")
    } else if api.starts_with("CookieIdentityPolicy") || api.starts_with("CookieSession") {
        ("session cookie key", "anyone who reads the source can forge session cookies")
    } else if api.contains("Hmac") || api.contains("hmac") || api.starts_with("Mac::") {
        ("HMAC key", "anyone who reads the source can compute valid signatures")
    } else {
        ("key", "anyone who reads the source can use the key")
    }
}

/// A variable that holds a signing secret (where even a placeholder fallback is exploitable).
fn is_signing_name(name: &str) -> bool {
    words(name)
        .iter()
        .any(|w| matches!(w.as_str(), "secret" | "key" | "signing" | "jwt" | "hmac" | "session" | "cookie"))
}

struct Judge<'a, 'b> {
    cx: &'a LintContext<'b>,
    /// Lines (0-based) of AWS access key ids, per file.
    aws_ids: HashMap<FileId, Vec<usize>>,
}

impl Judge<'_, '_> {
    fn line(&self, span: Span) -> usize {
        self.cx.db.get(span.file).line_index(span.start as usize)
    }

    /// A format match, if it counts here: AWS secret keys need an access key id nearby or a
    /// name; placeholders do not count.
    fn format(&self, value: &str, span: Span, name: Option<&str>) -> Option<FormatMatch> {
        let m = classify(value)?;
        let secret = &value[m.start..m.end];
        if m.format == SecretFormat::AwsSecretCandidate {
            let line = self.line(span);
            let paired =
                self.aws_ids.get(&span.file).is_some_and(|ls| ls.iter().any(|l| l.abs_diff(line) <= AWS_PAIR_LINES));
            let named = name.is_some_and(|n| words(n).iter().any(|w| w == "aws"));
            if !paired && !named {
                return None;
            }
        }
        if m.format != SecretFormat::UrlPassword && is_placeholder(secret) {
            return None;
        }
        Some(m)
    }

    fn format_finding(&self, m: FormatMatch, value: &str, primary: Span, what: String) -> Finding {
        let secret = &value[m.start..m.end];
        let message = match m.format {
            SecretFormat::PemPrivateKey => format!("hardcoded PEM private key{what}"),
            SecretFormat::UrlPassword => {
                format!("connection URL with a hardcoded password (`{}`){what}", redact(secret))
            }
            f => format!("hardcoded {} (`{}`){what}", f.describe(), redact(secret)),
        };
        Finding::new(HARDCODED_SECRET.name, message, Label::new(primary, "committed to the repository"))
            .note("anyone with read access to the repository or its history can use it")
            .help(HELP_ROTATE)
    }

    fn literal(&self, s: &ResolvedSecret) -> Option<Finding> {
        let lit = &s.literal;
        let package = self.cx.db.get(s.file).package;
        let name = match &lit.context {
            SecretContext::Item { name } | SecretContext::Local { name } | SecretContext::Named { name } => {
                Some(name.as_str())
            }
            SecretContext::EnvFallback { var } => Some(var.as_str()),
            _ => None,
        };
        let key_api = match (&lit.context, &s.key_use) {
            (_, Some((api, _))) => Some(api.as_str()),
            (SecretContext::Key { api }, None) => Some(api.as_str()),
            _ => None,
        };
        let text = match &lit.value {
            LiteralValue::Text(t) => Some(t.as_str()),
            LiteralValue::ByteArray => None,
        };
        if let Some(t) = text {
            if is_allowed(self.cx, package, &[t]) {
                return None;
            }
            if let Some(m) = self.format(t, lit.span, name) {
                if is_allowed(self.cx, package, &[&t[m.start..m.end]]) {
                    return None;
                }
                let mut f = self.format_finding(m, t, lit.span, String::new());
                if let Some((api, at)) = &s.key_use {
                    f = f.secondary(Label::new(*at, format!("used as a key by `{api}`")));
                }
                return Some(f);
            }
        }
        if let Some(api) = key_api {
            if text.is_some_and(str::is_empty) {
                return None;
            }
            let (what, impact) = key_kind(api);
            let shown = match text {
                Some(t) => format!("(`{}`)", redact(t)),
                None => "(a byte array)".to_string(),
            };
            let mut f = Finding::new(
                HARDCODED_SECRET.name,
                format!("{what} is a hardcoded literal {shown}"),
                Label::new(lit.span, "the key is committed to the repository"),
            )
            .note(impact.to_string());
            if let Some((api, at)) = &s.key_use {
                f = f.secondary(Label::new(*at, format!("used as the key by `{api}`")));
            }
            if text.is_some_and(is_placeholder) {
                f = f.note("a placeholder value still works as a key: anyone who knows it can sign");
            }
            return Some(f.help(
                "load the key at startup from the environment or a secret manager and fail when it is missing; rotate the committed one",
            ));
        }
        let t = text?;
        match &lit.context {
            SecretContext::EnvFallback { var } if is_secret_name(var) && !t.is_empty() => {
                if !is_signing_name(var) && is_placeholder(t) {
                    return None;
                }
                let mut f = Finding::new(
                    HARDCODED_SECRET.name,
                    format!("`{var}` falls back to a hardcoded value (`{}`) when it is unset", redact(t)),
                    Label::new(lit.span, format!("used when `{var}` is not set")),
                )
                .help(format!("fail at startup instead: `std::env::var(\"{var}\").expect(\"{var} must be set\")`"));
                if is_signing_name(var) {
                    f = f.note(
                        "a deployment that forgets the variable signs with a value anyone can read in the source",
                    );
                }
                Some(f)
            }
            SecretContext::Item { name } | SecretContext::Local { name } | SecretContext::Named { name }
                if is_secret_name(name) && looks_random(t, 8) =>
            {
                Some(
                    Finding::new(
                        HARDCODED_SECRET.name,
                        format!("hardcoded secret in `{name}` (`{}`)", redact(t)),
                        Label::new(lit.span, "a random-looking literal is committed here"),
                    )
                    .help(HELP_ROTATE)
                    .confidence(Confidence::Medium),
                )
            }
            _ => None,
        }
    }

    fn setting(&self, v: &SettingValue) -> Option<Finding> {
        let e = &v.entry;
        let package = self.cx.db.get(v.file).package;
        let value = e.value.trim();
        if value.is_empty() || is_allowed(self.cx, package, &[value]) {
            return None;
        }
        let (what, help) = match v.kind {
            FileKind::Env => (
                ".env file",
                "remove the file from the repository (`git rm --cached`), ignore it in `.gitignore`, commit a `.env.example` with empty values, and rotate the exposed secret",
            ),
            _ => (
                "configuration file",
                "keep only non-secret defaults in committed configuration; read the secret from the environment or a secret manager, and rotate the exposed one",
            ),
        };
        let last = e.key.rsplit('.').next().unwrap_or(&e.key);
        if let Some(m) = self.format(value, e.value_span, Some(last)) {
            if is_allowed(self.cx, package, &[&value[m.start..m.end]]) {
                return None;
            }
            let suffix = format!(" in {what} key `{}`", e.key);
            return Some(self.format_finding(m, value, e.value_span, suffix).help(help));
        }
        if !is_secret_name(last) || is_placeholder(value) {
            return None;
        }
        let literal_word = matches!(value.to_ascii_lowercase().as_str(), "true" | "false" | "null" | "~")
            || value.parse::<f64>().is_ok();
        if literal_word
            || (v.kind == FileKind::Settings && !e.quoted && value.len() < 8)
            || value.starts_with('$')
            || value.contains("${")
        {
            return None;
        }
        Some(
            Finding::new(
                HARDCODED_SECRET.name,
                format!("{what} commits a value for `{}` (`{}`)", e.key, redact(value)),
                Label::new(e.value_span, "committed secret value"),
            )
            .note("anyone with read access to the repository or its history can use it")
            .help(help),
        )
    }
}

impl Lint for HardcodedSecret {
    fn meta(&self) -> &'static LintMeta {
        &HARDCODED_SECRET
    }

    fn check(&self, cx: &LintContext<'_>, out: &mut Vec<Finding>) {
        let mut aws_ids: HashMap<FileId, Vec<usize>> = HashMap::new();
        let lines = |span: Span| cx.db.get(span.file).line_index(span.start as usize);
        for s in &cx.model.secrets {
            if let LiteralValue::Text(t) = &s.literal.value {
                if classify(t).is_some_and(|m| m.format == SecretFormat::AwsAccessKeyId) {
                    aws_ids.entry(s.file).or_default().push(lines(s.literal.span));
                }
            }
        }
        for v in &cx.model.settings {
            if classify(&v.entry.value).is_some_and(|m| m.format == SecretFormat::AwsAccessKeyId) {
                aws_ids.entry(v.file).or_default().push(lines(v.entry.value_span));
            }
        }
        let judge = Judge { cx, aws_ids };
        let mut seen: HashSet<Span> = HashSet::new();
        for s in &cx.model.secrets {
            if !seen.insert(s.literal.span) {
                continue;
            }
            if let Some(mut f) = judge.literal(s) {
                if !s.literal.conditions.is_empty() {
                    let when: Vec<String> = s.literal.conditions.iter().map(|c| c.text(cx.db)).collect();
                    f = f.note(format!("compiled only when {}, but committed either way", when.join(" and ")));
                }
                out.push(f.item_path(s.item_path.clone()));
            }
        }
        for v in &cx.model.settings {
            if let Some(f) = judge.setting(v) {
                out.push(f.item_path(v.entry.key.clone()));
            }
        }
    }
}
