//! Request-body validation, seen syntactically (FRAMEWORKS §5): what a payload type declares
//! (a `Validate` derive of validator, garde or validify, field rules, `#[serde(try_from)]`,
//! `deny_unknown_fields`) and what a fn body does with a payload (`.validate()` calls and whether
//! their result is used, `serde_json::from_slice/from_str` parses, `try_into` conversions, and
//! checks that reject with 400/422).

use super::types::TypeRef;
use super::{last_segment, lit_str, peel, SpanMap};
use crate::source::Span;
use syn::punctuated::Punctuated;
use syn::{Expr, Token};

/// Which crate's `Validate` a type derives.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Validator {
    Validator,
    Garde,
    Validify,
    /// A bare `Validate` with no field attribute telling which crate it is.
    Unknown,
}

/// Container-level facts of a payload type.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct InputAttrs {
    pub validate: Option<Validator>,
    /// A container-level rule: validator `#[validate(schema(..))]`, garde `#[garde(custom(..))]`.
    pub container_rule: bool,
    /// `#[serde(try_from = "Raw")]`: deserialization goes through a fallible conversion.
    pub try_from: Option<String>,
    pub deny_unknown_fields: bool,
    /// axum-macros `#[from_request(via(axum::Json))]`.
    pub via: Option<String>,
}

fn meta_args(a: &syn::Attribute) -> Vec<syn::Meta> {
    match &a.meta {
        syn::Meta::List(l) => l
            .parse_args_with(Punctuated::<syn::Meta, Token![,]>::parse_terminated)
            .map(|p| p.into_iter().collect())
            .unwrap_or_default(),
        _ => Vec::new(),
    }
}

/// Reads the container attributes relevant to validation.
pub fn input_attrs(attrs: &[syn::Attribute], derives: &[Vec<String>], fields: Option<&syn::Fields>) -> InputAttrs {
    let mut out = InputAttrs::default();
    for d in derives {
        let last = d.last().map(String::as_str).unwrap_or("");
        let krate = if d.len() > 1 { d[0].as_str() } else { "" };
        let v = match (krate, last) {
            ("garde", "Validate") => Validator::Garde,
            ("validify", "Validate" | "Validify") | (_, "Validify") => Validator::Validify,
            ("validator", "Validate") => Validator::Validator,
            (_, "Validate") => Validator::Unknown,
            _ => continue,
        };
        out.validate = Some(v);
    }
    if out.validate == Some(Validator::Unknown) {
        let field_ns =
            |name: &str| fields.is_some_and(|f| f.iter().any(|f| f.attrs.iter().any(|a| a.path().is_ident(name))));
        if field_ns("garde") || attrs.iter().any(|a| a.path().is_ident("garde")) {
            out.validate = Some(Validator::Garde);
        } else if field_ns("modify") {
            out.validate = Some(Validator::Validify);
        } else if field_ns("validate") {
            out.validate = Some(Validator::Validator);
        }
    }
    for a in attrs {
        let Some(id) = a.path().get_ident() else {
            continue;
        };
        if id == "serde" {
            for m in meta_args(a) {
                match &m {
                    syn::Meta::Path(p) if p.is_ident("deny_unknown_fields") => out.deny_unknown_fields = true,
                    syn::Meta::NameValue(nv) if nv.path.is_ident("try_from") => out.try_from = lit_str(&nv.value),
                    _ => {}
                }
            }
        } else if id == "validate" || id == "garde" {
            out.container_rule |= meta_args(a).iter().any(|m| !m.path().is_ident("context"));
        } else if id == "from_request" {
            for m in meta_args(a) {
                if let syn::Meta::List(l) = &m {
                    if l.path.is_ident("via") {
                        out.via = l.parse_args::<syn::Path>().ok().map(|p| last_segment(&p));
                    }
                }
            }
        }
    }
    out
}

