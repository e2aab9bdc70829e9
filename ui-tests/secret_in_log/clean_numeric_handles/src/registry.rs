use crate::handles::{SessionSlot, Token};

pub struct Registry {
    slots: Vec<Option<Token>>,
}

impl Registry {
    pub fn register(&mut self, token: Token) {
        tracing::trace!("registering source: token={:?}", token);
        self.slots.push(Some(token));
    }

    pub fn release(&mut self, session: SessionSlot) {
        tracing::debug!(?session, "releasing slot");
    }

    pub fn dump(&self) {
        for sid in 0..self.slots.len() {
            tracing::trace!("{:06}: {:?}", sid, self.slots[sid]);
        }
        for token in (0..self.slots.len()).rev() {
            tracing::trace!(token, "slot");
        }
    }
}
