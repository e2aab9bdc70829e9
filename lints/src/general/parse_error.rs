use launchlint_core::declare_lint;
use launchlint_core::{Finding, Label, Lint, LintContext, LintMeta};

declare_lint! {
    pub PARSE_ERROR, ParseError,
    name: "parse_error",
    group: Critical,
    summary: "a file that is not valid UTF-8 or does not parse, so nothing in it was checked",
    cwe: [],
    owasp: [],
    doc: include_str!("../../docs/parse_error.md"),
}

impl Lint for ParseError {
    fn meta(&self) -> &'static LintMeta {
        &PARSE_ERROR
    }

    fn check(&self, cx: &LintContext<'_>, out: &mut Vec<Finding>) {
        for f in &cx.model.parse_failures {
            let (message, help) = if f.message.starts_with(launchlint_core::parse::INTERNAL_ERROR) {
                (
                    "file could not be analysed (internal error)",
                    "this is a launchlint bug: please report it with the file; nothing in this file was checked",
                )
            } else if f.message.contains("UTF-8") {
                (
                    "file is not valid UTF-8",
                    "save the file as UTF-8; launchlint skipped it, so nothing in it was checked",
                )
            } else if f.message.contains("nest deeper") {
                ("file nests too deeply to analyse", "split the deeply nested expression; launchlint skipped this file")
            } else {
                (
                    "file does not parse",
                    "fix the syntax error; launchlint skipped this file, so its routes and queries were not checked",
                )
            };
            out.push(Finding::new(PARSE_ERROR.name, message, Label::new(f.span, f.message.clone())).help(help));
        }
    }
}
