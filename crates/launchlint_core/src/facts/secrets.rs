//! Literals that may be committed secrets (SPEC §7 `hardcoded_secret`): string and byte-string
//! literals (also inside `concat!` and other macros) that match a provider key format, literals
//! bound to a name that says "secret", literals passed where a key is expected
//! (`EncodingKey::from_secret(b"...")`, `Key::from(..)`, `Hmac::new_from_slice(..)`), and
//! fallbacks of environment variables (`env::var("X").unwrap_or("...")`). Only candidates are
//! kept; the lint judges them (entropy, placeholders, allow globs).

use super::names::is_secret_name;
use super::secret_text::classify;
use super::{last_segment, peel, Condition, Scope, SpanMap};
use crate::source::Span;
use std::collections::HashSet;
use syn::{Expr, Lit};

/// Where a candidate literal sits.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SecretContext {
    /// `const NAME` / `static NAME`.
    Item { name: String },
    /// `let name = ..`.
    Local { name: String },
    /// A struct field (`api_key: ".."`), an assignment (`cfg.password = ..`), a setter
    /// (`.password("..")`), or a value named by the literal before it (`.header("X-Api-Key", "..")`,
    /// `json!({"token": ".."})`).
    Named { name: String },
    /// The fallback of an environment variable.
    EnvFallback { var: String },
    /// The argument of a key constructor (`EncodingKey::from_secret`).
    Key { api: String },
    /// Anywhere else (kept only when it matches a key format).
    Bare,
}

/// What the literal is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LiteralValue {
    Text(String),
    /// A byte array written out (`&[0u8; 64]`, `&[7, 1, 9, ..]`): only judged in key positions.
    ByteArray,
}

#[derive(Debug, Clone)]
pub struct SecretLiteral {
    pub span: Span,
    pub value: LiteralValue,
    pub context: SecretContext,
    pub item_path: String,
    pub conditions: Vec<Condition>,
}

/// A key constructor whose argument is a path (`EncodingKey::from_secret(JWT_SECRET)`): the
/// model resolves it to a `const`/`static` literal.
#[derive(Debug, Clone)]
pub struct KeyConstRef {
    pub api: String,
    pub name: String,
    pub span: Span,
    pub item_path: String,
    pub conditions: Vec<Condition>,
}

/// A `const`/`static` whose value is a string or byte-string literal, for [`KeyConstRef`]s.
#[derive(Debug, Clone)]
pub struct StrConst {
    pub name: String,
    pub module: Vec<String>,
    pub span: Span,
    pub value: LiteralValue,
    pub conditions: Vec<Condition>,
}

/// Longest literal kept as a const value (keys are far shorter; SQL consts are not kept).
const MAX_CONST_LEN: usize = 1024;

#[derive(Debug, Default, Clone)]
pub struct SecretScan {
    /// Literal nodes already recorded with a context (visited again later by the walk).
    handled: HashSet<usize>,
    pub literals: Vec<SecretLiteral>,
    pub key_refs: Vec<KeyConstRef>,
    pub consts: Vec<StrConst>,
}

fn addr(e: &Expr) -> usize {
    e as *const Expr as usize
}

/// The literal an expression reduces to: `"x"`, `b"x"`, `concat!("a", "b")`, and the same wrapped
/// in `.into()`, `.to_string()`, `String::from(..)`, `Secret::new(..)`, `&`, `Some(..)`.
fn literal_of(e: &Expr) -> Option<(&Expr, LiteralValue)> {
    let e = peel(e);
    match e {
        Expr::Lit(l) => match &l.lit {
            Lit::Str(s) => Some((e, LiteralValue::Text(s.value()))),
            Lit::ByteStr(s) => Some((e, LiteralValue::Text(String::from_utf8_lossy(&s.value()).into_owned()))),
            _ => None,
        },
        Expr::Macro(m) if m.mac.path.is_ident("concat") => {
            concat_value(&m.mac.tokens).map(|v| (e, LiteralValue::Text(v)))
        }
        Expr::MethodCall(m)
            if m.args.is_empty()
                && matches!(
                    m.method.to_string().as_str(),
                    "into"
                        | "to_string"
                        | "to_owned"
                        | "as_bytes"
                        | "as_str"
                        | "as_ref"
                        | "to_vec"
                        | "into_bytes"
                        | "clone"
                        | "into_boxed_str"
                ) =>
        {
            literal_of(&m.receiver)
        }
        Expr::Call(c) if c.args.len() == 1 => {
            let Expr::Path(p) = peel(&c.func) else {
                return None;
            };
            let last = last_segment(&p.path);
            matches!(last.as_str(), "from" | "new" | "Some" | "Ok" | "from_static" | "from_str" | "Borrowed" | "Owned")
                .then(|| literal_of(&c.args[0]))
                .flatten()
        }
        Expr::Block(b) if b.block.stmts.len() == 1 => match &b.block.stmts[0] {
            syn::Stmt::Expr(x, None) => literal_of(x),
            _ => None,
        },
        _ => None,
    }
}

