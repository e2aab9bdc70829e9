//! What log statements write (FRAMEWORKS §11): `tracing` macros with their field grammar
//! (`?x`, `%x`, `a.b = %expr`, `"quoted" = expr`, directives `target:`/`name:`/`parent:`),
//! `log` macros (also the `key = value;` form), `println!`/`eprintln!`/`print!`/`eprint!`/
//! `dbg!`, format strings with positional, named and implicit (`{password}`) arguments, and
//! `#[instrument]` with `skip`/`skip_all`/`fields`/`ret`. Each logged value keeps its path
//! (`req.password`), how it is formatted and, when the fn says so, the type of its first
//! segment (`Json(req): Json<SignupRequest>` → `SignupRequest`), for the type index.

use super::debug_types::{type_names, SECRET_WRAPPERS};
use super::names::{is_secret_name, may_name_secret};
use super::{peel, Condition, Scope, SpanMap};
use crate::source::Span;
use proc_macro2::{TokenStream, TokenTree};
use std::collections::HashMap;
use syn::Expr;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum LogLevel {
    Trace,
    Debug,
    Info,
    Warn,
    Error,
    /// `event!`/`span!`/`log!` with a level argument.
    Other,
    /// `println!`, `eprintln!`, `print!`, `eprint!`.
    Print,
    Dbg,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fmt {
    Debug,
    Display,
    /// tracing `Value` (a bare field), which prints strings as they are.
    Value,
}

/// What the fn knows about a local's type.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LocalType {
    /// The innermost type under extractor wrappers (`Json<LoginRequest>` → `LoginRequest`).
    pub name: String,
    /// A redacting wrapper is somewhere in the type (`Secret<String>`).
    pub redacted: bool,
    /// The local holds a credential header's value (`headers.get(AUTHORIZATION)`): its name.
    pub header: Option<String>,
}

#[derive(Debug, Clone)]
pub struct LoggedValue {
    /// The value as written (or the `{name}` of an implicit capture).
    pub span: Span,
    /// The tracing field name, the named format argument, or the label before `{}`
    /// (`"token={}"` → `token`).
    pub field: Option<String>,
    /// `req.password` → `["req", "password"]`; empty when the value is not a path.
    pub path: Vec<String>,
    /// Whether the written text carries the value (not a literal, `len()`, `is_some()`, a call).
    pub reveals: bool,
    /// `x.expose_secret()`.
    pub exposes_secret: bool,
    pub fmt: Fmt,
    /// Type of `path[0]`, when the fn declares it.
    pub base_type: Option<LocalType>,
}

#[derive(Debug, Clone)]
pub struct LogCall {
    /// `info`, `debug`, `println`, ...
    pub macro_name: String,
    pub level: LogLevel,
    pub values: Vec<LoggedValue>,
    pub item_path: String,
    pub conditions: Vec<Condition>,
}

#[derive(Debug, Clone)]
pub struct InstrumentParam {
    pub name: String,
    pub span: Span,
    pub ty: Option<LocalType>,
}

/// `#[instrument]` on a fn.
#[derive(Debug, Clone)]
pub struct InstrumentFact {
    pub attr: Span,
    pub fn_name: String,
    /// Parameters recorded (after `skip`/`skip_all`).
    pub recorded: Vec<InstrumentParam>,
    /// Values added with `fields(..)`.
    pub fields: Vec<LoggedValue>,
    /// `ret` records the return value.
    pub ret: Option<Span>,
    pub level: LogLevel,
    pub item_path: String,
    pub conditions: Vec<Condition>,
}

#[derive(Debug, Default, Clone)]
pub struct LogScan {
    frames: Vec<HashMap<String, LocalType>>,
    pub calls: Vec<LogCall>,
    pub instruments: Vec<InstrumentFact>,
}

/// Extractor and wrapper types looked through to find the value's own type.
const LOOK_THROUGH: &[&str] = &[
    "Json",
    "Form",
    "Query",
    "Path",
    "Option",
    "Box",
    "Arc",
    "Rc",
    "Valid",
    "Validated",
    "ValidatedJson",
    "ValidatedForm",
    "Garde",
    "Extension",
    "Data",
    "Cow",
    "Result",
    "Vec",
    "TypedHeader",
    "Multipart",
    "QsQuery",
];

