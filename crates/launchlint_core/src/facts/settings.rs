//! Key/value entries of committed dotenv files and application configuration files (SPEC §3,
//! `hardcoded_secret`): `.env` (`KEY=value`, `export`, quotes, inline comments, multi-line
//! quoted values), TOML (`[tables]`, dotted and quoted keys, inline tables, multi-line strings),
//! YAML (indentation paths, list items, quoted and block scalars) and JSON (with `//` comments
//! tolerated). Tolerant line scanners rather than full parsers: what they do not understand
//! they skip, and every value keeps its exact byte range for labels.

use crate::source::{FileId, FileKind, Span};

/// One scalar value and where it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SettingEntry {
    /// Full key path (`database.password`; the variable name in dotenv files).
    pub key: String,
    pub value: String,
    pub value_span: Span,
    /// Written as a quoted string (not a number, boolean or bare word in TOML/JSON).
    pub quoted: bool,
}

/// Scans a dotenv or configuration file.
pub fn scan(file: FileId, kind: FileKind, path: &str, text: &str) -> Vec<SettingEntry> {
    let lower = path.to_ascii_lowercase();
    match kind {
        FileKind::Env => dotenv(file, text),
        FileKind::Settings if lower.ends_with(".toml") => toml(file, text),
        FileKind::Settings if lower.ends_with(".yaml") || lower.ends_with(".yml") => yaml(file, text),
        FileKind::Settings if lower.ends_with(".json") => json(file, text),
        _ => Vec::new(),
    }
}

/// Byte offsets of line starts and the lines (without `\n`).
fn lines(text: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start = 0;
    for l in text.split_inclusive('\n') {
        out.push((start, l.trim_end_matches(['\n', '\r'])));
        start += l.len();
    }
    out
}

/// A quoted string starting at `s[0]` (`"` or `'`): its content and the byte length consumed
/// (including quotes), or `None` when it does not close on this text.
fn quoted(s: &str) -> Option<(String, usize)> {
    let q = s.chars().next()?;
    let mut out = String::new();
    let mut chars = s.char_indices().skip(1);
    while let Some((i, c)) = chars.next() {
        if c == q {
            return Some((out, i + 1));
        }
        if c == '\\' && q == '"' {
            if let Some((_, n)) = chars.next() {
                out.push(match n {
                    'n' => '\n',
                    't' => '\t',
                    other => other,
                });
            }
            continue;
        }
        out.push(c);
    }
    None
}

fn dotenv(file: FileId, text: &str) -> Vec<SettingEntry> {
    let mut out = Vec::new();
    let ls = lines(text);
    let mut i = 0;
    while i < ls.len() {
        let (start, line) = ls[i];
        i += 1;
        let t = line.trim_start();
        if t.starts_with('#') || t.is_empty() {
            continue;
        }
        let indent = line.len() - t.len();
        let t2 = t.strip_prefix("export ").map(str::trim_start).unwrap_or(t);
        let offset = start + indent + (t.len() - t2.len());
        let Some(eq) = t2.find('=') else { continue };
        let key = t2[..eq].trim();
        if key.is_empty() || !key.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '.' || c == '-') {
            continue;
        }
        let after = &t2[eq + 1..];
        let v = after.trim_start();
        let vstart = offset + eq + 1 + (after.len() - v.len());
        if v.starts_with('"') || v.starts_with('\'') {
            // Possibly multi-line: scan the rest of the file from here.
            let rest = &text[vstart..];
            if let Some((value, len)) = quoted(rest) {
                // Skip the lines the value spans.
                let end = vstart + len;
                while i < ls.len() && ls[i].0 < end {
                    i += 1;
                }
                out.push(SettingEntry {
                    key: key.to_string(),
                    value,
                    value_span: Span::new(file, vstart + 1, end - 1),
                    quoted: true,
                });
            }
            continue;
        }
        // Unquoted: up to an inline ` #` comment.
        let value = match v.find(" #").or_else(|| v.find("\t#")) {
            Some(c) => v[..c].trim_end(),
            None => v.trim_end(),
        };
        out.push(SettingEntry {
            key: key.to_string(),
            value: value.to_string(),
            value_span: Span::new(file, vstart, vstart + value.len()),
            quoted: false,
        });
    }
    out
}

fn bare_key_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_' || c == '-'
}

/// A cursor over TOML text.
struct Toml<'a> {
    text: &'a str,
    pos: usize,
    file: FileId,
    out: Vec<SettingEntry>,
}

