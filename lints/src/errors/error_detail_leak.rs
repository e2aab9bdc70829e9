use launchlint_core::declare_lint;
use launchlint_core::facts::items::FnFact;
use launchlint_core::facts::leaks::{BindingKind, ErrBinding, Fmt, LeakFact, LeakKind, Root};
use launchlint_core::facts::status::StatusClass;
use launchlint_core::facts::types::{ImplFact, StructFact, TypeRef};
use launchlint_core::model::errors::{error_of_result, internal_error_type, DisplayVerdict, Leaking};
use launchlint_core::model::resolve::ItemRef;
use launchlint_core::model::routes::{Framework, Handler, Route};
use launchlint_core::model::type_lookup::InFile;
use launchlint_core::source::{FileId, Span};
use launchlint_core::{Confidence, Finding, Label, Lint, LintContext, LintMeta};
use std::collections::{HashMap, HashSet};

declare_lint! {
    pub ERROR_DETAIL_LEAK, ErrorDetailLeak,
    name: "error_detail_leak",
    group: Critical,
    summary: "internal error text (database and I/O errors, `Debug` output, backtraces) sent to clients in response bodies",
    cwe: ["CWE-209"],
    owasp: ["API8:2023 Security Misconfiguration"],
    doc: include_str!("../../docs/error_detail_leak.md"),
}

/// Crates whose calls fail with one error type.
const KNOWN_ERRORS: &[(&str, &str)] = &[
    ("sqlx", "sqlx::Error"),
    ("reqwest", "reqwest::Error"),
    ("redis", "redis::RedisError"),
    ("serde_json", "serde_json::Error"),
    ("diesel", "diesel::result::Error"),
];

const HELP_GENERIC: &str = "log the error server-side (`tracing::error!(error = ?e, \"..\")`) and send a generic message such as \"internal server error\"";

/// `sqlx::Error`, `Box<dyn Error>`.
fn type_text(t: &TypeRef) -> String {
    if t.args.is_empty() && t.path.first().is_none_or(|p| p != "dyn") {
        t.path.join("::")
    } else {
        t.display()
    }
}

fn status_text(s: Option<StatusClass>) -> String {
    match s {
        Some(StatusClass::Server(c) | StatusClass::Client(c) | StatusClass::Other(c)) => format!("a {c} response"),
        _ => "an error response".into(),
    }
}

/// Whether a variant answers with a 5xx (or an unknown) status: `Some(false)` when every arm
/// naming it answers 4xx/2xx.
fn variant_is_server(statuses: &[(String, StatusClass)], variant: &str) -> bool {
    let named: Vec<StatusClass> = statuses.iter().filter(|(v, _)| v == variant).map(|(_, s)| *s).collect();
    let pick =
        if named.is_empty() { statuses.iter().filter(|(v, _)| v == "_").map(|(_, s)| *s).collect() } else { named };
    pick.is_empty() || pick.iter().any(|s| matches!(s, StatusClass::Server(_) | StatusClass::Computed))
}

struct Judge<'a, 'm> {
    cx: &'a LintContext<'m>,
    /// The first route of each handler fn.
    handlers: HashMap<ItemRef, &'m Route>,
}