/// Methods that pass the value through (`token.clone()`, `req.password.as_str()`).
const TRANSPARENT: &[&str] = &[
    "clone",
    "to_string",
    "to_owned",
    "as_str",
    "as_ref",
    "as_deref",
    "unwrap",
    "expect",
    "unwrap_or_default",
    "into",
    "deref",
    "borrow",
    "as_bytes",
    "trim",
    "to_str",
    "into_inner",
    "0",
];

/// Headers whose value is a credential.
const CREDENTIAL_HEADERS: &[(&str, &str)] = &[
    ("authorization", "Authorization"),
    ("proxy_authorization", "Proxy-Authorization"),
    ("proxy-authorization", "Proxy-Authorization"),
    ("cookie", "Cookie"),
    ("x-api-key", "X-Api-Key"),
];

/// Methods whose result says something about a value without carrying it.
const PREDICATES: &[&str] = &[
    "is_some",
    "is_none",
    "is_some_and",
    "is_none_or",
    "is_ok",
    "is_err",
    "is_ok_and",
    "len",
    "is_empty",
    "starts_with",
    "ends_with",
    "contains",
    "eq",
    "ne",
];

/// Whether an expression ends in a predicate (`v.len()`, `v.starts_with("Bearer ")`).
fn predicate_call(e: &Expr) -> bool {
    match peel(e) {
        Expr::MethodCall(m) => PREDICATES.contains(&m.method.to_string().as_str()),
        Expr::Binary(b) => matches!(
            b.op,
            syn::BinOp::Eq(_)
                | syn::BinOp::Ne(_)
                | syn::BinOp::Lt(_)
                | syn::BinOp::Le(_)
                | syn::BinOp::Gt(_)
                | syn::BinOp::Ge(_)
                | syn::BinOp::And(_)
                | syn::BinOp::Or(_)
        ),
        Expr::Unary(u) => matches!(u.op, syn::UnOp::Not(_)),
        _ => false,
    }
}

/// `req.headers().get(AUTHORIZATION).unwrap().to_str()?`: the value of a credential header
/// (not a test of it: `.is_some()`, `.len()`, `.starts_with(..)` end the chain elsewhere).
fn credential_header_read(e: &Expr, known: &dyn Fn(&str) -> Option<String>) -> Option<String> {
    let mut cur = peel(e);
    let mut outermost = true;
    loop {
        match cur {
            Expr::Try(t) => cur = peel(&t.expr),
            Expr::Await(a) => cur = peel(&a.base),
            Expr::MethodCall(m) => {
                let method = m.method.to_string();
                if outermost && PREDICATES.contains(&method.as_str()) {
                    return None;
                }
                outermost = false;
                // `.map(|v| v.len())`, `.is_some_and(|v| v.starts_with(..))`: a fact about it.
                if m.args.iter().any(|a| match peel(a) {
                    Expr::Closure(c) => predicate_call(&c.body),
                    _ => false,
                }) {
                    return None;
                }
                if matches!(method.as_str(), "get" | "get_all" | "header") {
                    if let Some(arg) = m.args.first() {
                        let key = match peel(arg) {
                            Expr::Path(p) => p.path.segments.last().map(|s| s.ident.to_string().to_ascii_lowercase()),
                            Expr::Lit(syn::ExprLit { lit: syn::Lit::Str(s), .. }) => {
                                Some(s.value().to_ascii_lowercase())
                            }
                            _ => None,
                        };
                        if let Some((_, shown)) = key.and_then(|k| CREDENTIAL_HEADERS.iter().find(|(h, _)| *h == k)) {
                            return Some((*shown).to_string());
                        }
                    }
                }
                cur = peel(&m.receiver);
            }
            // `auth_header.to_str()?` where `auth_header` already holds the header.
            Expr::Path(p) => return p.path.get_ident().and_then(|i| known(&i.to_string())),
            _ => return None,
        }
    }
}

