//! `cargo launchlint explain LINT`.

use super::{write_output, EXIT_ERROR, EXIT_OK};
use launchlint_core::lint::suggest;

pub fn run(name: &str) -> u8 {
    let name = name.trim().replace('-', "_");
    match launchlint_lints::find(&name) {
        Some(l) => {
            let m = l.meta();
            let mut text = m.doc.trim_end().to_string();
            text.push_str(&format!(
                "\n\nGroup: {} (default level: {})\n",
                m.group.as_str(),
                m.default_level().as_str()
            ));
            match write_output(None, &text) {
                Ok(()) => EXIT_OK,
                Err(c) => c,
            }
        }
        None => {
            let all = launchlint_lints::all_names();
            let help = if launchlint_lints::RESERVED.contains(&name.as_str()) {
                Some(format!("`{name}` is planned but not implemented yet"))
            } else {
                suggest(&name, all.iter().copied()).map(|s| format!("did you mean `{s}`?"))
            };
            super::error(
                &format!("unknown lint `{name}`"),
                Some(help.as_deref().unwrap_or("`cargo launchlint lints` lists every lint")),
            );
            EXIT_ERROR
        }
    }
}