/// A `.validate()`-like call in a fn body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidateCall {
    /// The variable validated (`input` in `input.validate()?`, `body` in
    /// `body.into_inner().validate()`), through simple `let` aliases.
    pub receiver: Option<String>,
    /// `false` for `let _ = x.validate();`, `x.validate().ok();`, `x.validate();`.
    pub used: bool,
    pub span: Span,
}

/// `serde_json::from_slice(&body)` / `from_str` in a fn body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JsonParse {
    /// The variable parsed (`body`).
    pub arg: Option<String>,
    /// The target type: turbofish or `let x: T = ..`.
    pub target: Option<TypeRef>,
    pub span: Span,
    /// Byte offset of the call's `(`, to match a `let` type with its call.
    key: usize,
}

/// What one fn body does with request payloads.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct BodyInput {
    pub validate_calls: Vec<ValidateCall>,
    pub json_parses: Vec<JsonParse>,
    /// Variables converted into another type by a fallible parse (`x.try_into()`,
    /// `T::try_from(x)`, `T::parse(x)`, `serde_json::from_value(x)`).
    pub converted: Vec<String>,
    /// Variables a condition tests before rejecting with 400/422 (`if name.is_empty() { return
    /// Err(StatusCode::BAD_REQUEST) }`, `.ok_or(AppError::BadRequest(..))?`).
    pub checked: Vec<String>,
    /// Extracts a body itself: `Json::<T>::from_request(..)`, `Form::from_request(..)` (in custom
    /// extractors).
    pub deserializes: bool,
    /// Scratch while walking: `let a = b..` aliases, ignored validate calls (by offset).
    aliases: Vec<(String, String)>,
    ignored: Vec<usize>,
}

const VALIDATE_METHODS: &[&str] = &["validate", "validate_with", "validate_args", "validify", "validate_all"];

/// The variable an expression starts from: `body` in `&body.0.name`, `body.into_inner()`,
/// `input.get("x")?`.
pub fn root_ident(e: &Expr) -> Option<String> {
    let mut e = e;
    for _ in 0..32 {
        e = match e {
            Expr::MethodCall(m) => &m.receiver,
            Expr::Field(f) => &f.base,
            Expr::Reference(r) => &r.expr,
            Expr::Paren(p) => &p.expr,
            Expr::Group(g) => &g.expr,
            Expr::Unary(u) => &u.expr,
            Expr::Try(t) => &t.expr,
            Expr::Await(a) => &a.base,
            Expr::Index(i) => &i.expr,
            Expr::Cast(c) => &c.expr,
            Expr::Path(p) if p.qself.is_none() && p.path.segments.len() == 1 => {
                return Some(p.path.segments[0].ident.to_string())
            }
            _ => return None,
        };
    }
    None
}

impl BodyInput {
    pub const EMPTY: BodyInput = BodyInput {
        validate_calls: Vec::new(),
        json_parses: Vec::new(),
        converted: Vec::new(),
        checked: Vec::new(),
        deserializes: false,
        aliases: Vec::new(),
        ignored: Vec::new(),
    };

    /// Nothing recorded.
    pub fn is_empty(&self) -> bool {
        self.validate_calls.is_empty()
            && self.json_parses.is_empty()
            && self.converted.is_empty()
            && self.checked.is_empty()
            && !self.deserializes
    }

    fn resolve(&self, name: String) -> String {
        let mut n = name;
        for _ in 0..8 {
            match self.aliases.iter().rev().find(|(a, _)| *a == n) {
                Some((_, b)) if *b != n => n = b.clone(),
                _ => break,
            }
        }
        n
    }

    fn root(&self, e: &Expr) -> Option<String> {
        root_ident(e).map(|n| self.resolve(n))
    }

    /// Drops the scratch state when the fn ends.
    pub fn finish(&mut self) {
        self.aliases = Vec::new();
        self.ignored = Vec::new();
    }
}

