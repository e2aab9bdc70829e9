//! What protects each route (SPEC §7 `missing_auth`, FRAMEWORKS §2–§3): an extractor that
//! rejects unauthenticated requests, a layer that does, a check in the handler, or a decision
//! that the route is public (marker, configuration, convention).

use super::resolve::{Index, ItemRef};
use super::routes::{AppliedLayer, Handler, Route};
use super::Model;
use crate::config::Config;
use crate::facts::attrs::MarkerKind;
use crate::facts::authcheck::SkipPath;
use crate::facts::layers::{LayerFact, LayerKind};
use crate::facts::types::{ConstValue, Param, TypeRef};
use crate::source::{FileId, SourceDb, Span};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ProtectionKind {
    Extractor,
    Layer,
    InHandler,
    Public,
    Config,
    Convention,
    None,
}

impl ProtectionKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ProtectionKind::Extractor => "extractor",
            ProtectionKind::Layer => "layer",
            ProtectionKind::InHandler => "in_handler",
            ProtectionKind::Public => "public",
            ProtectionKind::Config => "config",
            ProtectionKind::Convention => "convention",
            ProtectionKind::None => "none",
        }
    }
}

/// Why a route is (or is not) protected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Protection {
    pub kind: ProtectionKind,
    /// `AuthUser`, `require_user`, `/login`...
    pub name: String,
    /// Where the protecting thing is declared or applied.
    pub span: Option<Span>,
    /// The reason of a `public` marker.
    pub reason: Option<String>,
    /// Extra facts for messages: optional extractors seen, layers that could not be judged.
    pub notes: Vec<String>,
    /// Whether something on the way could not be resolved.
    pub uncertain: bool,
}

impl Protection {
    fn new(kind: ProtectionKind, name: impl Into<String>, span: Option<Span>) -> Self {
        Protection { kind, name: name.into(), span, reason: None, notes: Vec::new(), uncertain: false }
    }

    pub fn is_protected(&self) -> bool {
        self.kind != ProtectionKind::None
    }
}

/// Extractors that reject a request without credentials (by their crate's contract).
const BUILTIN_EXTRACTORS: &[&str] = &["BearerAuth", "BasicAuth", "Identity", "Claims", "JwtClaims"];

/// Middleware types that never authenticate (CORS, tracing, compression, rate limits, sessions
/// that only provide identity).
const NON_AUTH_MIDDLEWARE: &[&str] = &[
    "Cors",
    "CorsLayer",
    "TraceLayer",
    "Logger",
    "Compress",
    "CompressionLayer",
    "NormalizePath",
    "DefaultHeaders",
    "ErrorHandlers",
    "Governor",
    "GovernorLayer",
    "RateLimitLayer",
    "ConcurrencyLimitLayer",
    "TimeoutLayer",
    "SessionMiddleware",
    "SessionManagerLayer",
    "IdentityMiddleware",
    "CatchPanicLayer",
    "RequestBodyLimitLayer",
    "DefaultBodyLimit",
    "SetRequestIdLayer",
    "PropagateRequestIdLayer",
];

/// Wrappers that carry an identity inserted by middleware; missing it fails the request.
const EXTENSION_WRAPPERS: &[&str] = &["Extension", "ReqData"];

/// Extractors that only provide a session or an optional user: they do not reject.
const NOT_ENFORCING: &[&str] =
    &["Session", "AuthSession", "SessionHandle", "CookieJar", "SignedCookieJar", "PrivateCookieJar"];

fn user_like(name: &str) -> bool {
    if NOT_ENFORCING.contains(&name) || name.starts_with("Maybe") || name.starts_with("Optional") {
        return false;
    }
    ["User", "Claims", "Principal", "Identity", "Session", "Auth", "Account", "Viewer", "Caller", "Actor", "Member"]
        .iter()
        .any(|w| name.contains(w))
        && !name.ends_with("Store")
        && !name.ends_with("Config")
}

/// Policy over the linked facts.
pub struct AuthJudge<'m> {
    pub model: &'m Model,
    pub index: &'m Index,
    pub db: &'m SourceDb,
    pub config: &'m Config,
}

/// Does a type enforce authentication, and why.
#[derive(Debug, Clone)]
enum Verdict {
    Yes { name: String, span: Option<Span>, uncertain: bool },
    Optional(String),
    No,
}

