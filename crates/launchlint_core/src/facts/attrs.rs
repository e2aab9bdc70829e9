//! Attributes: `#[cfg(..)]` gates (tests are skipped, other conditions noted) and the
//! `#[launchlint::public]` / `#[launchlint::allow]` markers (SPEC §5).

use super::{tokens_text, SpanMap};
use crate::source::Span;
use syn::punctuated::Punctuated;
use syn::{Attribute, Meta, Token};

/// Whether a `cfg` predicate can only hold in test builds (`test`, `all(test, ..)`).
fn predicate_is_test(meta: &Meta) -> bool {
    match meta {
        Meta::Path(p) => p.is_ident("test"),
        Meta::List(list) => {
            let Ok(inner) = list.parse_args_with(Punctuated::<Meta, Token![,]>::parse_terminated) else {
                return false;
            };
            if list.path.is_ident("all") {
                inner.iter().any(predicate_is_test)
            } else if list.path.is_ident("any") {
                !inner.is_empty() && inner.iter().all(predicate_is_test)
            } else {
                false
            }
        }
        Meta::NameValue(_) => false,
    }
}

/// Whether the attributes make the item test-only: `#[cfg(test)]`, `#[test]`, `#[tokio::test]`,
/// `#[actix_web::test]`, `#[bench]`.
pub fn is_test_only(attrs: &[Attribute]) -> bool {
    attrs.iter().any(|a| {
        let p = a.path();
        if p.is_ident("cfg") {
            return a.parse_args::<Meta>().map(|m| predicate_is_test(&m)).unwrap_or(false);
        }
        let last = p.segments.last().map(|s| s.ident.to_string()).unwrap_or_default();
        (last == "test" || last == "bench") && p.segments.len() <= 2
    })
}

/// `cfg(...)` conditions on an item other than tests (`cfg(feature = "dev")`).
pub fn cfg_conditions(map: SpanMap, attrs: &[Attribute]) -> Vec<super::Condition> {
    attrs
        .iter()
        .filter(|a| a.path().is_ident("cfg"))
        .map(|a| super::Condition { span: map.node(&a.meta), holds: true })
        .collect()
}

/// Which launchlint marker.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MarkerKind {
    Public,
    Allow,
}

impl MarkerKind {
    pub fn attr_name(self) -> &'static str {
        match self {
            MarkerKind::Public => "#[launchlint::public]",
            MarkerKind::Allow => "#[launchlint::allow]",
        }
    }
}

/// A marker found on an item.
#[derive(Debug, Clone)]
pub struct Marker {
    pub kind: MarkerKind,
    /// The attribute itself.
    pub attr: Span,
    /// The item it applies to (attributes included).
    pub item: Span,
    /// Item path relative to the file's module.
    pub item_path: String,
    /// The fn name, when the item is a fn.
    pub fn_name: Option<String>,
    pub lints: Vec<(String, Span)>,
    pub reason: Option<(String, Span)>,
    /// Argument problems (no reason, empty reason, malformed): the marker then suppresses nothing.
    pub problems: Vec<String>,
}

/// Whether an attribute path names a launchlint marker: `launchlint::public`, `::launchlint::allow`.
pub fn marker_kind(attr: &Attribute) -> Option<MarkerKind> {
    let segs: Vec<String> = attr.path().segments.iter().map(|s| s.ident.to_string()).collect();
    match segs.iter().map(String::as_str).collect::<Vec<_>>().as_slice() {
        ["launchlint", "public"] => Some(MarkerKind::Public),
        ["launchlint", "allow"] => Some(MarkerKind::Allow),
        _ => None,
    }
}

/// Reads the markers among `attrs` of an item spanning `item`.
pub fn markers(map: SpanMap, attrs: &[Attribute], item: Span, item_path: &str, fn_name: Option<&str>) -> Vec<Marker> {
    let mut out = Vec::new();
    for attr in attrs {
        let Some(kind) = marker_kind(attr) else {
            continue;
        };
        let mut m = Marker {
            kind,
            attr: map.node(attr),
            item,
            item_path: item_path.to_string(),
            fn_name: fn_name.map(str::to_string),
            lints: Vec::new(),
            reason: None,
            problems: Vec::new(),
        };
        let args = match &attr.meta {
            Meta::List(list) => list.parse_args_with(Punctuated::<Meta, Token![,]>::parse_terminated).ok(),
            Meta::Path(_) => Some(Punctuated::new()),
            Meta::NameValue(_) => None,
        };
        let Some(args) = args else {
            m.problems.push("its arguments do not parse".into());
            out.push(m);
            continue;
        };
        for arg in &args {
            match arg {
                Meta::Path(p) if kind == MarkerKind::Allow && p.get_ident().is_some() => {
                    let name = p.segments[0].ident.to_string();
                    if m.lints.iter().any(|(l, _)| *l == name) {
                        m.problems.push(format!("it names `{name}` twice"));
                    }
                    m.lints.push((name, map.node(p)));
                }
                Meta::NameValue(nv) if nv.path.is_ident("reason") && m.reason.is_some() => {
                    m.problems.push("it gives `reason` twice".into())
                }
                Meta::NameValue(nv) if nv.path.is_ident("reason") => match super::lit_str(&nv.value) {
                    Some(r) if !r.trim().is_empty() => m.reason = Some((r, map.node(&nv.value))),
                    Some(_) => m.problems.push("its reason is empty".into()),
                    None => m.problems.push("its reason is not a string literal".into()),
                },
                other => m.problems.push(format!("unexpected argument `{}`", tokens_text(other))),
            }
        }
        if m.reason.is_none() && !m.problems.iter().any(|p| p.contains("reason")) {
            m.problems.push("it has no `reason = \"...\"`".into());
        }
        if kind == MarkerKind::Allow && m.lints.is_empty() {
            m.problems.push("it names no lint".into());
        }
        if kind == MarkerKind::Public && fn_name.is_none() {
            m.problems.push("it is not on a handler fn".into());
        }
        out.push(m);
    }
    out
}
