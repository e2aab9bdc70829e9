//! Linking builder values across fns (generic over the builder kind): a value built by calling
//! a helper (`api::routes(state)`) takes the helper's returned settings first, then its own; a
//! helper's parameter (`fn with_auth(router: Router)`) takes the caller's argument. Helpers whose
//! result something else builds on are not roots; roots are what the service uses.

use super::resolve::{FnKey, Index};
use super::Model;
use crate::facts::chain::{Base, Nested, Partial, Role, Value};
use crate::facts::Condition;
use crate::source::FileId;
use std::collections::{HashMap, HashSet};
use std::rc::Rc;

const MAX_DEPTH: usize = 6;
/// Alternatives one value may expand to; helpers with many branches calling each other would
/// otherwise multiply. Past the bound the rest is one incomplete (unknown) alternative.
const MAX_EXPANSIONS: usize = 256;

/// Where a partial value was written: its file and module, and, inside a helper being
/// expanded, the values its caller passed.
pub struct Ctx<F, Op> {
    pub file: FileId,
    pub module: Rc<Vec<String>>,
    pub impl_ty: Option<Rc<str>>,
    caller: Option<Rc<CallSite<F, Op>>>,
}

impl<F, Op> Clone for Ctx<F, Op> {
    fn clone(&self) -> Self {
        Ctx { file: self.file, module: self.module.clone(), impl_ty: self.impl_ty.clone(), caller: self.caller.clone() }
    }
}

/// The values a caller passed to a helper, and where the caller was.
struct CallSite<F, Op> {
    args: Vec<Vec<Partial<F, Op>>>,
    ctx: Ctx<F, Op>,
}

/// A value and the file it was written in.
pub type InFile<'m, F, Op> = (FileId, &'m Value<F, Op>);

/// One alternative of a value after following helper calls and parameters.
pub struct Expansion<F, Op> {
    /// The constructor it starts from; `None` when that could not be seen.
    pub fresh: Option<F>,
    /// Every operation in the order applied, with the context it was written in.
    pub ops: Vec<(Ctx<F, Op>, Op)>,
    pub conditions: Vec<Condition>,
    /// Whether every helper call and parameter was resolved.
    pub complete: bool,
    /// Helper fns it went through (`api::routes`).
    pub via: Vec<String>,
}

pub struct Linker<'m, F, Op> {
    model: &'m Model,
    index: &'m super::resolve::Index,
    returns: HashMap<FnKey, Vec<InFile<'m, F, Op>>>,
    referenced: HashSet<FnKey>,
    values: Vec<InFile<'m, F, Op>>,
}

impl<'m, F: Clone, Op: Clone + Nested<F, Op>> Linker<'m, F, Op> {
    /// Indexes every value of a kind; `values_of` picks them from a file's facts.
    pub fn new(
        model: &'m Model,
        index: &'m Index,
        ids: &[FileId],
        values_of: impl Fn(&'m crate::facts::FileFacts) -> &'m [Value<F, Op>],
    ) -> Self {
        let mut l = Linker { model, index, returns: HashMap::new(), referenced: HashSet::new(), values: Vec::new() };
        for id in ids {
            for v in values_of(&model.facts[id]) {
                l.values.push((*id, v));
                if v.role == Role::Return {
                    let key = (index.package_of(*id), model.item_path(*id, &v.item_path));
                    l.returns.entry(key).or_default().push((*id, v));
                }
            }
        }
        let mut referenced = HashSet::new();
        for (id, v) in &l.values {
            let ctx = l.ctx_of(*id, v);
            l.collect_refs(&ctx, &v.base, &v.ops, &mut referenced, 0);
        }
        l.referenced = referenced;
        l
    }

    pub fn ctx_of(&self, file: FileId, v: &Value<F, Op>) -> Ctx<F, Op> {
        let mut m = self.model.modules.get(&file).map(|m| m.module.clone()).unwrap_or_default();
        m.extend(v.module.iter().cloned());
        let parts: Vec<&str> = v.item_path.split("::").collect();
        let impl_ty = (parts.len() >= 2).then(|| Rc::from(parts[parts.len() - 2]));
        Ctx { file, module: Rc::new(m), impl_ty, caller: None }
    }

    fn target(&self, ctx: &Ctx<F, Op>, path: &[String]) -> Option<FnKey> {
        self.index.resolve_fn(self.model, ctx.file, &ctx.module, ctx.impl_ty.as_deref(), path)
    }

    fn collect_refs(&self, ctx: &Ctx<F, Op>, base: &Base<F, Op>, ops: &[Op], out: &mut HashSet<FnKey>, depth: usize) {
        if depth > 8 {
            return;
        }
        if let Base::Call { path, args } = base {
            if let Some(k) = self.target(ctx, path) {
                out.insert(k);
            }
            for alt in args.iter().flatten() {
                self.collect_refs(ctx, &alt.base, &alt.ops, out, depth + 1);
            }
        }
        for op in ops {
            for p in op.nested() {
                self.collect_refs(ctx, &p.base, &p.ops, out, depth + 1);
            }
        }
    }

    /// Every value written in a fn (a configure fn's `cfg.service(..)` statements).
    pub fn values_in(&self, key: &FnKey) -> Vec<InFile<'m, F, Op>> {
        self.values
            .iter()
            .filter(|(id, v)| (self.index.package_of(*id), self.model.item_path(*id, &v.item_path)) == *key)
            .copied()
            .collect()
    }

