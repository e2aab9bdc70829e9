//! Builder values followed through a fn: `let` bindings, reassignments, `if`/`match` branches,
//! blocks, returns, and calls to helper fns (left for the model to link). One evaluator serves
//! every builder launchlint models (CORS layers, axum routers, actix apps and scopes); a
//! [`ChainKind`] says which constructors start a value and what each method call records.

use super::{last_segment, peel, Condition, Scope, SpanMap};
use crate::source::Span;
use std::collections::HashMap;
use std::fmt::Debug;
use syn::Expr;

/// How a value starts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Base<F, Op> {
    /// A constructor of the kind (`Router::new()`, `CorsLayer::very_permissive()`).
    Fresh(F),
    /// The result of calling a fn (`api::routes(state)`), linked by the model; `args` holds
    /// the values of this kind passed to it (empty for other arguments), by position.
    Call { path: Vec<String>, args: Vec<Vec<Partial<F, Op>>> },
    /// The fn's parameter at this position (`fn with_auth(router: Router) -> Router`),
    /// replaced by the caller's argument when the model links the call.
    Param(usize),
    /// A field, a method result or anything else not visible.
    Unknown,
}

/// Values nested inside an operation (`.nest("/api", api::routes())`), for linking.
pub trait Nested<F, Op> {
    fn nested(&self) -> Vec<&Partial<F, Op>>;
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// Consumed here (passed on, served, stored...).
    Use,
    /// Returned from the enclosing fn.
    Return,
}

/// One value of a builder kind, as recorded in the file's facts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Value<F, Op> {
    pub base: Base<F, Op>,
    pub ops: Vec<Op>,
    /// Conditions that gate this value (`cfg!(debug_assertions)`, `cfg(feature = "dev")`).
    pub conditions: Vec<Condition>,
    pub role: Role,
    /// Enclosing item, relative to the file's module.
    pub item_path: String,
    /// Inline module of the enclosing fn.
    pub module: Vec<String>,
    /// Enclosing fn name.
    pub fn_name: String,
    /// The expression (or binding) where the value is used or returned.
    pub span: Span,
}

/// A value under construction.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Partial<F, Op> {
    pub base: Base<F, Op>,
    pub ops: Vec<Op>,
    pub conditions: Vec<Condition>,
}

impl<F, Op> Partial<F, Op> {
    pub fn fresh(f: F, ops: Vec<Op>) -> Self {
        Partial { base: Base::Fresh(f), ops, conditions: Vec::new() }
    }
}

/// What a builder kind recognises.
pub trait ChainKind: Sized {
    type Fresh: Clone + Debug;
    type Op: Clone + Debug + Nested<Self::Fresh, Self::Op>;
    /// Plain (non-builder) locals the kind remembers, e.g. origin lists or layer expressions.
    type Local: Clone + Debug;

    /// A constructor call (`CorsLayer::new()`), with the settings a preset implies.
    fn constructor(ev: &mut Eval<Self>, map: SpanMap, call: &syn::ExprCall) -> Option<Partial<Self::Fresh, Self::Op>>;
    /// A method call on a value of this kind: `Some(op)` records a setting; `None` passes the
    /// value through unchanged (`.clone()`, extension methods returning `Self`).
    fn setter(ev: &mut Eval<Self>, map: SpanMap, m: &syn::ExprMethodCall) -> Option<Self::Op>;
    /// Methods that, called on something that is not a known value, start one
    /// (`cors_layer(&cfg).allow_credentials(true)`, `api::routes().layer(auth)`).
    const STARTERS: &'static [&'static str];
    /// Whether a chain rooted at a call of this path belongs to another builder kind
    /// (`App::new()` for axum routers), so a shared method name (`route`) does not start one.
    fn foreign_root(_path: &[String]) -> bool {
        false
    }
    /// Whether a parameter of this type is a value of this kind (`Router`, `CorsLayer`).
    fn param_type(_ty: &super::types::TypeRef) -> bool {
        false
    }
    /// A `let` whose value is not a builder: anything worth remembering for later setters.
    fn local(_ev: &mut Eval<Self>, _map: SpanMap, _init: &Expr) -> Option<Self::Local> {
        None
    }
}

