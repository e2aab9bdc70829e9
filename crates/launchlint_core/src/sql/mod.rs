//! SQL text: parsing with `sqlparser` (PostgreSQL, MySQL and SQLite dialects, with a per-statement
//! fallback for what none of them parses), schema statements of migrations, and the tenant
//! predicate analysis of queries. Plain functions over text; no syntax tree leaves this module
//! except inside [`Parsed`], which the model keeps.

pub mod schema;
pub mod split;
pub mod tenant;

#[cfg(test)]
mod tests;

use sqlparser::ast::Statement;
use sqlparser::dialect::{Dialect, MySqlDialect, PostgreSqlDialect, SQLiteDialect};
use sqlparser::parser::Parser;

/// One parsed statement and the byte offset of its chunk in the text (sqlparser locations are
/// relative to the chunk).
#[derive(Debug, Clone)]
pub struct ParsedStmt {
    pub stmt: Statement,
    pub chunk_start: usize,
    pub chunk_end: usize,
}

/// A statement no dialect could parse.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skipped {
    /// Byte range in the text.
    pub start: usize,
    pub end: usize,
    pub message: String,
}

/// The statements of one SQL text.
#[derive(Debug, Clone, Default)]
pub struct Parsed {
    pub stmts: Vec<ParsedStmt>,
    pub skipped: Vec<Skipped>,
}

/// Deep SQL (generated `IN (...)` lists, nested CASE) stays well inside worker stacks.
const RECURSION_LIMIT: usize = 64;

fn dialects(text: &str) -> [&'static dyn Dialect; 3] {
    // `?` placeholders are MySQL/SQLite; in PostgreSQL `?` is a JSON operator.
    if split::has_question_placeholder(text) {
        [&MySqlDialect {}, &SQLiteDialect {}, &PostgreSqlDialect {}]
    } else {
        [&PostgreSqlDialect {}, &MySqlDialect {}, &SQLiteDialect {}]
    }
}

fn parse_with(dialect: &dyn Dialect, text: &str) -> Result<Vec<Statement>, String> {
    Parser::new(dialect)
        .with_recursion_limit(RECURSION_LIMIT)
        .try_with_sql(text)
        .and_then(|mut p| p.parse_statements())
        .map_err(|e| e.to_string())
}

/// Parses SQL text: the whole text with the first dialect that accepts it, else statement by
/// statement, keeping what parses and listing what does not.
pub fn parse(text: &str) -> Parsed {
    let ds = dialects(text);
    for d in ds {
        if let Ok(stmts) = parse_with(d, text) {
            return Parsed {
                stmts: stmts
                    .into_iter()
                    .map(|stmt| ParsedStmt { stmt, chunk_start: 0, chunk_end: text.len() })
                    .collect(),
                skipped: Vec::new(),
            };
        }
    }
    let mut out = Parsed::default();
    for (start, end) in split::statements(text) {
        let chunk = &text[start..end];
        let mut err = String::new();
        let mut done = false;
        for d in dialects(chunk) {
            match parse_with(d, chunk) {
                Ok(stmts) => {
                    out.stmts.extend(stmts.into_iter().map(|stmt| ParsedStmt {
                        stmt,
                        chunk_start: start,
                        chunk_end: end,
                    }));
                    done = true;
                    break;
                }
                Err(e) if err.is_empty() => err = e,
                Err(_) => {}
            }
        }
        if !done {
            out.skipped.push(Skipped { start, end, message: err });
        }
    }
    out
}

/// Byte offset in `text` of a sqlparser location (1-based line and column, in chars) inside the
/// chunk starting at `chunk_start`.
pub fn offset_of(text: &str, chunk_start: usize, line: u64, column: u64) -> Option<usize> {
    if line == 0 || column == 0 {
        return None;
    }
    let chunk = text.get(chunk_start..)?;
    let mut cur_line = 1u64;
    let mut line_start = 0usize;
    if line > 1 {
        for (i, b) in chunk.bytes().enumerate() {
            if b == b'\n' {
                cur_line += 1;
                if cur_line == line {
                    line_start = i + 1;
                    break;
                }
            }
        }
        if cur_line != line {
            return None;
        }
    }
    let rest = &chunk[line_start..];
    let byte = rest.char_indices().nth((column - 1) as usize).map(|(i, _)| i)?;
    Some(chunk_start + line_start + byte)
}

/// Lowercased, unquoted last part of a possibly schema-qualified name (`public.Posts` → `posts`).
pub fn table_key(name: &sqlparser::ast::ObjectName) -> String {
    name.0.last().and_then(|p| p.as_ident()).map(|i| i.value.to_lowercase()).unwrap_or_default()
}
