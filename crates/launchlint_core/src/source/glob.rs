//! Glob patterns over `/`-separated paths, as used by `--exclude`, `[paths] exclude`,
//! `[auth] public_paths` and `[[allow]] path`: `*` matches within one segment, `**` any number
//! of segments, `?` one character, `{a,b}` alternatives. A pattern without `/` also matches a
//! file name anywhere (like `.gitignore`).

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Glob {
    pattern: String,
    anchored: bool,
}

impl Glob {
    pub fn new(pattern: &str) -> Result<Glob, String> {
        let p = pattern.trim();
        if p.is_empty() {
            return Err("empty glob pattern".into());
        }
        let mut depth = 0i32;
        for c in p.chars() {
            match c {
                '{' => depth += 1,
                '}' => depth -= 1,
                _ => {}
            }
            if depth < 0 {
                return Err(format!("unbalanced `}}` in glob `{p}`"));
            }
        }
        if depth != 0 {
            return Err(format!("unbalanced `{{` in glob `{p}`"));
        }
        let anchored = p.trim_end_matches('/').contains('/');
        Ok(Glob { pattern: p.trim_start_matches("./").to_string(), anchored })
    }

    pub fn as_str(&self) -> &str {
        &self.pattern
    }

    /// Whether `path` (`/`-separated, relative) matches. A directory pattern (`target/` or a
    /// pattern matching a prefix of the path's segments) matches everything below it.
    pub fn matches(&self, path: &str) -> bool {
        let path = path.trim_start_matches("./");
        let pat = self.pattern.trim_end_matches('/');
        for alt in expand_braces(pat) {
            let pat_segs: Vec<&str> = alt.split('/').filter(|s| !s.is_empty()).collect();
            let path_segs: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
            if self.anchored || alt.starts_with('/') {
                if match_prefix(&pat_segs, &path_segs) {
                    return true;
                }
            } else {
                for start in 0..path_segs.len() {
                    if match_prefix(&pat_segs, &path_segs[start..]) {
                        return true;
                    }
                }
            }
        }
        false
    }
}

impl Glob {
    /// Whether a whole text (not a path: `/` is an ordinary character) matches, `*` matching any
    /// run of characters. Used for `[secrets] allow` over literal values.
    pub fn matches_text(&self, text: &str) -> bool {
        expand_braces(&self.pattern).iter().any(|alt| match_segment(alt.replace("**", "*").as_bytes(), text.as_bytes()))
    }
}

/// Matches `pat` against a prefix of `path` made of whole segments (so a pattern naming a folder
/// matches the files below it), or against all of it.
fn match_prefix(pat: &[&str], path: &[&str]) -> bool {
    (1..=path.len()).any(|n| match_segments(pat, &path[..n]))
}

fn match_segments(pat: &[&str], path: &[&str]) -> bool {
    match pat.split_first() {
        None => path.is_empty(),
        Some((&"**", rest)) => (0..=path.len()).any(|i| match_segments(rest, &path[i..])),
        Some((first, rest)) => {
            !path.is_empty() && match_segment(first.as_bytes(), path[0].as_bytes()) && match_segments(rest, &path[1..])
        }
    }
}

fn match_segment(pat: &[u8], s: &[u8]) -> bool {
    // Iterative wildcard match with backtracking on the last `*`.
    let (mut p, mut i) = (0usize, 0usize);
    let mut star: Option<(usize, usize)> = None;
    while i < s.len() {
        if p < pat.len() && (pat[p] == b'?' || pat[p] == s[i]) {
            p += 1;
            i += 1;
        } else if p < pat.len() && pat[p] == b'*' {
            star = Some((p, i));
            p += 1;
        } else if let Some((sp, si)) = star {
            p = sp + 1;
            i = si + 1;
            star = Some((sp, si + 1));
        } else {
            return false;
        }
    }
    while p < pat.len() && pat[p] == b'*' {
        p += 1;
    }
    p == pat.len()
}

fn expand_braces(p: &str) -> Vec<String> {
    let Some(open) = p.find('{') else {
        return vec![p.to_string()];
    };
    let mut depth = 0;
    let mut close = None;
    for (i, c) in p[open..].char_indices() {
        match c {
            '{' => depth += 1,
            '}' => {
                depth -= 1;
                if depth == 0 {
                    close = Some(open + i);
                    break;
                }
            }
            _ => {}
        }
    }
    let Some(close) = close else {
        return vec![p.to_string()];
    };
    let inner = &p[open + 1..close];
    let mut parts = Vec::new();
    let (mut depth, mut last) = (0, 0);
    for (i, c) in inner.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            ',' if depth == 0 => {
                parts.push(&inner[last..i]);
                last = i + 1;
            }
            _ => {}
        }
    }
    parts.push(&inner[last..]);
    let mut out = Vec::new();
    for part in parts {
        for tail in expand_braces(&p[close + 1..]) {
            for mid in expand_braces(part) {
                out.push(format!("{}{}{}", &p[..open], mid, tail));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::Glob;

    fn m(p: &str, s: &str) -> bool {
        Glob::new(p).expect("valid glob").matches(s)
    }

    #[test]
    fn segments_and_double_star() {
        assert!(m("src/generated/**", "src/generated/a/b.rs"));
        assert!(m("src/*.rs", "src/main.rs"));
        assert!(!m("src/*.rs", "src/a/main.rs"));
        assert!(m("**/*.rs", "src/a/main.rs"));
        assert!(m("/public/**", "/public/css/site.css"));
        assert!(!m("/public/**", "/api/public"));
        assert!(m("/health", "/health"));
        assert!(!m("/health", "/healthz"));
    }

    #[test]
    fn unanchored_names_match_anywhere() {
        assert!(m("generated.rs", "src/api/generated.rs"));
        assert!(m("target", "crates/x/target/debug/a.rs"));
        assert!(!m("gen*.rs", "src/main.rs"));
    }

    #[test]
    fn text_matching() {
        let g = Glob::new("sk_live_0000TESTFIXTURE*").expect("glob");
        assert!(g.matches_text("sk_live_0000TESTFIXTURE000000001"));
        assert!(!g.matches_text("sk_live_51Abc"));
        let url = Glob::new("postgres://ci:*@ci-db/*").expect("glob");
        assert!(url.matches_text("postgres://ci:Xq7vR2mT9kLp4sWz@ci-db/app"));
    }

    #[test]
    fn braces_and_question_mark() {
        assert!(m("src/{api,web}/*.rs", "src/web/x.rs"));
        assert!(!m("src/{api,web}/*.rs", "src/db/x.rs"));
        assert!(m("v?/x", "v1/x"));
        assert!(Glob::new("{a").is_err());
        assert!(Glob::new("").is_err());
    }
}
