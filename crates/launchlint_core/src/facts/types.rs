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
            // `dyn std::error::Error + Send`: the first trait bound, behind a `dyn` segment.
            syn::Type::TraitObject(t) => t
                .bounds
                .iter()
                .find_map(|b| match b {
                    syn::TypeParamBound::Trait(tb) => {
                        let mut path = vec!["dyn".to_string()];
                        path.extend(tb.path.segments.iter().map(|s| s.ident.to_string()));
                        Some(TypeRef { path, args: Vec::new() })
                    }
                    _ => None,
                })
                .unwrap_or_else(|| TypeRef { path: vec!["_".into()], args: Vec::new() }),
            syn::Type::Slice(s) => TypeRef { path: vec!["[..]".into()], args: vec![TypeRef::of(&s.elem)] },
            syn::Type::Array(a) => TypeRef { path: vec!["[..]".into()], args: vec![TypeRef::of(&a.elem)] },
            _ => TypeRef { path: vec!["_".into()], args: Vec::new() },
        }
    }

    /// The last path segment (`Json` for `axum::Json<T>`).
    pub fn name(&self) -> &str {
        self.path.last().map(String::as_str).unwrap_or("_")
    }

    /// Whether the written path ends with `tail` (`["serde_json", "Value"]` ends with `["Value"]`).
    pub fn ends_with(&self, tail: &[&str]) -> bool {
        self.path.len() >= tail.len() && self.path[self.path.len() - tail.len()..].iter().zip(tail).all(|(a, b)| a == b)
    }

    /// `Option<AuthUser>` as written, with `::` paths shortened to their last segment.
    pub fn display(&self) -> String {
        if self.path.first().is_some_and(|p| p == "dyn") {
            return format!("dyn {}", self.name());
        }
        if self.name() == "[..]" {
            return format!("[{}]", self.args.first().map(TypeRef::display).unwrap_or_default());
        }
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
    /// The name the value is bound to: `body` in `body: web::Json<T>`, `input` in
    /// `Json(input): Json<T>`; `None` for destructured structs and tuples.
    pub binding: Option<String>,
}

pub fn params(map: SpanMap, sig: &syn::Signature) -> Vec<Param> {
    sig.inputs
        .iter()
        .filter_map(|a| match a {
            syn::FnArg::Typed(t) => Some(Param {
                ty: TypeRef::of(&t.ty),
                span: map.join(first_pat_span(&t.pat), last_type_span(&t.ty)),
                binding: binding(&t.pat),
            }),
            syn::FnArg::Receiver(_) => None,
        })
        .collect()
}

/// Parameters of a closure (`|State(st): State<App>, user: AuthUser| ..`); untyped ones are `_`.
pub fn closure_params(map: SpanMap, c: &syn::ExprClosure) -> Vec<Param> {
    c.inputs
        .iter()
        .map(|p| match p {
            syn::Pat::Type(t) => Param {
                ty: TypeRef::of(&t.ty),
                span: map.join(first_pat_span(&t.pat), last_type_span(&t.ty)),
                binding: binding(&t.pat),
            },
            other => Param {
                ty: TypeRef { path: vec!["_".into()], args: Vec::new() },
                span: map.span(first_pat_span(other)),
                binding: binding(other),
            },
        })
        .collect()
}

/// The single name a pattern binds through newtype wrappers: `body`, `Json(input)`,
/// `Valid(Json(input))`, `mut body`.
pub fn binding(p: &syn::Pat) -> Option<String> {
    match p {
        syn::Pat::Ident(i) => Some(i.ident.to_string()),
        syn::Pat::TupleStruct(t) if t.elems.len() == 1 => t.elems.first().and_then(binding),
        // `WithRejection(Json(input), _)`: the one element that is not `_`.
        syn::Pat::TupleStruct(t) => {
            let mut named = t.elems.iter().filter(|e| !matches!(e, syn::Pat::Wild(_)));
            match (named.next(), named.next()) {
                (Some(only), None) => binding(only),
                _ => None,
            }
        }
        syn::Pat::Type(t) => binding(&t.pat),
        syn::Pat::Reference(r) => binding(&r.pat),
        syn::Pat::Paren(p) => binding(&p.pat),
        _ => None,
    }
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

pub fn last_type_span(t: &syn::Type) -> proc_macro2::Span {
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
    /// An enum: its variants are in `variants`.
    pub is_enum: bool,
    /// Attributes of each field, parallel to `fields`.
    pub field_attrs: Vec<FieldAttrs>,
    pub variants: Vec<super::errors::VariantFact>,
    /// `#[error("..")]` / `#[display("..")]` on a struct.
    pub message: Option<super::errors::ErrorMessage>,
    /// Validation derive and serde container attributes.
    pub input: super::validation::InputAttrs,
}

impl StructFact {
    /// Whether it derives an error type (thiserror `Error`) or a Display (derive_more).
    pub fn derives_any(&self, names: &[&str]) -> bool {
        self.derives.iter().any(|d| names.contains(&d.as_str()))
    }
}

/// What the attributes of one field say.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct FieldAttrs {
    /// A validation rule: `#[validate(..)]` (validator, validify), `#[garde(..)]` other than
    /// `skip`, validify `#[modify(..)]`.
    pub rule: bool,
    /// `#[garde(skip)]`.
    pub skip: bool,
    /// thiserror `#[from]`.
    pub from: bool,
    /// thiserror `#[source]`.
    pub source: bool,
    /// `#[serde(flatten)]`.
    pub flatten: bool,
}

