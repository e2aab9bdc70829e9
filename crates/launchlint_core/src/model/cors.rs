//! CORS values linked across fns (see `model::chain`): helpers whose result is used elsewhere
//! are judged at the use; helpers nobody visibly calls are judged on their own.

use super::chain::Linker;
use super::resolve::Index;
use super::Model;
use crate::facts::cors::{CorsOp, Framework};
use crate::facts::Condition;
use crate::source::{FileId, Span};

/// A CORS configuration as it reaches the service (or as far as it can be followed).
#[derive(Debug, Clone)]
pub struct ResolvedCors {
    pub file: FileId,
    pub item_path: String,
    pub framework: Framework,
    /// Every setting in the order applied.
    pub ops: Vec<CorsOp>,
    pub conditions: Vec<Condition>,
    /// Whether every helper call was resolved.
    pub complete: bool,
    /// The expression where the value is used or returned.
    pub span: Span,
    /// Helper fns it went through, for notes (`crate::cors::layer`).
    pub via: Vec<String>,
}

/// The framework of a value whose base is unknown: from the setters used.
fn infer_framework(fw: Option<Framework>, ops: &[CorsOp]) -> Framework {
    match fw {
        Some(f) if f != Framework::Unknown => f,
        _ => ops.iter().map(|o| o.framework).find(|f| *f != Framework::Unknown).unwrap_or(Framework::Unknown),
    }
}

pub fn link(model: &Model, index: &Index, ids: &[FileId]) -> Vec<ResolvedCors> {
    let linker = Linker::new(model, index, ids, |f| &f.cors);
    let mut out = Vec::new();
    for (id, v) in linker.roots() {
        let ctx = linker.ctx_of(id, v);
        for e in linker.expand(&ctx, &v.base, &v.ops, &v.conditions) {
            let ops: Vec<CorsOp> = e.ops.into_iter().map(|(_, o)| o).collect();
            out.push(ResolvedCors {
                file: id,
                item_path: model.item_path(id, &v.item_path),
                framework: infer_framework(e.fresh, &ops),
                ops,
                conditions: e.conditions,
                complete: e.complete,
                span: v.span,
                via: e.via,
            });
        }
    }
    out
}
