//! The one walk over a file's syntax tree. It keeps the scope (inline modules, enclosing item,
//! gating conditions), skips test-only code, records items, types and markers, and hands every
//! fn body and expression to the topic extractors (builder values, JWT, auth checks).

use super::actix::{self, ActixEval};
use super::attrs::{self, cfg_conditions, is_test_only};
use super::authcheck::{self, BodyFacts};
use super::axum::RouterEval;
use super::chain::{descend, Descend};
use super::items::{flatten_use, FnFact, ModDecl};
use super::jwt::{self, JwtFact};
use super::layers;
use super::leaks::BodyLeaks;
use super::sql::SqlEval;
use super::types::{self, ConstFact};
use super::validation::{self, BodyInput};
use super::{body_limit::BodyLimitScan, cookies::CookieEval, debug_types, logs::LogScan, secrets::SecretScan};
use super::{cors::CorsEval, tokens_text, Condition, FileFacts, Scope, SpanMap};
use super::{dsl, schema};
use syn::visit::{self, Visit};
use syn::{Attribute, Expr, Item};

pub struct Walker<'f> {
    map: SpanMap,
    facts: &'f mut FileFacts,
    scope: Scope,
    cors: CorsEval,
    routers: RouterEval,
    actix: ActixEval,
    /// Body facts of the fns being walked (innermost last).
    bodies: Vec<BodyFacts>,
    /// Request-body and error-text facts of the same fns, stored compactly when each fn ends.
    work: Vec<(BodyInput, BodyLeaks)>,
    /// Trait of the impl being walked.
    trait_impl: Option<String>,
    sql: SqlEval,
    /// The expression `visit_expr` already ran the node extractors on.
    seen_node: Option<*const Expr>,
    /// The receiver of the last method call that was no builder value.
    no_value_receiver: Option<*const Expr>,
    secrets: SecretScan,
    cookies: CookieEval,
    body: BodyLimitScan,
    logs: LogScan,
}

/// Whether a signature takes `&mut ServiceConfig` (an actix configure fn).
fn is_configure_fn(sig: &syn::Signature) -> bool {
    sig.inputs.iter().any(|a| matches!(a, syn::FnArg::Typed(t) if types::TypeRef::of(&t.ty).name() == "ServiceConfig"))
}

impl<'f> Walker<'f> {
    pub fn new(map: SpanMap, facts: &'f mut FileFacts) -> Self {
        Walker {
            map,
            facts,
            scope: Scope::default(),
            cors: CorsEval::default(),
            routers: RouterEval::default(),
            actix: ActixEval::default(),
            bodies: Vec::new(),
            work: Vec::new(),
            trait_impl: None,
            sql: SqlEval::default(),
            seen_node: None,
            no_value_receiver: None,
            secrets: SecretScan::default(),
            cookies: CookieEval::default(),
            body: BodyLimitScan::default(),
            logs: LogScan::default(),
        }
    }

    /// Visits what a builder evaluator left inside an expression it consumed.
    fn descend(&mut self, rest: Vec<Descend<'_>>) {
        for d in rest {
            match d {
                Descend::Visit(e) => self.visit_expr(e),
                Descend::Children(e) => visit::visit_expr(self, e),
                Descend::Node(e) => self.node_hooks(e),
            }
        }
    }

    pub fn finish(self) {
        let Walker { facts, cors, routers, actix, sql, mut secrets, mut cookies, mut body, logs, .. } = self;
        secrets.finish();
        cookies.finish();
        body.finish();
        facts.secrets = secrets;
        facts.cookies = cookies;
        facts.body_limits = body;
        facts.logs = logs;
        facts.queries = sql.out;
        facts.cors = cors.out;
        facts.routers = routers.out;
        facts.actix = actix.out;
    }

    /// `const`/`static` values for the secret and body-limit extractors.
    fn on_const(&mut self, name: &str, e: &Expr) {
        let module = self.scope.module.clone();
        self.secrets.on_const(self.map, &self.scope, name, &module, e);
        self.body.on_const(name, e);
    }

    fn item_path_with(&self, name: &str) -> String {
        let mut s = self.scope.clone();
        s.item.push(name.to_string());
        s.item_path()
    }