impl Toml<'_> {
    fn peek(&self) -> Option<char> {
        self.text[self.pos..].chars().next()
    }

    fn skip_ws(&mut self) {
        while self.peek().is_some_and(|c| c == ' ' || c == '\t') {
            self.pos += 1;
        }
    }

    fn skip_line(&mut self) {
        match self.text[self.pos..].find('\n') {
            Some(n) => self.pos += n + 1,
            None => self.pos = self.text.len(),
        }
    }

    /// `a.b."c d"`: the key parts.
    fn key(&mut self) -> Option<Vec<String>> {
        let mut parts = Vec::new();
        loop {
            self.skip_ws();
            match self.peek()? {
                '"' | '\'' => {
                    let (k, len) = quoted(&self.text[self.pos..])?;
                    parts.push(k);
                    self.pos += len;
                }
                c if bare_key_char(c) => {
                    let s = self.pos;
                    while self.peek().is_some_and(bare_key_char) {
                        self.pos += 1;
                    }
                    parts.push(self.text[s..self.pos].to_string());
                }
                _ => return None,
            }
            self.skip_ws();
            if self.peek() == Some('.') {
                self.pos += 1;
            } else {
                return Some(parts);
            }
        }
    }

    /// `key = value` at the cursor, with `path` in front of the key.
    fn pair(&mut self, path: &[String]) -> Option<()> {
        let key = self.key()?;
        if self.peek()? != '=' {
            return None;
        }
        self.pos += 1;
        self.skip_ws();
        let mut full = path.to_vec();
        full.extend(key);
        let rest = &self.text[self.pos..];
        if rest.starts_with('{') {
            self.pos += 1;
            loop {
                self.skip_ws();
                match self.peek()? {
                    '}' => {
                        self.pos += 1;
                        return Some(());
                    }
                    ',' => self.pos += 1,
                    _ => self.pair(&full)?,
                }
            }
        }
        if rest.starts_with('[') {
            // Arrays are skipped (bracket depth, strings respected).
            let mut depth = 0;
            while let Some(c) = self.peek() {
                match c {
                    '[' => depth += 1,
                    ']' => {
                        depth -= 1;
                        if depth == 0 {
                            self.pos += 1;
                            return Some(());
                        }
                    }
                    '"' | '\'' => {
                        let (_, len) = quoted(&self.text[self.pos..])?;
                        self.pos += len;
                        continue;
                    }
                    _ => {}
                }
                self.pos += c.len_utf8();
            }
            return Some(());
        }
        let key = full.join(".");
        if rest.starts_with("\"\"\"") || rest.starts_with("'''") {
            let delim = &rest[..3];
            let from = self.pos + 3;
            let end = self.text[from..].find(delim)? + from;
            self.out.push(SettingEntry {
                key,
                value: self.text[from..end].trim_start_matches('\n').to_string(),
                value_span: Span::new(self.file, from, end),
                quoted: true,
            });
            self.pos = end + 3;
            return Some(());
        }
        if rest.starts_with('"') || rest.starts_with('\'') {
            let (value, len) = quoted(rest)?;
            self.out.push(SettingEntry {
                key,
                value,
                value_span: Span::new(self.file, self.pos + 1, self.pos + len - 1),
                quoted: true,
            });
            self.pos += len;
            return Some(());
        }
        let len = rest.find([',', '}', '#', '\n']).unwrap_or(rest.len());
        let value = rest[..len].trim_end();
        self.out.push(SettingEntry {
            key,
            value: value.to_string(),
            value_span: Span::new(self.file, self.pos, self.pos + value.len()),
            quoted: false,
        });
        self.pos += value.len();
        Some(())
    }
}

fn toml(file: FileId, text: &str) -> Vec<SettingEntry> {
    let mut t = Toml { text, pos: 0, file, out: Vec::new() };
    let mut table: Vec<String> = Vec::new();
    while t.pos < text.len() {
        t.skip_ws();
        match t.peek() {
            Some('#') | Some('\n') | Some('\r') => t.skip_line(),
            Some('[') => {
                let line_end = text[t.pos..].find('\n').map_or(text.len(), |n| t.pos + n);
                let header = text[t.pos..line_end].trim_start_matches('[');
                let name = header.split(']').next().unwrap_or("");
                table = name
                    .split('.')
                    .map(|p| p.trim().trim_matches(['"', '\'']).to_string())
                    .filter(|p| !p.is_empty())
                    .collect();
                t.skip_line();
            }
            Some(_) => {
                let before = t.pos;
                let _ = t.pair(&table);
                if t.pos == before {
                    t.pos += 1;
                }
                t.skip_line();
            }
            None => break,
        }
    }
    t.out
}

