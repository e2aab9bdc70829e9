//! Types as written (no type checking): parameter types of fns, structs with their derives and
//! fields, trait impls, and `const`/`static` values. Enough to tell which extractor a handler
//! takes and what an extractor's impl does.

use super::{last_segment, lit_str, peel, SpanMap};
use crate::source::Span;

/// A type as written: `Option<AuthUser>` is `Option` with one argument `AuthUser`; references,
/// parentheses and groups are stripped.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub struct TypeRef {
    /// Path segments (`["axum", "Json"]`); `["_"]` for types launchlint does not model.
    pub path: Vec<String>,
    pub args: Vec<TypeRef>,
}

impl TypeRef {
    pub fn of(ty: &syn::Type) -> TypeRef {
        match ty {
            syn::Type::Path(p) => {
                let path: Vec<String> = p.path.segments.iter().map(|s| s.ident.to_string()).collect();
                let args = p
                    .path
                    .segments
                    .last()
                    .map(|s| match &s.arguments {
                        syn::PathArguments::AngleBracketed(a) => a
                            .args
                            .iter()
                            .filter_map(|g| match g {
                                syn::GenericArgument::Type(t) => Some(TypeRef::of(t)),
                                _ => None,
                            })
                            .collect(),
                        _ => Vec::new(),
                    })
                    .unwrap_or_default();
                TypeRef { path, args }
            }
            syn::Type::Reference(r) => TypeRef::of(&r.elem),
            syn::Type::Paren(p) => TypeRef::of(&p.elem),
            syn::Type::Group(g) => TypeRef::of(&g.elem),
            syn::Type::Tuple(t) => {
                TypeRef { path: vec!["(..)".into()], args: t.elems.iter().map(TypeRef::of).collect() }
            }
            _ => TypeRef { path: vec!["_".into()], args: Vec::new() },
        }
    }

    /// The last path segment (`Json` for `axum::Json<T>`).
    pub fn name(&self) -> &str {
        self.path.last().map(String::as_str).unwrap_or("_")
    }

    /// `Option<AuthUser>` as written, with `::` paths shortened to their last segment.
    pub fn display(&self) -> String {
        if self.args.is_empty() {
            self.name().to_string()
        } else {
            let args: Vec<String> = self.args.iter().map(TypeRef::display).collect();
            if self.name() == "(..)" {
                format!("({})", args.join(", "))
            } else {
                format!("{}<{}>", self.name(), args.join(", "))
            }
        }
    }
}

/// One parameter of a fn (or closure).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Param {
    pub ty: TypeRef,
    /// The whole parameter (`user: AuthUser`).
    pub span: Span,
}

pub fn params(map: SpanMap, sig: &syn::Signature) -> Vec<Param> {
    sig.inputs
        .iter()
        .filter_map(|a| match a {
            syn::FnArg::Typed(t) => {
                Some(Param { ty: TypeRef::of(&t.ty), span: map.join(first_pat_span(&t.pat), last_type_span(&t.ty)) })
            }
            syn::FnArg::Receiver(_) => None,
        })
        .collect()
}

/// Parameters of a closure (`|State(st): State<App>, user: AuthUser| ..`); untyped ones are `_`.
pub fn closure_params(map: SpanMap, c: &syn::ExprClosure) -> Vec<Param> {
    c.inputs
        .iter()
        .map(|p| match p {
            syn::Pat::Type(t) => {
                Param { ty: TypeRef::of(&t.ty), span: map.join(first_pat_span(&t.pat), last_type_span(&t.ty)) }
            }
            other => Param {
                ty: TypeRef { path: vec!["_".into()], args: Vec::new() },
                span: map.span(first_pat_span(other)),
            },
        })
        .collect()
}

fn first_pat_span(p: &syn::Pat) -> proc_macro2::Span {
    match p {
        syn::Pat::Ident(i) => i.by_ref.map(|r| r.span).or(i.mutability.map(|m| m.span)).unwrap_or(i.ident.span()),
        syn::Pat::TupleStruct(t) => {
            t.path.segments.first().map_or_else(proc_macro2::Span::call_site, |s| s.ident.span())
        }
        syn::Pat::Struct(s) => s.path.segments.first().map_or_else(proc_macro2::Span::call_site, |s| s.ident.span()),
        syn::Pat::Tuple(t) => t.paren_token.span.open(),
        syn::Pat::Wild(w) => w.underscore_token.span,
        syn::Pat::Reference(r) => r.and_token.span,
        syn::Pat::Type(t) => first_pat_span(&t.pat),
        _ => proc_macro2::Span::call_site(),
    }
}

fn last_type_span(t: &syn::Type) -> proc_macro2::Span {
    match t {
        syn::Type::Path(p) => match p.path.segments.last() {
            Some(s) => match &s.arguments {
                syn::PathArguments::AngleBracketed(a) => a.gt_token.span,
                _ => s.ident.span(),
            },
            None => proc_macro2::Span::call_site(),
        },
        syn::Type::Reference(r) => last_type_span(&r.elem),
        syn::Type::Paren(p) => p.paren_token.span.close(),
        syn::Type::Tuple(t) => t.paren_token.span.close(),
        syn::Type::Group(g) => last_type_span(&g.elem),
        _ => proc_macro2::Span::call_site(),
    }
}

/// A struct or enum declaration.
#[derive(Debug, Clone)]
pub struct StructFact {
    pub module: Vec<String>,
    pub name: String,
    pub name_span: Span,
    /// Derive names as written (`Deserialize`, `validator::Validate` → `Validate`).
    pub derives: Vec<String>,
    /// Named or positional fields with their types (empty for enums).
    pub fields: Vec<(Option<String>, TypeRef)>,
    /// `#[typed_path("/users/{id}")]` (axum-extra).
    pub typed_path: Option<String>,
}