fn local_type(ty: &syn::Type) -> Option<LocalType> {
    let names = type_names(ty);
    let redacted = names.iter().any(|n| SECRET_WRAPPERS.contains(&n.as_str()));
    let name = names.iter().find(|n| !LOOK_THROUGH.contains(&n.as_str())).cloned()?;
    Some(LocalType { name, redacted, header: None })
}

/// Idents a pattern binds with the type they get: `x: T`, `Json(x): Json<T>`, `web::Json(x)`.
fn bind_pattern(pat: &syn::Pat, ty: &syn::Type, out: &mut Vec<(String, Span, Option<LocalType>)>, map: SpanMap) {
    match pat {
        syn::Pat::Ident(i) => out.push((i.ident.to_string(), map.span(i.ident.span()), local_type(ty))),
        syn::Pat::TupleStruct(t) if t.elems.len() == 1 => {
            if let syn::Pat::Ident(i) = &t.elems[0] {
                out.push((i.ident.to_string(), map.span(i.ident.span()), local_type(ty)));
            }
        }
        syn::Pat::Reference(r) => bind_pattern(&r.pat, ty, out, map),
        _ => {}
    }
}

/// Path, reveal and expose-secret facts of a logged expression.
fn describe(e: &Expr) -> (Vec<String>, bool, bool) {
    let mut methods: Vec<String> = Vec::new();
    let mut cur = peel(e);
    loop {
        match cur {
            Expr::MethodCall(m) => {
                methods.push(m.method.to_string());
                cur = peel(&m.receiver);
            }
            Expr::Unary(u) if matches!(u.op, syn::UnOp::Deref(_)) => cur = peel(&u.expr),
            Expr::Try(t) => cur = peel(&t.expr),
            _ => break,
        }
    }
    let exposes = methods.iter().any(|m| m.starts_with("expose_secret"))
        || matches!(cur, Expr::Call(c) if matches!(peel(&c.func), Expr::Path(p) if super::last_segment(&p.path).starts_with("expose_secret")));
    let mut path = Vec::new();
    let mut base = cur;
    loop {
        match base {
            Expr::Field(f) => {
                path.push(match &f.member {
                    syn::Member::Named(n) => n.to_string(),
                    syn::Member::Unnamed(i) => i.index.to_string(),
                });
                base = peel(&f.base);
            }
            Expr::Path(p) if p.path.segments.len() == 1 => {
                path.push(p.path.segments[0].ident.to_string());
                break;
            }
            _ => {
                path.clear();
                break;
            }
        }
    }
    path.reverse();
    let transparent = methods.iter().all(|m| TRANSPARENT.contains(&m.as_str()) || m.starts_with("expose_secret"));
    let reveals = !path.is_empty() && transparent;
    (path, reveals, exposes)
}

/// Splits a token stream at top-level commas (and `;`, the log key-value separator).
fn split_args(tokens: TokenStream) -> Vec<Vec<TokenTree>> {
    let mut out = vec![Vec::new()];
    for t in tokens {
        match &t {
            TokenTree::Punct(p) if p.as_char() == ',' || p.as_char() == ';' => out.push(Vec::new()),
            _ => out.last_mut().map_or((), |v| v.push(t)),
        }
    }
    out.retain(|a| !a.is_empty());
    out
}

fn lit_str_token(arg: &[TokenTree]) -> Option<(String, proc_macro2::Literal)> {
    match arg {
        [TokenTree::Literal(l)] => match syn::Lit::new(l.clone()) {
            syn::Lit::Str(s) => Some((s.value(), l.clone())),
            _ => None,
        },
        _ => None,
    }
}

/// `a.b.c = <rest>` or `"name" = <rest>`: the field name and the value tokens.
fn split_field(arg: &[TokenTree]) -> Option<(String, Vec<TokenTree>)> {
    let eq = arg.iter().position(
        |t| matches!(t, TokenTree::Punct(p) if p.as_char() == '=' && p.spacing() == proc_macro2::Spacing::Alone),
    )?;
    if eq == 0 || matches!(arg.get(eq + 1), Some(TokenTree::Punct(p)) if p.as_char() == '=') {
        return None;
    }
    let name_tokens = &arg[..eq];
    let name = match name_tokens {
        [TokenTree::Literal(l)] => match syn::Lit::new(l.clone()) {
            syn::Lit::Str(s) => s.value(),
            _ => return None,
        },
        _ => {
            let mut s = String::new();
            for t in name_tokens {
                match t {
                    TokenTree::Ident(i) => s.push_str(&i.to_string()),
                    TokenTree::Punct(p) if p.as_char() == '.' => s.push('.'),
                    // `key:? = value` (log kv with a format hint).
                    TokenTree::Punct(p) if p.as_char() == ':' || p.as_char() == '?' || p.as_char() == '%' => {}
                    _ => return None,
                }
            }
            s
        }
    };
    Some((name, arg[eq + 1..].to_vec()))
}