/// The joined value of `concat!("a", "b", ..)` when every piece is a string literal.
fn concat_value(tokens: &proc_macro2::TokenStream) -> Option<String> {
    let mut out = String::new();
    for t in tokens.clone() {
        match t {
            proc_macro2::TokenTree::Literal(l) => match Lit::new(l) {
                Lit::Str(s) => out.push_str(&s.value()),
                Lit::Int(i) => out.push_str(i.base10_digits()),
                _ => return None,
            },
            proc_macro2::TokenTree::Punct(p) if p.as_char() == ',' => {}
            _ => return None,
        }
    }
    Some(out)
}

/// The name an env lookup reads: `env::var("X")`, `std::env::var("X")`, `dotenvy::var("X")`,
/// `option_env!("X")`, followed through `.ok()`, `.map_err(..)`, `.as_deref()`.
fn env_var_name(e: &Expr) -> Option<String> {
    match peel(e) {
        Expr::MethodCall(m)
            if matches!(
                m.method.to_string().as_str(),
                "ok" | "map_err" | "as_deref" | "map" | "or_else" | "context" | "with_context"
            ) =>
        {
            env_var_name(&m.receiver)
        }
        Expr::Call(c) => {
            let Expr::Path(p) = peel(&c.func) else {
                return None;
            };
            let segs: Vec<String> = p.path.segments.iter().map(|s| s.ident.to_string()).collect();
            let n = segs.len();
            let env_call = n >= 2
                && matches!(segs[n - 1].as_str(), "var" | "var_os")
                && matches!(segs[n - 2].as_str(), "env" | "dotenvy" | "dotenv");
            if !env_call {
                return None;
            }
            c.args.first().and_then(super::lit_str)
        }
        Expr::Macro(m) if m.mac.path.is_ident("option_env") => {
            syn::parse2::<syn::LitStr>(m.mac.tokens.clone()).ok().map(|s| s.value())
        }
        _ => None,
    }
}

/// `FOO_BAR` (an environment variable's shape).
fn env_shaped(s: &str) -> bool {
    s.len() >= 2
        && s.chars().next().is_some_and(|c| c.is_ascii_uppercase())
        && s.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_')
}

/// The key constructor a call path names, by its last two segments.
fn key_api(path: &syn::Path) -> Option<(String, usize)> {
    let segs: Vec<String> = path.segments.iter().map(|s| s.ident.to_string()).collect();
    let n = segs.len();
    let last = segs.last()?.as_str();
    let ty = if n >= 2 { segs[n - 2].as_str() } else { "" };
    let api = match (ty, last) {
        ("EncodingKey" | "DecodingKey", "from_secret" | "from_base64_secret") => {
            format!("{ty}::{last}")
        }
        // The whole path, so the model can tell the cookie crate's `Key` from others.
        ("Key", "from" | "derive_from" | "try_from") => segs.join("::"),
        (_, "new_from_slice" | "new_varkey") => {
            format!("{}::{last}", if ty.is_empty() { "Mac" } else { ty })
        }
        ("CookieIdentityPolicy", "new") => "CookieIdentityPolicy::new".into(),
        ("CookieSession", "signed" | "private") => format!("CookieSession::{last}"),
        ("HS256Key" | "HS384Key" | "HS512Key", "from_bytes") => format!("{ty}::from_bytes"),
        // ring: `hmac::Key::new(hmac::HMAC_SHA256, key)`: the key is the second argument.
        ("Key", "new") if segs.iter().any(|s| s == "hmac") => return Some(("hmac::Key::new".into(), 1)),
        _ => return None,
    };
    Some((api, 0))
}

impl SecretScan {
    fn push(&mut self, map: SpanMap, scope: &Scope, lit: &Expr, value: LiteralValue, context: SecretContext) {
        self.handled.insert(addr(lit));
        if let Expr::Macro(m) = lit {
            self.handled.insert(&m.mac as *const syn::Macro as usize);
        }
        let keep = match (&context, &value) {
            (SecretContext::Key { .. }, _) => true,
            (_, LiteralValue::ByteArray) => false,
            (SecretContext::Bare, LiteralValue::Text(v)) => classify(v).is_some(),
            (SecretContext::EnvFallback { var }, LiteralValue::Text(v)) => is_secret_name(var) || classify(v).is_some(),
            (
                SecretContext::Item { name } | SecretContext::Local { name } | SecretContext::Named { name },
                LiteralValue::Text(v),
            ) => is_secret_name(name) || classify(v).is_some(),
        };
        if keep {
            self.literals.push(SecretLiteral {
                span: map.node(lit),
                value,
                context,
                item_path: scope.item_path(),
                conditions: scope.conditions.clone(),
            });
        }
    }

