//! Generated documentation: the README lint table (kept in sync by `cargo run -p xtask -- readme`
//! and checked by the meta tests).

use crate::{LINTS, RESERVED};
use launchlint_core::Group;

pub const TABLE_START: &str = "<!-- lints:start -->";
pub const TABLE_END: &str = "<!-- lints:end -->";

/// The markdown table of every lint: critical first, then by name, then the planned lints.
pub fn readme_table() -> String {
    let mut metas: Vec<_> = LINTS.iter().map(|l| l.meta()).collect();
    metas.sort_by_key(|m| (m.group != Group::Critical, m.name));
    let mut s = String::from("| Lint | Group | Default | What it finds | References |\n|---|---|---|---|---|\n");
    for m in metas {
        let mut refs: Vec<String> = m.cwe.iter().map(|c| c.to_string()).collect();
        refs.extend(m.owasp.iter().map(|o| o.split_whitespace().next().unwrap_or(o).to_string()));
        let refs = if refs.is_empty() { "—".to_string() } else { refs.join(", ") };
        s.push_str(&format!(
            "| `{}` | {} | {} | {} | {} |\n",
            m.name,
            m.group.as_str(),
            m.default_level().as_str(),
            m.summary.replace('|', "\\|"),
            refs
        ));
    }
    let planned: Vec<String> = RESERVED.iter().map(|r| format!("`{r}`")).collect();
    if !planned.is_empty() {
        s.push_str(&format!("\nPlanned (accepted in configuration, not yet reported): {}.\n", planned.join(", ")));
    }
    s
}

/// Replaces the text between the table markers. `None` when the markers are missing.
pub fn splice(readme: &str, table: &str) -> Option<String> {
    let start = readme.find(TABLE_START)? + TABLE_START.len();
    let end = readme[start..].find(TABLE_END)? + start;
    Some(format!("{}\n{}{}", &readme[..start], table, &readme[end..]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splice_replaces_only_between_markers() {
        let readme = format!("# x\n\n{TABLE_START}\nold\n{TABLE_END}\n\nrest\n");
        let out = splice(&readme, "new\n").expect("markers");
        assert_eq!(out, format!("# x\n\n{TABLE_START}\nnew\n{TABLE_END}\n\nrest\n"));
        assert_eq!(splice(&out, "new\n").as_deref(), Some(out.as_str()), "idempotent");
        assert!(splice("no markers", "t").is_none());
    }

    #[test]
    fn table_lists_every_lint_critical_first() {
        let t = readme_table();
        for l in crate::LINTS {
            assert!(t.contains(&format!("| `{}` |", l.meta().name)));
        }
        let crit = t.find("| critical |").expect("critical rows");
        let rec = t.find("| recommended |").expect("recommended rows");
        assert!(crit < rec);
    }
}