/// How large the values bound to one local may grow (nodes: bases, operations, nested values
/// and helper arguments) and how many alternatives they may have. Code that feeds a variable
/// back into itself through helper calls (`x = f(x, y); y = g(y, x);` in SIMD kernels) would
/// otherwise double the tree at every statement; past the bound the local's value is unknown.
const MAX_BINDING_WEIGHT: usize = 4096;
const MAX_ALTERNATIVES: usize = 64;

/// The size of `values`, counted up to `limit` (anything larger returns a number past it).
fn weight<F, Op: Nested<F, Op>>(values: &[Partial<F, Op>], limit: usize) -> usize {
    let mut total = 0;
    let mut stack: Vec<&Partial<F, Op>> = values.iter().collect();
    while let Some(p) = stack.pop() {
        total += 1 + p.ops.len() + p.conditions.len();
        if total > limit {
            return total;
        }
        if let Base::Call { args, .. } = &p.base {
            stack.extend(args.iter().flatten());
        }
        for op in &p.ops {
            stack.extend(op.nested());
        }
    }
    total
}

/// `values` as a local may hold them: unknown once they grow past the bounds.
fn bounded<F, Op: Nested<F, Op>>(values: Vec<Partial<F, Op>>) -> Vec<Partial<F, Op>> {
    if values.len() > MAX_ALTERNATIVES || weight(&values, MAX_BINDING_WEIGHT) > MAX_BINDING_WEIGHT {
        vec![Partial { base: Base::Unknown, ops: Vec::new(), conditions: Vec::new() }]
    } else {
        values
    }
}

/// A bound local: its possible values, whether it was read, and where it was bound.
struct Binding<K: ChainKind> {
    values: Vec<Partial<K::Fresh, K::Op>>,
    used: bool,
    span: Span,
}

struct Frame<K: ChainKind> {
    env: HashMap<String, Binding<K>>,
    locals: HashMap<String, K::Local>,
    tail: Option<*const Expr>,
    fn_name: String,
}

/// The evaluator for one kind, driven by the file walker.
pub struct Eval<K: ChainKind> {
    pub kind: K,
    frames: Vec<Frame<K>>,
    pub out: Vec<Value<K::Fresh, K::Op>>,
    /// Expressions already evaluated as (part of) a value: the walker visits their insides for
    /// other kinds, and nothing inside them is recorded again as a value of this kind.
    covered: Vec<Span>,
}