    fn markers(&mut self, attrs: &[Attribute], item: &impl syn::spanned::Spanned, name: &str, fn_name: Option<&str>) {
        // `Spanned::span` prints the whole item to tokens: only pay for it when a marker is there.
        if !attrs.iter().any(|a| attrs::marker_kind(a).is_some()) {
            return;
        }
        let path = self.item_path_with(name);
        let span = self.map.node(item);
        let ms = attrs::markers(self.map, attrs, span, &path, fn_name);
        self.facts.markers.extend(ms);
    }

    #[allow(clippy::too_many_arguments)]
    fn fn_like(
        &mut self,
        attrs: &[Attribute],
        sig: &syn::Signature,
        block: &syn::Block,
        public: bool,
        node: &impl syn::spanned::Spanned,
        self_ty: Option<String>,
    ) {
        let name = sig.ident.to_string();
        self.markers(attrs, node, &name, Some(&name));
        if super::sql::fn_returns_closed(block) {
            self.facts.closed_fns.push(name.clone());
        }
        self.scope.item.push(name.clone());
        self.cors.enter_fn(self.map, Some(sig), &name, block);
        self.routers.enter_fn(self.map, Some(sig), &name, block);
        self.actix.enter_fn(self.map, Some(sig), &name, block);
        let mut leaks = BodyLeaks::default();
        leaks.display = name == "fmt" && self.trait_impl.as_deref() == Some("Display");
        self.bodies.push(BodyFacts::default());
        self.work.push((BodyInput::default(), leaks));
        self.sql.enter_fn(sig);
        self.cookies.enter_fn(sig, block);
        self.logs.enter_fn(self.map, &self.scope, attrs, sig);
        self.visit_block(block);
        self.cookies.exit_fn();
        self.logs.exit_fn();
        self.sql.exit_fn();
        let mut body = self.bodies.pop().unwrap_or_default();
        let (input, leaks) = self.work.pop().unwrap_or_default();
        body.store(input, leaks);
        self.actix.exit_fn(&self.scope);
        self.routers.exit_fn(&self.scope);
        self.cors.exit_fn(&self.scope);
        self.scope.item.pop();
        let returns_layer = match block.stmts.last() {
            Some(syn::Stmt::Expr(e, None)) if layers::looks_like_layer(e) => {
                let l = layers::classify(self.map, e, &|_| None);
                (!matches!(l.kind, layers::LayerKind::Unknown | layers::LayerKind::Call { .. })).then_some(l)
            }
            _ => None,
        };
        self.facts.fns.push(FnFact {
            module: self.scope.module.clone(),
            name: name.clone(),
            self_ty,
            trait_impl: self.trait_impl.clone(),
            name_span: self.map.span(sig.ident.span()),
            item_span: self
                .map
                .join(attrs.first().map_or(sig.fn_token.span, |a| a.pound_token.span), block.brace_token.span.close()),
            public,
            params: types::params(self.map, sig),
            ret: match &sig.output {
                syn::ReturnType::Type(_, t) => Some(types::TypeRef::of(t)),
                syn::ReturnType::Default => None,
            },
            ret_span: match &sig.output {
                syn::ReturnType::Type(arrow, t) => Some(self.map.join(arrow.spans[1], types::last_type_span(t))),
                syn::ReturnType::Default => None,
            },
            body,
            attr_routes: actix::attr_routes(self.map, attrs),
            utoipa: actix::utoipa_route(attrs),
            configure: is_configure_fn(sig),
            returns_layer,
        });
    }

    /// The extractors that look at single nodes, for the calls of a chain a builder evaluator
    /// consumed (their arguments are visited separately).
    fn node_hooks(&mut self, e: &Expr) {
        if self.seen_node == Some(e as *const Expr) {
            return;
        }
        self.secrets.on_expr(self.map, &self.scope, e);
        self.cookies.on_expr(self.map, &self.scope, e);
        self.body.on_expr(self.map, &self.scope, e);
        self.jwt(e);
        self.record_body(e);
    }

    fn jwt(&mut self, e: &Expr) {
        if let Some((kind, span, text)) = jwt::inspect(self.map, e) {
            self.facts.jwt.push(JwtFact {
                kind,
                span,
                text,
                item_path: self.scope.item_path(),
                conditions: self.scope.conditions.clone(),
            });
        }
    }

