#[launchlint::allow(missing_auth, missing_rate_limit, reason = "served only on the loopback interface")]
fn debug_dump() -> usize {
    7
}

#[launchlint::allow(
    sql_interpolation,
    missing_tenant_filter,
    reason = "table name comes from a compile-time constant",
)]
mod reports {
    pub fn query() -> &'static str {
        "SELECT 1"
    }
}

// `reason` may come first.
#[launchlint::allow(reason = "fields are never logged", secret_in_log, error_detail_leak)]
struct Credentials {
    user: &'static str,
}

#[launchlint::allow(unvalidated_body, unbounded_body, reason = "only used by tests")]
impl Credentials {
    fn user(&self) -> &'static str {
        self.user
    }
}

#[launchlint::allow(hardcoded_secret, secret_in_log, reason = "public test vector")]
const TEST_TOKEN: &str = "token";

#[launchlint::allow(hardcoded_secret, jwt_validation_disabled, reason = "local fixture")]
static FIXTURE: [u8; 2] = [1, 2];

#[launchlint::allow(cors_wildcard_credentials, parse_error, unused_suppression, reason = "enum of demo settings")]
enum Mode {
    Demo,
}

fn main() {
    assert_eq!(debug_dump(), 7);
    assert_eq!(reports::query(), "SELECT 1");
    assert_eq!(Credentials { user: "u" }.user(), "u");
    assert_eq!(TEST_TOKEN, "token");
    assert_eq!(FIXTURE.len(), 2);
    assert!(matches!(Mode::Demo, Mode::Demo));
}
