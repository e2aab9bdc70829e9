#[launchlint::allow(missing_auth, reason = "internal metrics endpoint")]
fn metrics() -> u64 {
    42
}

#[launchlint::allow(missing_rate_limit, reason = "admin module is only reachable over the VPN")]
mod admin {
    pub fn reset() -> bool {
        true
    }
}

#[launchlint::allow(insecure_cookie, reason = "cookie is set by a local dev-only tool")]
struct DevCookie {
    name: &'static str,
}

#[launchlint::allow(unbounded_body, reason = "impl only reads fixed-size fields")]
impl DevCookie {
    fn name(&self) -> &'static str {
        self.name
    }
}

#[launchlint::allow(hardcoded_secret, reason = "well-known sandbox key from the provider docs")]
const SANDBOX_KEY: &str = "sk_test_0000";

#[launchlint::allow(hardcoded_secret, reason = "placeholder replaced at deploy time")]
static PLACEHOLDER: &str = "changeme";

fn main() {
    assert_eq!(metrics(), 42);
    assert!(admin::reset());
    assert_eq!(DevCookie { name: "dev" }.name(), "dev");
    assert_eq!(SANDBOX_KEY.len(), 12);
    assert_eq!(PLACEHOLDER, "changeme");
}
