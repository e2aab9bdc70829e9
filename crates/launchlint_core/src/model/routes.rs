//! The HTTP surface: axum routers and actix-web apps flattened into one list of routes, each
//! with its full path, handler, registration and the middleware that covers it — axum layers
//! cover only the routes present when `.layer`/`.route_layer` is called (nested and merged
//! routers keep theirs), actix `.wrap` covers its whole app/scope/resource in any order.

use super::chain::{Ctx, Expansion, Linker};
use super::resolve::{Index, ItemRef};
use super::Model;
use crate::facts::actix::{ActixFresh, ActixOp, ServiceArg};
use crate::facts::axum::{AxumRouter, HandlerRef, MethodEntry, PathExpr, RouterOp};
use crate::facts::chain::Base;
use crate::facts::layers::LayerFact;
use crate::facts::types::ConstValue;
use crate::facts::Condition;
use crate::source::{FileId, Span};
use std::collections::HashSet;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Framework {
    Axum,
    Actix,
}

/// Where a handler is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Handler {
    /// A fn whose facts are known.
    Fn { item: ItemRef, path: String, written: Span },
    /// An inline closure.
    Closure { handler: HandlerRef },
    /// A tower service, static files.
    Service { text: String, span: Span },
    /// A path or expression launchlint could not resolve.
    Unresolved { text: String, span: Span },
}

impl Handler {
    pub fn display(&self) -> String {
        match self {
            Handler::Fn { path, .. } => path.clone(),
            Handler::Closure { .. } => "<closure>".into(),
            Handler::Service { text, .. } => format!("<service {text}>"),
            Handler::Unresolved { text, .. } => format!("<unresolved {text}>"),
        }
    }
}

/// A layer applied to a route, with the context it was written in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AppliedLayer {
    pub fact: LayerFact,
    /// `route_layer` (runs only for matched routes).
    pub route_only: bool,
    pub file: FileId,
    pub module: Vec<String>,
}

/// One method + path the service answers.
#[derive(Debug, Clone)]
pub struct Route {
    pub framework: Framework,
    /// `GET`, `POST`, ..., `ANY`.
    pub method: String,
    /// Full path, `{param}` style; `None` when a segment could not be read.
    pub path: Option<String>,
    pub handler: Handler,
    /// The `.route(..)` call or route attribute.
    pub registration: Span,
    /// Layers that cover the route, innermost first.
    pub layers: Vec<AppliedLayer>,
    /// axum: layers in the same chain that were added before the route (and so miss it).
    pub escaped: Vec<AppliedLayer>,
    pub conditions: Vec<Condition>,
    /// Whether every helper, parameter and path on the way was resolved.
    pub complete: bool,
    /// actix: an earlier scope or route takes this path first, so this one is never reached.
    pub shadowed: bool,
}

impl Route {
    pub fn key(&self) -> String {
        format!("{} {}", self.method, self.path.as_deref().unwrap_or("?"))
    }
}

/// Normalises a path to `{param}` style: axum 0.6/0.7 `/:id` and `/*rest`, actix `{id:\\d+}`.
pub fn normalise_path(p: &str) -> String {
    let mut out = String::new();
    for (i, seg) in p.split('/').enumerate() {
        if i > 0 {
            out.push('/');
        }
        if let Some(name) = seg.strip_prefix(':') {
            out.push_str(&format!("{{{name}}}"));
        } else if let Some(name) = seg.strip_prefix('*') {
            out.push_str(&format!("{{*{name}}}"));
        } else if seg.starts_with('{') && seg.ends_with('}') && seg.contains(':') {
            let name = seg[1..seg.len() - 1].split(':').next().unwrap_or("");
            out.push_str(&format!("{{{name}}}"));
        } else {
            out.push_str(seg);
        }
    }
    out
}

/// `prefix` + `path` as axum and actix join them.
pub fn join_paths(prefix: &str, path: &str) -> String {
    if prefix.is_empty() || prefix == "/" {
        // actix puts the slash in front of a root resource (`web::resource("users")`).
        return if path.starts_with('/') { path.to_string() } else { format!("/{path}") };
    }
    let prefix = prefix.trim_end_matches('/');
    if path.is_empty() || path == "/" {
        return prefix.to_string();
    }
    if path.starts_with('/') {
        format!("{prefix}{path}")
    } else {
        format!("{prefix}/{path}")
    }
}

struct Builder<'m> {
    model: &'m Model,
    index: &'m Index,
}

