//! TODO: one line on the situation this case models.

// TODO: replace this placeholder with realistic service code that `insecure_cookie` must report, and
// annotate every line that must be reported the way the line in the fn below is (a caret after
// the tilde points one line up). Then run `LAUNCHLINT_BLESS=1 cargo test --test ui` to write
// `basic.stderr`. Until then this case fails on purpose: the annotation expects a finding.

pub fn todo_firing_case() {
    let _todo = (); //~ insecure_cookie
}
