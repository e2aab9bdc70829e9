//! Which variables hold errors, while walking one fn body: parameters of `map_err`-like
//! closures, `Err(e)` patterns of `match` arms and `if let`, and variant fields bound in
//! `match self` (with the variants of the enclosing arm), plus the call each error comes from.

use super::{last_segment, peel};
use syn::Expr;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BindingKind {
    /// A parameter of a `map_err`/`unwrap_or_else`/`or_else`/`inspect_err` closure.
    Closure,
    /// `Err(e)` in a `match` arm or an `if let`.
    ErrPattern,
    /// A variant field bound in `match self { Variant(e) => .. }`.
    Variant,
    /// The whole value, bound by a catch-all arm of `match self { other => .. }`.
    SelfAlias,
}

/// A variable known to hold an error.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ErrBinding {
    pub name: String,
    pub kind: BindingKind,
    /// The fallible call it comes from: `db::members::list_all`, `.fetch_one()`.
    pub origin: Option<String>,
    /// For [`BindingKind::Variant`]: the variant and the field (`"0"` or its name).
    pub variant: Option<(String, String)>,
}

/// The error bindings in scope at a point of the walk.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ErrScope {
    bindings: Vec<ErrBinding>,
    /// Enclosing `match` expressions: on `self`?, and the call matched on.
    /// Enclosing `match`es: on `self`, the error origin, and the variants earlier arms named.
    matches: Vec<(bool, Option<String>, Vec<String>)>,
    /// Variants of the enclosing `match self` arms.
    arms: Vec<Vec<String>>,
}

/// Scope depths to restore after an expression or arm.
#[derive(Debug, Clone, Copy)]
pub struct Mark {
    scope: usize,
    matches: usize,
    arms: usize,
}

/// Whether a name reads like an error variable.
pub fn error_named(n: &str) -> bool {
    matches!(n, "e" | "err" | "error" | "source" | "cause")
        || n.ends_with("_err")
        || n.ends_with("_error")
        || n.starts_with("err_")
        || n.starts_with("error_")
}

/// `db::members::list_all` for `db::members::list_all(&db, id).await`, `.fetch_one()` for a
/// method chain.
pub fn origin(e: &Expr) -> Option<String> {
    let mut cur = e;
    let mut method = None;
    for _ in 0..24 {
        cur = match peel(cur) {
            Expr::Await(a) => &a.base,
            Expr::Try(t) => &t.expr,
            Expr::MethodCall(m) => {
                if method.is_none() && !matches!(m.method.to_string().as_str(), "await" | "context" | "with_context") {
                    method = Some(format!(".{}()", m.method));
                }
                &m.receiver
            }
            Expr::Call(c) => {
                return match peel(&c.func) {
                    Expr::Path(p) if !last_segment(&p.path).starts_with(|c: char| c.is_ascii_uppercase()) => {
                        let path = super::path_string(&p.path);
                        Some(match method {
                            Some(m) => format!("{path}(..){m}"),
                            None => path,
                        })
                    }
                    _ => method,
                }
            }
            _ => return method,
        };
    }
    method
}

/// Names bound by a pattern (`e`, `ref err`, `AppError::Db(e)`).
fn bound_names(p: &syn::Pat, out: &mut Vec<String>) {
    match p {
        syn::Pat::Ident(i) => out.push(i.ident.to_string()),
        syn::Pat::TupleStruct(t) => t.elems.iter().for_each(|x| bound_names(x, out)),
        syn::Pat::Tuple(t) => t.elems.iter().for_each(|x| bound_names(x, out)),
        syn::Pat::Struct(s) => s.fields.iter().for_each(|f| bound_names(&f.pat, out)),
        syn::Pat::Reference(r) => bound_names(&r.pat, out),
        syn::Pat::Type(t) => bound_names(&t.pat, out),
        syn::Pat::Paren(x) => bound_names(&x.pat, out),
        syn::Pat::Or(o) => o.cases.iter().for_each(|x| bound_names(x, out)),
        _ => {}
    }
}

/// The inside of an `Err(..)` pattern.
fn err_pattern(p: &syn::Pat) -> Option<&syn::Pat> {
    match p {
        syn::Pat::TupleStruct(t) if last_segment(&t.path) == "Err" && t.elems.len() == 1 => t.elems.first(),
        syn::Pat::Reference(r) => err_pattern(&r.pat),
        _ => None,
    }
}

pub fn is_self(e: &Expr) -> bool {
    match e {
        Expr::Reference(r) => is_self(&r.expr),
        Expr::Unary(u) => is_self(&u.expr),
        Expr::Paren(p) => is_self(&p.expr),
        Expr::Path(p) => p.path.is_ident("self"),
        _ => false,
    }
}

impl ErrScope {
    pub const EMPTY: ErrScope = ErrScope { bindings: Vec::new(), matches: Vec::new(), arms: Vec::new() };

