use launchlint_core::declare_lint;
use launchlint_core::facts::cors::{CorsOp, Framework, OpKind, Origin};
use launchlint_core::model::ResolvedCors;
use launchlint_core::source::{SourceDb, Span};
use launchlint_core::{Confidence, Finding, Label, Lint, LintContext, LintMeta};
use std::collections::HashSet;

declare_lint! {
    pub CORS_WILDCARD_CREDENTIALS, CorsWildcardCredentials,
    name: "cors_wildcard_credentials",
    group: Critical,
    summary: "CORS that accepts any origin (wildcard, mirrored or always-true) together with credentials",
    cwe: ["CWE-942"],
    owasp: ["API8:2023 Security Misconfiguration"],
    doc: include_str!("../../docs/cors_wildcard_credentials.md"),
}

/// How bad an origin setting is when credentials are allowed; higher is worse.
fn danger(o: &Origin) -> u8 {
    match o {
        Origin::Mirror => 7,
        Origin::PredicateAlwaysTrue => 6,
        Origin::Any => 5,
        Origin::Star => 4,
        Origin::List { star: true, .. } => 4,
        Origin::PredicateWeak(_) => 3,
        Origin::List { null: true, .. } => 2,
        Origin::StarFallback => 1,
        _ => 0,
    }
}

/// The origin setting in force, and the credentials setting in force.
fn effective(v: &ResolvedCors) -> (Option<(&CorsOp, &Origin)>, Option<&CorsOp>, bool) {
    let mut origin: Option<(&CorsOp, &Origin)> = None;
    let mut creds: Option<&CorsOp> = None;
    let mut send_wildcard = false;
    for op in &v.ops {
        match &op.kind {
            // tower-http: the last `allow_origin` wins.
            OpKind::SetOrigin(o) => origin = Some((op, o)),
            // actix-cors: origins add up; keep the most dangerous.
            OpKind::AddOrigin(o) => {
                if origin.is_none_or(|(_, cur)| danger(o) > danger(cur)) {
                    origin = Some((op, o));
                }
            }
            OpKind::Credentials(c) => {
                // actix `supports_credentials()` cannot be undone; for tower-http the last call wins.
                if op.framework != Framework::ActixCors || *c == Some(true) {
                    creds = Some(op);
                }
            }
            OpKind::SendWildcard => send_wildcard = true,
        }
    }
    let creds = creds.filter(|c| c.kind == OpKind::Credentials(Some(true)));
    (origin, creds, send_wildcard)
}

fn judge(v: &ResolvedCors, db: &SourceDb) -> Option<Finding> {
    let (Some((origin_op, origin)), Some(creds_op), send_wildcard) = effective(v) else {
        return None;
    };
    if danger(origin) == 0 {
        return None;
    }
    let actix = v.framework == Framework::ActixCors || origin_op.framework == Framework::ActixCors;
    let mut confidence = if v.complete { Confidence::High } else { Confidence::Medium };
    let mut notes = Vec::new();
    let (message, label) = match origin {
        Origin::Mirror => {
            notes.push(
                "any website can send credentialed requests (cookies, HTTP auth) and read the responses".to_string(),
            );
            if actix && send_wildcard {
                notes.push(
                    "actix-cors rejects `send_wildcard()` together with credentials: the app does not start"
                        .to_string(),
                );
            }
            (
                "CORS reflects any origin and allows credentials".to_string(),
                "every origin is accepted and echoed back here",
            )
        }
        Origin::PredicateAlwaysTrue => {
            notes.push(
                "any website can send credentialed requests (cookies, HTTP auth) and read the responses".to_string(),
            );
            (
                "CORS origin predicate accepts every origin and credentials are allowed".to_string(),
                "this predicate returns `true` for every origin",
            )
        }
        Origin::Any => {
            notes.push(
                "tower-http panics when a wildcard origin is combined with credentials: the service does not start"
                    .to_string(),
            );
            ("CORS allows any origin (`*`) together with credentials".to_string(), "any origin is allowed here")
        }
        Origin::Star | Origin::List { star: true, .. } => {
            notes.push(if actix {
                "actix-cors rejects `\"*\"` as an origin: the app does not start".to_string()
            } else {
                "tower-http panics when a wildcard origin is combined with credentials: the service does not start"
                    .to_string()
            });
            ("CORS allows the `*` origin together with credentials".to_string(), "`*` is allowed as an origin here")
        }
        Origin::PredicateWeak(test) => {
            confidence = Confidence::Medium;
            notes.push(format!("`{test}` also matches look-alike domains an attacker can register"));
            (
                format!("CORS origin check `{test}` can be bypassed and credentials are allowed"),
                "this check accepts look-alike origins",
            )
        }
        Origin::List { null: true, .. } => {
            notes
                .push("sandboxed iframes and `file:` pages send `Origin: null`, so any site can obtain it".to_string());
            ("CORS allows the `null` origin together with credentials".to_string(), "the `null` origin is allowed here")
        }
        Origin::StarFallback => {
            confidence = Confidence::Medium;
            notes.push(
                "when the variable is unset the origin becomes `*`, which actix-cors rejects at startup".to_string(),
            );
            ("CORS origin falls back to `*` together with credentials".to_string(), "the fallback origin is `*`")
        }
        _ => return None,
    };
    if !v.conditions.is_empty() {
        confidence = confidence.min(Confidence::Medium);
        let when: Vec<String> = v.conditions.iter().map(|c| c.text(db)).collect();
        notes.push(format!("only when {}", when.join(" and ")));
    }
    let mut f = Finding::new(CORS_WILDCARD_CREDENTIALS.name, message, Label::new(origin_op.span, label))
        .item_path(v.item_path.clone())
        .confidence(confidence);
    if creds_op.span != origin_op.span {
        f = f.secondary(Label::new(creds_op.span, "credentials are allowed here"));
    } else {
        notes.push(format!("`{}` also allows credentials", origin_op.text));
    }
    if !v.span.contains(&origin_op.span) && !v.span.contains(&creds_op.span) {
        f = f.secondary(Label::new(v.span, "the configuration is used here"));
    }
    for n in notes {
        f = f.note(n);
    }
    Some(f.help(if actix {
        "allow trusted origins explicitly: `.allowed_origin(\"https://app.example.com\")`"
    } else {
        "allow an explicit list of trusted origins: `.allow_origin([HeaderValue::from_static(\"https://app.example.com\")])`"
    }))
}

impl Lint for CorsWildcardCredentials {
    fn meta(&self) -> &'static LintMeta {
        &CORS_WILDCARD_CREDENTIALS
    }

    fn check(&self, cx: &LintContext<'_>, out: &mut Vec<Finding>) {
        // One finding per (origin setting, credentials setting), however many paths reach it.
        let mut seen: HashSet<(Span, Span)> = HashSet::new();
        for v in &cx.model.cors {
            let Some(f) = judge(v, cx.db) else { continue };
            let creds = f.secondary.first().map_or(f.primary.span, |l| l.span);
            if seen.insert((f.primary.span, creds)) {
                out.push(f);
            }
        }
    }
}