fn yaml(file: FileId, text: &str) -> Vec<SettingEntry> {
    let mut out = Vec::new();
    let mut stack: Vec<(usize, String)> = Vec::new();
    let ls = lines(text);
    let mut i = 0;
    while i < ls.len() {
        let (start, line) = ls[i];
        i += 1;
        let t = line.trim_start();
        if t.starts_with('#') || t.is_empty() || t.starts_with("---") {
            continue;
        }
        let mut indent = line.len() - t.len();
        let mut t = t;
        // `- key: value` list items: the key sits two columns in.
        while let Some(rest) = t.strip_prefix("- ") {
            indent += 2;
            t = rest.trim_start();
        }
        let Some(colon) = find_yaml_colon(t) else {
            continue;
        };
        let key = t[..colon].trim().trim_matches(['"', '\'']).to_string();
        while stack.last().is_some_and(|(ind, _)| *ind >= indent) {
            stack.pop();
        }
        let after = &t[colon + 1..];
        let v = after.trim_start();
        let vstart = start + indent + colon + 1 + (after.len() - v.len());
        let path =
            stack.iter().map(|(_, k)| k.as_str()).chain(std::iter::once(key.as_str())).collect::<Vec<_>>().join(".");
        if v.is_empty() || v.starts_with('#') {
            stack.push((indent, key));
            continue;
        }
        if v.starts_with('|') || v.starts_with('>') {
            // Block scalar: the following more-indented lines.
            let mut first = None;
            let mut last = vstart;
            let mut value = String::new();
            while i < ls.len() {
                let (s2, l2) = ls[i];
                let t2 = l2.trim_start();
                if !t2.is_empty() && l2.len() - t2.len() <= indent {
                    break;
                }
                if !t2.is_empty() {
                    first.get_or_insert(s2 + (l2.len() - t2.len()));
                    last = s2 + l2.len();
                    value.push_str(t2);
                    value.push('\n');
                }
                i += 1;
            }
            if let Some(f) = first {
                out.push(SettingEntry { key: path, value, value_span: Span::new(file, f, last), quoted: true });
            }
            continue;
        }
        if v.starts_with('{') || v.starts_with('[') || v.starts_with('&') || v.starts_with('*') {
            continue;
        }
        if v.starts_with('"') || v.starts_with('\'') {
            if let Some((value, len)) = quoted(v) {
                out.push(SettingEntry {
                    key: path,
                    value,
                    value_span: Span::new(file, vstart + 1, vstart + len - 1),
                    quoted: true,
                });
            }
            continue;
        }
        let value = match v.find(" #") {
            Some(c) => v[..c].trim_end(),
            None => v.trim_end(),
        };
        out.push(SettingEntry {
            key: path,
            value: value.to_string(),
            value_span: Span::new(file, vstart, vstart + value.len()),
            quoted: false,
        });
    }
    out
}

/// The `:` that ends a YAML key (followed by a space or the end of line), outside quotes.
fn find_yaml_colon(t: &str) -> Option<usize> {
    let mut in_q: Option<char> = None;
    for (i, c) in t.char_indices() {
        match (in_q, c) {
            (None, '"' | '\'') if i == 0 => in_q = Some(c),
            (Some(q), c) if c == q => in_q = None,
            (None, ':') => {
                let next = t[i + 1..].chars().next();
                if next.is_none_or(|n| n == ' ' || n == '\t') {
                    return Some(i);
                }
            }
            (None, ' ') if i > 0 && !t[..i].contains(':') && t[i..].trim_start().starts_with('#') => return None,
            _ => {}
        }
    }
    None
}

