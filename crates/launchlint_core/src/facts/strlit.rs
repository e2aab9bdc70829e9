//! Offsets inside string literals: from a byte offset in a literal's *value* to the byte offset
//! in its *source* (`"a\nb"`, `r#"..."#`, `b"..."`, line continuations), so that a label can point
//! at a word inside SQL text.

/// Maps every byte of the literal's value to its offset in `src` (the literal token as written,
/// quotes and prefix included); the entry past the end maps to the closing quote. `None` when
/// `src` is not a string literal.
pub fn value_offsets(src: &str) -> Option<Vec<usize>> {
    let b = src.as_bytes();
    let mut i = 0;
    if b.first() == Some(&b'b') || b.first() == Some(&b'c') {
        i += 1;
    }
    let raw = b.get(i) == Some(&b'r');
    if raw {
        i += 1;
        let mut hashes = 0;
        while b.get(i) == Some(&b'#') {
            hashes += 1;
            i += 1;
        }
        if b.get(i) != Some(&b'"') {
            return None;
        }
        let start = i + 1;
        let end = src.len().checked_sub(1 + hashes)?;
        if end < start {
            return None;
        }
        let mut map: Vec<usize> = (start..end).collect();
        map.push(end);
        return Some(map);
    }
    if b.get(i) != Some(&b'"') {
        return None;
    }
    i += 1;
    let end = src.len().checked_sub(1)?;
    let mut map = Vec::with_capacity(end.saturating_sub(i));
    while i < end {
        if b[i] != b'\\' {
            // One char of the value: as many value bytes as source bytes.
            let ch_len = src[i..].chars().next().map_or(1, char::len_utf8);
            for k in 0..ch_len {
                map.push(i + k);
            }
            i += ch_len;
            continue;
        }
        let esc = i;
        match b.get(i + 1) {
            Some(b'\n') | Some(b'\r') => {
                // Line continuation: the newline and leading whitespace vanish.
                i += 1;
                while i < end && (b[i] as char).is_ascii_whitespace() {
                    i += 1;
                }
            }
            Some(b'x') => {
                map.push(esc);
                i += 4;
            }
            Some(b'u') => {
                let close = src[i..].find('}').map_or(end, |c| i + c + 1);
                let ch = u32::from_str_radix(src[i + 3..close.saturating_sub(1)].trim_matches('_'), 16)
                    .ok()
                    .and_then(char::from_u32)
                    .unwrap_or('\u{fffd}');
                for _ in 0..ch.len_utf8() {
                    map.push(esc);
                }
                i = close;
            }
            Some(_) => {
                map.push(esc);
                i += 2;
            }
            None => break,
        }
    }
    map.push(end);
    Some(map)
}

/// Source offset (relative to the token start) of value byte `v`.
pub fn source_offset(src: &str, v: usize) -> Option<usize> {
    let map = value_offsets(src)?;
    map.get(v).copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(src: &str, value: &str, word: &str) {
        let v = value.find(word).expect("word in value");
        let s = source_offset(src, v).expect("offset");
        assert_eq!(&src[s..s + word.len()], word, "{src}");
    }

    #[test]
    fn plain_raw_and_escaped() {
        check(r#""SELECT * FROM posts""#, "SELECT * FROM posts", "posts");
        check(r###"r#"SELECT "x" FROM posts"#"###, r#"SELECT "x" FROM posts"#, "posts");
        check(r#""SELECT \"x\"\n FROM posts""#, "SELECT \"x\"\n FROM posts", "posts");
        check("\"SELECT * \\\n      FROM posts\"", "SELECT * FROM posts", "posts");
        check(r#""caf\u{e9} posts""#, "café posts", "posts");
        check(r#"b"SELECT 1 FROM posts""#, "SELECT 1 FROM posts", "posts");
        check("\"é FROM posts\"", "é FROM posts", "posts");
    }

    #[test]
    fn not_a_string() {
        assert_eq!(value_offsets("42"), None);
    }
}
