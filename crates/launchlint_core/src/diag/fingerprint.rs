//! Line-independent fingerprints (SPEC §5): a hash of the lint, the package-relative file path,
//! the enclosing item path, the route and the normalised primary snippet. Moving code up or down
//! a file keeps the fingerprint; editing the flagged expression changes it.

use super::Finding;
use crate::source::SourceDb;

/// FNV-1a, 64 bit: small, stable across platforms and releases (unlike `DefaultHasher`).
pub fn fnv1a64(parts: &[&str]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for part in parts {
        for b in part.bytes().chain(std::iter::once(0xff)) {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
    h
}

/// Whitespace folded to single spaces, so reformatting does not change the fingerprint.
pub fn normalise_snippet(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

pub fn compute(f: &Finding, db: &SourceDb) -> String {
    let file = db.get(f.primary.span.file);
    let snippet = normalise_snippet(file.snippet(&f.primary.span));
    let route = f.route.as_deref().unwrap_or("");
    format!("{:016x}", fnv1a64(&[f.lint, &file.package_rel, &f.item_path, route, &snippet]))
}

/// Sets the fingerprint of every finding. Identical fingerprints (the same snippet twice in one
/// item) get an occurrence suffix in output order, so each stays addressable.
pub fn assign(findings: &mut [Finding], db: &SourceDb) {
    let mut seen = std::collections::HashMap::<String, usize>::new();
    for f in findings.iter_mut() {
        let base = compute(f, db);
        let n = seen.entry(base.clone()).or_insert(0);
        f.fingerprint = if *n == 0 { base } else { format!("{base}-{n}") };
        *n += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hash_is_stable_and_separates_parts() {
        assert_eq!(fnv1a64(&["a", "bc"]), fnv1a64(&["a", "bc"]));
        assert_ne!(fnv1a64(&["ab", "c"]), fnv1a64(&["a", "bc"]));
        // Pinned so that a change of algorithm (which would invalidate every baseline) is seen.
        assert_eq!(format!("{:016x}", fnv1a64(&["launchlint"])), "a0bd5dabeab02c10");
        assert_eq!(normalise_snippet("a(\n    b,\n  c)"), "a( b, c)");
    }
}