fn json(file: FileId, text: &str) -> Vec<SettingEntry> {
    #[derive(PartialEq)]
    enum Tok {
        Str(String, usize, usize),
        Colon,
        Open,
        Close,
        OpenArr,
        CloseArr,
        Comma,
        Other(String, usize, usize),
    }
    let mut toks = Vec::new();
    let b = text.as_bytes();
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'/' if b.get(i + 1) == Some(&b'/') => {
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
            }
            b'"' => match quoted(&text[i..]) {
                Some((s, len)) => {
                    toks.push(Tok::Str(s, i + 1, i + len - 1));
                    i += len;
                }
                None => break,
            },
            b':' => {
                toks.push(Tok::Colon);
                i += 1;
            }
            b'{' => {
                toks.push(Tok::Open);
                i += 1;
            }
            b'}' => {
                toks.push(Tok::Close);
                i += 1;
            }
            b'[' => {
                toks.push(Tok::OpenArr);
                i += 1;
            }
            b']' => {
                toks.push(Tok::CloseArr);
                i += 1;
            }
            b',' => {
                toks.push(Tok::Comma);
                i += 1;
            }
            c if c.is_ascii_whitespace() => i += 1,
            _ => {
                let s = i;
                while i < b.len() && !matches!(b[i], b',' | b'}' | b']' | b' ' | b'\n' | b'\r' | b'\t') {
                    i += 1;
                }
                toks.push(Tok::Other(text[s..i].to_string(), s, i));
            }
        }
    }
    let mut out = Vec::new();
    // Object keys on the stack; `None` for arrays.
    let mut stack: Vec<Option<String>> = Vec::new();
    let mut pending: Option<String> = None;
    let mut k = 0;
    while k < toks.len() {
        match &toks[k] {
            Tok::Str(s, _, _) if toks.get(k + 1) == Some(&Tok::Colon) => {
                pending = Some(s.clone());
                k += 2;
                continue;
            }
            Tok::Str(s, a, z) | Tok::Other(s, a, z) => {
                if let Some(key) = pending.take() {
                    let path = stack
                        .iter()
                        .flatten()
                        .map(String::as_str)
                        .chain(std::iter::once(key.as_str()))
                        .collect::<Vec<_>>()
                        .join(".");
                    out.push(SettingEntry {
                        key: path,
                        value: s.clone(),
                        value_span: Span::new(file, *a, *z),
                        quoted: matches!(toks[k], Tok::Str(..)),
                    });
                }
            }
            Tok::Open => stack.push(pending.take()),
            Tok::OpenArr => {
                stack.push(pending.take());
            }
            Tok::Close | Tok::CloseArr => {
                stack.pop();
            }
            Tok::Comma | Tok::Colon => {}
        }
        k += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entries(kind: FileKind, path: &str, text: &str) -> Vec<(String, String, String)> {
        scan(FileId(0), kind, path, text)
            .into_iter()
            .map(|e| {
                let spanned = text[e.value_span.range()].to_string();
                (e.key, e.value, spanned)
            })
            .collect()
    }

    #[test]
    fn dotenv_lines() {
        let text = "# comment\nexport JWT_SECRET=abc123 # inline\nDB_PASSWORD=\"p@ss word\"\nEMPTY=\nKEY='multi\nline'\nAFTER=x\n";
        let e = entries(FileKind::Env, ".env", text);
        assert_eq!(
            e,
            vec![
                ("JWT_SECRET".into(), "abc123".into(), "abc123".into()),
                ("DB_PASSWORD".into(), "p@ss word".into(), "p@ss word".into()),
                ("EMPTY".into(), "".into(), "".into()),
                ("KEY".into(), "multi\nline".into(), "multi\nline".into()),
                ("AFTER".into(), "x".into(), "x".into()),
            ]
        );
    }

    #[test]
    fn toml_tables_and_inline() {
        let text = "[database]\nurl = \"postgres://x\" # c\npassword = 'hunter2'\n\n[auth]\njwt = { secret = \"s3\", ttl = 60 }\napi.key = \"k\"\n";
        let e = entries(FileKind::Settings, "config/base.toml", text);
        let keys: Vec<_> = e.iter().map(|(k, v, s)| format!("{k}={v}|{s}")).collect();
        assert_eq!(
            keys,
            vec![
                "database.url=postgres://x|postgres://x",
                "database.password=hunter2|hunter2",
                "auth.jwt.secret=s3|s3",
                "auth.jwt.ttl=60|60",
                "auth.api.key=k|k",
            ]
        );
    }

    #[test]
    fn yaml_paths() {
        let text = "application:\n  port: 8000\n  hmac_secret: \"abc\"\ndatabase:\n  password: pw # c\n  tls:\n    key: |\n      line1\n      line2\nitems:\n  - name: a\n    token: t\n";
        let e = entries(FileKind::Settings, "config/base.yaml", text);
        let keys: Vec<_> = e.iter().map(|(k, v, _)| format!("{k}={v}")).collect();
        assert_eq!(
            keys,
            vec![
                "application.port=8000",
                "application.hmac_secret=abc",
                "database.password=pw",
                "database.tls.key=line1\nline2\n",
                "items.name=a",
                "items.token=t",
            ]
        );
    }

    #[test]
    fn json_objects() {
        let text = "{\n  // local\n  \"stripe\": { \"secret_key\": \"k1\", \"retries\": 3 },\n  \"hosts\": [\"a\", \"b\"]\n}\n";
        let e = entries(FileKind::Settings, "config/app.json", text);
        let keys: Vec<_> = e.iter().map(|(k, v, s)| format!("{k}={v}|{s}")).collect();
        assert_eq!(keys, vec!["stripe.secret_key=k1|k1", "stripe.retries=3|3"]);
    }
}