/// Derive names of an item's attributes.
pub fn derives(attrs: &[syn::Attribute]) -> Vec<String> {
    let mut out = Vec::new();
    for a in attrs.iter().filter(|a| a.path().is_ident("derive")) {
        if let Ok(list) = a.parse_args_with(syn::punctuated::Punctuated::<syn::Path, syn::Token![,]>::parse_terminated)
        {
            out.extend(list.iter().map(last_segment));
        }
    }
    out
}

pub fn struct_fact(map: SpanMap, module: &[String], s: &syn::ItemStruct) -> StructFact {
    let typed_path = s
        .attrs
        .iter()
        .find(|a| a.path().is_ident("typed_path"))
        .and_then(|a| a.parse_args::<syn::LitStr>().ok())
        .map(|l| l.value());
    StructFact {
        module: module.to_vec(),
        name: s.ident.to_string(),
        name_span: map.span(s.ident.span()),
        derives: derives(&s.attrs),
        fields: s.fields.iter().map(|f| (f.ident.as_ref().map(ToString::to_string), TypeRef::of(&f.ty))).collect(),
        typed_path,
    }
}

/// `impl Trait for Type { type A = B; fn .. }`.
#[derive(Debug, Clone)]
pub struct ImplFact {
    pub module: Vec<String>,
    /// The trait's last segment (`FromRequestParts`, `Transform`, `Service`, `Layer`).
    pub trait_name: String,
    pub self_ty: TypeRef,
    /// Associated types (`Rejection`, `Service`, `Transform`, `Error`).
    pub assoc: Vec<(String, TypeRef)>,
    pub span: Span,
}

/// A `const` or `static` whose value launchlint can read.
#[derive(Debug, Clone, PartialEq)]
pub struct ConstFact {
    pub module: Vec<String>,
    pub name: String,
    pub value: ConstValue,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq)]
pub enum ConstValue {
    Str(String),
    /// An array or slice of string literals (or of tuples whose first element is one).
    StrList(Vec<String>),
    Int(u128),
}

/// Reads a constant's value: string literals, `concat!` of literals, arrays of literals,
/// integer literals.
pub fn const_value(e: &syn::Expr) -> Option<ConstValue> {
    if let Some(s) = lit_str(e) {
        return Some(ConstValue::Str(s));
    }
    match peel(e) {
        syn::Expr::Lit(syn::ExprLit { lit: syn::Lit::Int(i), .. }) => {
            i.base10_parse::<u128>().ok().map(ConstValue::Int)
        }
        syn::Expr::Macro(m) if m.mac.path.is_ident("concat") => {
            let parts = m
                .mac
                .parse_body_with(syn::punctuated::Punctuated::<syn::Expr, syn::Token![,]>::parse_terminated)
                .ok()?;
            let mut s = String::new();
            for p in parts.iter() {
                s.push_str(&lit_str(p)?);
            }
            Some(ConstValue::Str(s))
        }
        syn::Expr::Array(a) => {
            let mut v = Vec::new();
            for el in &a.elems {
                match peel(el) {
                    syn::Expr::Tuple(t) => v.push(t.elems.first().and_then(lit_str)?),
                    other => v.push(lit_str(other)?),
                }
            }
            Some(ConstValue::StrList(v))
        }
        _ => None,
    }
}

/// Which trait an impl implements, and for which type.
pub fn impl_fact(map: SpanMap, module: &[String], i: &syn::ItemImpl) -> Option<ImplFact> {
    let (_, trait_path, _) = i.trait_.as_ref()?;
    let assoc = i
        .items
        .iter()
        .filter_map(|it| match it {
            syn::ImplItem::Type(t) => Some((t.ident.to_string(), TypeRef::of(&t.ty))),
            _ => None,
        })
        .collect();
    Some(ImplFact {
        module: module.to_vec(),
        trait_name: last_segment(trait_path),
        self_ty: TypeRef::of(&i.self_ty),
        assoc,
        span: map.join(i.impl_token.span, i.brace_token.span.open()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ty(s: &str) -> TypeRef {
        TypeRef::of(&syn::parse_str::<syn::Type>(s).expect("type"))
    }

    #[test]
    fn type_refs() {
        assert_eq!(ty("Option<AuthUser>").display(), "Option<AuthUser>");
        assert_eq!(ty("axum::extract::Extension<crate::auth::CurrentUser>").display(), "Extension<CurrentUser>");
        assert_eq!(ty("&mut web::ServiceConfig").name(), "ServiceConfig");
        assert_eq!(ty("(StatusCode, String)").display(), "(StatusCode, String)");
    }

    #[test]
    fn const_values() {
        let v = |s: &str| const_value(&syn::parse_str::<syn::Expr>(s).expect("expr"));
        assert_eq!(v("\"/api\""), Some(ConstValue::Str("/api".into())));
        assert_eq!(v("concat!(\"/api\", \"/v1\")"), Some(ConstValue::Str("/api/v1".into())));
        assert_eq!(v("[\"/health\", \"/login\"]"), Some(ConstValue::StrList(vec!["/health".into(), "/login".into()])));
        assert_eq!(v("[(\"/health\", Method::GET)]"), Some(ConstValue::StrList(vec!["/health".into()])));
        assert_eq!(v("1024"), Some(ConstValue::Int(1024)));
        assert_eq!(v("compute()"), None);
    }
}
