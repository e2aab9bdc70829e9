mod actor;

pub use actor::{actor_of, Actor};
