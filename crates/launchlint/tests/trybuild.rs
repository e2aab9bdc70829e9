//! Compile-time behaviour of `#[launchlint::public]` and `#[launchlint::allow]`.

#[test]
fn ui() {
    let t = trybuild::TestCases::new();
    t.pass("tests/ui/pass/*.rs");
    t.compile_fail("tests/ui/fail/*.rs");
}
