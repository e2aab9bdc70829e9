/// Identifies a registered connection in the event loop.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub struct Token(pub usize);

#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub struct SmallIndex(u32);

/// A session slot in the relay's state table.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub struct SessionSlot(SmallIndex);