impl<'m> Judge<'_, 'm> {
    fn snippet(&self, span: Span) -> String {
        let s = self.cx.db.get(span.file).snippet(&span).split_whitespace().collect::<Vec<_>>().join(" ");
        if s.len() > 60 {
            format!(
                "{}..",
                &s[..s.char_indices().take_while(|(i, _)| *i < 56).last().map_or(0, |(i, c)| i + c.len_utf8())]
            )
        } else {
            s
        }
    }

    fn item_path(&self, file: FileId, f: &FnFact) -> String {
        self.cx.model.item_path(file, &f.local_path())
    }

    /// Where an error binding comes from, for a note.
    fn origin_note(&self, file: FileId, f: &FnFact, b: &ErrBinding) -> Option<String> {
        let origin = b.origin.as_ref()?;
        let who = if b.name.is_empty() { "the mapped error".to_string() } else { format!("`{}`", b.name) };
        if origin.starts_with('.') {
            return Some(format!("{who} is the error of `{origin}`"));
        }
        if origin.contains("(..)") {
            // `sqlx::query_as(..).fetch_one()`: the crate names the error.
            let krate = origin.split("::").next().unwrap_or("");
            return Some(match KNOWN_ERRORS.iter().find(|(k, _)| *k == krate) {
                Some((_, e)) => format!("{who} is the `{e}` of `{origin}`"),
                None => format!("{who} is the error of `{origin}`"),
            });
        }
        let module = self.cx.model.module_of(file, &f.module);
        let path: Vec<String> = origin.split("::").map(str::to_string).collect();
        Some(match self.cx.model.returned_error(file, &module, &path) {
            Some(t) => format!("{who} is the `{}` returned by `{origin}`", type_text(&t)),
            None => format!("{who} is the error returned by `{origin}`"),
        })
    }

    /// The error type an impl method's `self` is, when the fn is in an impl of an error type.
    fn error_self(&self, file: FileId, f: &FnFact) -> Option<InFile<'m, StructFact>> {
        let name = f.self_ty.as_deref()?;
        let decl = self.cx.model.self_type(file, &f.module, name)?;
        let error_impl = matches!(f.trait_impl.as_deref(), Some("IntoResponse" | "ResponseError"))
            || decl.fact.derives.iter().any(|d| d == "Error")
            || name.ends_with("Error");
        error_impl.then_some(decl)
    }

    fn what(fmt: Fmt) -> &'static str {
        match fmt {
            Fmt::Display => "the error's message",
            Fmt::Debug => "the error's `Debug` output",
            Fmt::Alternate => "the error's whole context chain",
        }
    }

    fn leak(&self, file: FileId, idx: usize, f: &FnFact, l: &LeakFact, out: &mut Vec<Finding>) {
        let d = &l.detail;
        match (&l.kind, &d.root) {
            (LeakKind::StringErr, Root::Bound(_) | Root::Named(_)) => self.string_err(file, idx, f, l, out),
            (LeakKind::StringErr, _) => {}
            (LeakKind::Helper(name), root) => {
                let code = status_text(l.status);
                // `.map_err(ErrorInternalServerError)`: the value is the mapped error itself.
                let mapped = matches!(root, Root::Bound(b) if b.name.is_empty());
                let label = if mapped {
                    format!("the mapped error is written into {code} body")
                } else {
                    format!("`{}` is written into {code} body", self.snippet(d.span))
                };
                let mut fd = Finding::new(
                    ERROR_DETAIL_LEAK.name,
                    format!("`{name}` sends the error's `Display` text to the client"),
                    Label::new(d.span, label),
                )
                .item_path(self.item_path(file, f))
                .help("log the error and answer with a generic body: `InternalError::from_response(e, HttpResponse::InternalServerError().finish())`, or `ErrorInternalServerError(\"internal server error\")`")
                .note("actix-web's `InternalError` writes `Display` of the value it wraps as the `text/plain` body");
                if let Some(s) = l.status_span.filter(|s| *s != d.span) {
                    fd = fd.secondary(Label::new(s, "renders its argument's `Display` text"));
                }
                match root {
                    Root::Bound(b) => {
                        if let Some(n) = self.origin_note(file, f, b) {
                            fd = fd.note(n);
                        }
                    }
                    Root::Value(_) => fd = fd.confidence(Confidence::Medium),
                    _ => {}
                }
                out.push(fd);
            }
            (LeakKind::Body, Root::Backtrace) => {
                let fd = Finding::new(
                    ERROR_DETAIL_LEAK.name,
                    "a backtrace is sent to the client in a response body",
                    Label::new(d.span, "backtrace formatted into the body"),
                )
                .item_path(self.item_path(file, f))
                .help("log backtraces server-side and send a generic message");
                out.push(self.with_status(fd, l));
            }
            (LeakKind::Body, Root::Bound(b)) => self.binding(file, f, l, Some(b), &b.name, out),
            (LeakKind::Body, Root::Named(n)) => self.binding(file, f, l, None, n, out),
            (LeakKind::Body, Root::SelfValue) => self.self_value(file, f, l, out),
            (LeakKind::Body, Root::SelfField(field)) => self.self_field(file, f, l, field, out),
            (LeakKind::Body, Root::Value(_)) => {}
        }
    }

    fn with_status(&self, mut fd: Finding, l: &LeakFact) -> Finding {
        if let (Some(s), Some(StatusClass::Server(c))) = (l.status_span, l.status) {
            fd = fd.secondary(Label::new(s, format!("answered with status {c}")));
        }
        fd
    }

    fn binding(
        &self,
        file: FileId,
        f: &FnFact,
        l: &LeakFact,
        b: Option<&ErrBinding>,
        name: &str,
        out: &mut Vec<Finding>,
    ) {
        let d = &l.detail;
        let mut inner: Option<TypeRef> = None;
        let mut confidence = Confidence::High;
        match l.status {
            Some(StatusClass::Server(_)) => {}
            Some(StatusClass::Computed) => {
                // A computed status: only in an error type's impl, for a variant field that
                // holds an internal error and answers 5xx.
                let Some(decl) = self.error_self(file, f) else { return };
                let Some(b) = b.filter(|b| b.kind == BindingKind::Variant) else { return };
                let Some((variant, field)) = &b.variant else { return };
                let Some(t) = self.cx.model.variant_field(decl.fact, Some(variant), field) else { return };
                if !internal_error_type(t) || !variant_is_server(&self.cx.model.variant_statuses(decl), variant) {
                    return;
                }
                inner = Some(t.clone());
                confidence = Confidence::Medium;
            }
            _ => return,
        }
        // A variant field bound in `match self`: its type says whether it is an internal error.
        if let (Some(b), None) = (b, &inner) {
            if let (BindingKind::Variant, Some((variant, field))) = (b.kind, &b.variant) {
                if let Some(decl) = f.self_ty.as_deref().and_then(|n| self.cx.model.self_type(file, &f.module, n)) {
                    match self.cx.model.variant_field(decl.fact, Some(variant), field) {
                        Some(t) if internal_error_type(t) => inner = Some(t.clone()),
                        Some(_) => return,
                        None => {}
                    }
                }
            }
        }
        let mut fd = Finding::new(
            ERROR_DETAIL_LEAK.name,
            format!("internal error text of `{name}` is sent to the client in {}", status_text(l.status)),
            Label::new(d.span, format!("{} goes into the response body", Self::what(d.fmt))),
        )
        .item_path(self.item_path(file, f))
        .confidence(confidence)
        .help(HELP_GENERIC);
        fd = self.with_status(fd, l);
        if let Some(b) = b {
            if let Some(n) = self.origin_note(file, f, b) {
                fd = fd.note(n);
            }
            if let (Some(t), Some((variant, _))) = (&inner, &b.variant) {
                fd = fd.note(format!("`{name}` is the `{}` held by `{variant}`", type_text(t)));
            }
        }
        if d.fmt != Fmt::Display {
            fd = fd
                .note("`{:?}` and `{:#}` of an `anyhow::Error` print its whole cause chain (and a captured backtrace)");
        }
        out.push(fd);
    }

    /// `self.to_string()` / `format!("{self}")` in an error type's impl: leaks when its
    /// `Display` (or derived `Debug`) writes inner errors of the variants that reach here.
    fn self_value(&self, file: FileId, f: &FnFact, l: &LeakFact, out: &mut Vec<Finding>) {
        let Some(decl) = self.error_self(file, f) else { return };
        if !matches!(l.status, Some(StatusClass::Server(_) | StatusClass::Computed)) {
            return;
        }
        let statuses = self.cx.model.variant_statuses(decl);
        let arm: Vec<&String> = l.variants.iter().filter(|v| *v != "_" && !v.starts_with('!')).collect();
        let relevant = |variant: Option<&String>| -> bool {
            let Some(v) = variant else { return true };
            // Taken by an earlier arm of the same `match self`.
            if l.variants.iter().any(|x| x.strip_prefix('!') == Some(v.as_str())) {
                return false;
            }
            if !arm.is_empty() && !l.variants.iter().any(|x| x == "_") && !arm.contains(&v) {
                return false;
            }
            l.status != Some(StatusClass::Computed) || variant_is_server(&statuses, v)
        };
        let leaking: Vec<Leaking> = if l.detail.fmt == Fmt::Display {
            match self.cx.model.display_leaks(decl) {
                DisplayVerdict::Leaks(v) => v.into_iter().filter(|x| relevant(x.variant.as_ref())).collect(),
                _ => return,
            }
        } else {
            if !decl.fact.derives.iter().any(|d| d == "Debug") {
                return;
            }
            self.cx
                .model
                .internal_fields(decl.fact)
                .into_iter()
                .filter(|(v, _)| relevant(v.as_ref()))
                .map(|(variant, t)| Leaking {
                    variant,
                    span: decl.fact.name_span,
                    inner: Some(t),
                    how: "derives `Debug`".into(),
                })
                .collect()
        };
        let Some(first) = leaking.first() else { return };
        let ty = &decl.fact.name;
        let mut fd = Finding::new(
            ERROR_DETAIL_LEAK.name,
            format!("error responses of `{ty}` include inner error text"),
            Label::new(l.detail.span, format!("`{ty}`'s {} goes into the response body", if l.detail.fmt == Fmt::Display { "`Display` text" } else { "`Debug` output" })),
        )
        .item_path(self.item_path(file, f))
        .help(format!("write fixed messages for internal variants (`#[error(\"database error\")]`) and log the source; or match the 5xx variants in `{}` and send a generic body", f.name));
        fd = self.with_status(fd, l);
        let mut labelled = HashSet::new();
        for x in leaking.iter().take(3) {
            if labelled.insert(x.span) {
                let what =
                    x.inner.as_ref().map_or("an inner error".to_string(), |t| format!("the inner `{}`", type_text(t)));
                fd = fd.secondary(Label::new(x.span, format!("{}: {what}", x.how)));
            }
        }
        let variants: Vec<String> =
            leaking.iter().filter_map(|x| x.variant.as_ref()).map(|v| format!("`{ty}::{v}`")).collect();
        if !variants.is_empty() {
            fd = fd.note(format!("leaking variants: {}", variants.join(", ")));
        }
        if first.inner.is_none() {
            fd = fd.confidence(Confidence::Medium);
        }
        out.push(fd);
    }

    /// `self.0.to_string()` in an error type's impl, where `self.0` is an internal error.
    fn self_field(&self, file: FileId, f: &FnFact, l: &LeakFact, field: &str, out: &mut Vec<Finding>) {
        let Some(decl) = self.error_self(file, f) else { return };
        if !matches!(l.status, Some(StatusClass::Server(_) | StatusClass::Computed)) {
            return;
        }
        let Some(t) = self.cx.model.variant_field(decl.fact, None, field) else { return };
        if !internal_error_type(t) {
            return;
        }
        let fd = Finding::new(
            ERROR_DETAIL_LEAK.name,
            format!(
                "internal error text of `self.{field}` (`{}`) is sent to the client in {}",
                type_text(t),
                status_text(l.status)
            ),
            Label::new(l.detail.span, format!("{} goes into the response body", Self::what(l.detail.fmt))),
        )
        .item_path(self.item_path(file, f))
        .help(HELP_GENERIC);
        out.push(self.with_status(fd, l));
    }

    /// `Err(e.to_string())` in an axum handler returning `Result<_, String>`: 200 OK with the
    /// error text.
    fn string_err(&self, file: FileId, idx: usize, f: &FnFact, l: &LeakFact, out: &mut Vec<Finding>) {
        let Some(r) = self.handlers.get(&ItemRef { file, idx }) else { return };
        if r.framework != Framework::Axum {
            return;
        }
        let Some(err) = f.ret.as_ref().and_then(error_of_result) else { return };
        if err.name() != "String" {
            return;
        }
        let mut fd = Finding::new(
            ERROR_DETAIL_LEAK.name,
            "handler returns internal error text to the client with status 200 OK",
            Label::new(l.detail.span, "error text becomes the response body"),
        )
        .route(r.key())
        .item_path(self.item_path(file, f))
        .note("axum renders the `String` of `Result<_, String>` as a 200 OK text body")
        .help("return an error type that implements `IntoResponse` with a 5xx status and a generic message; log the error server-side");
        if let Some(s) = f.ret_span {
            fd = fd.secondary(Label::new(s, "`String` errors are sent as they are"));
        }
        if let Root::Bound(b) = &l.detail.root {
            if let Some(n) = self.origin_note(file, f, b) {
                fd = fd.note(n);
            }
        }
        out.push(fd);
    }

    /// `impl ResponseError for ApiError {}` without `error_response`: actix writes `Display`.
    fn response_error(&self, file: FileId, imp: &ImplFact, out: &mut Vec<Finding>) {
        let model = self.cx.model;
        let name = imp.self_ty.name();
        let methods = model.type_methods(file, name, Some(&["ResponseError"]));
        if methods.iter().any(|m| m.fact.name == "error_response") {
            return;
        }
        let module = model.module_of(file, &imp.module);
        let Some(decl) = model.struct_of(file, &module, &imp.self_ty) else { return };
        let DisplayVerdict::Leaks(leaking) = model.display_leaks(decl) else { return };
        let has_status = methods.iter().any(|m| m.fact.name == "status_code");
        let statuses = model.variant_statuses(decl);
        let decl_path = {
            let local: Vec<String> = decl.fact.module.iter().chain(std::iter::once(&decl.fact.name)).cloned().collect();
            model.item_path(decl.file, &local.join("::"))
        };
        for x in leaking {
            if has_status && x.variant.as_ref().is_some_and(|v| !variant_is_server(&statuses, v)) {
                continue;
            }
            let what = match &x.variant {
                Some(v) => format!("{name}::{v}"),
                None => name.to_string(),
            };
            let inner =
                x.inner.as_ref().map_or("an inner error".to_string(), |t| format!("the inner `{}`", type_text(t)));
            let status =
                if has_status { "the status `status_code` gives it" } else { "500 (the default `status_code`)" };
            let fd = Finding::new(
                ERROR_DETAIL_LEAK.name,
                format!("error responses of `{what}` include the text of {inner}"),
                Label::new(x.span, format!("{}: {inner}", x.how)),
            )
            .secondary(Label::new(imp.span, "the default `error_response` writes this `Display` text into the body"))
            .item_path(decl_path.clone())
            .note(format!("actix-web answers `{what}` with {status} and its `Display` text as the body"))
            .help(format!("give internal variants a fixed message (`#[error(\"database error\")]`) and log the source, or implement `error_response` for `{name}` with a generic body for 5xx"));
            out.push(fd);
        }
    }

    /// actix handlers returning `Box<dyn Error>`, `std::io::Error` or `serde_json::Error`, which
    /// actix renders with their `Display` text.
    fn actix_error_type(&self, r: &Route, item: ItemRef, path: &str, out: &mut Vec<Finding>) {
        let f = &self.cx.model.facts[&item.file].fns[item.idx];
        let Some(err) = f.ret.as_ref().and_then(error_of_result) else { return };
        let boxed_dyn = err.name() == "Box"
            && err.args.first().is_some_and(|a| a.path.first().is_some_and(|p| p == "dyn") && a.name() == "Error");
        let text = if boxed_dyn {
            "Box<dyn Error>"
        } else if err.ends_with(&["io", "Error"]) {
            "std::io::Error"
        } else if err.ends_with(&["serde_json", "Error"]) {
            "serde_json::Error"
        } else {
            return;
        };
        let Some(span) = f.ret_span else { return };
        let fd = Finding::new(
            ERROR_DETAIL_LEAK.name,
            format!("errors of {} (`{text}`) are sent to the client with their message", r.key()),
            Label::new(span, format!("actix-web renders `{text}` with its `Display` text as the body")),
        )
        .route(r.key())
        .item_path(path.to_string())
        .note("every `?` in this handler turns an internal error into a 500 response that carries its message")
        .help("return an app error type whose `ResponseError::error_response` sends a generic body for 5xx, and log the error");
        out.push(fd);
    }
}