/// What the walker should still look at inside an expression the evaluator consumed.
pub enum Descend<'a> {
    /// Visit this expression as usual (it may hold other values).
    Visit(&'a Expr),
    /// Visit only the children of this expression.
    Children(&'a Expr),
    /// A call of the consumed chain itself: the per-node extractors look at it (a
    /// `.with_secure(false)` setter, a rejection), without visiting it again.
    Node(&'a Expr),
}

impl<K: ChainKind + Default> Default for Eval<K> {
    fn default() -> Self {
        Eval { kind: K::default(), frames: Vec::new(), out: Vec::new(), covered: Vec::new() }
    }
}

impl<K: ChainKind> Eval<K> {
    pub fn enter_fn(&mut self, map: SpanMap, sig: Option<&syn::Signature>, name: &str, body: &syn::Block) {
        let tail = match body.stmts.last() {
            Some(syn::Stmt::Expr(e, None)) => Some(e as *const Expr),
            _ => None,
        };
        let mut env = HashMap::new();
        let inputs: Vec<&syn::FnArg> = sig.map(|s| s.inputs.iter().collect()).unwrap_or_default();
        for (i, arg) in inputs.into_iter().enumerate() {
            let syn::FnArg::Typed(t) = arg else { continue };
            let Some(name) = pat_ident(&t.pat) else {
                continue;
            };
            if K::param_type(&super::types::TypeRef::of(&t.ty)) {
                let values = vec![Partial { base: Base::Param(i), ops: Vec::new(), conditions: Vec::new() }];
                // Parameters are not made here: never recorded as unused bindings.
                env.insert(name, Binding { values, used: true, span: map.node(&t.pat) });
            }
        }
        self.frames.push(Frame { env, locals: HashMap::new(), tail, fn_name: name.to_string() });
    }

    /// Ends a fn: bindings never consumed are recorded as uses at their binding.
    pub fn exit_fn(&mut self, scope: &Scope) {
        let Some(frame) = self.frames.pop() else {
            return;
        };
        // Unused bindings are values made here and never passed on; a bare helper call with no
        // settings added is the helper's own value (linked there), not a new one.
        let mut left: Vec<Binding<K>> = frame
            .env
            .into_values()
            .filter(|b| !b.used)
            .filter(|b| !b.values.iter().all(|v| matches!(v.base, Base::Call { .. }) && v.ops.is_empty()))
            .collect();
        left.sort_by_key(|b| b.span);
        for b in left {
            self.record(scope, b.values, Role::Use, b.span, &frame.fn_name);
        }
    }

    fn record(
        &mut self,
        scope: &Scope,
        partials: Vec<Partial<K::Fresh, K::Op>>,
        role: Role,
        span: Span,
        fn_name: &str,
    ) {
        for p in partials {
            let mut conditions = scope.conditions.clone();
            conditions.extend(p.conditions);
            self.out.push(Value {
                base: p.base,
                ops: p.ops,
                conditions,
                role,
                item_path: scope.item_path(),
                module: scope.module.clone(),
                fn_name: fn_name.to_string(),
                span,
            });
        }
    }

    /// Whether the current fn has bound any value of this kind (a cheap pre-check).
    pub fn has_bindings(&self) -> bool {
        self.frames.last().is_some_and(|f| !f.env.is_empty())
    }

    /// Whether an expression is a local bound to a value of this kind (without marking it used).
    fn is_bound(&self, e: &Expr) -> bool {
        match peel(e) {
            Expr::Path(p) => p
                .path
                .get_ident()
                .is_some_and(|i| self.frames.last().is_some_and(|f| f.env.contains_key(&i.to_string()))),
            _ => false,
        }
    }

    /// A plain local remembered by the kind.
    pub fn local(&self, name: &str) -> Option<&K::Local> {
        self.frames.last()?.locals.get(name)
    }

    /// `let x = <value>;` binds instead of recording. Returns what the walker should still visit
    /// when the init was consumed.
    pub fn on_local<'a>(&mut self, map: SpanMap, local: &'a syn::Local) -> Option<Vec<Descend<'a>>> {
        if self.frames.is_empty() {
            return None;
        }
        let init = local.init.as_ref()?;
        let name = pat_ident(&local.pat)?;
        let Some(values) = self.eval(map, &init.expr) else {
            if let Some(l) = K::local(self, map, &init.expr) {
                if let Some(frame) = self.frames.last_mut() {
                    frame.locals.insert(name, l);
                    return None;
                }
            }
            // `let api = api::routes(state);`: maybe a value made by a helper; the model links
            // it if the helper returns one. Bound, but never recorded on its own.
            let mut call = peel(&init.expr);
            while let Expr::Try(t) = call {
                call = peel(&t.expr);
            }
            if let Expr::Call(c) = call {
                // A fn of the app (`api::routes`), not a type's constructor (`String::from`).
                let helper = match peel(&c.func) {
                    Expr::Path(p) => {
                        let n = p.path.segments.len();
                        n < 2 || !p.path.segments[n - 2].ident.to_string().starts_with(|c: char| c.is_ascii_uppercase())
                    }
                    _ => false,
                };
                if helper {
                    let value = self.opaque(map, call);
                    let span = map.node(&local.pat);
                    if let Some(frame) = self.frames.last_mut() {
                        frame.env.insert(name, Binding { values: vec![value], used: false, span });
                    }
                }
            }
            return None;
        };
        let span = map.node(&local.pat);
        if let Some(frame) = self.frames.last_mut() {
            frame.env.insert(name, Binding { values: bounded(values), used: false, span });
        }
        self.covered.push(span_of_chain(map, &init.expr));
        Some(descend(&init.expr))
    }

    /// Any expression: records the values found at this node. `Some` when consumed, with what
    /// the walker should still visit inside it.
    pub fn on_expr<'a>(&mut self, map: SpanMap, scope: &Scope, e: &'a Expr) -> Option<Vec<Descend<'a>>> {
        if self.frames.is_empty() {
            return None;
        }
        if let Expr::Assign(a) = e {
            let name = match peel(&a.left) {
                Expr::Path(p) => p.path.get_ident().map(ToString::to_string),
                _ => None,
            }?;
            let values = self.eval(map, &a.right)?;
            if let Some(frame) = self.frames.last_mut() {
                frame.env.insert(name, Binding { values: bounded(values), used: false, span: map.node(&a.left) });
            }
            self.covered.push(span_of_chain(map, &a.right));
            return Some(descend(&a.right));
        }
        let (inner, role) = match e {
            Expr::Return(r) => (r.expr.as_deref()?, Role::Return),
            _ => {
                let is_tail = self.frames.last().and_then(|f| f.tail).is_some_and(|t| std::ptr::eq(t, e));
                (e, if is_tail { Role::Return } else { Role::Use })
            }
        };
        let values = self.eval(map, inner)?;
        let span = span_of_chain(map, inner);
        if self.covered.iter().any(|c| c.contains(&span)) {
            // Part of a value already recorded (a branch, a nested argument).
            return Some(descend(inner));
        }
        self.covered.push(span);
        let fn_name = self.frames.last().map(|f| f.fn_name.clone()).unwrap_or_default();
        self.record(scope, values, role, span, &fn_name);
        Some(descend(inner))
    }

    fn read_var(&mut self, name: &str) -> Option<Vec<Partial<K::Fresh, K::Op>>> {
        let frame = self.frames.last_mut()?;
        let entry = frame.env.get_mut(name)?;
        entry.used = true;
        Some(entry.values.clone())
    }

    /// The values an expression can evaluate to, or `None` if it is not a value of this kind.
    pub fn eval(&mut self, map: SpanMap, e: &Expr) -> Option<Vec<Partial<K::Fresh, K::Op>>> {
        match peel(e) {
            Expr::Path(p) if p.path.segments.len() == 1 => self.read_var(&last_segment(&p.path)),
            Expr::Call(c) => match K::constructor(self, map, c) {
                Some(p) => Some(vec![p]),
                // `with_auth(router)`: a helper given a value of this kind returns one (linked by
                // the model, which substitutes the argument for the helper's parameter).
                None if c.args.iter().any(|a| {
                    self.is_bound(a)
                        || (matches!(peel(a), Expr::MethodCall(_) | Expr::Call(_)) && self.eval(map, a).is_some())
                }) =>
                {
                    Some(vec![self.opaque(map, e)])
                }
                None => None,
            },
            Expr::MethodCall(m) => {
                // Cheap first: most method calls are not values of this kind.
                let receiver = match self.eval(map, &m.receiver) {
                    Some(r) => r,
                    None if K::STARTERS.iter().any(|s| m.method == s) && !foreign::<K>(&m.receiver) => {
                        vec![self.opaque(map, &m.receiver)]
                    }
                    None => return None,
                };
                let op = K::setter(self, map, m);
                Some(
                    receiver
                        .into_iter()
                        .map(|mut p| {
                            if let Some(op) = &op {
                                p.ops.push(op.clone());
                            }
                            p
                        })
                        .collect(),
                )
            }
            Expr::If(i) => {
                let cond = super::walk::condition_span(map, i);
                let then = self.eval_block(map, &i.then_branch);
                let els = match &i.else_branch {
                    Some((_, e)) => self.eval(map, e),
                    None => None,
                };
                if then.is_none() && els.is_none() {
                    return None;
                }
                let mut out = Vec::new();
                for mut p in then.unwrap_or_default() {
                    p.conditions.push(Condition { span: cond, holds: true });
                    out.push(p);
                }
                for mut p in els.unwrap_or_default() {
                    p.conditions.push(Condition { span: cond, holds: false });
                    out.push(p);
                }
                Some(out)
            }
            Expr::Match(m) => {
                let mut out = Vec::new();
                for arm in &m.arms {
                    if let Some(values) = self.eval(map, &arm.body) {
                        out.extend(values);
                    }
                }
                (!out.is_empty()).then_some(out)
            }
            Expr::Block(b) => self.eval_block(map, &b.block),
            _ => None,
        }
    }

    /// Evaluates `e` as a value of this kind even when it is only a call or a variable nobody
    /// bound (arguments such as `.nest("/api", api::routes())`).
    pub fn eval_arg(&mut self, map: SpanMap, e: &Expr) -> Vec<Partial<K::Fresh, K::Op>> {
        if let Some(v) = self.eval(map, e) {
            return v;
        }
        // Every method of the chain counts, down to whatever it starts from.
        match peel(e) {
            Expr::MethodCall(m) => {
                let receiver = self.eval_arg(map, &m.receiver);
                let op = K::setter(self, map, m);
                receiver
                    .into_iter()
                    .map(|mut p| {
                        if let Some(op) = &op {
                            p.ops.push(op.clone());
                        }
                        p
                    })
                    .collect()
            }
            other => vec![self.opaque(map, other)],
        }
    }

    /// A value whose start is not visible here: a call (linked later, with the values passed
    /// to it) or unknown.
    fn opaque(&mut self, map: SpanMap, e: &Expr) -> Partial<K::Fresh, K::Op> {
        let base = match peel(e) {
            Expr::Call(c) => match peel(&c.func) {
                Expr::Path(p) => {
                    let args = c.args.iter().map(|a| self.eval(map, a).unwrap_or_default()).collect();
                    Base::Call { path: p.path.segments.iter().map(|s| s.ident.to_string()).collect(), args }
                }
                _ => Base::Unknown,
            },
            _ => Base::Unknown,
        };
        Partial { base, ops: Vec::new(), conditions: Vec::new() }
    }

    fn eval_block(&mut self, map: SpanMap, b: &syn::Block) -> Option<Vec<Partial<K::Fresh, K::Op>>> {
        let mut result = None;
        for (i, stmt) in b.stmts.iter().enumerate() {
            match stmt {
                syn::Stmt::Local(l) => {
                    self.on_local(map, l);
                }
                syn::Stmt::Expr(e, None) if i + 1 == b.stmts.len() => result = self.eval(map, e),
                _ => {}
            }
        }
        result
    }
}

