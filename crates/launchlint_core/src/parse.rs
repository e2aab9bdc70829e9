//! Reading and parsing files on worker threads with large stacks, and extracting their facts on
//! the same thread, so only plain facts cross threads and each syntax tree is dropped where it
//! was built.

use crate::facts::{self, FileFacts};
use crate::source::{FileId, Span};
use std::sync::Arc;

/// Deepest bracket nesting accepted. Real code stays far below; deeper input is reported as a
/// `parse_error` instead of risking the parser's recursion.
pub const MAX_NESTING: usize = 1_000;

/// Stack of each parse thread: generous, since it is reserved, not committed.
pub const PARSE_STACK_BYTES: usize = 512 * 1024 * 1024;

/// Why a file could not be analysed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseFailure {
    pub span: Span,
    pub message: String,
}

/// The outcome for one file.
#[derive(Debug)]
pub struct Parsed {
    pub file: FileId,
    pub facts: Option<FileFacts>,
    pub failure: Option<ParseFailure>,
}

/// Bytes of a file, decoded: text for display and, when it is not UTF-8, the failure.
pub fn decode(file: FileId, bytes: Vec<u8>) -> (Arc<str>, Option<ParseFailure>) {
    match String::from_utf8(bytes) {
        Ok(s) => (Arc::from(s), None),
        Err(e) => {
            let at = e.utf8_error().valid_up_to();
            let text = String::from_utf8_lossy(e.as_bytes()).into_owned();
            // The lossy text has replacement characters; point at the first one.
            let start = text.find('\u{FFFD}').unwrap_or(at.min(text.len()));
            let end = start + '\u{FFFD}'.len_utf8().min(text.len() - start);
            (
                Arc::from(text),
                Some(ParseFailure {
                    span: Span::new(file, start, end),
                    message: format!("file is not valid UTF-8 (invalid byte at offset {at})"),
                }),
            )
        }
    }
}

/// Offsets and bytes of every bracket outside comments, strings and char literals.
fn brackets(text: &str) -> Vec<(usize, u8)> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'/' if b.get(i + 1) == Some(&b'/') => {
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
            }
            b'/' if b.get(i + 1) == Some(&b'*') => {
                let mut nest = 1;
                i += 2;
                while i < b.len() && nest > 0 {
                    if b[i] == b'/' && b.get(i + 1) == Some(&b'*') {
                        nest += 1;
                        i += 1;
                    } else if b[i] == b'*' && b.get(i + 1) == Some(&b'/') {
                        nest -= 1;
                        i += 1;
                    }
                    i += 1;
                }
                continue;
            }
            b'r' if matches!(b.get(i + 1), Some(b'#') | Some(b'"')) && (i == 0 || !is_ident_byte(b[i - 1])) => {
                // raw string r#"..."#
                let mut j = i + 1;
                let mut hashes = 0;
                while b.get(j) == Some(&b'#') {
                    hashes += 1;
                    j += 1;
                }
                if b.get(j) == Some(&b'"') {
                    j += 1;
                    'outer: while j < b.len() {
                        if b[j] == b'"' {
                            let mut k = 0;
                            while k < hashes && b.get(j + 1 + k) == Some(&b'#') {
                                k += 1;
                            }
                            if k == hashes {
                                j += 1 + hashes;
                                break 'outer;
                            }
                        }
                        j += 1;
                    }
                    i = j;
                    continue;
                }
            }
            b'"' => {
                i += 1;
                while i < b.len() && b[i] != b'"' {
                    if b[i] == b'\\' {
                        i += 1;
                    }
                    i += 1;
                }
            }
            b'\'' => {
                // char literal ('x', '\n', '\u{..}') or lifetime ('a): skip only literals.
                if b.get(i + 1) == Some(&b'\\') {
                    i += 2;
                    while i < b.len() && b[i] != b'\'' {
                        i += 1;
                    }
                } else if b.get(i + 2) == Some(&b'\'') {
                    i += 2;
                }
            }
            c @ (b'(' | b'[' | b'{' | b')' | b']' | b'}') => out.push((i, c)),
            _ => {}
        }
        i += 1;
    }
    out
}

/// The first place where bracket nesting exceeds `max`, ignoring brackets in comments, strings
/// and char literals.
pub fn too_deep(text: &str, max: usize) -> Option<usize> {
    let mut depth = 0usize;
    for (at, c) in brackets(text) {
        if matches!(c, b'(' | b'[' | b'{') {
            depth += 1;
            if depth > max {
                return Some(at);
            }
        } else {
            depth = depth.saturating_sub(1);
        }
    }
    None
}

/// The first unbalanced delimiter: an unexpected closer, a mismatched pair, or an opener never
/// closed. proc-macro2 only says "cannot parse string into token stream" for these.
pub fn delimiter_problem(text: &str) -> Option<(usize, String)> {
    let mut stack: Vec<(usize, u8)> = Vec::new();
    for (at, c) in brackets(text) {
        match c {
            b'(' | b'[' | b'{' => stack.push((at, c)),
            close => {
                let want = match close {
                    b')' => b'(',
                    b']' => b'[',
                    _ => b'{',
                };
                match stack.pop() {
                    Some((_, open)) if open == want => {}
                    Some((open_at, open)) => {
                        return Some((
                            at,
                            format!(
                                "mismatched closing delimiter `{}`; `{}` opened at byte {open_at}",
                                close as char, open as char
                            ),
                        ))
                    }
                    None => return Some((at, format!("unexpected closing delimiter `{}`", close as char))),
                }
            }
        }
    }
    stack.pop().map(|(at, c)| (at, format!("this `{}` is never closed", c as char)))
}