/// A leading `?` / `%` sigil.
fn sigil(tokens: &[TokenTree]) -> (Fmt, &[TokenTree]) {
    match tokens.first() {
        Some(TokenTree::Punct(p)) if p.as_char() == '?' => (Fmt::Debug, &tokens[1..]),
        Some(TokenTree::Punct(p)) if p.as_char() == '%' => (Fmt::Display, &tokens[1..]),
        _ => (Fmt::Value, tokens),
    }
}

fn parse_expr(tokens: &[TokenTree]) -> Option<Expr> {
    syn::parse2::<Expr>(tokens.iter().cloned().collect()).ok()
}

impl LogScan {
    /// Cheap check before parsing a logged expression: could any lint care about it? A secret
    /// name in the field or among the top-level identifiers, `Debug` of a typed local, or a
    /// local holding a credential header.
    fn worth_parsing(&self, tokens: &[TokenTree], fmt: Fmt, field: Option<&str>) -> bool {
        if field.is_some_and(is_secret_name) {
            return true;
        }
        let mut idents = tokens.iter().filter_map(|t| match t {
            TokenTree::Ident(i) => Some(i.to_string()),
            _ => None,
        });
        if let Some(first) = tokens.iter().find_map(|t| match t {
            TokenTree::Ident(i) => Some(i.to_string()),
            _ => None,
        }) {
            // `Debug` of a typed local; any format of a credential header's value.
            if self.frames.last().and_then(|f| f.get(&first)).is_some_and(|t| fmt == Fmt::Debug || t.header.is_some()) {
                return true;
            }
        }
        idents.any(|i| may_name_secret(&i) || i.starts_with("expose_secret"))
    }
}

/// One placeholder of a format string.
struct Placeholder {
    /// `None` for `{}`, `Some("0")`/`Some("name")` otherwise.
    arg: Option<String>,
    debug: bool,
    /// Byte offset of `{` in the unescaped string (used to find it in the token text).
    text: String,
    /// Label written right before it (`token=` → `token`).
    label: Option<String>,
}

fn placeholders(s: &str) -> Vec<Placeholder> {
    let mut out = Vec::new();
    let b = s.as_bytes();
    let mut i = 0;
    let mut last_text_start = 0;
    while i < b.len() {
        if b[i] == b'{' {
            if b.get(i + 1) == Some(&b'{') {
                i += 2;
                continue;
            }
            let Some(close) = s[i..].find('}') else { break };
            let inner = &s[i + 1..i + close];
            let (arg, spec) = inner.split_once(':').unwrap_or((inner, ""));
            let before = &s[last_text_start..i];
            let label = before
                .trim_end_matches([' ', '=', ':', '"', '\'', '('])
                .rsplit(|c: char| !(c.is_alphanumeric() || c == '_' || c == '-'))
                .next()
                .filter(|w| !w.is_empty())
                .map(str::to_string);
            out.push(Placeholder {
                arg: (!arg.trim().is_empty()).then(|| arg.trim().to_string()),
                debug: spec.contains('?'),
                text: s[i..i + close + 1].to_string(),
                label,
            });
            i += close + 1;
            last_text_start = i;
            continue;
        }
        if b[i] == b'}' && b.get(i + 1) == Some(&b'}') {
            i += 2;
            continue;
        }
        i += 1;
    }
    out
}

