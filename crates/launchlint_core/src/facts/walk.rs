//! The one walk over a file's syntax tree. It keeps the scope (inline modules, enclosing item,
//! gating conditions), skips test-only code and attributes, records items and markers, and hands
//! every fn body, expression and macro to the topic extractors (CORS, JWT, secrets, cookies,
//! body limits, logs).

use super::attrs::{self, cfg_conditions, is_test_only};
use super::items::{flatten_use, FnFact, ModDecl};
use super::jwt::{self, JwtFact};
use super::{body_limit::BodyLimitScan, cookies::CookieEval, logs::LogScan, secrets::SecretScan};
use super::{cors::CorsEval, tokens_text, types, Condition, FileFacts, Scope, SpanMap};
use syn::visit::{self, Visit};
use syn::{Attribute, Expr, Item};

pub struct Walker<'f> {
    map: SpanMap,
    facts: &'f mut FileFacts,
    scope: Scope,
    cors: CorsEval,
    secrets: SecretScan,
    cookies: CookieEval,
    body: BodyLimitScan,
    logs: LogScan,
}

impl<'f> Walker<'f> {
    pub fn new(map: SpanMap, facts: &'f mut FileFacts) -> Self {
        Walker {
            map,
            facts,
            scope: Scope::default(),
            cors: CorsEval::default(),
            secrets: SecretScan::default(),
            cookies: CookieEval::default(),
            body: BodyLimitScan::default(),
            logs: LogScan::default(),
        }
    }

    pub fn finish(self) {
        let Walker { facts, cors, mut secrets, mut cookies, mut body, logs, .. } = self;
        facts.cors = cors.out;
        secrets.finish();
        cookies.finish();
        body.finish();
        facts.secrets = secrets;
        facts.cookies = cookies;
        facts.body_limits = body;
        facts.logs = logs;
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
        self.facts.fns.push(FnFact {
            module: self.scope.module.clone(),
            name: name.clone(),
            self_ty,
            name_span: self.map.span(sig.ident.span()),
            item_span: self
                .map
                .join(attrs.first().map_or(sig.fn_token.span, |a| a.pound_token.span), block.brace_token.span.close()),
            public,
        });
        self.markers(attrs, node, &name, Some(&name));
        self.scope.item.push(name.clone());
        self.cors.enter_fn(&name, block);
        self.cookies.enter_fn(sig, block);
        self.logs.enter_fn(self.map, &self.scope, attrs, sig);
        self.visit_block(block);
        self.cors.exit_fn(self.map, &self.scope);
        self.cookies.exit_fn();
        self.logs.exit_fn();
        self.scope.item.pop();
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
                flatten_use(&u.tree, &mut Vec::new(), &self.scope.module, public, &mut self.facts.uses);
            }
            Item::Fn(f) => {
                let public = !matches!(f.vis, syn::Visibility::Inherited);
                self.fn_like(&f.attrs, &f.sig, &f.block, public, f, None);
            }
            Item::Impl(i) => {
                self.facts.debug_impls.extend(types::manual_debug(i));
                let ty = self_type_name(&i.self_ty);
                self.markers(&i.attrs, i, &ty, None);
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
                            self.scope.conditions.truncate(self.scope.conditions.len() - n);
                        }
                        syn::ImplItem::Const(c) => {
                            let name = c.ident.to_string();
                            self.markers(&c.attrs, c, &name, None);
                            self.scope.item.push(name.clone());
                            self.on_const(&name, &c.expr);
                            self.visit_expr(&c.expr);
                            self.scope.item.pop();
                        }
                        other => visit::visit_impl_item(self, other),
                    }
                }
                self.scope.item.pop();
            }
            Item::Trait(t) => {
                let name = t.ident.to_string();
                let name_t = name.clone();
                self.markers(&t.attrs, t, &name, None);
                self.scope.item.push(name);
                for it in &t.items {
                    if let syn::TraitItem::Fn(f) = it {
                        if let Some(block) = &f.default {
                            if !is_test_only(&f.attrs) {
                                self.fn_like(&f.attrs, &f.sig, block, true, f, Some(name_t.clone()));
                            }
                        }
                    }
                }
                self.scope.item.pop();
            }
            other => {
                if let Item::Struct(st) = other {
                    self.facts.structs.push(types::struct_fact(self.map, st));
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
        visit::visit_stmt(self, s);
    }

    fn visit_local(&mut self, local: &'ast syn::Local) {
        self.secrets.on_local(self.map, &self.scope, local);
        self.cookies.on_local(self.map, &self.scope, local);
        self.logs.on_local(local);
        if !self.cors.on_local(self.map, local) {
            visit::visit_local(self, local);
        }
    }

    fn visit_expr(&mut self, e: &'ast Expr) {
        self.secrets.on_expr(self.map, &self.scope, e);
        self.cookies.on_expr(self.map, &self.scope, e);
        self.body.on_expr(self.map, &self.scope, e);
        if let Some((kind, span, text)) = jwt::inspect(self.map, e) {
            self.facts.jwt.push(JwtFact {
                kind,
                span,
                text,
                item_path: self.scope.item_path(),
                conditions: self.scope.conditions.clone(),
            });
        }
        if jwt::is_none_comparison(e) {
            return;
        }
        if self.cors.on_expr(self.map, &self.scope, e) {
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

    fn visit_macro(&mut self, m: &'ast syn::Macro) {
        self.secrets.on_macro(self.map, &self.scope, m);
        self.logs.on_macro(self.map, &self.scope, m);
    }

    /// Attributes are read where they matter (markers, `cfg`, `instrument`); doc comments and
    /// other attribute literals are not code.
    fn visit_attribute(&mut self, _: &'ast Attribute) {}

    fn visit_item_fn(&mut self, f: &'ast syn::ItemFn) {
        // Nested fns inside bodies come through `visit_item`.
        visit::visit_item_fn(self, f);
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
