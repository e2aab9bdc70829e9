//! CORS values linked across fns: a value built by calling a helper (`cors_layer(&cfg)`) takes
//! the helper's returned settings first, then its own. Helpers whose result is used elsewhere are
//! judged at the use; helpers nobody visibly calls are judged on their own.

use super::resolve::{FnKey, Index};
use super::Model;
use crate::facts::cors::{CorsBase, CorsOp, CorsValue, Framework, Role};
use crate::source::{FileId, Span};
use std::collections::{HashMap, HashSet};

/// A CORS configuration as it reaches the service (or as far as it can be followed).
#[derive(Debug, Clone)]
pub struct ResolvedCors {
    pub file: FileId,
    pub item_path: String,
    pub framework: Framework,
    /// Every setting in the order applied.
    pub ops: Vec<CorsOp>,
    pub conditions: Vec<crate::facts::Condition>,
    /// Whether every helper call was resolved.
    pub complete: bool,
    /// The expression where the value is used or returned.
    pub span: Span,
    /// Helper fns it went through, for notes (`crate::cors::layer`).
    pub via: Vec<String>,
}

const MAX_DEPTH: usize = 4;

struct Linker<'a> {
    model: &'a Model,
    index: &'a Index,
    returns: HashMap<FnKey, Vec<(FileId, &'a CorsValue)>>,
}

impl Linker<'_> {
    fn module_of(&self, file: FileId, v: &CorsValue) -> Vec<String> {
        let mut m = self.model.modules.get(&file).map(|m| m.module.clone()).unwrap_or_default();
        m.extend(v.module.iter().cloned());
        m
    }

    fn impl_ty(v: &CorsValue) -> Option<String> {
        let parts: Vec<&str> = v.item_path.split("::").collect();
        (parts.len() >= 2).then(|| parts[parts.len() - 2].to_string())
    }

    fn target(&self, file: FileId, v: &CorsValue) -> Option<FnKey> {
        let CorsBase::Call { path } = &v.base else {
            return None;
        };
        let module = self.module_of(file, v);
        self.index.resolve_fn(self.model, file, &module, Self::impl_ty(v).as_deref(), path)
    }

    /// Expands a value into its alternatives, helper results first.
    fn expand(&self, file: FileId, v: &CorsValue, depth: usize, seen: &mut Vec<FnKey>) -> Vec<Expansion> {
        let unresolved = || vec![Expansion::of(Framework::Unknown, v, false)];
        let key = match &v.base {
            CorsBase::Fresh(fw) => return vec![Expansion::of(*fw, v, true)],
            CorsBase::Unknown => return unresolved(),
            CorsBase::Call { .. } => match self.target(file, v).filter(|k| depth < MAX_DEPTH && !seen.contains(k)) {
                Some(k) => k,
                None => return unresolved(),
            },
        };
        let Some(rets) = self.returns.get(&key) else {
            return unresolved();
        };
        seen.push(key.clone());
        let mut out = Vec::new();
        for (rf, r) in rets {
            for mut e in self.expand(*rf, r, depth + 1, seen) {
                e.ops.extend(v.ops.iter().cloned());
                e.conditions.extend(v.conditions.iter().cloned());
                e.via.insert(0, key.1.clone());
                out.push(e);
            }
        }
        seen.pop();
        out
    }
}

/// One alternative of a value after following helper calls.
struct Expansion {
    framework: Framework,
    ops: Vec<CorsOp>,
    conditions: Vec<crate::facts::Condition>,
    complete: bool,
    via: Vec<String>,
}

impl Expansion {
    fn of(framework: Framework, v: &CorsValue, complete: bool) -> Expansion {
        Expansion { framework, ops: v.ops.clone(), conditions: v.conditions.clone(), complete, via: Vec::new() }
    }
}

/// The framework of a value whose base is unknown: from the setters used.
fn infer_framework(fw: Framework, ops: &[CorsOp]) -> Framework {
    if fw != Framework::Unknown {
        return fw;
    }
    ops.iter().map(|o| o.framework).find(|f| *f != Framework::Unknown).unwrap_or(Framework::Unknown)
}

pub fn link(model: &Model, index: &Index, ids: &[FileId]) -> Vec<ResolvedCors> {
    let mut linker = Linker { model, index, returns: HashMap::new() };
    for id in ids {
        for v in model.facts[id].cors.iter().filter(|v| v.role == Role::Return) {
            let pkg = index.package_of(*id);
            let key = (pkg, model.item_path(*id, &v.item_path));
            linker.returns.entry(key).or_default().push((*id, v));
        }
    }
    // Helpers whose result some other value builds on.
    let mut referenced: HashSet<FnKey> = HashSet::new();
    for id in ids {
        for v in &model.facts[id].cors {
            if let Some(k) = linker.target(*id, v) {
                referenced.insert(k);
            }
        }
    }
    let mut out = Vec::new();
    for id in ids {
        for v in &model.facts[id].cors {
            if v.role == Role::Return {
                let key = (index.package_of(*id), model.item_path(*id, &v.item_path));
                if referenced.contains(&key) {
                    continue;
                }
            }
            for e in linker.expand(*id, v, 0, &mut Vec::new()) {
                out.push(ResolvedCors {
                    file: *id,
                    item_path: model.item_path(*id, &v.item_path),
                    framework: infer_framework(e.framework, &e.ops),
                    ops: e.ops,
                    conditions: e.conditions,
                    complete: e.complete,
                    span: v.span,
                    via: e.via,
                });
            }
        }
    }
    out
}
