//! Release notes rendered on the status page (saved as Latin-1 by an old editor).

pub const NOTES: &str = "Café release"; //~ parse_error
