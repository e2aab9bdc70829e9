use launchlint_core::declare_lint;
use launchlint_core::facts::debug_types::StructFact;
use launchlint_core::facts::logs::{Fmt, LocalType, LogLevel, LoggedValue};
use launchlint_core::facts::names::is_secret_name;
use launchlint_core::source::{FileId, Span};
use launchlint_core::{Confidence, Finding, Label, Lint, LintContext, LintMeta};

declare_lint! {
    pub SECRET_IN_LOG, SecretInLog,
    name: "secret_in_log",
    group: Recommended,
    summary: "passwords, tokens, keys, or structs carrying them, written by tracing/log macros, println! or dbg!",
    cwe: ["CWE-532"],
    owasp: ["API8:2023 Security Misconfiguration"],
    doc: include_str!("../../docs/secret_in_log.md"),
}

/// Types whose `Debug` prints credentials: request and header dumps, auth extractors.
const REQUEST_LIKE: &[&str] =
    &["Request", "HeaderMap", "ServiceRequest", "Parts", "BearerAuth", "BasicAuth", "Authorization", "TypedHeader"];

const INTEGERS: &[&str] = &[
    "u8",
    "u16",
    "u32",
    "u64",
    "u128",
    "usize",
    "i8",
    "i16",
    "i32",
    "i64",
    "i128",
    "isize",
    "NonZeroU32",
    "NonZeroU64",
    "NonZeroUsize",
    "bool",
];

/// Secrets that are numbers: a one-time code or a PIN stays a secret whatever its type.
fn numeric_secret(name: &str) -> bool {
    launchlint_core::facts::names::words(name)
        .iter()
        .any(|w| matches!(w.as_str(), "otp" | "pin" | "code" | "cvv" | "cvc" | "totp"))
}

const HELP_VALUE: &str = "log an identifier instead (a user id, the key's prefix); keep secrets in `secrecy::SecretString`, whose `Debug` prints `[REDACTED]`";

/// A struct field that leaks through a derived `Debug`.
struct Leak {
    path: String,
    span: Span,
}

struct Types<'a, 'b> {
    cx: &'a LintContext<'b>,
}

impl<'a> Types<'a, '_> {
    fn structs(&self, file: FileId, name: &str) -> Vec<(FileId, &'a StructFact)> {
        let pkg = self.cx.db.get(file).package;
        self.cx.model.types.structs(self.cx.model, pkg, name)
    }

    fn manual_debug(&self, file: FileId, name: &str) -> bool {
        let pkg = self.cx.db.get(file).package;
        self.cx.model.types.has_manual_debug(pkg, name)
    }

    /// Sensitive fields printed by the derived `Debug` of `name` (one level of nesting), and
    /// whether the name was ambiguous.
    fn leaks(&self, file: FileId, name: &str, depth: usize) -> (Vec<Leak>, bool) {
        let defs = self.structs(file, name);
        if defs.is_empty() || self.manual_debug(file, name) {
            return (Vec::new(), false);
        }
        let mut out = Vec::new();
        for (_, s) in &defs {
            if !s.derives_debug {
                continue;
            }
            for f in &s.fields {
                if f.redacted() {
                    continue;
                }
                if is_secret_name(&f.name) {
                    out.push(Leak { path: f.name.clone(), span: f.span });
                } else if depth == 0 {
                    for t in &f.type_names {
                        if t == name {
                            continue;
                        }
                        let (inner, _) = self.leaks(file, t, depth + 1);
                        out.extend(
                            inner.into_iter().map(|l| Leak { path: format!("{}.{}", f.name, l.path), span: l.span }),
                        );
                    }
                }
            }
            if !out.is_empty() {
                break;
            }
        }
        (out, defs.len() > 1)
    }

    /// Whether values of type `name` are plain numbers or flags: an integer primitive, `bool`, or a struct of
    /// the package whose fields all are (`struct Token(pub usize)`, two levels deep).
    fn numeric(&self, file: FileId, name: &str, depth: usize) -> bool {
        if INTEGERS.contains(&name) {
            return true;
        }
        if depth >= 2 {
            return false;
        }
        let defs = self.structs(file, name);
        !defs.is_empty()
            && defs.iter().all(|(_, s)| {
                s.plain_fields
                    .as_ref()
                    .is_some_and(|fs| fs.iter().all(|f| f != name && self.numeric(file, f, depth + 1)))
            })
    }

    /// Whether `base.field` is a redacting wrapper in the struct `base` is.
    fn field_redacted(&self, file: FileId, base: &LocalType, field: &str) -> bool {
        self.structs(file, &base.name).iter().any(|(_, s)| s.fields.iter().any(|f| f.name == field && f.redacted()))
    }
}