/// Strips what commonly wraps a fallible call: `?`, `.await`, `.map_err(..)`, `.unwrap()`,
/// `.expect(..)`, `.context(..)`, `.ok()`.
fn peel_fallible(mut e: &Expr) -> &Expr {
    for _ in 0..16 {
        e = match peel(e) {
            Expr::Try(t) => &t.expr,
            Expr::Await(a) => &a.base,
            Expr::MethodCall(m)
                if matches!(
                    m.method.to_string().as_str(),
                    "map_err" | "unwrap" | "expect" | "context" | "with_context" | "ok" | "unwrap_or_default"
                ) =>
            {
                &m.receiver
            }
            other => return other,
        };
    }
    e
}

/// A validate call whose result is discarded by what wraps it (`.ok()`, `.is_ok()`,
/// `.map_err(..)` without `?`); `?` and `.unwrap()` keep it enforced.
fn is_validate_call(e: &Expr) -> Option<&syn::ExprMethodCall> {
    let mut e = peel(e);
    for _ in 0..8 {
        match e {
            Expr::MethodCall(m) if VALIDATE_METHODS.iter().any(|v| m.method == v) => return Some(m),
            Expr::MethodCall(m) if matches!(m.method.to_string().as_str(), "ok" | "is_ok" | "is_err" | "map_err") => {
                e = peel(&m.receiver)
            }
            _ => return None,
        }
    }
    None
}

/// `serde_json::from_slice::<T>(..)`, `from_str`, `from_reader` (bare `from_slice` too).
fn json_parse_call(e: &Expr) -> Option<&syn::ExprCall> {
    let Expr::Call(c) = e else {
        return None;
    };
    let Expr::Path(p) = peel(&c.func) else {
        return None;
    };
    let segs = &p.path.segments;
    let last = segs.last()?.ident.to_string();
    let serde_json = segs.len() >= 2 && segs[segs.len() - 2].ident == "serde_json";
    let known = match last.as_str() {
        "from_slice" | "from_reader" => true,
        "from_str" => serde_json,
        _ => false,
    };
    (known && (serde_json || segs.len() == 1)).then_some(c)
}

/// From the first segment of the called path to the closing parenthesis.
fn call_span(map: SpanMap, c: &syn::ExprCall) -> Span {
    match peel(&c.func) {
        Expr::Path(p) if !p.path.segments.is_empty() => {
            map.join(p.path.segments[0].ident.span(), c.paren_token.span.close())
        }
        _ => map.join(c.paren_token.span.open(), c.paren_token.span.close()),
    }
}

fn turbofish(c: &syn::ExprCall) -> Option<TypeRef> {
    let Expr::Path(p) = peel(&c.func) else {
        return None;
    };
    match &p.path.segments.last()?.arguments {
        syn::PathArguments::AngleBracketed(a) => a.args.iter().find_map(|g| match g {
            syn::GenericArgument::Type(t) => Some(TypeRef::of(t)),
            _ => None,
        }),
        _ => None,
    }
}

/// Names of status codes and error variants that reject a request as invalid (400/422).
fn rejects_invalid_name(name: &str) -> bool {
    matches!(
        name,
        "BAD_REQUEST"
            | "UNPROCESSABLE_ENTITY"
            | "BadRequest"
            | "UnprocessableEntity"
            | "ErrorBadRequest"
            | "ErrorUnprocessableEntity"
            | "Validation"
            | "ValidationError"
            | "ValidationFailed"
            | "InvalidInput"
            | "InvalidRequest"
            | "InvalidPayload"
            | "InvalidBody"
            | "InvalidArgument"
            | "InvalidParams"
            | "InvalidField"
            | "UnprocessableContent"
    )
}

