//! Error types as written: thiserror `#[error("..")]` messages (and derive_more `#[display("..")]`)
//! on enum variants and structs, what each message interpolates, and which fields hold a source
//! error (`#[from]`, `#[source]`). Also the format-string grammar shared with `format!`-family
//! macros (implicit captures included).

use super::fmt::{placeholders, FmtArg};
use super::types::{FieldAttrs, TypeRef};
use super::SpanMap;
use crate::source::Span;
use syn::parse::ParseStream;

/// A `#[error("..")]` (or `#[display("..")]`) message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ErrorMessage {
    /// The attribute.
    pub span: Span,
    /// `#[error(transparent)]`: forwards the single field's Display.
    pub transparent: bool,
    /// What the message interpolates: `"0"`, `"source"`, a field name, or `"self"`; with
    /// whether it is formatted with `Debug`.
    pub refs: Vec<(String, bool)>,
}

impl ErrorMessage {
    /// Whether the message writes anything but its literal text.
    pub fn interpolates(&self) -> bool {
        self.transparent || !self.refs.is_empty()
    }
}

/// An enum variant.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VariantFact {
    pub name: String,
    pub name_span: Span,
    pub fields: Vec<(Option<String>, TypeRef)>,
    pub field_attrs: Vec<FieldAttrs>,
    pub message: Option<ErrorMessage>,
}

/// Reads a thiserror `#[error(..)]` or derive_more `#[display(..)]` attribute.
pub fn message(map: SpanMap, attr: &syn::Attribute) -> Option<ErrorMessage> {
    let syn::Meta::List(list) = &attr.meta else {
        return None;
    };
    let parse = |input: ParseStream<'_>| -> syn::Result<ErrorMessage> {
        let span = map.join(attr.pound_token.span, attr.bracket_token.span.close());
        if input.peek(syn::Ident) {
            let id: syn::Ident = input.parse()?;
            if id == "transparent" {
                return Ok(ErrorMessage { span, transparent: true, refs: Vec::new() });
            }
            // derive_more 0.99: `#[display(fmt = "..", args)]`.
            input.parse::<syn::Token![=]>()?;
        }
        let lit: syn::LitStr = input.parse()?;
        // Extra arguments: thiserror `.0` / `.field` shorthands, derive_more `_0` / field names.
        let mut extra: Vec<String> = Vec::new();
        let rest: proc_macro2::TokenStream = input.parse()?;
        let mut dot = false;
        let mut current: Option<String> = None;
        for tt in rest {
            match tt {
                proc_macro2::TokenTree::Punct(p) if p.as_char() == ',' => {
                    extra.extend(current.take());
                    dot = false;
                }
                proc_macro2::TokenTree::Punct(p) if p.as_char() == '.' => dot = true,
                proc_macro2::TokenTree::Ident(i) if current.is_none() => {
                    let s = i.to_string();
                    current = Some(match s.strip_prefix('_') {
                        Some(d) if d.parse::<usize>().is_ok() => d.to_string(),
                        _ => s,
                    });
                    dot = false;
                }
                proc_macro2::TokenTree::Literal(l) if dot && current.is_none() => {
                    current = Some(l.to_string());
                    dot = false;
                }
                _ => {}
            }
        }
        extra.extend(current);
        let mut refs = Vec::new();
        let mut next = 0;
        for p in placeholders(&lit.value()) {
            let name = match p.arg {
                FmtArg::Next => {
                    next += 1;
                    extra.get(next - 1).cloned()
                }
                FmtArg::Index(n) => Some(n.to_string()),
                FmtArg::Name(n) => Some(n),
            };
            if let Some(n) = name {
                // derive_more names tuple fields `_0`.
                let n = match n.strip_prefix('_') {
                    Some(d) if d.parse::<usize>().is_ok() => d.to_string(),
                    _ => n,
                };
                refs.push((n, p.debug));
            }
        }
        Ok(ErrorMessage { span, transparent: false, refs })
    };
    list.parse_args_with(parse).ok()
}

/// The message attribute among an item's attributes, when it derives an error or Display type.
pub fn find_message(map: SpanMap, attrs: &[syn::Attribute]) -> Option<ErrorMessage> {
    attrs.iter().filter(|a| a.path().is_ident("error") || a.path().is_ident("display")).find_map(|a| message(map, a))
}

/// Variants of an enum.
pub fn variants(map: SpanMap, e: &syn::ItemEnum, messages: bool) -> Vec<VariantFact> {
    e.variants
        .iter()
        .map(|v| VariantFact {
            name: v.ident.to_string(),
            name_span: map.span(v.ident.span()),
            fields: v.fields.iter().map(|f| (f.ident.as_ref().map(ToString::to_string), TypeRef::of(&f.ty))).collect(),
            field_attrs: v.fields.iter().map(|f| super::types::field_attrs(&f.attrs)).collect(),
            message: if messages { find_message(map, &v.attrs) } else { None },
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::FileId;

    fn msg(src: &str) -> ErrorMessage {
        let item: syn::ItemEnum = syn::parse_str(&format!("enum E {{ {src} V }}")).expect("enum");
        let map = SpanMap { file: FileId(0) };
        find_message(map, &item.variants[0].attrs).expect("message")
    }

    #[test]
    fn format_strings() {
        let p = placeholders("db: {0} {source:?} {{literal}} {} {:#} {err:#?}");
        let args: Vec<FmtArg> = p.iter().map(|x| x.arg.clone()).collect();
        assert_eq!(
            args,
            vec![
                FmtArg::Index(0),
                FmtArg::Name("source".into()),
                FmtArg::Next,
                FmtArg::Next,
                FmtArg::Name("err".into())
            ]
        );
        assert!(p[1].debug && !p[1].alternate);
        assert!(p[3].alternate && !p[3].debug);
        assert!(p[4].alternate && p[4].debug);
        assert_eq!(&"db: {0} x"[p[0].start..p[0].end], "{0}");
        assert!(placeholders("no placeholders {{here}}").is_empty());
    }

    #[test]
    fn thiserror_messages() {
        assert_eq!(msg("#[error(\"database error\")]").refs, vec![]);
        assert!(!msg("#[error(\"database error\")]").interpolates());
        assert_eq!(msg("#[error(\"database error: {0}\")]").refs, vec![("0".to_string(), false)]);
        assert_eq!(msg("#[error(\"upstream: {source:?}\")]").refs, vec![("source".to_string(), true)]);
        assert!(msg("#[error(transparent)]").transparent);
        assert_eq!(msg("#[error(\"{}: {}\", .0, .detail)]").refs, vec![("0".into(), false), ("detail".into(), false)]);
        assert_eq!(msg("#[display(\"io: {_0}\")]").refs, vec![("0".into(), false)]);
        assert_eq!(msg("#[display(fmt = \"io: {}\", _0)]").refs, vec![("0".into(), false)]);
        assert_eq!(msg("#[error(\"{self:?}\")]").refs, vec![("self".into(), true)]);
    }
}