impl LogScan {
    pub fn enter_fn(&mut self, map: SpanMap, scope: &Scope, attrs: &[syn::Attribute], sig: &syn::Signature) {
        let mut params = Vec::new();
        for input in &sig.inputs {
            if let syn::FnArg::Typed(t) = input {
                bind_pattern(&t.pat, &t.ty, &mut params, map);
            }
        }
        let mut env: HashMap<String, LocalType> =
            params.iter().filter_map(|(n, _, t)| Some((n.clone(), t.clone()?))).collect();
        // `fn from_authorization(auth_header: &HeaderValue)`: a header value named for a
        // credential header holds it.
        for (name, t) in env.iter_mut() {
            if t.name == "HeaderValue" {
                let words = super::names::words(name);
                let has = |w: &str| words.iter().any(|x| x == w);
                if has("auth") || has("authorization") || has("bearer") {
                    t.header = Some("Authorization".into());
                } else if has("cookie") || has("cookies") {
                    t.header = Some("Cookie".into());
                }
            }
        }
        self.frames.push(env);
        for a in attrs {
            if a.path().segments.last().is_some_and(|s| s.ident == "instrument") {
                self.instrument(map, scope, a, sig, &params);
            }
        }
    }

    pub fn exit_fn(&mut self) {
        self.frames.pop();
    }

    /// `for i in 0..n`: the loop variable is an integer (an index, never a credential).
    pub fn on_for(&mut self, f: &syn::ExprForLoop) {
        let Some(frame) = self.frames.last_mut() else {
            return;
        };
        let syn::Pat::Ident(i) = &*f.pat else {
            return;
        };
        let mut it = peel(&f.expr);
        while let Expr::MethodCall(m) = it {
            if !matches!(m.method.to_string().as_str(), "rev" | "step_by" | "skip" | "take") {
                break;
            }
            it = peel(&m.receiver);
        }
        if matches!(it, Expr::Range(_)) {
            frame.insert(i.ident.to_string(), LocalType { name: "usize".to_string(), redacted: false, header: None });
        } else {
            frame.remove(&i.ident.to_string());
        }
    }

    pub fn on_local(&mut self, local: &syn::Local) {
        let Some(frame) = self.frames.last_mut() else {
            return;
        };
        match &local.pat {
            syn::Pat::Type(t) => {
                if let (syn::Pat::Ident(i), Some(lt)) = (&*t.pat, local_type(&t.ty)) {
                    frame.insert(i.ident.to_string(), lt);
                }
            }
            syn::Pat::Ident(i) => {
                // `let x = LoginRequest { .. }` / `LoginRequest::new(..)`.
                let ty = local.init.as_ref().and_then(|init| match peel(&init.expr) {
                    Expr::Struct(s) => Some(super::last_segment(&s.path)),
                    Expr::Call(c) => match peel(&c.func) {
                        Expr::Path(p) if p.path.segments.len() >= 2 => {
                            let t = p.path.segments[p.path.segments.len() - 2].ident.to_string();
                            t.chars().next().is_some_and(char::is_uppercase).then_some(t)
                        }
                        _ => None,
                    },
                    _ => None,
                });
                if local.init.as_ref().is_some_and(|init| predicate_call(&init.expr)) {
                    // `let bearer = v.starts_with("Bearer ");`: a flag.
                    let t = LocalType { name: "bool".to_string(), redacted: false, header: None };
                    frame.insert(i.ident.to_string(), t);
                    return;
                }
                let known = |n: &str| frame.get(n).and_then(|t| t.header.clone());
                if let Some(header) = local.init.as_ref().and_then(|init| credential_header_read(&init.expr, &known)) {
                    let t = LocalType { name: String::new(), redacted: false, header: Some(header) };
                    frame.insert(i.ident.to_string(), t);
                    return;
                }
                if let Some(name) = ty {
                    let redacted = SECRET_WRAPPERS.contains(&name.as_str());
                    frame.insert(i.ident.to_string(), LocalType { name, redacted, header: None });
                } else {
                    // Shadowing forgets the old type.
                    frame.remove(&i.ident.to_string());
                }
            }
            _ => {}
        }
    }

