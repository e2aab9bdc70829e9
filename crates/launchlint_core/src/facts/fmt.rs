//! Token grammars of macros launchlint reads without expanding them: `format!`-family format
//! strings (placeholders, implicit captures, their place in the literal) and `json!` values.

use crate::source::Span;
use proc_macro2::{Delimiter, Spacing, TokenStream, TokenTree};
use syn::Expr;

use super::SpanMap;

/// One placeholder of a format string.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Placeholder {
    pub arg: FmtArg,
    /// `{:?}` / `{x:#?}`.
    pub debug: bool,
    /// `{:#}` (anyhow's whole context chain) or `{:#?}`.
    pub alternate: bool,
    /// Byte range of `{..}` in the string's value.
    pub start: usize,
    pub end: usize,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FmtArg {
    /// `{}`: the next positional argument.
    Next,
    /// `{0}`: a positional argument (or a tuple field, in thiserror messages).
    Index(usize),
    /// `{err}`: a named argument or an implicit capture (or a named field, in thiserror messages).
    Name(String),
}

/// Parses the placeholders of a format string (`{{`/`}}` are escapes).
pub fn placeholders(s: &str) -> Vec<Placeholder> {
    let b = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'{' if b.get(i + 1) == Some(&b'{') => i += 2,
            b'}' if b.get(i + 1) == Some(&b'}') => i += 2,
            b'{' => {
                let Some(close) = s[i + 1..].find('}') else {
                    break;
                };
                let inner = &s[i + 1..i + 1 + close];
                let (name, spec) = inner.split_once(':').unwrap_or((inner, ""));
                let name = name.trim();
                let arg = if name.is_empty() {
                    FmtArg::Next
                } else if let Ok(n) = name.parse::<usize>() {
                    FmtArg::Index(n)
                } else {
                    FmtArg::Name(name.to_string())
                };
                out.push(Placeholder {
                    arg,
                    debug: spec.contains('?'),
                    alternate: spec.contains('#'),
                    start: i,
                    end: i + close + 2,
                });
                i += close + 2;
            }
            _ => i += 1,
        }
    }
    out
}

/// The span of `value[start..end]` inside a string literal's source text (for labels on an
/// implicit capture such as `{err}`); the whole literal when it cannot be located.
pub fn lit_sub_span(map: SpanMap, lit: &syn::LitStr, start: usize, end: usize) -> Span {
    let whole = map.span(lit.span());
    let value = lit.value();
    let Some(piece) = value.get(start..end) else {
        return whole;
    };
    let token = lit.token().to_string();
    // Which occurrence of the piece in the value, to find the same one in the source.
    let nth = value[..start].matches(piece).count();
    match token.match_indices(piece).nth(nth) {
        Some((pos, _)) => Span::new(map.file, whole.start as usize + pos, whole.start as usize + pos + piece.len()),
        None => whole,
    }
}

/// The top-level expressions of `json!(..)`'s values.
pub fn json_exprs(ts: TokenStream, out: &mut Vec<Expr>, depth: usize) {
    if depth > 8 || out.len() > 32 {
        return;
    }
    let tts: Vec<TokenTree> = ts.clone().into_iter().collect();
    if let [TokenTree::Group(g)] = tts.as_slice() {
        match g.delimiter() {
            Delimiter::Brace => {
                for piece in split_commas(g.stream()) {
                    // `"key": value`: the first lone `:` (not half of `::`).
                    let mut prev_joint_colon = false;
                    let pos = piece.iter().position(|t| {
                        let hit = matches!(t, TokenTree::Punct(p) if p.as_char() == ':' && p.spacing() == Spacing::Alone && !prev_joint_colon);
                        prev_joint_colon = matches!(t, TokenTree::Punct(p) if p.as_char() == ':' && p.spacing() == Spacing::Joint);
                        hit
                    });
                    if let Some(pos) = pos {
                        json_exprs(piece[pos + 1..].iter().cloned().collect(), out, depth + 1);
                    }
                }
                return;
            }
            Delimiter::Bracket => {
                for piece in split_commas(g.stream()) {
                    json_exprs(piece.into_iter().collect(), out, depth + 1);
                }
                return;
            }
            _ => {}
        }
    }
    if let Ok(e) = syn::parse2::<Expr>(ts) {
        out.push(e);
    }
}

fn split_commas(ts: TokenStream) -> Vec<Vec<TokenTree>> {
    let mut out = vec![Vec::new()];
    for t in ts {
        match &t {
            TokenTree::Punct(p) if p.as_char() == ',' => out.push(Vec::new()),
            _ => out.last_mut().expect("non-empty").push(t),
        }
    }
    out.retain(|p| !p.is_empty());
    out
}
