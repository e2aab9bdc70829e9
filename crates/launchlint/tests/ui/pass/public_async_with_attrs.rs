use std::future::Future;

// Other attributes may sit above or below, as with actix-web route macros.
#[inline]
#[launchlint::public(reason = "status page is shown to logged-out users")]
#[allow(dead_code)]
async fn status() -> &'static str {
    "up"
}

#[launchlint::public(reason = "webhook verifies its own signature",)]
#[must_use]
pub async fn webhook(body: Vec<u8>) -> usize {
    body.len()
}

struct Handlers;

impl Handlers {
    #[launchlint::public(reason = "method handlers are fns too")]
    fn login(&self) -> bool {
        true
    }
}

fn is_future<F: Future>(future: F) -> F {
    future
}

fn main() {
    drop(is_future(status()));
    drop(is_future(webhook(vec![1, 2, 3])));
    assert!(Handlers.login());
}
