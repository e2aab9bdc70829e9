//! Schema declared in Rust: diesel `table!` macros (`schema.rs`), sea-orm entities
//! (`#[derive(DeriveEntityModel)] #[sea_orm(table_name = "..")] struct Model`, and the 2.0
//! `#[sea_orm::model]` form), and `const`/`static` SQL strings for query sites to link to.

use super::sql::Piece;
use super::{last_segment, SpanMap};
use crate::source::Span;
use proc_macro2::{Delimiter, TokenTree};

/// `diesel::table! { posts (id) { id -> Uuid, workspace_id -> Uuid, } }`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DieselTable {
    pub name: String,
    pub columns: Vec<(String, Span)>,
    pub span: Span,
}

/// A sea-orm entity `Model`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SeaEntity {
    pub table: String,
    /// Inline module path inside the file.
    pub module: Vec<String>,
    pub columns: Vec<(String, Span)>,
    pub span: Span,
}

/// `const FIND_POST: &str = "..";` (or `static`), with its text as pieces.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConstSql {
    /// Inline module path inside the file, plus the impl type for associated consts.
    pub module: Vec<String>,
    pub name: String,
    pub pieces: Vec<Piece>,
}

/// Parses the tokens of a `table!` macro; several tables may share one invocation.
pub fn diesel_tables(map: SpanMap, tokens: proc_macro2::TokenStream) -> Vec<DieselTable> {
    let tts: Vec<TokenTree> = tokens.into_iter().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < tts.len() {
        match &tts[i] {
            // `#[sql_name = ".."]` and similar attributes.
            TokenTree::Punct(p) if p.as_char() == '#' => {
                i += 2;
            }
            TokenTree::Ident(id) if id == "use" => {
                while i < tts.len() && !matches!(&tts[i], TokenTree::Punct(p) if p.as_char() == ';') {
                    i += 1;
                }
                i += 1;
            }
            TokenTree::Ident(id) => {
                // `schema.name` or `name`, then optional `(pk)`, then `{ columns }`.
                let mut name = id.to_string();
                let mut span = id.span();
                let mut j = i + 1;
                while j + 1 < tts.len() && matches!(&tts[j], TokenTree::Punct(p) if p.as_char() == '.') {
                    if let TokenTree::Ident(n) = &tts[j + 1] {
                        name = n.to_string();
                        span = n.span();
                    }
                    j += 2;
                }
                if matches!(tts.get(j), Some(TokenTree::Group(g)) if g.delimiter() == Delimiter::Parenthesis) {
                    j += 1;
                }
                if let Some(TokenTree::Group(g)) = tts.get(j) {
                    if g.delimiter() == Delimiter::Brace {
                        out.push(DieselTable {
                            name: name.trim_start_matches("r#").to_string(),
                            columns: diesel_columns(map, g.stream()),
                            span: map.span(span),
                        });
                        i = j + 1;
                        continue;
                    }
                }
                i = j.max(i + 1);
            }
            _ => i += 1,
        }
    }
    out
}

fn diesel_columns(map: SpanMap, body: proc_macro2::TokenStream) -> Vec<(String, Span)> {
    let tts: Vec<TokenTree> = body.into_iter().collect();
    let mut out = Vec::new();
    let mut sql_name: Option<String> = None;
    let mut i = 0;
    while i < tts.len() {
        match &tts[i] {
            TokenTree::Punct(p) if p.as_char() == '#' => {
                // `#[sql_name = "workspace_id"]` renames the column in SQL.
                if let Some(TokenTree::Group(g)) = tts.get(i + 1) {
                    let inner: Vec<TokenTree> = g.stream().into_iter().collect();
                    if let (Some(TokenTree::Ident(k)), Some(TokenTree::Literal(l))) = (inner.first(), inner.get(2)) {
                        if k == "sql_name" {
                            sql_name = Some(l.to_string().trim_matches('"').to_string());
                        }
                    }
                }
                i += 2;
            }
            TokenTree::Ident(id)
                if matches!(tts.get(i + 1), Some(TokenTree::Punct(p)) if p.as_char() == '-')
                    && matches!(tts.get(i + 2), Some(TokenTree::Punct(p)) if p.as_char() == '>') =>
            {
                let name = sql_name.take().unwrap_or_else(|| id.to_string().trim_start_matches("r#").to_string());
                out.push((name, map.span(id.span())));
                i += 3;
                // Skip the type up to the next top-level comma.
                while i < tts.len() && !matches!(&tts[i], TokenTree::Punct(p) if p.as_char() == ',') {
                    i += 1;
                }
            }
            _ => i += 1,
        }
    }
    out
}

