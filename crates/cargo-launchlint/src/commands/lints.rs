//! `cargo launchlint lints`: the lint table.

use super::{write_output, EXIT_OK};

pub fn run() -> u8 {
    let mut lints: Vec<_> = launchlint_lints::LINTS.iter().map(|l| l.meta()).collect();
    lints.sort_by_key(|m| (m.group, m.name));
    let width = lints.iter().map(|m| m.name.len()).max().unwrap_or(0);
    let mut out = format!("{:width$}  {:11}  {:5}  summary\n", "lint", "group", "level");
    for m in lints {
        out.push_str(&format!(
            "{:width$}  {:11}  {:5}  {}\n",
            m.name,
            m.group.as_str(),
            m.default_level().as_str(),
            m.summary
        ));
    }
    match write_output(None, &out) {
        Ok(()) => EXIT_OK,
        Err(c) => c,
    }
}