/// Whether an expression (searched with a small budget) rejects with 400/422.
fn rejects_invalid(e: &Expr) -> bool {
    use syn::visit::Visit;
    struct V {
        found: bool,
        budget: usize,
    }
    impl<'a> Visit<'a> for V {
        fn visit_expr(&mut self, e: &'a Expr) {
            if self.found || self.budget == 0 {
                return;
            }
            self.budget -= 1;
            match e {
                Expr::Path(p) if p.path.segments.last().is_some_and(|s| rejects_invalid_name(&s.ident.to_string())) => {
                    self.found = true
                }
                Expr::Call(c) => {
                    if let Expr::Path(p) = peel(&c.func) {
                        let last = last_segment(&p.path);
                        if rejects_invalid_name(&last)
                            || (last == "from_u16"
                                && matches!(c.args.first().map(peel), Some(Expr::Lit(syn::ExprLit { lit: syn::Lit::Int(i), .. })) if matches!(i.base10_digits(), "400" | "422")))
                        {
                            self.found = true;
                        }
                    }
                }
                _ => {}
            }
            syn::visit::visit_expr(self, e);
        }
        fn visit_item(&mut self, _: &'a syn::Item) {}
    }
    let mut v = V { found: false, budget: 48 };
    v.visit_expr(e);
    v.found
}

fn block_rejects_invalid(b: &syn::Block) -> bool {
    b.stmts.iter().take(8).any(|s| match s {
        syn::Stmt::Expr(e, _) => rejects_invalid(e),
        syn::Stmt::Macro(_) | syn::Stmt::Local(_) | syn::Stmt::Item(_) => false,
    })
}

/// Variables an `if` condition reads.
fn cond_roots(e: &Expr, out: &mut Vec<String>) {
    use syn::visit::Visit;
    struct V<'o>(&'o mut Vec<String>, usize);
    impl<'a> Visit<'a> for V<'_> {
        fn visit_expr(&mut self, e: &'a Expr) {
            if self.1 == 0 {
                return;
            }
            self.1 -= 1;
            if let Some(r) = root_ident(e) {
                if !self.0.contains(&r) {
                    self.0.push(r);
                }
            }
            syn::visit::visit_expr(self, e);
        }
    }
    V(out, 64).visit_expr(e);
}

/// Inspects one expression of a fn body.
pub fn inspect(map: SpanMap, e: &Expr, b: &mut BodyInput) {
    match e {
        Expr::MethodCall(m) => {
            let name = m.method.to_string();
            if VALIDATE_METHODS.contains(&name.as_str()) {
                let off = m.method.span().byte_range().start;
                let receiver = b.root(&m.receiver);
                let used = !b.ignored.contains(&off);
                b.validate_calls.push(ValidateCall {
                    receiver,
                    used,
                    span: map.join(m.method.span(), m.paren_token.span.close()),
                });
            } else if name == "extract" || name == "extract_with_state" {
                // `req.extract::<Json<T>, _>().await` (axum `RequestExt`).
                let json = m.turbofish.as_ref().is_some_and(|t| {
                    t.args.iter().any(|g| {
                        matches!(g, syn::GenericArgument::Type(ty) if matches!(TypeRef::of(ty).name(), "Json" | "Form"))
                    })
                });
                b.deserializes |= json;
            } else if matches!(name.as_str(), "extend_from_slice" | "extend" | "push_str" | "append" | "update") {
                // `signed.extend_from_slice(&body)`, `mac.update(&body)`: derived from the body.
                if let (Some(r), Some(a)) = (root_ident(&m.receiver), m.args.first().and_then(|a| b.root(a))) {
                    if r != a {
                        b.aliases.push((r, a));
                    }
                }
            } else if name == "try_into" || name == "parse" {
                if let Some(r) = b.root(&m.receiver) {
                    b.converted.push(r);
                }
            } else if (name == "ok_or" || name == "ok_or_else" || name == "map_err")
                && m.args.first().is_some_and(rejects_invalid)
            {
                if let Some(r) = b.root(&m.receiver) {
                    b.checked.push(r);
                }
            }
        }
        Expr::Call(c) => {
            if let Some(call) = json_parse_call(e) {
                let key = call.paren_token.span.open().byte_range().start;
                if !b.json_parses.iter().any(|j| j.key == key) {
                    let arg = call.args.first().and_then(|a| b.root(a));
                    b.json_parses.push(JsonParse { arg, target: turbofish(call), span: call_span(map, call), key });
                }
                return;
            }
            let Expr::Path(p) = peel(&c.func) else {
                return;
            };
            let last = last_segment(&p.path);
            let n = p.path.segments.len();
            if (last == "from_request" || last == "from_request_parts")
                && n >= 2
                && matches!(p.path.segments[n - 2].ident.to_string().as_str(), "Json" | "Form")
            {
                b.deserializes = true;
            }
            match last.as_str() {
                "try_from" | "parse" | "from_value" | "validify" | "try_new" => {
                    if let Some(r) = c.args.first().and_then(|a| b.root(a)) {
                        b.converted.push(r);
                    }
                }
                // `Validate::validate(&input)`, `CreatePost::validate(&input)`.
                "validate" | "validate_with" | "validate_args" if p.path.segments.len() >= 2 => {
                    let receiver = c.args.first().and_then(|a| b.root(a));
                    b.validate_calls.push(ValidateCall { receiver, used: true, span: map.node(p) });
                }
                _ => {}
            }
        }
        Expr::If(i) if !matches!(&*i.cond, Expr::Let(_)) && block_rejects_invalid(&i.then_branch) => {
            let mut roots = Vec::new();
            cond_roots(&i.cond, &mut roots);
            for r in roots {
                let r = b.resolve(r);
                if !b.checked.contains(&r) {
                    b.checked.push(r);
                }
            }
        }
        _ => {}
    }
}

