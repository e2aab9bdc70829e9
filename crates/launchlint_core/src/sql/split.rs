//! A small lexer over SQL text that knows where strings, quoted identifiers, comments and
//! PostgreSQL dollar-quoted bodies are: enough to split statements at `;` and to spot `?`
//! placeholders without a full parse.

/// Calls `f(byte_index, byte)` for every byte outside strings, quoted identifiers, comments and
/// dollar-quoted bodies.
fn for_each_code_byte(text: &str, mut f: impl FnMut(usize, u8)) {
    let b = text.as_bytes();
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            q @ (b'\'' | b'"' | b'`') => {
                i += 1;
                while i < b.len() {
                    if b[i] == b'\\' && q == b'\'' {
                        i += 2;
                        continue;
                    }
                    if b[i] == q {
                        // A doubled quote is an escaped quote.
                        if i + 1 < b.len() && b[i + 1] == q {
                            i += 2;
                            continue;
                        }
                        break;
                    }
                    i += 1;
                }
                i += 1;
            }
            b'-' if b.get(i + 1) == Some(&b'-') => {
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
            }
            b'#' if b.get(i + 1) == Some(&b' ') => {
                // MySQL `# comment`.
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
            }
            b'/' if b.get(i + 1) == Some(&b'*') => {
                i += 2;
                while i + 1 < b.len() && !(b[i] == b'*' && b[i + 1] == b'/') {
                    i += 1;
                }
                i += 2;
            }
            b'$' => {
                // `$tag$ ... $tag$` (tag may be empty); `$1` is a placeholder.
                let start = i;
                let mut j = i + 1;
                while j < b.len() && (b[j].is_ascii_alphanumeric() || b[j] == b'_') {
                    j += 1;
                }
                let tag_ok = j < b.len() && b[j] == b'$' && !b[i + 1..j].first().is_some_and(u8::is_ascii_digit);
                if tag_ok {
                    let tag = &text[start..=j];
                    match text[j + 1..].find(tag) {
                        Some(end) => i = j + 1 + end + tag.len(),
                        None => i = b.len(),
                    }
                } else {
                    f(i, b[i]);
                    i += 1;
                }
            }
            c => {
                f(i, c);
                i += 1;
            }
        }
    }
}

/// Byte ranges of the statements of `text`, split at top-level `;` (empty ones dropped).
pub fn statements(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    for_each_code_byte(text, |i, c| {
        if c == b';' {
            out.push((start, i));
            start = i + 1;
        }
    });
    out.push((start, text.len()));
    out.into_iter()
        .filter(|(s, e)| {
            let chunk = &text[*s..*e];
            // Only comments or whitespace: nothing to parse.
            let mut code = false;
            for_each_code_byte(chunk, |_, c| code |= !c.is_ascii_whitespace());
            code
        })
        .collect()
}

/// Whether the text uses `?` placeholders (MySQL, SQLite) outside strings and comments.
pub fn has_question_placeholder(text: &str) -> bool {
    let b = text.as_bytes();
    let mut found = false;
    for_each_code_byte(text, |i, c| {
        // PostgreSQL JSON operators `?|` and `?&` are not placeholders.
        if c == b'?' && !matches!(b.get(i + 1), Some(b'|' | b'&')) {
            found = true;
        }
    });
    found
}