fn pat_ident(p: &syn::Pat) -> Option<String> {
    match p {
        syn::Pat::Ident(i) => Some(i.ident.to_string()),
        syn::Pat::Type(t) => pat_ident(&t.pat),
        _ => None,
    }
}

/// The span of a consumed chain without printing it: from the start of its innermost receiver
/// (or constructor) to the end of its last call.
pub fn span_of_chain(map: SpanMap, e: &Expr) -> Span {
    let end = match peel(e) {
        Expr::MethodCall(m) => Some(m.paren_token.span.close()),
        Expr::Call(c) => Some(c.paren_token.span.close()),
        _ => None,
    };
    let mut start = peel(e);
    loop {
        match start {
            Expr::MethodCall(m) => start = peel(&m.receiver),
            Expr::Call(c) => start = peel(&c.func),
            _ => break,
        }
    }
    match (end, start) {
        (Some(end), Expr::Path(p)) => {
            let first = p.path.segments.first().map_or(end, |s| s.ident.span());
            let first = p.path.leading_colon.map_or(first, |c| c.spans[0]);
            map.join(first, end)
        }
        _ => map.node(e),
    }
}

/// What is left to visit inside a consumed expression: arguments of every call of the chain.
pub fn descend(e: &Expr) -> Vec<Descend<'_>> {
    let mut out = Vec::new();
    let mut cur = e;
    loop {
        match cur {
            Expr::Paren(p) => cur = &p.expr,
            Expr::Group(g) => cur = &g.expr,
            Expr::Reference(r) => cur = &r.expr,
            Expr::Try(t) => cur = &t.expr,
            Expr::Await(a) => cur = &a.base,
            Expr::MethodCall(m) => {
                out.extend(m.args.iter().map(Descend::Visit));
                out.push(Descend::Node(cur));
                cur = &m.receiver;
            }
            Expr::Call(c) => {
                out.extend(c.args.iter().map(Descend::Visit));
                out.push(Descend::Node(cur));
                break;
            }
            Expr::Path(_) | Expr::Lit(_) => break,
            other => {
                out.push(Descend::Children(other));
                break;
            }
        }
    }
    out.reverse();
    out
}