/// Reads the attributes of a field (cheap for the common field without any).
pub fn field_attrs(attrs: &[syn::Attribute]) -> FieldAttrs {
    let mut out = FieldAttrs::default();
    for a in attrs {
        let Some(id) = a.path().get_ident() else {
            continue;
        };
        let args = || match &a.meta {
            syn::Meta::List(l) => l
                .parse_args_with(syn::punctuated::Punctuated::<syn::Meta, syn::Token![,]>::parse_terminated)
                .map(|p| {
                    p.into_iter().map(|m| m.path().get_ident().map(ToString::to_string).unwrap_or_default()).collect()
                })
                .unwrap_or_else(|_| vec![String::from("?")]),
            _ => Vec::new(),
        };
        if id == "validate" || id == "garde" {
            let names: Vec<String> = args();
            if names.iter().any(|n| n != "skip") {
                out.rule = true;
            } else if !names.is_empty() {
                out.skip = true;
            }
        } else if id == "modify" {
            out.rule = true;
        } else if id == "from" {
            out.from = true;
        } else if id == "source" {
            out.source = true;
        } else if id == "serde" {
            out.flatten |= args().iter().any(|n| n == "flatten");
        }
    }
    out
}

/// Derive paths of an item's attributes (`["validator", "Validate"]`).
pub fn derive_paths(attrs: &[syn::Attribute]) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    for a in attrs.iter().filter(|a| a.path().is_ident("derive")) {
        if let Ok(list) = a.parse_args_with(syn::punctuated::Punctuated::<syn::Path, syn::Token![,]>::parse_terminated)
        {
            out.extend(list.iter().map(|p| p.segments.iter().map(|s| s.ident.to_string()).collect()));
        }
    }
    out
}

/// Derive names of an item's attributes.
pub fn derives(attrs: &[syn::Attribute]) -> Vec<String> {
    derive_paths(attrs).into_iter().filter_map(|mut p| p.pop()).collect()
}

fn declared(
    map: SpanMap,
    module: &[String],
    ident: &syn::Ident,
    attrs: &[syn::Attribute],
    fields: Option<&syn::Fields>,
) -> StructFact {
    let paths = derive_paths(attrs);
    let derives: Vec<String> = paths.iter().filter_map(|p| p.last().cloned()).collect();
    let typed_path = attrs
        .iter()
        .find(|a| a.path().is_ident("typed_path"))
        .and_then(|a| a.parse_args::<syn::LitStr>().ok())
        .map(|l| l.value());
    let field_attrs: Vec<FieldAttrs> =
        fields.map(|f| f.iter().map(|f| field_attrs(&f.attrs)).collect()).unwrap_or_default();
    let messages = derives.iter().any(|d| d == "Error" || d == "Display");
    StructFact {
        module: module.to_vec(),
        name: ident.to_string(),
        name_span: map.span(ident.span()),
        input: super::validation::input_attrs(attrs, &paths, fields),
        derives,
        fields: fields
            .map(|f| f.iter().map(|f| (f.ident.as_ref().map(ToString::to_string), TypeRef::of(&f.ty))).collect())
            .unwrap_or_default(),
        typed_path,
        is_enum: false,
        field_attrs,
        variants: Vec::new(),
        message: if messages { super::errors::find_message(map, attrs) } else { None },
    }
}

pub fn struct_fact(map: SpanMap, module: &[String], s: &syn::ItemStruct) -> StructFact {
    declared(map, module, &s.ident, &s.attrs, Some(&s.fields))
}

pub fn enum_fact(map: SpanMap, module: &[String], e: &syn::ItemEnum) -> StructFact {
    let mut f = declared(map, module, &e.ident, &e.attrs, None);
    let messages = f.derives.iter().any(|d| d == "Error" || d == "Display");
    f.is_enum = true;
    f.variants = super::errors::variants(map, e, messages);
    f
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
