//! Body limits evaluated with the crate's integer constants, and whether a disabled axum limit
//! sits under a `RequestBodyLimitLayer` applied over the same routes (FRAMEWORKS §5.3): in the
//! same method chain or `ServiceBuilder`, on a router containing the route, or on a local
//! router bound earlier in the same fn.

use super::Model;
use crate::facts::body_limit::{BodyLimitFact, BodyLimitKind, IntExpr};
use crate::source::{FileId, SourceDb, Span};
use std::collections::HashMap;

/// Limits above this are unbounded for practical purposes (SPEC §7 `unbounded_body`).
pub const ONE_GIB: u128 = 1 << 30;

#[derive(Debug, Clone)]
pub struct ResolvedBodyLimit {
    pub file: FileId,
    pub item_path: String,
    pub fact: BodyLimitFact,
    /// The evaluated limit in bytes (`None` for `disable()` or when not constant).
    pub bytes: Option<u128>,
    /// For `disable()`: a `RequestBodyLimitLayer` with a bounded limit over the same service.
    pub covered_by: Option<Span>,
}

pub fn link(db: &SourceDb, model: &Model, ids: &[FileId]) -> Vec<ResolvedBodyLimit> {
    let mut consts: HashMap<(Option<usize>, &str), Vec<&IntExpr>> = HashMap::new();
    for id in ids {
        let pkg = db.get(*id).package;
        for c in &model.facts[id].body_limits.consts {
            consts.entry((pkg, c.name.as_str())).or_default().push(&c.value);
        }
    }
    let mut out = Vec::new();
    for id in ids {
        let pkg = db.get(*id).package;
        let lookup = |name: &str| -> Option<IntExpr> {
            match consts.get(&(pkg, name)).map(Vec::as_slice) {
                Some([one]) => Some((*one).clone()),
                // The same name defined twice with the same value is still known.
                Some([first, rest @ ..]) if rest.iter().all(|r| r == first) => Some((*first).clone()),
                _ => None,
            }
        };
        let facts = &model.facts[id].body_limits;
        let evaluated: Vec<Option<u128>> =
            facts.limits.iter().map(|l| l.limit.as_ref().and_then(|e| e.eval(&lookup, 0))).collect();
        // Bounded `RequestBodyLimitLayer`s (a limit from configuration counts as bounded).
        let bounded: Vec<Span> = facts
            .limits
            .iter()
            .zip(&evaluated)
            .filter(|(l, v)| l.kind == BodyLimitKind::TowerLayer && v.is_none_or(|v| v <= ONE_GIB))
            .map(|(l, _)| l.span)
            .collect();
        for (l, bytes) in facts.limits.iter().zip(evaluated) {
            let covered_by = if l.kind == BodyLimitKind::AxumDisable {
                bounded.iter().copied().find(|r| {
                    facts.layers.iter().any(|call| {
                        call.arg.contains(r)
                            && (call.receiver.contains(&l.span)
                                || call.arg.contains(&l.span)
                                // `let app = ..disable()..; app.layer(limit)` in the same fn.
                                || (call.receiver_is_local
                                    && call.item_path == l.item_path
                                    && call.receiver.start > l.span.end))
                    })
                })
            } else {
                None
            };
            out.push(ResolvedBodyLimit {
                file: *id,
                item_path: model.item_path(*id, &l.item_path),
                fact: l.clone(),
                bytes,
                covered_by,
            });
        }
    }
    out
}
