//! One line per finding: `path:line:col: level[lint] message`.

use super::{line_cols, summary_line, Report};

pub fn render(r: &Report<'_>) -> String {
    let mut out = String::new();
    for f in r.findings {
        let ((l, c), _) = line_cols(r.db, &f.primary.span);
        let path = &r.db.get(f.primary.span.file).display;
        out.push_str(&format!("{path}:{l}:{c}: {}[{}] {}\n", f.level.severity_word(), f.lint, f.message));
    }
    if !r.quiet {
        out.push_str(&summary_line(&r.summary));
        out.push('\n');
    }
    out
}