    /// Records `e` with `context` if it reduces to a literal. Returns whether it did.
    fn named(&mut self, map: SpanMap, scope: &Scope, e: &Expr, context: SecretContext) -> bool {
        match literal_of(e) {
            Some((lit, value)) => {
                self.push(map, scope, lit, value, context);
                true
            }
            None => false,
        }
    }

    /// `const` / `static` items (module level and in impls).
    pub fn on_const(&mut self, map: SpanMap, scope: &Scope, name: &str, module: &[String], e: &Expr) {
        if let Some((lit, value)) = literal_of(e) {
            if let LiteralValue::Text(v) = &value {
                if v.len() <= MAX_CONST_LEN {
                    self.consts.push(StrConst {
                        name: name.to_string(),
                        module: module.to_vec(),
                        span: map.node(lit),
                        value: value.clone(),
                        conditions: scope.conditions.clone(),
                    });
                }
            }
            self.push(map, scope, lit, value, SecretContext::Item { name: name.to_string() });
        } else if let Some(arr) = byte_array(e) {
            self.consts.push(StrConst {
                name: name.to_string(),
                module: module.to_vec(),
                span: map.node(arr),
                value: LiteralValue::ByteArray,
                conditions: scope.conditions.clone(),
            });
        }
    }

    pub fn on_local(&mut self, map: SpanMap, scope: &Scope, local: &syn::Local) {
        let (Some(init), Some(name)) = (&local.init, pat_name(&local.pat)) else {
            return;
        };
        self.named(map, scope, &init.expr, SecretContext::Local { name });
    }

    /// Every expression node, parents before children.
    pub fn on_expr(&mut self, map: SpanMap, scope: &Scope, e: &Expr) {
        match e {
            Expr::Lit(_) if !self.handled.contains(&addr(e)) => {
                if let Some((lit, value)) = literal_of(e) {
                    self.push(map, scope, lit, value, SecretContext::Bare);
                }
            }
            Expr::Struct(s) => {
                for f in &s.fields {
                    if let syn::Member::Named(name) = &f.member {
                        self.named(map, scope, &f.expr, SecretContext::Named { name: name.to_string() });
                    }
                }
            }
            Expr::Assign(a) => {
                let name = match peel(&a.left) {
                    Expr::Field(f) => match &f.member {
                        syn::Member::Named(n) => Some(n.to_string()),
                        syn::Member::Unnamed(_) => None,
                    },
                    Expr::Path(p) => p.path.get_ident().map(ToString::to_string),
                    _ => None,
                };
                if let Some(name) = name {
                    self.named(map, scope, &a.right, SecretContext::Named { name });
                }
            }
            Expr::MethodCall(m) => self.on_method(map, scope, m),
            Expr::Call(c) => self.on_call(map, scope, c),
            _ => {}
        }
    }

    fn on_method(&mut self, map: SpanMap, scope: &Scope, m: &syn::ExprMethodCall) {
        let method = m.method.to_string();
        // Environment fallbacks.
        if matches!(method.as_str(), "unwrap_or" | "unwrap_or_else" | "or") && m.args.len() == 1 {
            if let Some(var) = env_var_name(&m.receiver) {
                let fallback = match peel(&m.args[0]) {
                    Expr::Closure(c) => &*c.body,
                    other => other,
                };
                self.named(map, scope, fallback, SecretContext::EnvFallback { var });
                return;
            }
        }
        self.args_named(map, scope, &method, m.args.iter().collect());
    }

    fn on_call(&mut self, map: SpanMap, scope: &Scope, c: &syn::ExprCall) {
        let Expr::Path(p) = peel(&c.func) else {
            return;
        };
        if let Some((api, index)) = key_api(&p.path) {
            if let Some(arg) = c.args.iter().nth(index) {
                self.key_arg(map, scope, &api, arg);
            }
            return;
        }
        let args: Vec<&Expr> = c.args.iter().collect();
        let callee = last_segment(&p.path);
        // A local helper reading an env var with a default: `env_or("JWT_SECRET", "dev")`,
        // `get_env("PORT", "8080")`, `var_or(..)` (not `set_var`, which is named by its key).
        let reads_with_default = callee != "set_var"
            && super::names::words(&callee)
                .iter()
                .any(|w| matches!(w.as_str(), "env" | "or" | "default" | "fallback" | "getenv"));
        if args.len() == 2 && reads_with_default {
            if let Some(var) = super::lit_str(args[0]).filter(|v| env_shaped(v)) {
                self.named(map, scope, args[1], SecretContext::EnvFallback { var });
                return;
            }
        }
        self.args_named(map, scope, &callee, args);
    }