/// Inspects a statement before its expressions are visited: ignored validate results, `let`
/// aliases, typed `let` parses, `let .. else` checks.
pub fn on_stmt(map: SpanMap, s: &syn::Stmt, b: &mut BodyInput) {
    match s {
        syn::Stmt::Local(l) => {
            let Some(init) = &l.init else {
                return;
            };
            let mut pat = &l.pat;
            let mut ty = None;
            if let syn::Pat::Type(t) = pat {
                ty = Some(TypeRef::of(&t.ty));
                pat = &t.pat;
            }
            if matches!(pat, syn::Pat::Wild(_)) {
                if let Some(m) = is_validate_call(&init.expr) {
                    b.ignored.push(m.method.span().byte_range().start);
                }
                return;
            }
            if let Some(name) = super::types::binding(pat) {
                if let Some(r) = root_ident(&init.expr) {
                    if r != name {
                        let r = b.resolve(r);
                        b.aliases.push((name, r));
                    }
                }
            }
            if let (Some(t), Some(call)) = (ty, json_parse_call(peel_fallible(&init.expr))) {
                let key = call.paren_token.span.open().byte_range().start;
                let arg = call.args.first().and_then(|a| b.root(a));
                b.json_parses.push(JsonParse {
                    arg,
                    target: turbofish(call).or(Some(t)),
                    span: call_span(map, call),
                    key,
                });
            }
            if let Some((_, els)) = &init.diverge {
                if rejects_invalid(els) {
                    if let Some(r) = b.root(&init.expr) {
                        b.checked.push(r);
                    }
                }
            }
        }
        syn::Stmt::Expr(e, Some(_)) => {
            // `x.validate();` and `x.validate().ok();`: the result is dropped.
            if let Some(m) = is_validate_call(e) {
                b.ignored.push(m.method.span().byte_range().start);
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::FileId;

    fn body(src: &str) -> BodyInput {
        let f: syn::ItemFn = syn::parse_str(src).expect("fn");
        let map = SpanMap { file: FileId(0) };
        struct V<'b>(SpanMap, &'b mut BodyInput);
        impl<'a> syn::visit::Visit<'a> for V<'_> {
            fn visit_expr(&mut self, e: &'a Expr) {
                inspect(self.0, e, self.1);
                syn::visit::visit_expr(self, e);
            }
            fn visit_stmt(&mut self, s: &'a syn::Stmt) {
                on_stmt(self.0, s, self.1);
                syn::visit::visit_stmt(self, s);
            }
        }
        let mut b = BodyInput::default();
        syn::visit::Visit::visit_item_fn(&mut V(map, &mut b), &f);
        b
    }

    fn calls(b: &BodyInput) -> Vec<(Option<String>, bool)> {
        b.validate_calls.iter().map(|c| (c.receiver.clone(), c.used)).collect()
    }

    #[test]
    fn validate_calls_used_or_ignored() {
        let b = body(
            "async fn h(Json(input): Json<T>, body: web::Json<U>) {
                input.validate()?;
                let _ = body.validate();
                body.validate().ok();
                body.validate();
                let payload = body.into_inner();
                if let Err(errors) = payload.validate_with(&ctx) { return; }
                let _ = payload.validate()?;
            }",
        );
        assert_eq!(
            calls(&b),
            vec![
                (Some("input".into()), true),
                (Some("body".into()), false),
                (Some("body".into()), false),
                (Some("body".into()), false),
                (Some("body".into()), true),
                (Some("body".into()), true),
            ]
        );
    }

    #[test]
    fn json_parses_conversions_and_checks() {
        let b = body(
            "async fn h(body: Bytes, raw: String, Json(v): Json<Value>) {
                let order: NewOrder = serde_json::from_slice(&body).map_err(|_| StatusCode::BAD_REQUEST)?;
                let event = serde_json::from_str::<Event>(&raw)?;
                let subscriber: NewSubscriber = form.0.try_into()?;
                let name = v.get(\"name\").and_then(Value::as_str).ok_or(StatusCode::BAD_REQUEST)?;
                let title = payload.title.trim();
                if title.is_empty() || title.len() > 200 { return Err(AppError::BadRequest(\"title\")); }
                let Some(qty) = other.get(\"qty\") else { return Err(StatusCode::UNPROCESSABLE_ENTITY) };
            }",
        );
        let parses: Vec<(Option<String>, String)> = b
            .json_parses
            .iter()
            .map(|j| (j.arg.clone(), j.target.as_ref().map(TypeRef::display).unwrap_or_default()))
            .collect();
        assert_eq!(parses, vec![(Some("body".into()), "NewOrder".into()), (Some("raw".into()), "Event".into())]);
        assert_eq!(b.converted, vec!["form".to_string()]);
        assert!(b.checked.contains(&"v".to_string()), "{:?}", b.checked);
        assert!(b.checked.contains(&"payload".to_string()), "{:?}", b.checked);
        assert!(b.checked.contains(&"other".to_string()), "{:?}", b.checked);
        assert!(!b.checked.contains(&"body".to_string()));
    }

    #[test]
    fn container_attributes() {
        let s: syn::ItemStruct = syn::parse_str(
            "#[derive(Deserialize, garde::Validate)]
             #[serde(deny_unknown_fields, try_from = \"RawInvite\", rename_all = \"camelCase\")]
             struct Invite { #[garde(email)] email: String, #[garde(skip)] note: String }",
        )
        .expect("struct");
        let f = crate::facts::types::struct_fact(SpanMap { file: FileId(0) }, &[], &s);
        assert_eq!(f.input.validate, Some(Validator::Garde));
        assert!(f.input.deny_unknown_fields);
        assert_eq!(f.input.try_from.as_deref(), Some("RawInvite"));
        assert!(f.field_attrs[0].rule && !f.field_attrs[1].rule && f.field_attrs[1].skip);
        let bare: syn::ItemStruct = syn::parse_str(
            "#[derive(Deserialize, Validate)] struct P { #[validate(length(max = 10))] t: String, n: u32 }",
        )
        .expect("struct");
        let f = crate::facts::types::struct_fact(SpanMap { file: FileId(0) }, &[], &bare);
        assert_eq!(f.input.validate, Some(Validator::Validator));
        assert_eq!(f.field_attrs.iter().filter(|a| a.rule).count(), 1);
        let via: syn::ItemStruct = syn::parse_str(
            "#[derive(FromRequest)] #[from_request(via(axum::Json), rejection(ApiError))] struct AppJson<T>(T);",
        )
        .expect("struct");
        let f = crate::facts::types::struct_fact(SpanMap { file: FileId(0) }, &[], &via);
        assert_eq!(f.input.via.as_deref(), Some("Json"));
    }
}
