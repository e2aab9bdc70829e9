//! TODO: one line on the safe code this case models.

// TODO: replace this placeholder with the closest safe variant of the firing case: code that
// `unbounded_body` must NOT report (so no expected-finding annotations here). Then run
// `LAUNCHLINT_BLESS=1 cargo test --test ui` to write `clean_basic.stderr`.

pub fn todo_clean_case() {}
