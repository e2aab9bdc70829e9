//! "Did you mean" suggestions for lint names and keys.

/// Edit distance, for "did you mean" suggestions.
pub fn levenshtein(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1; b.len() + 1];
        for (j, &cb) in b.iter().enumerate() {
            let cost = usize::from(ca != cb);
            cur[j + 1] = (prev[j] + cost).min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        prev = cur;
    }
    prev[b.len()]
}

/// The closest known name within a small distance, if any; a known name that the input starts
/// (`cors_wildcard` → `cors_wildcard_credentials`) also counts.
pub fn suggest<'a>(name: &str, known: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let known: Vec<&'a str> = known.into_iter().collect();
    if name.len() >= 4 {
        let mut prefixed: Vec<&'a str> = known.iter().copied().filter(|k| k.starts_with(name)).collect();
        prefixed.sort_by_key(|k| (k.len(), *k));
        if let Some(k) = prefixed.first() {
            return Some(k);
        }
    }
    known
        .into_iter()
        .map(|k| (levenshtein(name, k), k))
        .filter(|(d, k)| *d <= 3.max(k.len() / 4) && *d < k.len())
        .min()
        .map(|(_, k)| k)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggestions() {
        let known = ["missing_auth", "cors_wildcard_credentials", "parse_error"];
        assert_eq!(suggest("missing_auht", known), Some("missing_auth"));
        assert_eq!(suggest("cors_wildcard", known), Some("cors_wildcard_credentials"));
        assert_eq!(suggest("totally_unrelated", known), None);
        assert_eq!(levenshtein("kitten", "sitting"), 3);
    }
}