fn macro_text(name: &str) -> String {
    format!("`{name}!`")
}

fn level_confidence(level: LogLevel) -> Confidence {
    match level {
        LogLevel::Trace | LogLevel::Debug => Confidence::Medium,
        _ => Confidence::High,
    }
}

/// Judges one logged value. `via` names what writes it (`info!`, `#[instrument]`).
fn judge_value(types: &Types<'_, '_>, file: FileId, v: &LoggedValue, via: &str) -> Option<(Finding, bool)> {
    let shown = v.path.join(".");
    if v.exposes_secret {
        return Some((
            Finding::new(
                SECRET_IN_LOG.name,
                format!("`{shown}` is unwrapped with `expose_secret()` and written to the log"),
                Label::new(v.span, format!("the secret's value is logged by {via}")),
            )
            .note("`expose_secret()` undoes the redaction `secrecy` provides")
            .help("log that the secret exists or its length, never its value"),
            false,
        ));
    }
    if !v.reveals {
        return None;
    }
    let base = v.base_type.as_ref();
    if v.path.len() == 1 && base.is_some_and(|t| t.redacted) {
        return None;
    }
    if v.path.len() == 2 && base.is_some_and(|t| types.field_redacted(file, t, &v.path[1])) {
        return None;
    }
    let last = v.path.last().map(String::as_str).unwrap_or_default();
    let field = v.field.as_deref().map(|f| f.rsplit('.').next().unwrap_or(f));
    // `token: Token` where `struct Token(pub usize)` (an event-loop handle), `for sid in 0..n`:
    // numbers are identifiers, not credentials.
    if v.path.len() == 1
        && base.is_some_and(|t| types.numeric(file, &t.name, 0))
        && !numeric_secret(last)
        && !v.field.as_deref().is_some_and(numeric_secret)
    {
        return None;
    }
    if is_secret_name(last) || field.is_some_and(is_secret_name) {
        let message = match v.field.as_deref() {
            Some(f) if !is_secret_name(last) => {
                format!("`{shown}` is written to the log as `{f}`")
            }
            _ => format!("`{shown}` is written to the log"),
        };
        return Some((
            Finding::new(SECRET_IN_LOG.name, message, Label::new(v.span, format!("logged by {via}"))).help(HELP_VALUE),
            false,
        ));
    }
    if let Some(header) = base.filter(|_| v.path.len() == 1).and_then(|t| t.header.as_deref()) {
        return Some((
            Finding::new(
                SECRET_IN_LOG.name,
                format!("`{shown}` holds the `{header}` header and is written to the log"),
                Label::new(v.span, format!("logged by {via}")),
            )
            .note(format!("the `{header}` header carries the caller's credential"))
            .help("log the auth scheme or that the header is present, never its value"),
            false,
        ));
    }
    if v.fmt != Fmt::Debug || v.path.len() != 1 {
        return None;
    }
    let t = base?;
    if t.redacted {
        return None;
    }
    if REQUEST_LIKE.contains(&t.name.as_str()) {
        return Some((
            Finding::new(
                SECRET_IN_LOG.name,
                format!("`{shown}` (`{}`) is logged with `Debug`, which prints its credentials", t.name),
                Label::new(v.span, format!("logged by {via}")),
            )
            .note("request and header dumps include `Authorization`, `Cookie` and API-key headers unless they are marked sensitive")
            .help("log the method, path and a request id instead; mark credential headers with `SetSensitiveRequestHeadersLayer`"),
            false,
        ));
    }
    let (leaks, ambiguous) = types.leaks(file, &t.name, 0);
    let first = leaks.first()?;
    let fields: Vec<String> = leaks.iter().map(|l| format!("`{}`", l.path)).collect();
    let finding = Finding::new(
        SECRET_IN_LOG.name,
        format!(
            "`{shown}` (`{}`) is logged with `Debug`, which prints its {} field{}",
            t.name,
            fields.join(", "),
            if leaks.len() == 1 { "" } else { "s" }
        ),
        Label::new(v.span, format!("logged by {via}")),
    )
    .secondary(Label::new(first.span, "printed by the derived `Debug`"))
    .help(format!(
        "log only the fields you need, wrap `{}` in `secrecy::SecretString`, or implement `Debug` by hand to redact it",
        first.path
    ));
    Some((finding, ambiguous))
}