    /// `.password("..")` (one argument named by the method or fn), `.header("X-Api-Key", "..")`
    /// (the second argument named by the first).
    fn args_named(&mut self, map: SpanMap, scope: &Scope, callee: &str, args: Vec<&Expr>) {
        match args.as_slice() {
            [one] if is_secret_name(callee) => {
                self.named(map, scope, one, SecretContext::Named { name: callee.to_string() });
            }
            [first, second] => {
                if let Some(name) = super::lit_str(first).filter(|n| n.len() <= 64) {
                    self.named(map, scope, second, SecretContext::Named { name });
                }
            }
            _ => {}
        }
    }

    fn key_arg(&mut self, map: SpanMap, scope: &Scope, api: &str, arg: &Expr) {
        let context = SecretContext::Key { api: api.to_string() };
        if let Some((lit, value)) = literal_of(arg) {
            self.push(map, scope, lit, value, context);
            return;
        }
        if let Some(arr) = byte_array(arg) {
            self.push(map, scope, arr, LiteralValue::ByteArray, context);
            return;
        }
        // `JWT_SECRET`, `JWT_SECRET.as_bytes()`, `&KEY`, `crate::keys::KEY`.
        let mut e = peel(arg);
        while let Expr::MethodCall(m) = e {
            if !m.args.is_empty()
                || !matches!(m.method.to_string().as_str(), "as_bytes" | "as_ref" | "to_vec" | "as_slice")
            {
                return;
            }
            e = peel(&m.receiver);
        }
        if let Expr::Path(p) = e {
            let name = last_segment(&p.path);
            if name.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_') {
                self.key_refs.push(KeyConstRef {
                    api: api.to_string(),
                    name,
                    span: map.node(arg),
                    item_path: scope.item_path(),
                    conditions: scope.conditions.clone(),
                });
            }
        }
    }

    /// Macros: `concat!` is one literal; string literals inside other macros (`json!`, `vec!`,
    /// `format!`) are candidates, named by a preceding `"key":`.
    pub fn on_macro(&mut self, map: SpanMap, scope: &Scope, mac: &syn::Macro) {
        if mac.path.is_ident("include_str") || mac.path.is_ident("include_bytes") {
            return;
        }
        if mac.path.is_ident("concat") {
            if self.handled.contains(&(mac as *const syn::Macro as usize)) {
                return;
            }
            if let Some(value) = concat_value(&mac.tokens) {
                if classify(&value).is_some() {
                    self.literals.push(SecretLiteral {
                        span: map.node(mac),
                        value: LiteralValue::Text(value),
                        context: SecretContext::Bare,
                        item_path: scope.item_path(),
                        conditions: scope.conditions.clone(),
                    });
                }
            }
            return;
        }
        self.scan_tokens(map, scope, mac.tokens.clone());
    }

    /// Drops the walk state once the file is done.
    pub fn finish(&mut self) {
        self.handled = HashSet::new();
    }

    fn scan_tokens(&mut self, map: SpanMap, scope: &Scope, tokens: proc_macro2::TokenStream) {
        use proc_macro2::TokenTree;
        let mut name: Option<String> = None;
        let mut after_colon = false;
        for t in tokens {
            match t {
                TokenTree::Group(g) => {
                    self.scan_tokens(map, scope, g.stream());
                    name = None;
                }
                TokenTree::Literal(l) => {
                    let lit_span = l.span();
                    let value = match Lit::new(l) {
                        Lit::Str(s) => s.value(),
                        Lit::ByteStr(s) => String::from_utf8_lossy(&s.value()).into_owned(),
                        _ => {
                            name = None;
                            continue;
                        }
                    };
                    let context = match (&name, after_colon) {
                        (Some(n), true) => SecretContext::Named { name: n.clone() },
                        _ => SecretContext::Bare,
                    };
                    let keep = match &context {
                        SecretContext::Named { name } => is_secret_name(name) || classify(&value).is_some(),
                        _ => classify(&value).is_some(),
                    };
                    if keep {
                        self.literals.push(SecretLiteral {
                            span: map.span(lit_span),
                            value: LiteralValue::Text(value.clone()),
                            context,
                            item_path: scope.item_path(),
                            conditions: scope.conditions.clone(),
                        });
                    }
                    name = Some(value);
                    after_colon = false;
                }
                TokenTree::Punct(p) if p.as_char() == ':' && name.is_some() => after_colon = true,
                _ => {
                    name = None;
                    after_colon = false;
                }
            }
        }
    }
}