    /// The logged value, or `None` when no lint could care about it (its span, which costs a
    /// token walk, is computed only for the others).
    fn value(&self, map: SpanMap, e: &Expr, fmt: Fmt, field: Option<String>) -> Option<LoggedValue> {
        let (path, reveals, exposes_secret) = describe(e);
        let base_type = path.first().and_then(|b| self.frames.last().and_then(|f| f.get(b)).cloned());
        let mut v =
            LoggedValue { span: Span::new(map.file, 0, 0), field, path, reveals, exposes_secret, fmt, base_type };
        if !Self::interesting(&v) {
            return None;
        }
        v.span = map.node(e);
        Some(v)
    }

    /// Whether a value could matter to a lint (keeps the facts small).
    fn interesting(v: &LoggedValue) -> bool {
        v.exposes_secret
            || (v.reveals
                && (v.field.as_deref().is_some_and(is_secret_name)
                    || v.path.last().is_some_and(|p| is_secret_name(p))
                    || (v.fmt == Fmt::Debug && v.base_type.is_some())
                    || (v.path.len() == 1 && v.base_type.as_ref().is_some_and(|t| t.header.is_some()))))
    }

    pub fn on_macro(&mut self, map: SpanMap, scope: &Scope, mac: &syn::Macro) {
        let segs: Vec<String> = mac.path.segments.iter().map(|s| s.ident.to_string()).collect();
        let (Some(name), first) = (segs.last(), segs.first()) else {
            return;
        };
        if segs.len() > 1 && !matches!(first.map(String::as_str), Some("tracing" | "log" | "std")) {
            return;
        }
        let level = match name.as_str() {
            "trace" | "trace_span" => LogLevel::Trace,
            "debug" | "debug_span" => LogLevel::Debug,
            "info" | "info_span" => LogLevel::Info,
            "warn" | "warn_span" => LogLevel::Warn,
            "error" | "error_span" => LogLevel::Error,
            "event" | "span" | "log" => LogLevel::Other,
            "println" | "eprintln" | "print" | "eprint" => LogLevel::Print,
            "dbg" => LogLevel::Dbg,
            _ => return,
        };
        let args = split_args(mac.tokens.clone());
        let mut values = Vec::new();
        match level {
            LogLevel::Dbg => {
                for a in &args {
                    if let Some(e) = parse_expr(a) {
                        values.extend(self.value(map, &e, Fmt::Debug, None));
                    }
                }
            }
            LogLevel::Print => self.format_args(map, &args, &mut values),
            _ => {
                let mut rest: &[Vec<TokenTree>] = &args;
                // `event!(Level::INFO, ..)`, `span!(Level::INFO, "name", ..)`, `log!(Level::Info, ..)`.
                if level == LogLevel::Other && !rest.is_empty() {
                    rest = &rest[1..];
                }
                let is_span = name.ends_with("span");
                let mut named_span = !is_span;
                while let Some(a) = rest.first() {
                    let directive = matches!(a.as_slice(), [TokenTree::Ident(i), TokenTree::Punct(p), ..]
                        if p.as_char() == ':' && p.spacing() == proc_macro2::Spacing::Alone
                            && matches!(i.to_string().as_str(), "target" | "name" | "parent"));
                    if directive {
                        rest = &rest[1..];
                        continue;
                    }
                    if !named_span {
                        // The span's name comes first.
                        named_span = true;
                        rest = &rest[1..];
                        continue;
                    }
                    break;
                }
                for (i, a) in rest.iter().enumerate() {
                    if lit_str_token(a).is_some() {
                        self.format_args(map, &rest[i..], &mut values);
                        break;
                    }
                    if let Some((field, value)) = split_field(a) {
                        let (fmt, tokens) = sigil(&value);
                        if !self.worth_parsing(tokens, fmt, Some(&field)) {
                            continue;
                        }
                        if let Some(e) = parse_expr(tokens) {
                            values.extend(self.value(map, &e, fmt, Some(field)));
                        }
                        continue;
                    }
                    let (fmt, tokens) = sigil(a);
                    if !self.worth_parsing(tokens, fmt, None) {
                        continue;
                    }
                    if let Some(e) = parse_expr(tokens) {
                        values.extend(self.value(map, &e, fmt, None));
                    }
                }
            }
        }
        if !values.is_empty() {
            self.calls.push(LogCall {
                macro_name: name.clone(),
                level,
                values,
                item_path: scope.item_path(),
                conditions: scope.conditions.clone(),
            });
        }
    }