fn is_ident_byte(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_'
}

/// Parses one file and extracts its facts. Must run on a thread with a large stack.
pub fn parse_and_extract(file: FileId, text: &str) -> Parsed {
    // A bug in an extractor must not take the whole run down: the file is reported as not
    // analysed (a `parse_error`, so the run still fails closed) and the others go on.
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| analyse(file, text))) {
        Ok(parsed) => parsed,
        Err(payload) => {
            proc_macro2::extra::invalidate_current_thread_spans();
            let what = payload
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| payload.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "unknown panic".to_string());
            Parsed {
                file,
                facts: None,
                failure: Some(ParseFailure {
                    span: Span::new(file, 0, text.len().min(1)),
                    message: format!("{INTERNAL_ERROR}: {what}"),
                }),
            }
        }
    }
}

/// Message prefix of a file launchlint failed to analyse because of its own bug.
pub const INTERNAL_ERROR: &str = "launchlint hit an internal error while analysing this file";

fn analyse(file: FileId, text: &str) -> Parsed {
    if let Some(at) = too_deep(text, MAX_NESTING) {
        return Parsed {
            file,
            facts: None,
            failure: Some(ParseFailure {
                span: Span::new(file, at, at + 1),
                message: format!(
                    "brackets nest deeper than {MAX_NESTING} levels; launchlint does not analyse this file"
                ),
            }),
        };
    }
    let result = match syn::parse_file(text) {
        Ok(ast) => {
            let facts = facts::extract(file, &ast);
            drop(ast);
            Parsed { file, facts: Some(facts), failure: None }
        }
        Err(e) if e.to_string().contains("cannot parse string into token stream") => {
            let (at, message) = delimiter_problem(text)
                .unwrap_or((0, "the file's tokens do not form a valid token stream".to_string()));
            Parsed {
                file,
                facts: None,
                failure: Some(ParseFailure { span: Span::new(file, at, (at + 1).min(text.len())), message }),
            }
        }
        Err(e) => {
            let r = e.span().byte_range();
            let (start, end) =
                if r.start == 0 && r.end == 0 && !text.is_empty() && e.to_string().contains("end of input") {
                    (text.len().saturating_sub(1), text.len())
                } else {
                    (r.start, r.end.max(r.start))
                };
            Parsed {
                file,
                facts: None,
                failure: Some(ParseFailure { span: Span::new(file, start, end), message: e.to_string() }),
            }
        }
    };
    // proc-macro2 keeps every parsed text alive per thread; all spans are converted by now.
    proc_macro2::extra::invalidate_current_thread_spans();
    result
}

/// A thread pool for parsing: `threads` workers (0 = one per core) with large stacks.
pub fn pool(threads: usize) -> Result<rayon::ThreadPool, String> {
    rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .stack_size(PARSE_STACK_BYTES)
        .thread_name(|i| format!("launchlint-parse-{i}"))
        .build()
        .map_err(|e| format!("cannot start parse threads: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn depth_ignores_strings_and_comments() {
        assert_eq!(too_deep("fn a() { \"((((\" }", 2), None);
        assert_eq!(too_deep("fn a() { /* (((( */ }", 2), None);
        assert_eq!(too_deep("fn a() { r#\"(((\"# }", 2), None);
        assert_eq!(too_deep("fn a() { '(' }", 2), None);
        assert_eq!(too_deep("fn a<'a>() { ((1)) }", 2), Some(14));
    }

    #[test]
    fn delimiter_problems_are_located() {
        assert_eq!(
            delimiter_problem("fn a() { (1 }"),
            Some((12, "mismatched closing delimiter `}`; `(` opened at byte 9".to_string()))
        );
        assert_eq!(delimiter_problem("fn a() {\n"), Some((7, "this `{` is never closed".to_string())));
        assert_eq!(delimiter_problem("fn a() {} }"), Some((10, "unexpected closing delimiter `}`".to_string())));
        assert_eq!(delimiter_problem("fn a() { \"}\" }"), None);
        let p = parse_and_extract(FileId(0), "fn main() {\n    let x = (1;\n}\n");
        assert!(p.failure.expect("failure").message.starts_with("mismatched closing delimiter"));
    }

    #[test]
    fn syntax_error_has_a_location() {
        let p = parse_and_extract(FileId(0), "fn main() {\n    let x = ;\n}\n");
        let f = p.failure.expect("parse error");
        assert_eq!(f.span.start, 24);
    }

    #[test]
    fn invalid_utf8_is_a_failure() {
        let (text, f) = decode(FileId(0), b"fn main() {}\n\xff\n".to_vec());
        assert!(text.contains('\u{FFFD}'));
        assert!(f.expect("failure").message.contains("UTF-8"));
    }
}
