struct Service {
    calls: u32,
}

impl Service {
    #[launchlint::allow(missing_auth, reason = "called only from the authenticated router")]
    fn handle(&self) -> u32 {
        self.calls + 1
    }

    #[launchlint::allow(missing_rate_limit, unbounded_body, reason = "bounded by the caller")]
    pub fn upload(&mut self, body: &[u8]) -> usize {
        self.calls += 1;
        body.len()
    }

    #[launchlint::allow(hardcoded_secret, reason = "associated const is a public key")]
    const PUBLIC_KEY: &'static str = "pk_live_demo";
}

trait Handler {
    #[launchlint::allow(missing_auth, reason = "implementors check auth themselves")]
    fn call(&self) -> u32;
}

impl Handler for Service {
    #[launchlint::allow(missing_auth, reason = "delegates to an authenticated handler")]
    fn call(&self) -> u32 {
        self.handle()
    }
}

fn main() {
    let mut service = Service { calls: 0 };
    assert_eq!(service.upload(b"abc"), 3);
    assert_eq!(service.handle(), 2);
    assert_eq!(service.call(), 2);
    assert_eq!(Service::PUBLIC_KEY, "pk_live_demo");
}