    /// `"fmt", args..`: positional, named and implicit arguments.
    fn format_args(&self, map: SpanMap, args: &[Vec<TokenTree>], values: &mut Vec<LoggedValue>) {
        let Some((fmt, lit)) = args.first().and_then(|a| lit_str_token(a)) else {
            return;
        };
        let mut positional: Vec<&[TokenTree]> = Vec::new();
        let mut named: HashMap<String, &[TokenTree]> = HashMap::new();
        for a in &args[1..] {
            match (a.as_slice(), split_field(a)) {
                ([TokenTree::Ident(_), TokenTree::Punct(_), ..], Some((n, _))) if !n.contains('.') => {
                    let eq = a.iter().position(|t| matches!(t, TokenTree::Punct(p) if p.as_char() == '=')).unwrap_or(0);
                    named.insert(n, &a[eq + 1..]);
                }
                _ => positional.push(a),
            }
        }
        let raw = lit.to_string();
        let lit_span = map.span(lit.span());
        let mut next = 0usize;
        for p in placeholders(&fmt) {
            let fmt_kind = if p.debug { Fmt::Debug } else { Fmt::Display };
            let (tokens, label): (Option<&[TokenTree]>, Option<String>) = match &p.arg {
                None => {
                    let t = positional.get(next).copied();
                    next += 1;
                    (t, p.label.clone())
                }
                Some(a) if a.chars().all(|c| c.is_ascii_digit()) => {
                    (a.parse::<usize>().ok().and_then(|i| positional.get(i).copied()), p.label.clone())
                }
                Some(a) => match named.get(a) {
                    Some(t) => (Some(*t), Some(a.clone())),
                    None => {
                        // Implicit capture: `{password}` logs the local `password`.
                        let e: Expr = match syn::parse_str(a) {
                            Ok(e) => e,
                            Err(_) => continue,
                        };
                        let Some(mut v) = self.value(map, &e, fmt_kind, None) else {
                            continue;
                        };
                        v.span = match raw.find(&p.text) {
                            Some(off) => Span::new(
                                lit_span.file,
                                lit_span.start as usize + off + 1,
                                lit_span.start as usize + off + p.text.len() - 1,
                            ),
                            None => lit_span,
                        };
                        values.push(v);
                        continue;
                    }
                },
            };
            let Some(tokens) = tokens.filter(|t| self.worth_parsing(t, fmt_kind, label.as_deref())) else {
                continue;
            };
            if let Some(e) = parse_expr(tokens) {
                values.extend(self.value(map, &e, fmt_kind, label));
            }
        }
    }