    /// Values the service uses: every use, plus returns of helpers nobody visibly builds on.
    pub fn roots(&self) -> Vec<InFile<'m, F, Op>> {
        self.values
            .iter()
            .filter(|(id, v)| {
                v.role == Role::Use
                    || !self.referenced.contains(&(self.index.package_of(*id), self.model.item_path(*id, &v.item_path)))
            })
            .copied()
            .collect()
    }

    /// Expands a value (or a nested partial written in `ctx`) into its alternatives.
    pub fn expand(
        &self,
        ctx: &Ctx<F, Op>,
        base: &Base<F, Op>,
        ops: &[Op],
        conditions: &[Condition],
    ) -> Vec<Expansion<F, Op>> {
        self.expand_in(ctx, base, ops, conditions, 0, &mut Vec::new())
    }

    fn expand_in(
        &self,
        ctx: &Ctx<F, Op>,
        base: &Base<F, Op>,
        ops: &[Op],
        conditions: &[Condition],
        depth: usize,
        seen: &mut Vec<FnKey>,
    ) -> Vec<Expansion<F, Op>> {
        let mut out = self.expand_all(ctx, base, ops, conditions, depth, seen);
        if out.len() > MAX_EXPANSIONS {
            out.truncate(MAX_EXPANSIONS - 1);
            out.push(Expansion {
                fresh: None,
                ops: ops.iter().map(|o| (ctx.clone(), o.clone())).collect(),
                conditions: conditions.to_vec(),
                complete: false,
                via: Vec::new(),
            });
        }
        out
    }

    fn expand_all(
        &self,
        ctx: &Ctx<F, Op>,
        base: &Base<F, Op>,
        ops: &[Op],
        conditions: &[Condition],
        depth: usize,
        seen: &mut Vec<FnKey>,
    ) -> Vec<Expansion<F, Op>> {
        let own = |fresh: Option<F>, complete: bool| Expansion {
            fresh,
            ops: ops.iter().map(|o| (ctx.clone(), o.clone())).collect(),
            conditions: conditions.to_vec(),
            complete,
            via: Vec::new(),
        };
        let append = |mut e: Expansion<F, Op>, via: Option<&str>| {
            e.ops.extend(ops.iter().map(|o| (ctx.clone(), o.clone())));
            e.conditions.extend(conditions.iter().cloned());
            if let Some(v) = via {
                e.via.insert(0, v.to_string());
            }
            e
        };
        match base {
            Base::Fresh(f) => vec![own(Some(f.clone()), true)],
            Base::Unknown => vec![own(None, false)],
            Base::Param(i) => match &ctx.caller {
                Some(c) if c.args.get(*i).is_some_and(|a| !a.is_empty()) && depth < MAX_DEPTH => {
                    let (args, caller_ctx) = (&c.args, &c.ctx);
                    let mut out = Vec::new();
                    for alt in &args[*i] {
                        for e in self.expand_in(caller_ctx, &alt.base, &alt.ops, &alt.conditions, depth + 1, seen) {
                            out.push(append(e, None));
                        }
                    }
                    out
                }
                _ => vec![own(None, false)],
            },
            Base::Call { path, args } => {
                // A fn launchlint cannot follow (`axum::serve(listener, app)`, an external
                // wrapper): the values passed to it still reach the service.
                // Serving a router adds nothing to it; any other unknown fn might (an auth
                // wrapper from another crate), so what it is given becomes uncertain.
                let sink = path.last().is_some_and(|l| {
                    matches!(l.as_str(), "serve" | "run" | "bind" | "listen" | "launch" | "start" | "from_tcp")
                });
                let passed_through = |seen: &mut Vec<FnKey>| {
                    let mut out = vec![own(None, false)];
                    if depth < MAX_DEPTH {
                        for alt in args.iter().flatten() {
                            for e in self.expand_in(ctx, &alt.base, &alt.ops, &alt.conditions, depth + 1, seen) {
                                let mut e = append(e, None);
                                e.complete &= sink;
                                out.push(e);
                            }
                        }
                    }
                    out
                };
                let Some(key) = self.target(ctx, path).filter(|k| depth < MAX_DEPTH && !seen.contains(k)) else {
                    return passed_through(seen);
                };
                let Some(rets) = self.returns.get(&key) else {
                    return passed_through(seen);
                };
                seen.push(key.clone());
                let mut out = Vec::new();
                for (rf, rv) in rets {
                    let mut callee = self.ctx_of(*rf, rv);
                    callee.caller = Some(Rc::new(CallSite { args: args.clone(), ctx: ctx.clone() }));
                    for e in self.expand_in(&callee, &rv.base, &rv.ops, &rv.conditions, depth + 1, seen) {
                        out.push(append(e, Some(&key.1)));
                    }
                }
                seen.pop();
                out
            }
        }
    }
}
