//! Where the files come from: Cargo discovery, the file table, globs.

pub mod discover;
pub mod files;
pub mod glob;

pub use files::{FileId, FileKind, NewFile, SourceDb, SourceFile, Span};
pub use glob::Glob;