/// The sea-orm entity of a `struct Model`, if it is one.
pub fn sea_entity(map: SpanMap, s: &syn::ItemStruct, module: &[String]) -> Option<SeaEntity> {
    if s.ident != "Model" {
        return None;
    }
    let mut is_entity = false;
    let mut table = None;
    for a in &s.attrs {
        let p = a.path();
        let last = last_segment(p);
        if last == "derive" {
            let text = quote::ToTokens::to_token_stream(&a.meta).to_string();
            if text.contains("DeriveEntityModel") {
                is_entity = true;
            }
        } else if last == "model" && p.segments.first().is_some_and(|s| s.ident == "sea_orm") {
            is_entity = true;
        } else if p.is_ident("sea_orm") {
            let _ = a.parse_nested_meta(|m| {
                if m.path.is_ident("table_name") {
                    let v: syn::LitStr = m.value()?.parse()?;
                    table = Some(v.value());
                } else if let Ok(v) = m.value() {
                    let _: syn::Expr = v.parse()?;
                }
                Ok(())
            });
        }
    }
    let table = table?;
    if !is_entity {
        return None;
    }
    let columns = s
        .fields
        .iter()
        .filter_map(|f| {
            let id = f.ident.as_ref()?;
            // `#[sea_orm(ignore)]` fields and 2.0 relation fields are not columns.
            let skip = f.attrs.iter().any(|a| {
                a.path().is_ident("sea_orm") && {
                    let t = quote::ToTokens::to_token_stream(&a.meta).to_string();
                    t.contains("ignore") || t.contains("has_many") || t.contains("has_one") || t.contains("belongs_to")
                }
            });
            (!skip).then(|| (id.to_string().trim_start_matches("r#").to_string(), map.span(id.span())))
        })
        .collect();
    Some(SeaEntity { table, module: module.to_vec(), columns, span: map.span(s.ident.span()) })
}

/// `CamelCase` → `snake_case` (sea-orm `Column::WorkspaceId` → `workspace_id`).
pub fn snake(s: &str) -> String {
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if c.is_ascii_uppercase() {
            if i > 0 {
                out.push('_');
            }
            out.push(c.to_ascii_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::FileId;

    #[test]
    fn diesel_table_macro() {
        let map = SpanMap { file: FileId(0) };
        let m: syn::ItemMacro = syn::parse_str(
            r#"diesel::table! {
                use diesel::sql_types::*;
                #[sql_name = "projects"]
                app.projects (id) {
                    id -> Uuid,
                    #[sql_name = "org_id"]
                    organization -> Uuid,
                    name -> Nullable<Text>,
                }
            }"#,
        )
        .expect("parse");
        let t = diesel_tables(map, m.mac.tokens.clone());
        assert_eq!(t.len(), 1);
        assert_eq!(t[0].name, "projects");
        let cols: Vec<&str> = t[0].columns.iter().map(|(c, _)| c.as_str()).collect();
        assert_eq!(cols, ["id", "org_id", "name"]);
    }

    #[test]
    fn snake_case() {
        assert_eq!(snake("WorkspaceId"), "workspace_id");
        assert_eq!(snake("Id"), "id");
    }
}