/// Whether the root of a method chain is a constructor of another kind.
fn foreign<K: ChainKind>(e: &Expr) -> bool {
    let mut cur = peel(e);
    while let Expr::MethodCall(m) = cur {
        cur = peel(&m.receiver);
    }
    match cur {
        Expr::Call(c) => match peel(&c.func) {
            Expr::Path(p) => K::foreign_root(&p.path.segments.iter().map(|s| s.ident.to_string()).collect::<Vec<_>>()),
            _ => false,
        },
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::FileId;

    /// Variables fed back into each other through helper calls (a SIMD kernel's rounds) must
    /// not grow the bound values exponentially: 40 rounds would be 2^40 nodes unbounded.
    #[test]
    fn self_feeding_locals_stay_bounded() {
        let mut src = String::from(
            "fn kernel(state: &mut [u64; 4]) {\n    let mut a = load(state);\n    let mut b = load(state);\n",
        );
        for _ in 0..40 {
            src.push_str("    a = mix(a, b);\n    b = mix(b, a);\n");
        }
        src.push_str("    store(state, a, b);\n}\n");
        let parsed = crate::parse::parse_and_extract(FileId(0), &src);
        assert!(parsed.failure.is_none(), "{:?}", parsed.failure);
        let facts = parsed.facts.expect("facts");
        let routers: Vec<Partial<_, _>> = facts
            .routers
            .iter()
            .map(|v| Partial { base: v.base.clone(), ops: v.ops.clone(), conditions: v.conditions.clone() })
            .collect();
        for r in &routers {
            let w = weight(std::slice::from_ref(r), usize::MAX);
            assert!(w <= 4 * MAX_BINDING_WEIGHT, "a recorded value has {w} nodes");
        }
    }

    #[test]
    fn weight_counts_nested_arguments() {
        let leaf: Partial<crate::facts::axum::AxumRouter, crate::facts::axum::RouterOp> =
            Partial { base: Base::Unknown, ops: Vec::new(), conditions: Vec::new() };
        let call = Partial {
            base: Base::Call { path: vec!["mix".into()], args: vec![vec![leaf.clone()], vec![leaf.clone(), leaf]] },
            ops: Vec::new(),
            conditions: Vec::new(),
        };
        assert_eq!(weight(std::slice::from_ref(&call), usize::MAX), 4);
        assert_eq!(bounded(vec![call.clone(); MAX_ALTERNATIVES + 1]).len(), 1);
        assert_eq!(bounded(vec![call; 2]).len(), 2);
    }
}