    fn instrument(
        &mut self,
        map: SpanMap,
        scope: &Scope,
        attr: &syn::Attribute,
        sig: &syn::Signature,
        params: &[(String, Span, Option<LocalType>)],
    ) {
        let tokens = match &attr.meta {
            syn::Meta::List(l) => l.tokens.clone(),
            _ => TokenStream::new(),
        };
        let mut skip_all = false;
        let mut skipped: Vec<String> = Vec::new();
        let mut fields = Vec::new();
        let mut ret = None;
        let mut level = LogLevel::Info;
        for a in split_args(tokens) {
            let Some(TokenTree::Ident(head)) = a.first() else {
                continue;
            };
            match head.to_string().as_str() {
                "skip_all" => skip_all = true,
                "skip" => {
                    if let Some(TokenTree::Group(g)) = a.get(1) {
                        for t in g.stream() {
                            if let TokenTree::Ident(i) = t {
                                skipped.push(i.to_string());
                            }
                        }
                    }
                }
                "fields" => {
                    if let Some(TokenTree::Group(g)) = a.get(1) {
                        for f in split_args(g.stream()) {
                            if let Some((name, value)) = split_field(&f) {
                                let (fmt, tokens) = sigil(&value);
                                if let Some(e) = parse_expr(tokens) {
                                    fields.extend(self.value(map, &e, fmt, Some(name)));
                                }
                            }
                        }
                    }
                }
                "ret" => ret = Some(map.span(head.span())),
                "level" => {
                    let text: String = a.iter().skip(2).map(|t| t.to_string()).collect::<String>().to_ascii_lowercase();
                    level = if text.contains("trace") {
                        LogLevel::Trace
                    } else if text.contains("debug") {
                        LogLevel::Debug
                    } else {
                        LogLevel::Info
                    };
                }
                _ => {}
            }
        }
        let recorded: Vec<InstrumentParam> = if skip_all {
            Vec::new()
        } else {
            params
                .iter()
                .filter(|(n, _, _)| !skipped.contains(n))
                // Only arguments a lint could care about: a credential name or a named type.
                .filter(|(n, _, t)| {
                    is_secret_name(n)
                        || t.as_ref().is_some_and(|t| {
                            t.name.chars().next().is_some_and(char::is_uppercase)
                                && !matches!(
                                    t.name.as_str(),
                                    "String" | "Uuid" | "DateTime" | "Db" | "PgPool" | "State"
                                )
                        })
                })
                .map(|(n, s, t)| InstrumentParam { name: n.clone(), span: *s, ty: t.clone() })
                .collect()
        };
        if recorded.is_empty() && fields.is_empty() && (ret.is_none() || !is_secret_name(&sig.ident.to_string())) {
            return;
        }
        self.instruments.push(InstrumentFact {
            attr: map.node(attr),
            fn_name: sig.ident.to_string(),
            recorded,
            fields,
            ret,
            level,
            item_path: scope.item_path(),
            conditions: scope.conditions.clone(),
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::FileId;

    fn calls(src: &str) -> crate::facts::FileFacts {
        crate::facts::extract(FileId(0), &syn::parse_file(src).expect("parse"))
    }

    fn logged(f: &crate::facts::FileFacts) -> Vec<String> {
        f.logs
            .calls
            .iter()
            .flat_map(|c| c.values.iter())
            .map(|v| format!("{}{}", v.path.join("."), v.field.as_ref().map(|f| format!("@{f}")).unwrap_or_default()))
            .collect()
    }

    #[test]
    fn tracing_field_grammar() {
        let f = calls(
            r#"
            fn f(password: String, token_count: usize, form: Json<LoginForm>, Json(req): Json<SignupRequest>) {
                tracing::info!(%password, token_count, "login");
                info!(target: "auth", user.token = ?session.token, "x");
                debug!(token = %t.as_str(), has_token = t.is_some());
                warn!("token={}", tok);
                error!("bad {password} {user_id}");
                debug!("{:?}", req);
                info!(secret = "***");
                println!("{0} {name}", api_key, name = jwt);
                dbg!(&req.password);
                log::info!(token:? = tok; "kv");
                info!(password_len = password.len());
                info!(key = %secret.expose_secret());
            }
            "#,
        );
        assert_eq!(
            logged(&f),
            vec![
                "password",
                "session.token@user.token",
                "t@token",
                "tok@token",
                "password",
                "req",
                "api_key",
                "jwt@name",
                "req.password",
                "tok@token",
                "secret@key",
            ]
        );
        let req = &f.logs.calls[5].values[0];
        assert_eq!(req.base_type.as_ref().map(|t| t.name.as_str()), Some("SignupRequest"));
        assert_eq!(req.fmt, Fmt::Debug);
        assert!(f.logs.calls.last().is_some_and(|c| c.values[0].exposes_secret));
    }

    #[test]
    fn instrument_skips() {
        let f = calls(
            r#"
            #[tracing::instrument(skip(db, password), fields(email = %form.email))]
            async fn login(db: &Db, email: &str, password: &str) {}
            #[instrument(skip_all)]
            async fn signup(password: String) {}
            #[instrument(level = "debug", ret)]
            fn issue_token(user: Uuid, secret: &[u8]) -> String { String::new() }
            "#,
        );
        // Only what could matter is kept: `login` records only `email` (a `&str`, not a
        // secret name) and `signup` records nothing, so neither is kept.
        let i = &f.logs.instruments;
        assert_eq!(i.len(), 1);
        assert_eq!(i[0].fn_name, "issue_token");
        assert_eq!(i[0].level, LogLevel::Debug);
        assert!(i[0].ret.is_some());
        let names: Vec<&str> = i[0].recorded.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["secret"]);
    }
}