impl Lint for ErrorDetailLeak {
    fn meta(&self) -> &'static LintMeta {
        &ERROR_DETAIL_LEAK
    }

    fn check(&self, cx: &LintContext<'_>, out: &mut Vec<Finding>) {
        let mut handlers: HashMap<ItemRef, &Route> = HashMap::new();
        for r in &cx.model.routes {
            if let Handler::Fn { item, .. } = &r.handler {
                if r.path.is_some() && !r.shadowed {
                    handlers.entry(*item).or_insert(r);
                }
            }
        }
        let judge = Judge { cx, handlers };
        let mut found = Vec::new();
        let mut ids: Vec<&FileId> = cx.model.facts.keys().collect();
        ids.sort();
        for id in ids {
            let facts = &cx.model.facts[id];
            for (idx, f) in facts.fns.iter().enumerate() {
                for l in &f.body.leaks().leaks {
                    judge.leak(*id, idx, f, l, &mut found);
                }
            }
            for imp in facts.impls.iter().filter(|i| i.trait_name == "ResponseError") {
                judge.response_error(*id, imp, &mut found);
            }
        }
        let mut seen_handlers = HashSet::new();
        for r in &cx.model.routes {
            if let (Framework::Actix, Handler::Fn { item, path, .. }) = (r.framework, &r.handler) {
                if r.path.is_some() && !r.shadowed && seen_handlers.insert(*item) {
                    judge.actix_error_type(r, *item, path, &mut found);
                }
            }
        }
        let mut seen = HashSet::new();
        for f in found {
            if seen.insert(f.primary.span) {
                out.push(f);
            }
        }
    }
}
