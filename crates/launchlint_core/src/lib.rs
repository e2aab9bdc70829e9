//! launchlint's engine: Cargo discovery, parallel parsing and fact extraction, the linked model
//! of the service, diagnostics and their renderers, configuration, suppressions and baselines.
//! Policy lives in the `launchlint_lints` crate; lints see the model, never syntax.

pub mod baseline;
pub mod config;
pub mod diag;
pub mod engine;
pub mod facts;
pub mod lint;
pub mod model;
pub mod parse;
pub mod source;
pub mod sql;
pub mod suppress;

pub use codespan_reporting;
pub use diag::{Confidence, Finding, Label, Level};
pub use lint::{Group, Lint, LintContext, LintMeta};
