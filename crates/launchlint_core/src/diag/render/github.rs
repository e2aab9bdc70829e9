//! GitHub workflow commands: `::error file=..,line=..,col=..,title=..::message`.

use super::{line_cols, Report};
use crate::diag::Level;

fn escape_data(s: &str) -> String {
    s.replace('%', "%25").replace('\r', "%0D").replace('\n', "%0A")
}

fn escape_property(s: &str) -> String {
    escape_data(s).replace(':', "%3A").replace(',', "%2C")
}

pub fn render(r: &Report<'_>) -> String {
    let mut out = String::new();
    for f in r.findings {
        let ((l, c), (el, ec)) = line_cols(r.db, &f.primary.span);
        let path = &r.db.get(f.primary.span.file).display;
        let cmd = if f.level == Level::Deny { "error" } else { "warning" };
        let mut msg = f.message.clone();
        if let Some(h) = &f.help {
            msg.push_str("\nhelp: ");
            msg.push_str(h);
        }
        out.push_str(&format!(
            "::{cmd} file={},line={l},col={c},endLine={el},endColumn={ec},title={}::{}\n",
            escape_property(path),
            escape_property(&format!("launchlint {}", f.lint)),
            escape_data(&msg)
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn escapes() {
        assert_eq!(super::escape_property("a:b,c%"), "a%3Ab%2Cc%25");
        assert_eq!(super::escape_data("a\nb"), "a%0Ab");
    }
}