impl AuthJudge<'_> {
    fn package(&self, file: FileId) -> Option<usize> {
        self.db.get(file).package
    }

    fn configured_extractor(&self, file: FileId, ty: &TypeRef) -> bool {
        self.config.auth_extractors(self.package(file)).iter().any(|c| {
            let last = c.rsplit("::").next().unwrap_or(c);
            last == ty.name() || ty.path.join("::").ends_with(c.as_str())
        })
    }

    fn configured_middleware(&self, file: FileId, name: &str) -> bool {
        self.config.auth_middleware(self.package(file)).iter().any(|c| c.rsplit("::").next().unwrap_or(c) == name)
    }

    /// Impl blocks of a trait for a type name, anywhere in the package (types are few and
    /// usually uniquely named).
    fn impls_of<'a>(
        &'a self,
        file: FileId,
        ty: &str,
        traits: &'a [&'a str],
    ) -> impl Iterator<Item = (FileId, &'a crate::facts::types::ImplFact)> + 'a {
        let refs = self.index.impls.get(&(self.package(file), ty.to_string())).map_or(&[][..], Vec::as_slice);
        refs.iter()
            .map(move |r| (r.file, &self.model.facts[&r.file].impls[r.idx]))
            .filter(move |(_, i)| traits.contains(&i.trait_name.as_str()))
    }

    /// Methods of `impl Trait for Type` (found through their facts).
    fn impl_methods(&self, file: FileId, ty: &str, traits: &[&str]) -> Vec<(FileId, &crate::facts::items::FnFact)> {
        let refs = self.index.methods.get(&(self.package(file), ty.to_string())).map_or(&[][..], Vec::as_slice);
        refs.iter()
            .map(|r| (r.file, &self.model.facts[&r.file].fns[r.idx]))
            .filter(|(_, f)| f.trait_impl.as_deref().is_some_and(|t| traits.contains(&t)))
            .collect()
    }

    /// Whether the type `ty` (written in `file`) is an extractor that rejects unauthenticated
    /// requests: built in, configured, or inferred from its impl.
    fn extractor(&self, file: FileId, module: &[String], ty: &TypeRef, depth: usize) -> Verdict {
        let name = ty.name();
        if depth > 4 {
            return Verdict::No;
        }
        if name == "Option" {
            return match ty.args.first().map(|a| self.extractor(file, module, a, depth + 1)) {
                Some(Verdict::Yes { name, .. }) => Verdict::Optional(format!("Option<{name}>")),
                _ => Verdict::No,
            };
        }
        if name == "Result" {
            return match ty.args.first().map(|a| self.extractor(file, module, a, depth + 1)) {
                Some(Verdict::Yes { name, .. }) => Verdict::Optional(format!("Result<{name}, _>")),
                _ => Verdict::No,
            };
        }
        if self.configured_extractor(file, ty) {
            return Verdict::Yes { name: ty.display(), span: None, uncertain: false };
        }
        if EXTENSION_WRAPPERS.contains(&name) {
            if let Some(inner) = ty.args.first() {
                if let Verdict::Yes { span, .. } = self.extractor(file, module, inner, depth + 1) {
                    return Verdict::Yes { name: ty.display(), span, uncertain: false };
                }
                if user_like(inner.name()) {
                    // Fails closed (500) when no middleware inserted it.
                    return Verdict::Yes { name: ty.display(), span: None, uncertain: true };
                }
            }
            return Verdict::No;
        }
        if name == "TypedHeader" && ty.args.first().is_some_and(|a| a.name() == "Authorization") {
            return Verdict::Yes { name: ty.display(), span: None, uncertain: true };
        }
        // Inferred: an extractor impl in the workspace that rejects.
        let traits = ["FromRequestParts", "FromRequest"];
        let methods = self.impl_methods(file, name, &traits);
        if !methods.is_empty() && self.optional_identity(file, module, ty) {
            // `struct MaybeAuthUser(pub Option<AuthUser>)`: it may reject a bad credential, but
            // a request without one gets `None` and reaches the handler.
            return Verdict::Optional(ty.display());
        }
        if !methods.is_empty() {
            if let Some((_, m)) =
                methods.iter().find(|(f, m)| m.body.rejects.is_some() || self.calls_rejecting(m, *f, 1))
            {
                return Verdict::Yes { name: ty.display(), span: Some(m.name_span), uncertain: false };
            }
            // An impl that only ever succeeds (`MaybeUser`): not enforcing.
            return Verdict::No;
        }
        if self.impls_of(file, name, &traits).next().is_some() {
            return Verdict::No;
        }
        // Composite extractors: `#[derive(FromRequestParts)] struct Ctx { user: AuthUser, .. }`.
        if let Some(r) = self.index.struct_ref(self.model, file, module, &ty.path) {
            let s = &self.model.facts[&r.file].structs[r.idx];
            if s.derives.iter().any(|d| d == "FromRequestParts" || d == "FromRequest") {
                let smod = self.module_of(r.file, &s.module);
                for (_, fty) in &s.fields {
                    if let Verdict::Yes { .. } = self.extractor(r.file, &smod, fty, depth + 1) {
                        return Verdict::Yes { name: ty.display(), span: Some(s.name_span), uncertain: false };
                    }
                }
            }
        }
        if BUILTIN_EXTRACTORS.contains(&name) {
            return Verdict::Yes { name: ty.display(), span: None, uncertain: false };
        }
        // Every handler parameter is an extractor. One whose type is not declared in the
        // workspace comes from a crate launchlint does not read; named like an identity
        // (`AuthUser`, `CurrentUser`), it very likely authenticates: protected, but uncertain.
        if user_like(name)
            && self.index.struct_ref(self.model, file, module, &ty.path).is_none()
            && self.impl_methods(file, name, &traits).is_empty()
        {
            return Verdict::Yes { name: ty.display(), span: None, uncertain: true };
        }
        Verdict::No
    }

    /// An extractor shaped as an optional identity: named `Maybe*`/`Optional*`, or a newtype
    /// over an `Option` (`struct MaybeUser(pub Option<User>)`).
    fn optional_identity(&self, file: FileId, module: &[String], ty: &TypeRef) -> bool {
        let name = ty.name();
        if name.starts_with("Maybe") || name.starts_with("Optional") {
            return true;
        }
        self.index.struct_ref(self.model, file, module, &ty.path).is_some_and(|r| {
            let s = &self.model.facts[&r.file].structs[r.idx];
            matches!(s.fields.as_slice(), [(None, t)] if t.name() == "Option")
        })
    }

    /// A fn resolved from a path written in `file`/`module`: its file, facts and module.
    pub(crate) fn fn_fact(
        &self,
        file: FileId,
        module: &[String],
        path: &[String],
    ) -> Option<(FileId, &crate::facts::items::FnFact, Vec<String>)> {
        let r = self.index.fn_ref(self.model, file, module, None, path)?;
        let f = &self.model.facts[&r.file].fns[r.idx];
        Some((r.file, f, self.module_of(r.file, &f.module)))
    }

    pub(crate) fn module_of(&self, file: FileId, inline: &[String]) -> Vec<String> {
        let mut m = self.model.modules.get(&file).map(|m| m.module.clone()).unwrap_or_default();
        m.extend(inline.iter().cloned());
        m
    }

    /// Whether a fn calls (one or two levels deep) a fn of the workspace that rejects.
    fn calls_rejecting(&self, f: &crate::facts::items::FnFact, file: FileId, depth: usize) -> bool {
        if depth > 2 {
            return false;
        }
        let module = self.module_of(file, &f.module);
        f.body.calls.iter().any(|c| {
            self.index.fn_ref(self.model, file, &module, f.self_ty.as_deref(), c).is_some_and(|r| {
                let callee = &self.model.facts[&r.file].fns[r.idx];
                callee.body.rejects.is_some() || self.calls_rejecting(callee, r.file, depth + 1)
            })
        })
    }

    /// Whether a layer authenticates: `Some((name, uncertain))`.
    pub fn layer_authenticates(&self, l: &AppliedLayer) -> Option<(String, bool)> {
        self.layer_fact(l.file, &l.module, &l.fact, 0)
    }

    fn layer_fact(&self, file: FileId, module: &[String], l: &LayerFact, depth: usize) -> Option<(String, bool)> {
        if depth > 4 {
            return None;
        }
        match &l.kind {
            LayerKind::FromFn { func } => {
                let name = func.last().cloned().unwrap_or_default();
                if self.configured_middleware(file, &name) {
                    return Some((name, false));
                }
                let r = self.index.fn_ref(self.model, file, module, None, func)?;
                let f = &self.model.facts[&r.file].fns[r.idx];
                (f.body.rejects.is_some() || self.calls_rejecting(f, r.file, 1)).then_some((name, false))
            }
            LayerKind::FromExtractor { ty } => match self.extractor(file, module, ty, 0) {
                Verdict::Yes { name, uncertain, .. } => Some((format!("from_extractor::<{name}>"), uncertain)),
                _ => None,
            },
            LayerKind::Macro { name } => {
                matches!(name.as_str(), "login_required" | "permission_required" | "predicate_required")
                    .then(|| (format!("{name}!"), false))
            }
            LayerKind::Stack(v) => v.iter().find_map(|x| self.layer_fact(file, module, x, depth + 1)),
            LayerKind::Optional(inner) => {
                self.layer_fact(file, module, inner, depth + 1).map(|(n, _)| (format!("{n} (optional)"), true))
            }
            LayerKind::Closure { rejects } => rejects.then(|| ("wrap_fn closure".to_string(), false)),
            LayerKind::Call { path } => {
                let name = path.last().cloned().unwrap_or_default();
                if self.configured_middleware(file, &name) {
                    return Some((name, false));
                }
                let (ffile, f, fm) = self.fn_fact(file, module, path)?;
                let inner = f.returns_layer.as_ref()?;
                self.layer_fact(ffile, &fm, inner, depth + 1)
            }
            LayerKind::Named { path, args } => self.named_layer(file, module, path, args),
            LayerKind::Unknown => None,
        }
    }

    /// Whether launchlint can see what a layer is (a helper's result it cannot follow, or an
    /// expression it cannot read, might authenticate).
    fn layer_known(&self, file: FileId, module: &[String], l: &LayerFact) -> bool {
        match &l.kind {
            LayerKind::Unknown => false,
            LayerKind::Call { path } => self.index.fn_ref(self.model, file, module, None, path).is_some_and(|r| {
                let f = &self.model.facts[&r.file].fns[r.idx];
                let fm = self.module_of(r.file, &f.module);
                match &f.returns_layer {
                    Some(inner) => self.layer_known(r.file, &fm, inner),
                    // `fn cors_policy(..) -> Cors`: a middleware type that does not authenticate.
                    None => f.ret.as_ref().is_some_and(|t| NON_AUTH_MIDDLEWARE.contains(&t.name())),
                }
            }),
            LayerKind::Stack(v) => v.iter().all(|x| self.layer_known(file, module, x)),
            LayerKind::Optional(inner) => self.layer_known(file, module, inner),
            _ => true,
        }
    }

    fn named_layer(
        &self,
        file: FileId,
        module: &[String],
        path: &[String],
        args: &[Vec<String>],
    ) -> Option<(String, bool)> {
        let n = path.len();
        let last = path.last().map(String::as_str).unwrap_or("");
        let owner = if n >= 2 { path[n - 2].as_str() } else { "" };
        let ty = if last.chars().next().is_some_and(char::is_uppercase) { last } else { owner };
        if self.configured_middleware(file, ty) || self.configured_middleware(file, last) {
            return Some((ty.to_string(), false));
        }
        match (owner, last) {
            ("ValidateRequestHeaderLayer", "bearer" | "basic" | "custom") => {
                return Some((format!("{owner}::{last}"), false))
            }
            ("ValidateRequestHeaderLayer", _) => return None,
            ("AsyncRequireAuthorizationLayer" | "RequireAuthorizationLayer", _) => {
                return Some((owner.to_string(), false))
            }
            ("HttpAuthentication", "bearer" | "basic" | "with_fn") => {
                // The validator decides: one that never rejects authenticates nothing.
                let name = format!("HttpAuthentication::{last}");
                return match args.first().and_then(|v| self.index.fn_ref(self.model, file, module, None, v)) {
                    Some(r) => {
                        let f = &self.model.facts[&r.file].fns[r.idx];
                        (f.body.rejects.is_some() || self.calls_rejecting(f, r.file, 1)).then_some((name, false))
                    }
                    None => Some((name, true)),
                };
            }
            _ => {}
        }
        // A middleware type of the workspace: tower `Layer` → its `Service`, actix `Transform` →
        // its middleware service; authenticates when that service's `call` can reject.
        let mut services = vec![ty.to_string()];
        for (_, i) in self.impls_of(file, ty, &["Layer", "Transform"]) {
            for (k, t) in &i.assoc {
                if k == "Service" || k == "Transform" {
                    services.push(t.name().to_string());
                }
            }
        }
        for s in &services {
            for (f, m) in self.impl_methods(file, s, &["Service"]) {
                if m.name == "call" && (m.body.rejects.is_some() || self.calls_rejecting(m, f, 1)) {
                    return Some((ty.to_string(), false));
                }
            }
        }
        None
    }

    /// Paths a middleware lets through unchecked (its allow-list), resolved.
    fn skipped_paths(&self, l: &AppliedLayer) -> Vec<SkipPath> {
        let funcs: Vec<(FileId, &crate::facts::items::FnFact)> = match &l.fact.kind {
            LayerKind::FromFn { func } => self
                .index
                .fn_ref(self.model, l.file, &l.module, None, func)
                .map(|r| vec![(r.file, &self.model.facts[&r.file].fns[r.idx])])
                .unwrap_or_default(),
            LayerKind::Named { path, .. } => {
                let ty = path
                    .iter()
                    .rev()
                    .find(|s| s.chars().next().is_some_and(char::is_uppercase))
                    .cloned()
                    .unwrap_or_default();
                let mut services = vec![ty.clone()];
                for (_, i) in self.impls_of(l.file, &ty, &["Layer", "Transform"]) {
                    services.extend(
                        i.assoc
                            .iter()
                            .filter(|(k, _)| k == "Service" || k == "Transform")
                            .map(|(_, t)| t.name().to_string()),
                    );
                }
                services
                    .iter()
                    .flat_map(|s| self.impl_methods(l.file, s, &["Service"]))
                    .filter(|(_, m)| m.name == "call")
                    .collect()
            }
            _ => Vec::new(),
        };
        let mut out = Vec::new();
        for (file, f) in funcs {
            let module = self.module_of(file, &f.module);
            for s in &f.body.skip_paths {
                match s {
                    SkipPath::Const(name) => {
                        if let Some(r) = self.index.const_ref(self.model, file, &module, std::slice::from_ref(name)) {
                            if let ConstValue::StrList(list) = &self.model.facts[&r.file].consts[r.idx].value {
                                out.extend(list.iter().map(|p| SkipPath::Exact(p.clone())));
                            }
                        }
                    }
                    other => out.push(other.clone()),
                }
            }
        }
        out
    }

    fn skips(&self, l: &AppliedLayer, path: &str) -> bool {
        self.skipped_paths(l).iter().any(|s| match s {
            SkipPath::Exact(p) => super::routes::normalise_path(p) == path,
            SkipPath::Prefix(p) => path.starts_with(p.as_str()),
            SkipPath::Const(_) => false,
        })
    }

    fn handler_params(&self, h: &Handler) -> Option<(FileId, Vec<String>, Vec<Param>)> {
        match h {
            Handler::Fn { item, .. } => {
                let f = &self.model.facts[&item.file].fns[item.idx];
                Some((item.file, self.module_of(item.file, &f.module), f.params.clone()))
            }
            Handler::Closure { handler: crate::facts::axum::HandlerRef::Closure { params, span, .. } } => Some((
                span.file,
                self.model.modules.get(&span.file).map(|m| m.module.clone()).unwrap_or_default(),
                params.clone(),
            )),
            _ => None,
        }
    }

    fn public_marker(&self, item: ItemRef) -> Option<(String, Span)> {
        let f = &self.model.facts[&item.file].fns[item.idx];
        self.model
            .markers
            .iter()
            .filter(|m| m.file == item.file && m.fact.kind == MarkerKind::Public && m.fact.problems.is_empty())
            .find_map(|m| {
                (m.fact.item.contains(&f.name_span) && m.fact.fn_name.as_deref() == Some(f.name.as_str()))
                    .then(|| (m.fact.reason.as_ref().map(|r| r.0.clone()).unwrap_or_default(), m.fact.attr))
            })
    }

    /// What protects a route.
    pub fn protection(&self, r: &Route) -> Protection {
        let mut notes = Vec::new();
        let mut uncertain = !r.complete;
        // 1. Extractors in the handler signature.
        if let Some((file, module, params)) = self.handler_params(&r.handler) {
            for p in &params {
                match self.extractor(file, &module, &p.ty, 0) {
                    Verdict::Yes { name, span, uncertain: u } => {
                        let mut pr = Protection::new(ProtectionKind::Extractor, name, span.or(Some(p.span)));
                        pr.uncertain = u;
                        return pr;
                    }
                    Verdict::Optional(t) => notes.push(format!("`{t}` does not require a signed-in user")),
                    Verdict::No => {}
                }
            }
        } else if matches!(r.handler, Handler::Unresolved { .. }) {
            uncertain = true;
        }
        // 2. Layers covering the route.
        let path = r.path.clone().unwrap_or_default();
        for l in &r.layers {
            if let Some((name, u)) = self.layer_authenticates(l) {
                if self.skips(l, &path) {
                    notes.push(format!("`{}` skips `{path}` (its allow-list)", l.fact.text));
                    continue;
                }
                let mut pr = Protection::new(ProtectionKind::Layer, name, Some(l.fact.span));
                pr.uncertain = u;
                pr.notes = notes;
                return pr;
            }
            if !self.layer_known(l.file, &l.module, &l.fact) {
                uncertain = true;
            }
            if let LayerKind::Named { path, .. } = &l.fact.kind {
                if path.iter().any(|s| s == "HttpAuthentication") {
                    notes.push(format!(
                        "`{}` covers this route, but its validator never rejects a request",
                        l.fact.text
                    ));
                }
            }
        }
        // 3. Public by design: marker, configuration, convention.
        if let Handler::Fn { item, .. } = &r.handler {
            if let Some((reason, span)) = self.public_marker(*item) {
                let mut pr = Protection::new(ProtectionKind::Public, "#[launchlint::public]", Some(span));
                pr.reason = Some(reason);
                return pr;
            }
        }
        let pkg = self.package(r.registration.file);
        if let Some(g) = self.config.public_paths(pkg).iter().find(|g| g.matches(&path)) {
            return Protection::new(ProtectionKind::Config, format!("public_paths `{}`", g.as_str()), None);
        }
        if self.config.conventional_public(pkg) {
            if let Some(what) = conventional_public(&path) {
                return Protection::new(ProtectionKind::Convention, what, None);
            }
            if let Handler::Fn { item, .. } = &r.handler {
                let name = &self.model.facts[&item.file].fns[item.idx].name;
                if let Some(what) = sign_up_by_name(&r.method, &path, name) {
                    return Protection::new(ProtectionKind::Convention, what, None);
                }
            }
        }
        // 4. A check in the handler that rejects with 401/403.
        match &r.handler {
            Handler::Fn { item, .. } => {
                let f = &self.model.facts[&item.file].fns[item.idx];
                if let Some(span) = f.body.rejects {
                    let mut pr = Protection::new(
                        ProtectionKind::InHandler,
                        format!("{} rejects with 401/403", f.name),
                        Some(span),
                    );
                    pr.notes = notes;
                    return pr;
                }
                if self.calls_rejecting(f, item.file, 1) {
                    let mut pr = Protection::new(
                        ProtectionKind::InHandler,
                        format!("{} calls a check that rejects with 401/403", f.name),
                        Some(f.name_span),
                    );
                    pr.notes = notes;
                    return pr;
                }
            }
            Handler::Closure { handler: crate::facts::axum::HandlerRef::Closure { rejects: Some(span), .. } } => {
                return Protection::new(ProtectionKind::InHandler, "closure rejects with 401/403", Some(*span));
            }
            _ => {}
        }
        if matches!(r.handler, Handler::Service { .. }) && conventional_public(&path).is_none() {
            notes.push("a tower service or static file service answers this path".into());
        }
        let mut pr = Protection::new(ProtectionKind::None, "NONE", None);
        pr.notes = notes;
        pr.uncertain = uncertain;
        pr
    }
}

