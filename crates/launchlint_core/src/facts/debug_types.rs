//! Struct definitions for the type index (FRAMEWORKS §11): name, whether `Debug` is derived,
//! the fields with their type names, and hand-written `impl Debug for X` blocks. The model joins
//! them across the files of a crate so that `debug!("{:?}", login_request)` can be judged by the
//! fields of `LoginRequest`.

use super::SpanMap;
use crate::source::Span;

/// Types whose `Debug` redacts the value (secrecy and look-alikes).
pub const SECRET_WRAPPERS: &[&str] = &[
    "Secret",
    "SecretString",
    "SecretBox",
    "SecretVec",
    "SecretSlice",
    "Sensitive",
    "Redacted",
    "Masked",
    "Protected",
    "Zeroizing",
];

#[derive(Debug, Clone)]
pub struct FieldFact {
    pub name: String,
    /// Every type name in the field's type (`Option<Secret<String>>` → Option, Secret, String).
    pub type_names: Vec<String>,
    /// `#[debug(skip)]`, `#[derivative(Debug = "ignore")]`, `#[educe(Debug(ignore))]`.
    pub debug_hidden: bool,
    pub span: Span,
}

impl FieldFact {
    pub fn redacted(&self) -> bool {
        self.debug_hidden || self.type_names.iter().any(|t| SECRET_WRAPPERS.contains(&t.as_str()))
    }
}

#[derive(Debug, Clone)]
pub struct StructFact {
    pub name: String,
    pub span: Span,
    /// `#[derive(Debug)]` (or a derive macro crate's `Debug` derive).
    pub derives_debug: bool,
    pub fields: Vec<FieldFact>,
    /// A newtype over plain data (`struct Token(pub usize)`, `struct StateId(SmallIndex)`):
    /// the one type name of each field, when every field is a bare path type; `None` otherwise
    /// (and for unit structs).
    pub plain_fields: Option<Vec<String>>,
}

/// Type names inside a type: `&Option<web::Json<Secret<String>>>` → Option, Json, Secret, String.
pub fn type_names(ty: &syn::Type) -> Vec<String> {
    let mut out = Vec::new();
    collect(ty, &mut out);
    out
}

fn collect(ty: &syn::Type, out: &mut Vec<String>) {
    match ty {
        syn::Type::Path(p) => {
            if let Some(last) = p.path.segments.last() {
                out.push(last.ident.to_string());
                if let syn::PathArguments::AngleBracketed(a) = &last.arguments {
                    for arg in &a.args {
                        if let syn::GenericArgument::Type(t) = arg {
                            collect(t, out);
                        }
                    }
                }
            }
        }
        syn::Type::Reference(r) => collect(&r.elem, out),
        syn::Type::Paren(p) => collect(&p.elem, out),
        syn::Type::Group(g) => collect(&g.elem, out),
        syn::Type::Slice(s) => collect(&s.elem, out),
        syn::Type::Array(a) => collect(&a.elem, out),
        syn::Type::Tuple(t) => t.elems.iter().for_each(|e| collect(e, out)),
        _ => {}
    }
}

fn derives_debug(attrs: &[syn::Attribute]) -> bool {
    attrs.iter().any(|a| {
        let p = a.path();
        (p.is_ident("derive") || p.segments.last().is_some_and(|s| s.ident == "derive"))
            && super::tokens_text(&a.meta).split(|c: char| !c.is_alphanumeric() && c != '_').any(|w| w == "Debug")
    })
}

fn debug_hidden(attrs: &[syn::Attribute]) -> bool {
    attrs.iter().any(|a| {
        let name = a.path().segments.last().map(|s| s.ident.to_string()).unwrap_or_default();
        if !matches!(name.as_str(), "debug" | "derivative" | "educe") {
            return false;
        }
        let t = super::tokens_text(&a.meta);
        t.contains("skip") || t.contains("ignore")
    })
}

/// Types that cannot hide a credential field inside (for one level of nesting).
const LEAF_TYPES: &[&str] = &[
    "String",
    "str",
    "bool",
    "char",
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
    "f32",
    "f64",
    "Uuid",
    "DateTime",
    "NaiveDate",
    "NaiveDateTime",
    "OffsetDateTime",
    "Utc",
    "Decimal",
    "Value",
    "Option",
    "Vec",
    "Box",
    "Arc",
    "HashMap",
    "BTreeMap",
    "HashSet",
];

/// Whether a field can matter to the type index: a credential name, a redacting wrapper, or a
/// type that may be a struct with credentials of its own.
fn field_matters(f: &FieldFact) -> bool {
    super::names::is_secret_name(&f.name)
        || f.redacted()
        || f.type_names.iter().any(|t| !LEAF_TYPES.contains(&t.as_str()))
}

pub fn struct_fact(map: SpanMap, s: &syn::ItemStruct) -> StructFact {
    let plain_fields = (!s.fields.is_empty())
        .then(|| {
            s.fields
                .iter()
                .map(|f| match &f.ty {
                    syn::Type::Path(p) if p.qself.is_none() => {
                        let last = p.path.segments.last()?;
                        last.arguments.is_none().then(|| last.ident.to_string())
                    }
                    _ => None,
                })
                .collect::<Option<Vec<String>>>()
        })
        .flatten();
    let fields = match &s.fields {
        syn::Fields::Named(n) => n
            .named
            .iter()
            .filter_map(|f| {
                Some(FieldFact {
                    name: f.ident.as_ref()?.to_string(),
                    type_names: type_names(&f.ty),
                    debug_hidden: debug_hidden(&f.attrs),
                    span: map.span(f.ident.as_ref()?.span()),
                })
            })
            .collect(),
        syn::Fields::Unnamed(u) => u
            .unnamed
            .iter()
            .enumerate()
            .map(|(i, f)| FieldFact {
                name: i.to_string(),
                type_names: type_names(&f.ty),
                debug_hidden: debug_hidden(&f.attrs),
                span: map.span(s.ident.span()),
            })
            .collect(),
        syn::Fields::Unit => Vec::new(),
    };
    let fields: Vec<FieldFact> = fields.into_iter().filter(field_matters).collect();
    StructFact {
        name: s.ident.to_string(),
        span: map.span(s.ident.span()),
        derives_debug: derives_debug(&s.attrs),
        fields,
        plain_fields,
    }
}

/// `impl Debug for X` / `impl fmt::Debug for X<T>`: the type name.
pub fn manual_debug(i: &syn::ItemImpl) -> Option<String> {
    let (_, path, _) = i.trait_.as_ref()?;
    if path.segments.last()?.ident != "Debug" {
        return None;
    }
    match &*i.self_ty {
        syn::Type::Path(p) => Some(super::last_segment(&p.path)),
        _ => None,
    }
}