    fn mark(&self) -> Mark {
        Mark { scope: self.bindings.len(), matches: self.matches.len(), arms: self.arms.len() }
    }

    /// Restores the scopes to a mark.
    pub fn exit(&mut self, m: Mark) {
        self.bindings.truncate(m.scope);
        self.matches.truncate(m.matches);
        self.arms.truncate(m.arms);
    }

    /// Error bindings an expression introduces for its children.
    pub fn enter(&mut self, e: &Expr) -> Mark {
        let mark = self.mark();
        match e {
            Expr::MethodCall(m)
                if matches!(
                    m.method.to_string().as_str(),
                    "map_err" | "unwrap_or_else" | "or_else" | "inspect_err" | "map_or_else"
                ) =>
            {
                if let Some(Expr::Closure(c)) = m.args.first().map(peel) {
                    let origin = origin(&m.receiver);
                    let mut names = Vec::new();
                    c.inputs.iter().for_each(|p| bound_names(p, &mut names));
                    for name in names {
                        self.bindings.push(ErrBinding {
                            name,
                            kind: BindingKind::Closure,
                            origin: origin.clone(),
                            variant: None,
                        });
                    }
                }
            }
            Expr::If(i) => {
                if let Expr::Let(l) = &*i.cond {
                    if let Some(inner) = err_pattern(&l.pat) {
                        let origin = origin(&l.expr);
                        let mut names = Vec::new();
                        bound_names(inner, &mut names);
                        for name in names {
                            self.bindings.push(ErrBinding {
                                name,
                                kind: BindingKind::ErrPattern,
                                origin: origin.clone(),
                                variant: None,
                            });
                        }
                    }
                }
            }
            Expr::Match(m) => self.matches.push((is_self(&m.expr), origin(&m.expr), Vec::new())),
            _ => {}
        }
        mark
    }

    /// Bindings of one match arm: `Err(e)`, and variant fields in `match self`.
    pub fn enter_arm(&mut self, arm: &syn::Arm) -> Mark {
        let mark = self.mark();
        let Some((on_self, origin, earlier)) = self.matches.last().cloned() else {
            return mark;
        };
        if let Some(inner) = err_pattern(&arm.pat) {
            let mut names = Vec::new();
            bound_names(inner, &mut names);
            for name in names {
                self.bindings.push(ErrBinding {
                    name,
                    kind: BindingKind::ErrPattern,
                    origin: origin.clone(),
                    variant: None,
                });
            }
        }
        if on_self {
            let cases: Vec<&syn::Pat> = match &arm.pat {
                syn::Pat::Or(o) => o.cases.iter().collect(),
                p => vec![p],
            };
            let mut variants = Vec::new();
            for c in cases {
                match c {
                    syn::Pat::TupleStruct(t) => {
                        let v = last_segment(&t.path);
                        for (i, el) in t.elems.iter().enumerate() {
                            if let syn::Pat::Ident(id) = el {
                                self.bindings.push(ErrBinding {
                                    name: id.ident.to_string(),
                                    kind: BindingKind::Variant,
                                    origin: None,
                                    variant: Some((v.clone(), i.to_string())),
                                });
                            }
                        }
                        variants.push(v);
                    }
                    syn::Pat::Struct(s) => {
                        let v = last_segment(&s.path);
                        for f in &s.fields {
                            if let (syn::Member::Named(field), syn::Pat::Ident(id)) = (&f.member, &*f.pat) {
                                self.bindings.push(ErrBinding {
                                    name: id.ident.to_string(),
                                    kind: BindingKind::Variant,
                                    origin: None,
                                    variant: Some((v.clone(), field.to_string())),
                                });
                            }
                        }
                        variants.push(v);
                    }
                    syn::Pat::Path(p) => variants.push(last_segment(&p.path)),
                    syn::Pat::Ident(id) if id.subpat.is_none() => {
                        self.bindings.push(ErrBinding {
                            name: id.ident.to_string(),
                            kind: BindingKind::SelfAlias,
                            origin: None,
                            variant: None,
                        });
                        variants.push("_".into());
                    }
                    _ => variants.push("_".into()),
                }
            }
            // A catch-all arm gets what the arms above it did not take: `!Variant` excludes.
            if variants.iter().any(|v| v == "_") && arm.guard.is_none() {
                variants.extend(earlier.iter().filter(|v| *v != "_").map(|v| format!("!{v}")));
            }
            if arm.guard.is_none() {
                if let Some(m) = self.matches.last_mut() {
                    m.2.extend(variants.iter().filter(|v| !v.starts_with('!') && *v != "_").cloned());
                }
            }
            self.arms.push(variants);
        }
        mark
    }

    /// The innermost binding of that name.
    pub fn lookup(&self, name: &str) -> Option<&ErrBinding> {
        self.bindings.iter().rev().find(|b| b.name == name)
    }

    /// Variants of the innermost enclosing `match self` arm.
    pub fn arm(&self) -> Vec<String> {
        self.arms.last().cloned().unwrap_or_default()
    }
}