impl Builder<'_> {
    fn module_of(&self, file: FileId, inline: &[String]) -> Vec<String> {
        let mut m = self.model.modules.get(&file).map(|m| m.module.clone()).unwrap_or_default();
        m.extend(inline.iter().cloned());
        m
    }

    /// A path expression's text, following consts and `concat!`.
    fn path_text(&self, file: FileId, module: &[String], p: &PathExpr) -> Option<String> {
        match p {
            PathExpr::Lit(s) => Some(s.clone()),
            PathExpr::Const(path) => {
                let r = self.index.const_ref(self.model, file, module, path)?;
                match &self.model.facts[&r.file].consts[r.idx].value {
                    ConstValue::Str(s) => Some(s.clone()),
                    _ => None,
                }
            }
            PathExpr::Concat(parts) => parts.iter().map(|x| self.path_text(file, module, x)).collect(),
            PathExpr::Unknown(_) => None,
        }
    }

    fn handler(&self, file: FileId, module: &[String], impl_ty: Option<&str>, h: &HandlerRef) -> Handler {
        match h {
            HandlerRef::Fn { path, span } => match self.index.fn_ref(self.model, file, module, impl_ty, path) {
                Some(item) => {
                    let f = &self.model.facts[&item.file].fns[item.idx];
                    Handler::Fn { item, path: self.model.item_path(item.file, &f.local_path()), written: *span }
                }
                None => Handler::Unresolved { text: path.join("::"), span: *span },
            },
            HandlerRef::Closure { .. } => Handler::Closure { handler: h.clone() },
            HandlerRef::Service { text, span } => Handler::Service { text: text.clone(), span: *span },
            HandlerRef::Unknown { text, span } => Handler::Unresolved { text: text.clone(), span: *span },
        }
    }

    fn applied(&self, file: FileId, module: &[String], fact: &LayerFact, route_only: bool) -> AppliedLayer {
        AppliedLayer { fact: fact.clone(), route_only, file, module: module.to_vec() }
    }

    /// Routes of one axum router alternative.
    fn axum(
        &self,
        linker: &Linker<'_, AxumRouter, RouterOp>,
        e: &Expansion<AxumRouter, RouterOp>,
        depth: usize,
    ) -> Vec<Route> {
        let mut routes: Vec<Route> = Vec::new();
        let mut chain_layers: Vec<AppliedLayer> = Vec::new();
        for (ctx, op) in &e.ops {
            let file = ctx.file;
            let module: &[String] = &ctx.module;
            match op {
                RouterOp::Route { path, entries, span, .. } => {
                    let p = self.path_text(file, module, path).map(|p| normalise_path(&p));
                    if entries.is_empty() {
                        routes.push(self.unresolved_route(Framework::Axum, p.clone(), *span, &chain_layers, e));
                    }
                    for me in entries {
                        routes.push(self.entry_route(Framework::Axum, ctx, me, p.clone(), *span, &chain_layers, e));
                    }
                }
                RouterOp::Service { path, text, span, nested } => {
                    let p = self.path_text(file, module, path).map(|p| {
                        let p = normalise_path(&p);
                        if *nested {
                            join_paths(&p, "{*rest}")
                        } else {
                            p
                        }
                    });
                    routes.push(Route {
                        framework: Framework::Axum,
                        method: "ANY".into(),
                        path: p,
                        handler: Handler::Service { text: text.clone(), span: *span },
                        registration: *span,
                        layers: Vec::new(),
                        escaped: chain_layers.clone(),
                        conditions: e.conditions.clone(),
                        complete: e.complete,
                        shadowed: false,
                    });
                }
                RouterOp::Nest { prefix, routers, .. } => {
                    let pre = self.path_text(file, module, prefix).map(|p| normalise_path(&p));
                    for sub in self.sub_routes(linker, ctx, routers, depth) {
                        let mut r = sub;
                        r.path = match (&pre, &r.path) {
                            (Some(a), Some(b)) => Some(join_paths(a, b)),
                            _ => None,
                        };
                        r.complete &= pre.is_some();
                        r.escaped.extend(chain_layers.iter().cloned());
                        routes.push(r);
                    }
                }
                RouterOp::Merge { routers, .. } => {
                    for mut r in self.sub_routes(linker, ctx, routers, depth) {
                        r.escaped.extend(chain_layers.iter().cloned());
                        routes.push(r);
                    }
                }
                RouterOp::Layer { layer, route_only, .. } => {
                    let a = self.applied(file, module, layer, *route_only);
                    for r in &mut routes {
                        r.layers.push(a.clone());
                    }
                    chain_layers.push(a);
                }
                RouterOp::Typed { method, handler, span } => {
                    let h = self.handler(file, module, ctx.impl_ty.as_deref(), handler);
                    let path = self.typed_path(&h);
                    routes.push(Route {
                        framework: Framework::Axum,
                        method: method.clone(),
                        path,
                        handler: h,
                        registration: *span,
                        layers: Vec::new(),
                        escaped: chain_layers.clone(),
                        conditions: e.conditions.clone(),
                        complete: e.complete,
                        shadowed: false,
                    });
                }
                RouterOp::Utoipa { handlers, span } => {
                    for hr in handlers {
                        let h = self.handler(file, module, ctx.impl_ty.as_deref(), hr);
                        let (method, path) = match &h {
                            Handler::Fn { item, .. } => match &self.model.facts[&item.file].fns[item.idx].utoipa {
                                Some((m, p)) => (m.clone(), Some(normalise_path(p))),
                                None => ("ANY".into(), None),
                            },
                            _ => ("ANY".into(), None),
                        };
                        routes.push(Route {
                            framework: Framework::Axum,
                            method,
                            path,
                            handler: h,
                            registration: *span,
                            layers: Vec::new(),
                            escaped: chain_layers.clone(),
                            conditions: e.conditions.clone(),
                            complete: e.complete,
                            shadowed: false,
                        });
                    }
                }
            }
        }
        routes
    }

    fn sub_routes(
        &self,
        linker: &Linker<'_, AxumRouter, RouterOp>,
        ctx: &Ctx<AxumRouter, RouterOp>,
        routers: &[crate::facts::chain::Partial<AxumRouter, RouterOp>],
        depth: usize,
    ) -> Vec<Route> {
        let mut out = Vec::new();
        if depth > 16 {
            return out;
        }
        for p in routers {
            for sub in linker.expand(ctx, &p.base, &p.ops, &p.conditions) {
                for mut r in self.axum(linker, &sub, depth + 1) {
                    r.complete &= sub.complete;
                    out.push(r);
                }
            }
        }
        out
    }

    /// The path of an axum-extra typed route: `#[typed_path("..")]` on the handler's first
    /// parameter type.
    fn typed_path(&self, h: &Handler) -> Option<String> {
        let Handler::Fn { item, .. } = h else {
            return None;
        };
        let f = &self.model.facts[&item.file].fns[item.idx];
        let module = self.module_of(item.file, &f.module);
        for p in &f.params {
            if let Some(r) = self.index.struct_ref(self.model, item.file, &module, &p.ty.path) {
                if let Some(tp) = &self.model.facts[&r.file].structs[r.idx].typed_path {
                    return Some(normalise_path(tp));
                }
            }
        }
        None
    }

    #[allow(clippy::too_many_arguments)]
    fn entry_route<F, Op>(
        &self,
        framework: Framework,
        ctx: &Ctx<F, Op>,
        me: &MethodEntry,
        path: Option<String>,
        span: Span,
        escaped: &[AppliedLayer],
        e: &Expansion<F, Op>,
    ) -> Route {
        let module: &[String] = &ctx.module;
        Route {
            framework,
            method: me.method.clone(),
            complete: e.complete && path.is_some(),
            path,
            handler: self.handler(ctx.file, module, ctx.impl_ty.as_deref(), &me.handler),
            registration: span,
            layers: me.layers.iter().map(|l| self.applied(ctx.file, module, l, false)).collect(),
            escaped: escaped.to_vec(),
            conditions: e.conditions.clone(),
            shadowed: false,
        }
    }

    fn unresolved_route<F, Op>(
        &self,
        framework: Framework,
        path: Option<String>,
        span: Span,
        escaped: &[AppliedLayer],
        e: &Expansion<F, Op>,
    ) -> Route {
        Route {
            framework,
            method: "?".into(),
            path,
            handler: Handler::Unresolved { text: "method router".into(), span },
            registration: span,
            layers: Vec::new(),
            escaped: escaped.to_vec(),
            conditions: e.conditions.clone(),
            complete: false,
            shadowed: false,
        }
    }

    /// Routes of one actix builder alternative (app, scope, resource or service config).
    fn actix(
        &self,
        linker: &Linker<'_, ActixFresh, ActixOp>,
        e: &Expansion<ActixFresh, ActixOp>,
        prefix: &str,
        outer: &[AppliedLayer],
        depth: usize,
    ) -> Vec<Route> {
        let mut out = Vec::new();
        if depth > 16 {
            return out;
        }
        // `.wrap` covers everything registered on this builder, before or after it.
        let mut layers: Vec<AppliedLayer> = e
            .ops
            .iter()
            .filter_map(|(ctx, op)| match op {
                ActixOp::Wrap { layer, .. } => Some(self.applied(ctx.file, &ctx.module, layer, false)),
                _ => None,
            })
            .collect();
        layers.extend(outer.iter().cloned());
        let (prefix, resource_paths): (String, Option<Vec<Option<String>>>) = match &e.fresh {
            Some(ActixFresh::Scope(p)) => {
                let own = e.ops.first().and_then(|(ctx, _)| self.path_text(ctx.file, &ctx.module, p));
                (own.map_or_else(|| format!("{prefix}/?"), |s| join_paths(prefix, &normalise_path(&s))), None)
            }
            Some(ActixFresh::Resource(ps)) => {
                let ctx_file = e.ops.first().map(|(c, _)| (c.file, c.module.clone()));
                let paths = ps
                    .iter()
                    .map(|p| {
                        ctx_file
                            .as_ref()
                            .and_then(|(f, m)| self.path_text(*f, m, p))
                            .map(|s| join_paths(prefix, &normalise_path(&s)))
                    })
                    .collect();
                (prefix.to_string(), Some(paths))
            }
            _ => (prefix.to_string(), None),
        };
        for (ctx, op) in &e.ops {
            self.actix_op(linker, ctx, op, e, &prefix, resource_paths.as_deref(), &layers, depth, &mut out);
        }
        out
    }

    #[allow(clippy::too_many_arguments)]
    fn actix_op(
        &self,
        linker: &Linker<'_, ActixFresh, ActixOp>,
        ctx: &Ctx<ActixFresh, ActixOp>,
        op: &ActixOp,
        e: &Expansion<ActixFresh, ActixOp>,
        prefix: &str,
        resource_paths: Option<&[Option<String>]>,
        layers: &[AppliedLayer],
        depth: usize,
        out: &mut Vec<Route>,
    ) {
        let file = ctx.file;
        let module: &[String] = &ctx.module;
        let with_layers = |mut r: Route| {
            let mut all = r.layers.clone();
            all.extend(layers.iter().cloned());
            r.layers = all;
            r
        };
        match op {
            ActixOp::Wrap { .. } => {}
            ActixOp::Route { path, entries, span, .. } => {
                let p = self.path_text(file, module, path).map(|s| join_paths(prefix, &normalise_path(&s)));
                for me in entries {
                    out.push(with_layers(self.entry_route(Framework::Actix, ctx, me, p.clone(), *span, &[], e)));
                }
            }
            ActixOp::ResourceRoute { entries, span } => {
                for p in resource_paths.unwrap_or(&[]) {
                    for me in entries {
                        out.push(with_layers(self.entry_route(Framework::Actix, ctx, me, p.clone(), *span, &[], e)));
                    }
                }
            }
            ActixOp::Service { target, span } => match target {
                ServiceArg::Value(partials) => {
                    for p in partials {
                        for sub in linker.expand(ctx, &p.base, &p.ops, &p.conditions) {
                            out.extend(self.actix(linker, &sub, prefix, layers, depth + 1));
                        }
                    }
                }
                ServiceArg::Handlers(fns) => {
                    for (path, written) in fns {
                        let h = self.handler(
                            file,
                            module,
                            ctx.impl_ty.as_deref(),
                            &HandlerRef::Fn { path: path.clone(), span: *written },
                        );
                        let Handler::Fn { item, .. } = &h else {
                            out.push(with_layers(self.unresolved_route(Framework::Actix, None, *written, &[], e)));
                            continue;
                        };
                        let f = &self.model.facts[&item.file].fns[item.idx];
                        for ar in &f.attr_routes {
                            let mut r = Route {
                                framework: Framework::Actix,
                                method: ar.method.clone(),
                                path: Some(join_paths(prefix, &normalise_path(&ar.path))),
                                handler: h.clone(),
                                registration: ar.span,
                                layers: ar.wraps.iter().map(|l| self.applied(item.file, &f.module, l, false)).collect(),
                                escaped: Vec::new(),
                                conditions: e.conditions.clone(),
                                complete: e.complete,
                                shadowed: false,
                            };
                            r = with_layers(r);
                            out.push(r);
                        }
                    }
                }
                ServiceArg::Files(p) => {
                    let path = self
                        .path_text(file, module, p)
                        .map(|s| join_paths(&join_paths(prefix, &normalise_path(&s)), "{*rest}"));
                    out.push(with_layers(Route {
                        framework: Framework::Actix,
                        method: "GET".into(),
                        path,
                        handler: Handler::Service { text: "actix_files::Files".into(), span: *span },
                        registration: *span,
                        layers: Vec::new(),
                        escaped: Vec::new(),
                        conditions: e.conditions.clone(),
                        complete: e.complete,
                        shadowed: false,
                    }));
                }
                ServiceArg::Unknown(_) => {}
            },
            ActixOp::Configure { fns, inline, .. } => {
                for o in inline {
                    self.actix_op(linker, ctx, o, e, prefix, resource_paths, layers, depth + 1, out);
                }
                for f in fns {
                    let Some(key) = self.index.resolve_fn(self.model, file, module, ctx.impl_ty.as_deref(), f) else {
                        continue;
                    };
                    for (vf, v) in linker.values_in(&key) {
                        if !matches!(v.base, Base::Param(_)) {
                            continue;
                        }
                        let vctx = linker.ctx_of(vf, v);
                        for (octx, o) in v.ops.iter().map(|o| (vctx.clone(), o)) {
                            if depth < 16 {
                                self.actix_op(linker, &octx, o, e, prefix, resource_paths, layers, depth + 1, out);
                            }
                        }
                    }
                }
            }
        }
    }
}