    fn record_body(&mut self, e: &Expr) {
        let Some(b) = self.bodies.last_mut() else {
            return;
        };
        if b.rejects.is_none() {
            b.rejects = authcheck::rejection(self.map, e);
        }
        if let Some((input, leaks)) = self.work.last_mut() {
            validation::inspect(self.map, e, input);
            leaks.inspect(self.map, e);
        }
        match e {
            Expr::Call(c) if b.calls.len() < 64 => {
                // Calls of fns (`auth::require_user(..)`), not constructors (`Some(..)`,
                // `Vec::new()`): their last segment is lowercase, the one before is not a type.
                if let Expr::Path(p) = super::peel(&c.func) {
                    let n = p.path.segments.len();
                    let is_fn = p
                        .path
                        .segments
                        .last()
                        .is_some_and(|s| s.ident.to_string().starts_with(|c: char| c.is_ascii_lowercase()))
                        && (n < 2
                            || !p.path.segments[n - 2].ident.to_string().starts_with(|c: char| c.is_ascii_uppercase()));
                    if is_fn {
                        b.calls.push(p.path.segments.iter().map(|s| s.ident.to_string()).collect());
                    }
                }
            }
            Expr::MethodCall(m) if authcheck::passes_on(m) => b.passes_through = true,
            Expr::MethodCall(m) if m.method == "check_key" || m.method == "until_key_ready" => b.throttles = true,
            Expr::Path(p) if p.path.segments.iter().any(|s| s.ident == "RateLimiter") => b.throttles = true,
            Expr::If(i) => {
                let skip = authcheck::skip_list(i);
                b.skip_paths.extend(skip);
            }
            _ => {}
        }
    }
}

fn item_attrs(item: &Item) -> &[Attribute] {
    match item {
        Item::Const(i) => &i.attrs,
        Item::Enum(i) => &i.attrs,
        Item::ExternCrate(i) => &i.attrs,
        Item::Fn(i) => &i.attrs,
        Item::ForeignMod(i) => &i.attrs,
        Item::Impl(i) => &i.attrs,
        Item::Macro(i) => &i.attrs,
        Item::Mod(i) => &i.attrs,
        Item::Static(i) => &i.attrs,
        Item::Struct(i) => &i.attrs,
        Item::Trait(i) => &i.attrs,
        Item::TraitAlias(i) => &i.attrs,
        Item::Type(i) => &i.attrs,
        Item::Union(i) => &i.attrs,
        Item::Use(i) => &i.attrs,
        _ => &[],
    }
}

fn item_name(item: &Item) -> Option<String> {
    Some(match item {
        Item::Const(i) => i.ident.to_string(),
        Item::Enum(i) => i.ident.to_string(),
        Item::Static(i) => i.ident.to_string(),
        Item::Struct(i) => i.ident.to_string(),
        Item::Trait(i) => i.ident.to_string(),
        Item::Type(i) => i.ident.to_string(),
        Item::Union(i) => i.ident.to_string(),
        _ => return None,
    })
}

/// `impl Foo`, `impl<T> Trait for Foo<T>` → `Foo`.
fn self_type_name(ty: &syn::Type) -> String {
    match ty {
        syn::Type::Path(p) => super::last_segment(&p.path),
        syn::Type::Reference(r) => self_type_name(&r.elem),
        other => tokens_text(other),
    }
}

