pub const MIB: usize = 1 << 20;
pub const MAX_DOCUMENT: usize = 512 * MIB;
pub const MAX_JSON: usize = 2 * MIB;