/// Marks actix routes that an earlier registration takes first (first match wins; a matching
/// scope never falls through to a later one).
fn mark_shadowed(routes: &mut [Route]) {
    let mut seen: HashSet<(String, String)> = HashSet::new();
    for r in routes.iter_mut().filter(|r| r.framework == Framework::Actix) {
        let Some(p) = &r.path else { continue };
        let key = (r.method.clone(), p.clone());
        if !seen.insert(key) && r.method != "?" {
            r.shadowed = true;
        }
    }
}

/// Every route of the linked model.
pub fn link(model: &Model, index: &Index, ids: &[FileId]) -> Vec<Route> {
    let b = Builder { model, index };
    let mut routes = Vec::new();
    let axum = Linker::new(model, index, ids, |f| &f.routers);
    for (id, v) in axum.roots() {
        if matches!(v.base, Base::Param(_)) {
            continue;
        }
        let ctx = axum.ctx_of(id, v);
        for e in axum.expand(&ctx, &v.base, &v.ops, &v.conditions) {
            routes.extend(b.axum(&axum, &e, 0));
        }
    }
    let actix = Linker::new(model, index, ids, |f| &f.actix);
    let mut actix_routes = Vec::new();
    for (id, v) in actix.roots() {
        if matches!(v.base, Base::Param(_)) {
            continue;
        }
        let ctx = actix.ctx_of(id, v);
        for e in actix.expand(&ctx, &v.base, &v.ops, &v.conditions) {
            actix_routes.extend(b.actix(&actix, &e, "", &[], 0));
        }
    }
    mark_shadowed(&mut actix_routes);
    routes.extend(actix_routes);
    // The same registration reached twice (two binaries, two branches): keep each once per
    // distinct set of covering layers.
    let mut seen = HashSet::new();
    routes.retain(|r| {
        seen.insert((
            r.method.clone(),
            r.path.clone(),
            r.registration,
            r.layers.iter().map(|l| l.fact.span).collect::<Vec<_>>(),
        ))
    });
    routes
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths() {
        assert_eq!(normalise_path("/users/:id/posts/*rest"), "/users/{id}/posts/{*rest}");
        assert_eq!(normalise_path("/items/{id:\\\\d+}"), "/items/{id}");
        assert_eq!(join_paths("/api", "/"), "/api");
        assert_eq!(join_paths("/api/", "/posts"), "/api/posts");
        assert_eq!(join_paths("", "/posts"), "/posts");
        assert_eq!(join_paths("", "users"), "/users");
        assert_eq!(join_paths("/", ""), "/");
        assert_eq!(join_paths("/api", "posts"), "/api/posts");
    }
}