impl<'ast> Visit<'ast> for Walker<'_> {
    fn visit_item(&mut self, item: &'ast Item) {
        let attrs = item_attrs(item);
        if is_test_only(attrs) {
            if let Item::Mod(m) = item {
                self.facts.mods.push(ModDecl {
                    name: m.ident.to_string(),
                    parent: self.scope.module.clone(),
                    path_attr: path_attr(&m.attrs),
                    inline: m.content.is_some(),
                    test_only: true,
                    span: self.map.node(&m.ident),
                });
            }
            return;
        }
        let conds = cfg_conditions(self.map, attrs);
        let n = conds.len();
        self.scope.conditions.extend(conds);
        match item {
            Item::Mod(m) => {
                let name = m.ident.to_string();
                self.facts.mods.push(ModDecl {
                    name: name.clone(),
                    parent: self.scope.module.clone(),
                    path_attr: path_attr(&m.attrs),
                    inline: m.content.is_some(),
                    test_only: false,
                    span: self.map.node(&m.ident),
                });
                self.markers(&m.attrs, m, &name, None);
                if let Some((_, items)) = &m.content {
                    let saved = std::mem::take(&mut self.scope.item);
                    self.scope.module.push(name);
                    for it in items {
                        self.visit_item(it);
                    }
                    self.scope.module.pop();
                    self.scope.item = saved;
                }
            }
            Item::Use(u) => {
                let public = !matches!(u.vis, syn::Visibility::Inherited);
                let before = self.facts.uses.len();
                flatten_use(&u.tree, &mut Vec::new(), &self.scope.module, public, &mut self.facts.uses);
                for f in &self.facts.uses[before..] {
                    if f.alias == "sql" && f.path.first().is_some_and(|p| p == "diesel") {
                        self.sql.imports_dsl_sql = true;
                    }
                    match f.path.first().map(String::as_str) {
                        Some("sqlx") => self.sql.uses_sqlx = true,
                        Some("diesel" | "diesel_async") => self.sql.uses_diesel = true,
                        Some("sea_orm") => self.sql.uses_sea_orm = true,
                        _ => {}
                    }
                }
            }
            Item::Fn(f) => {
                let public = !matches!(f.vis, syn::Visibility::Inherited);
                let saved = self.trait_impl.take();
                self.fn_like(&f.attrs, &f.sig, &f.block, public, f, None);
                self.trait_impl = saved;
            }
            Item::Impl(i) => {
                self.facts.debug_impls.extend(debug_types::manual_debug(i));
                let ty = self_type_name(&i.self_ty);
                self.markers(&i.attrs, i, &ty, None);
                if let Some(fact) = types::impl_fact(self.map, &self.scope.module, i) {
                    self.facts.impls.push(fact);
                }
                let saved = self.trait_impl.take();
                self.trait_impl = i.trait_.as_ref().map(|(_, p, _)| super::last_segment(p));
                self.scope.item.push(ty);
                for it in &i.items {
                    match it {
                        syn::ImplItem::Fn(f) => {
                            if is_test_only(&f.attrs) {
                                continue;
                            }
                            let conds = cfg_conditions(self.map, &f.attrs);
                            let n = conds.len();
                            self.scope.conditions.extend(conds);
                            let public = !matches!(f.vis, syn::Visibility::Inherited);
                            let ty = self.scope.item.last().cloned();
                            self.fn_like(&f.attrs, &f.sig, &f.block, public, f, ty);
                            let len = self.scope.conditions.len();
                            self.scope.conditions.truncate(len - n);
                        }
                        syn::ImplItem::Const(c) => {
                            let name = c.ident.to_string();
                            self.markers(&c.attrs, c, &name, None);
                            self.const_sql(&c.ident, &c.expr);
                            self.scope.item.push(name.clone());
                            self.on_const(&name, &c.expr);
                            self.visit_expr(&c.expr);
                            self.scope.item.pop();
                        }
                        other => visit::visit_impl_item(self, other),
                    }
                }
                self.scope.item.pop();
                self.trait_impl = saved;
            }
            Item::Trait(t) => {
                let name = t.ident.to_string();
                self.markers(&t.attrs, t, &name, None);
                self.scope.item.push(name.clone());
                for it in &t.items {
                    if let syn::TraitItem::Fn(f) = it {
                        if let Some(block) = &f.default {
                            if !is_test_only(&f.attrs) {
                                self.fn_like(&f.attrs, &f.sig, block, true, f, Some(name.clone()));
                            }
                        }
                    }
                }
                self.scope.item.pop();
            }
            Item::Macro(m)
                if m.mac.path.segments.last().is_some_and(|s| s.ident == "table")
                    && (m.mac.path.segments.len() == 1 || m.mac.path.segments[0].ident == "diesel") =>
            {
                let tables = schema::diesel_tables(self.map, m.mac.tokens.clone());
                self.facts.diesel_tables.extend(tables);
            }
            other => {
                match other {
                    Item::Struct(s) => {
                        self.facts.debug_structs.push(debug_types::struct_fact(self.map, s));
                        if let Some(e) = schema::sea_entity(self.map, s, &self.scope.module) {
                            self.facts.sea_entities.push(e);
                        }
                        self.facts.structs.push(types::struct_fact(self.map, &self.scope.module, s));
                    }
                    Item::Enum(e) => self.facts.structs.push(types::enum_fact(self.map, &self.scope.module, e)),
                    Item::Const(c) => {
                        self.const_sql(&c.ident, &c.expr);
                        if let Some(value) = types::const_value(&c.expr) {
                            self.facts.consts.push(ConstFact {
                                module: self.scope.module.clone(),
                                name: c.ident.to_string(),
                                value,
                                span: self.map.span(c.ident.span()),
                            });
                        }
                    }
                    Item::Static(s) => {
                        self.const_sql(&s.ident, &s.expr);
                        if let Some(value) = types::const_value(&s.expr) {
                            self.facts.consts.push(ConstFact {
                                module: self.scope.module.clone(),
                                name: s.ident.to_string(),
                                value,
                                span: self.map.span(s.ident.span()),
                            });
                        }
                    }
                    _ => {}
                }
                if let Some(name) = item_name(other) {
                    self.markers(attrs, other, &name, None);
                    self.scope.item.push(name.clone());
                    match other {
                        Item::Const(c) => self.on_const(&name, &c.expr),
                        Item::Static(st) => self.on_const(&name, &st.expr),
                        _ => {}
                    }
                    visit::visit_item(self, other);
                    self.scope.item.pop();
                } else {
                    visit::visit_item(self, other);
                }
            }
        }
        let len = self.scope.conditions.len();
        self.scope.conditions.truncate(len - n);
    }

    fn visit_stmt(&mut self, s: &'ast syn::Stmt) {
        // Test-only statements (`#[cfg(test)] let ..`) are skipped like test items.
        let attrs: &[Attribute] = match s {
            syn::Stmt::Local(l) => &l.attrs,
            syn::Stmt::Macro(m) => &m.attrs,
            _ => &[],
        };
        if is_test_only(attrs) {
            return;
        }
        if let Some((input, leaks)) = self.work.last_mut() {
            validation::on_stmt(self.map, s, input);
            leaks.on_stmt(self.map, s);
        }
        if let syn::Stmt::Macro(m) = s {
            if self.sql.on_macro(self.map, &self.scope, &m.mac) {
                return;
            }
        }
        visit::visit_stmt(self, s);
    }

    fn visit_arm(&mut self, arm: &'ast syn::Arm) {
        let mark = self.work.last_mut().map(|(_, leaks)| leaks.enter_arm(arm));
        visit::visit_arm(self, arm);
        if let (Some(m), Some((_, leaks))) = (mark, self.work.last_mut()) {
            leaks.exit(m);
        }
    }

    fn visit_local(&mut self, local: &'ast syn::Local) {
        self.sql.on_local(self.map, &self.scope, local);
        self.secrets.on_local(self.map, &self.scope, local);
        self.cookies.on_local(self.map, &self.scope, local);
        self.logs.on_local(local);
        let a = self.cors.on_local(self.map, local);
        let b = self.routers.on_local(self.map, local);
        let c = self.actix.on_local(self.map, local);
        match (a.is_some() || b.is_some() || c.is_some(), &local.init) {
            (true, Some(init)) => {
                self.visit_pat(&local.pat);
                self.descend(descend(&init.expr));
                if let Some((_, els)) = &init.diverge {
                    self.visit_expr(els);
                }
            }
            _ => visit::visit_local(self, local),
        }
    }

    fn visit_macro(&mut self, m: &'ast syn::Macro) {
        self.secrets.on_macro(self.map, &self.scope, m);
        self.logs.on_macro(self.map, &self.scope, m);
    }

    /// Attributes are read where they matter (markers, `cfg`, `instrument`); doc comments and
    /// other attribute literals are not code.
    fn visit_attribute(&mut self, _: &'ast Attribute) {}

    fn visit_expr(&mut self, e: &'ast Expr) {
        // Error bindings (`map_err(|e| ..)`, `Err(e)` arms) are in scope for the children.
        let mark = self.work.last_mut().map(|(_, leaks)| leaks.enter(e));
        self.expr(e);
        if let (Some(m), Some((_, leaks))) = (mark, self.work.last_mut()) {
            leaks.exit(m);
        }
    }
}