/// `&[0u8; 64]`, `[7, 1, 9, ..]` (integer literals only).
fn byte_array(e: &Expr) -> Option<&Expr> {
    let e = peel(e);
    let int = |x: &Expr| matches!(peel(x), Expr::Lit(syn::ExprLit { lit: Lit::Int(_), .. }));
    match e {
        Expr::Repeat(r) if int(&r.expr) => Some(e),
        Expr::Array(a) if a.elems.len() >= 8 && a.elems.iter().all(int) => Some(e),
        _ => None,
    }
}

fn pat_name(p: &syn::Pat) -> Option<String> {
    match p {
        syn::Pat::Ident(i) => Some(i.ident.to_string()),
        syn::Pat::Type(t) => pat_name(&t.pat),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::FileId;

    fn scan(src: &str) -> Vec<(String, SecretContext)> {
        let f = crate::facts::extract(FileId(0), &syn::parse_file(src).expect("parse"));
        f.secrets
            .literals
            .iter()
            .map(|l| {
                let v = match &l.value {
                    LiteralValue::Text(t) => t.clone(),
                    LiteralValue::ByteArray => "<bytes>".into(),
                };
                (v, l.context.clone())
            })
            .collect()
    }

    #[test]
    fn contexts() {
        let found = scan(
            r#"
            const JWT_SECRET: &str = "a";
            static GREETING: &str = "hello";
            fn f() {
                let api_key = String::from("b");
                let cfg = Config { password: "c".into(), host: "d".into() };
                let t = std::env::var("SESSION_SECRET").unwrap_or_else(|_| "e".to_string());
                let u = env_or("JWT_SECRET", "f");
                let k = EncodingKey::from_secret(b"g");
                let k2 = Key::from(&[0u8; 64]);
                let r = client.get(url).header("X-Api-Key", "h");
                let j = json!({"client_secret": "i", "name": "j"});
                let c = concat!("sk_", "live_", "0000TESTFIXTURE000000001");
            }
            #[cfg(test)]
            mod tests { const API_TOKEN: &str = "zzz"; }
            "#,
        );
        let ctx = |v: &str| found.iter().find(|(x, _)| x == v).map(|(_, c)| c.clone());
        assert_eq!(ctx("a"), Some(SecretContext::Item { name: "JWT_SECRET".into() }));
        assert_eq!(ctx("hello"), None);
        assert_eq!(ctx("b"), Some(SecretContext::Local { name: "api_key".into() }));
        assert_eq!(ctx("c"), Some(SecretContext::Named { name: "password".into() }));
        assert_eq!(ctx("d"), None);
        assert_eq!(ctx("e"), Some(SecretContext::EnvFallback { var: "SESSION_SECRET".into() }));
        assert_eq!(ctx("f"), Some(SecretContext::EnvFallback { var: "JWT_SECRET".into() }));
        assert_eq!(ctx("g"), Some(SecretContext::Key { api: "EncodingKey::from_secret".into() }));
        assert_eq!(ctx("<bytes>"), Some(SecretContext::Key { api: "Key::from".into() }));
        assert_eq!(ctx("h"), Some(SecretContext::Named { name: "X-Api-Key".into() }));
        assert_eq!(ctx("i"), Some(SecretContext::Named { name: "client_secret".into() }));
        assert_eq!(ctx("j"), None);
        assert!(ctx("sk_live_0000TESTFIXTURE000000001").is_some());
        assert_eq!(ctx("zzz"), None);
        // Each literal once.
        assert_eq!(found.iter().filter(|(v, _)| v == "a").count(), 1);
    }

    #[test]
    fn key_const_refs() {
        let f = crate::facts::extract(
            FileId(0),
            &syn::parse_file(
                r#"
                static LINK_KEY: &[u8] = b"k";
                fn sign() { EncodingKey::from_secret(LINK_KEY); DecodingKey::from_secret(LINK_KEY.as_ref()); }
                "#,
            )
            .expect("parse"),
        );
        assert_eq!(f.secrets.key_refs.len(), 2);
        assert_eq!(f.secrets.consts.len(), 1);
        assert_eq!(f.secrets.consts[0].name, "LINK_KEY");
    }
}