/// `POST /users` handled by `register` / `sign_up` / `create_account`: sign-up on the users
/// collection itself (the REST shape, RealWorld's `POST /api/users`). The handler's name must
/// say so: `POST /users` alone is as often an admin creating users.
pub fn sign_up_by_name(method: &str, path: &str, handler: &str) -> Option<String> {
    let last = path.rsplit('/').find(|s| !s.is_empty())?.to_ascii_lowercase();
    if method != "POST" || !matches!(last.as_str(), "users" | "user" | "accounts" | "account") {
        return None;
    }
    names_sign_up(handler).then(|| format!("sign-up `{path}` (handler `{handler}`)"))
}

/// Whether a handler's name is the sign-up act itself (`register`, `sign_up_user`,
/// `create_account`), not a resource being registered (`register_vehicle`).
pub fn names_sign_up(handler: &str) -> bool {
    let w = crate::facts::names::words(handler);
    let w: Vec<&str> = w.iter().map(String::as_str).collect();
    let is =
        |a: &[&str]| matches!(a, ["register"] | ["signup"] | ["registration"] | ["sign", "up"] | ["create", "account"]);
    is(&w) || matches!(w.as_slice(), [act @ .., "user" | "account" | "handler" | "route"] if is(act))
}

/// Paths public by convention (SPEC §4 `conventional_public`): sign-in and sign-up, password
/// reset, health checks, OAuth callbacks, `.well-known`, static assets.
pub fn conventional_public(path: &str) -> Option<String> {
    let segs: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
    let lower: Vec<String> = segs.iter().map(|s| s.to_ascii_lowercase().replace('_', "-")).collect();
    let last = lower.last().map(String::as_str).unwrap_or("");
    const AUTH: &[&str] = &[
        "login",
        "signin",
        "sign-in",
        "logout",
        "signout",
        "sign-out",
        "signup",
        "sign-up",
        "register",
        "registration",
    ];
    const HEALTH: &[&str] =
        &["health", "healthz", "healthcheck", "livez", "readyz", "ready", "live", "liveness", "readiness", "ping"];
    const RESET: &[&str] = &["forgot-password", "reset-password", "password-reset", "forgot", "reset"];
    if AUTH.contains(&last) {
        return Some(format!("sign-in/sign-up `{path}`"));
    }
    if HEALTH.contains(&last) {
        return Some(format!("health check `{path}`"));
    }
    if RESET.contains(&last) && (lower.iter().any(|s| s.contains("password")) || last.contains("password")) {
        return Some(format!("password reset `{path}`"));
    }
    if last == "callback" && lower.iter().any(|s| s == "oauth" || s == "oauth2" || s == "auth" || s == "sso") {
        return Some(format!("OAuth callback `{path}`"));
    }
    if lower.first().is_some_and(|s| s == ".well-known") {
        return Some(format!("`{path}`"));
    }
    if lower.first().is_some_and(|s| matches!(s.as_str(), "static" | "assets"))
        || matches!(last, "favicon.ico" | "robots.txt")
    {
        return Some(format!("static assets `{path}`"));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::conventional_public;

    #[test]
    fn conventions() {
        assert!(conventional_public("/auth/login").is_some());
        assert!(super::sign_up_by_name("POST", "/api/users", "register").is_some());
        assert!(super::sign_up_by_name("POST", "/api/users", "sign_up_user").is_some());
        assert!(super::sign_up_by_name("POST", "/api/users", "create_user").is_none());
        assert!(super::sign_up_by_name("POST", "/api/devices", "register").is_none());
        assert!(super::sign_up_by_name("PUT", "/api/users", "register").is_none());
        assert!(super::sign_up_by_name("POST", "/api/users", "register_vehicle").is_none());
        assert!(super::sign_up_by_name("POST", "/accounts", "create_account").is_some());
        assert!(conventional_public("/api/v1/signup").is_some());
        assert!(conventional_public("/health").is_some());
        assert!(conventional_public("/password/reset").is_some());
        assert!(conventional_public("/oauth/github/callback").is_some());
        assert!(conventional_public("/.well-known/openid-configuration").is_some());
        assert!(conventional_public("/static/{*rest}").is_some());
        assert!(conventional_public("/api/posts").is_none());
        assert!(conventional_public("/api/tokens").is_none());
        assert!(conventional_public("/admin/reset").is_none());
        assert!(conventional_public("/api/users/{id}/login-history").is_none());
    }
}