impl Lint for SecretInLog {
    fn meta(&self) -> &'static LintMeta {
        &SECRET_IN_LOG
    }

    fn check(&self, cx: &LintContext<'_>, out: &mut Vec<Finding>) {
        let types = Types { cx };
        let when = |conds: &[launchlint_core::facts::Condition]| {
            (!conds.is_empty()).then(|| {
                let w: Vec<String> = conds.iter().map(|c| c.text(cx.db)).collect();
                format!("only when {}", w.join(" and "))
            })
        };
        for call in &cx.model.logs {
            let c = &call.fact;
            let via = macro_text(&c.macro_name);
            for v in &c.values {
                let Some((mut f, ambiguous)) = judge_value(&types, call.file, v, &via) else {
                    continue;
                };
                let mut confidence = level_confidence(c.level);
                if ambiguous {
                    confidence = confidence.min(Confidence::Medium);
                }
                if matches!(c.level, LogLevel::Print | LogLevel::Dbg) {
                    f = f.note(format!("{via} writes to the process output, which ends up in the service's logs"));
                }
                if let Some(n) = when(&c.conditions) {
                    f = f.note(n);
                }
                out.push(f.item_path(call.item_path.clone()).confidence(confidence));
            }
        }
        for inst in &cx.model.instruments {
            let i = &inst.fact;
            let confidence = level_confidence(i.level);
            for p in &i.recorded {
                let value = LoggedValue {
                    span: p.span,
                    field: None,
                    path: vec![p.name.clone()],
                    reveals: true,
                    exposes_secret: false,
                    fmt: Fmt::Debug,
                    base_type: p.ty.clone(),
                };
                let Some((f, _)) = judge_value(&types, inst.file, &value, "`#[instrument]`") else {
                    continue;
                };
                let why = f.message.contains("`Debug`").then(|| f.message.clone());
                out.push(
                    Finding::new(
                        SECRET_IN_LOG.name,
                        format!("`#[instrument]` records the `{}` argument of `{}`", p.name, i.fn_name),
                        Label::new(p.span, f.primary.message.replace("logged by", "recorded by")),
                    )
                    .secondary(Label::new(i.attr, "records every argument not listed in `skip(..)`"))
                    .notes_from(&f, why)
                    .help(format!(
                        "add it to `skip(..)`: `#[instrument(skip({}))]`, or use `skip_all` and list the fields you need in `fields(..)`",
                        p.name
                    ))
                    .item_path(inst.item_path.clone())
                    .confidence(confidence),
                );
            }
            for v in &i.fields {
                if let Some((f, _)) = judge_value(&types, inst.file, v, "`#[instrument(fields(..))]`") {
                    out.push(f.item_path(inst.item_path.clone()).confidence(confidence));
                }
            }
            if let Some(ret) = i.ret {
                if is_secret_name(&i.fn_name) {
                    out.push(
                        Finding::new(
                            SECRET_IN_LOG.name,
                            format!("`#[instrument(ret)]` records the return value of `{}`", i.fn_name),
                            Label::new(ret, "records the returned value"),
                        )
                        .help("drop `ret`, or return a type whose `Debug` redacts the secret")
                        .item_path(inst.item_path.clone())
                        .confidence(Confidence::Medium),
                    );
                }
            }
        }
    }
}

/// Carries the notes and secondary labels of a judgement over to a reworded finding.
trait NotesFrom {
    fn notes_from(self, other: &Finding, why: Option<String>) -> Self;
}

impl NotesFrom for Finding {
    fn notes_from(mut self, other: &Finding, why: Option<String>) -> Self {
        self.secondary.extend(other.secondary.iter().cloned());
        self.notes.extend(why);
        self.notes.extend(other.notes.iter().cloned());
        self
    }
}