impl<'ast> Walker<'_> {
    fn expr(&mut self, e: &'ast Expr) {
        if let Expr::ForLoop(f) = e {
            self.logs.on_for(f);
        }
        self.secrets.on_expr(self.map, &self.scope, e);
        self.cookies.on_expr(self.map, &self.scope, e);
        self.body.on_expr(self.map, &self.scope, e);
        self.seen_node = Some(e as *const Expr);
        if let Expr::MethodCall(_) = e {
            let (d, s) = (self.sql.uses_diesel, self.sql.uses_sea_orm);
            if d || s {
                if let Some(f) = dsl::inspect(self.map, &self.scope, e, d, s) {
                    self.facts.dsl.push(f);
                }
            }
        }
        self.sql.on_append(self.map, e);
        let mut rest = Vec::new();
        if self.sql.on_expr(self.map, &self.scope, e, &mut rest) {
            self.record_body(e);
            for r in rest {
                self.visit_expr(r);
            }
            return;
        }
        self.jwt(e);
        self.record_body(e);
        if jwt::is_none_comparison(e) {
            return;
        }
        // A method call that is no builder value has no value in its receiver chain either: the
        // receiver, visited next, need not be evaluated again (keeps long chains linear).
        let skip = self.no_value_receiver == Some(e as *const Expr);
        let (a, b, c) = if skip {
            (None, None, None)
        } else {
            (
                self.cors.on_expr(self.map, &self.scope, e),
                self.routers.on_expr(self.map, &self.scope, e),
                self.actix.on_expr(self.map, &self.scope, e),
            )
        };
        self.no_value_receiver = match e {
            Expr::MethodCall(m) if a.is_none() && b.is_none() && c.is_none() => Some(&*m.receiver as *const Expr),
            _ => None,
        };
        if a.is_some() || b.is_some() || c.is_some() {
            let inner = match e {
                Expr::Return(r) => r.expr.as_deref().unwrap_or(e),
                Expr::Assign(asg) => &asg.right,
                other => other,
            };
            self.descend(descend(inner));
            return;
        }
        if let Expr::If(i) = e {
            if let Some((kind, span, text)) = jwt::accepts_none(self.map, i) {
                self.facts.jwt.push(JwtFact {
                    kind,
                    span,
                    text,
                    item_path: self.scope.item_path(),
                    conditions: self.scope.conditions.clone(),
                });
            }
            self.visit_expr(&i.cond);
            let cond = condition_span(self.map, i);
            self.scope.conditions.push(Condition { span: cond, holds: true });
            self.visit_block(&i.then_branch);
            self.scope.conditions.pop();
            if let Some((_, els)) = &i.else_branch {
                self.scope.conditions.push(Condition { span: cond, holds: false });
                self.visit_expr(els);
                self.scope.conditions.pop();
            }
            return;
        }
        visit::visit_expr(self, e);
    }
}

impl Walker<'_> {
    /// `const X: &str = ..` holding SQL-like text, for query sites that name it.
    fn const_sql(&mut self, ident: &syn::Ident, e: &Expr) {
        if let Some(pieces) = self.sql.const_text(self.map, e) {
            let mut module = self.scope.module.clone();
            module.extend(self.scope.item.iter().cloned());
            self.facts.const_sql.push(schema::ConstSql { module, name: ident.to_string(), pieces });
        }
    }
}

fn path_attr(attrs: &[Attribute]) -> Option<String> {
    attrs.iter().find(|a| a.path().is_ident("path")).and_then(|a| match &a.meta {
        syn::Meta::NameValue(nv) => super::lit_str(&nv.value),
        _ => None,
    })
}

/// The condition of an `if`: between the `if` keyword and the `{` of its block (cheaper than
/// printing the expression to tokens to find its span; whitespace is trimmed when shown).
pub fn condition_span(map: SpanMap, i: &syn::ExprIf) -> crate::source::Span {
    let start = i.if_token.span.byte_range().end;
    let end = i.then_branch.brace_token.span.open().byte_range().start;
    crate::source::Span::new(map.file, start, end)
}
