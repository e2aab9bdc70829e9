//! The one walk over a file's syntax tree. It keeps the scope (inline modules, enclosing item,
//! gating conditions), skips test-only code, records items and markers, and hands every fn body
//! and expression to the topic extractors (CORS, JWT).

use super::attrs::{self, cfg_conditions, is_test_only};
use super::items::{flatten_use, FnFact, ModDecl};
use super::jwt::{self, JwtFact};
use super::sql::SqlEval;
use super::{cors::CorsEval, tokens_text, Condition, FileFacts, Scope, SpanMap};
use super::{dsl, schema};
use syn::visit::{self, Visit};
use syn::{Attribute, Expr, Item};

pub struct Walker<'f> {
    map: SpanMap,
    facts: &'f mut FileFacts,
    scope: Scope,
    cors: CorsEval,
    sql: SqlEval,
}

impl<'f> Walker<'f> {
    pub fn new(map: SpanMap, facts: &'f mut FileFacts) -> Self {
        Walker { map, facts, scope: Scope::default(), cors: CorsEval::default(), sql: SqlEval::default() }
    }

    pub fn finish(self) {
        let Walker { facts, cors, sql, .. } = self;
        facts.cors = cors.out;
        facts.queries = sql.out;
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
        if super::sql::fn_returns_closed(block) {
            self.facts.closed_fns.push(name.clone());
        }
        self.scope.item.push(name.clone());
        self.cors.enter_fn(&name, block);
        self.sql.enter_fn(sig);
        self.visit_block(block);
        self.sql.exit_fn();
        self.cors.exit_fn(self.map, &self.scope);
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
                self.fn_like(&f.attrs, &f.sig, &f.block, public, f, None);
            }
            Item::Impl(i) => {
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
                            self.markers(&c.attrs, c, &c.ident.to_string(), None);
                            self.const_sql(&c.ident, &c.expr);
                            self.visit_expr(&c.expr);
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
                        if let Some(e) = schema::sea_entity(self.map, s, &self.scope.module) {
                            self.facts.sea_entities.push(e);
                        }
                    }
                    Item::Const(c) => self.const_sql(&c.ident, &c.expr),
                    Item::Static(c) => self.const_sql(&c.ident, &c.expr),
                    _ => {}
                }
                if let Some(name) = item_name(other) {
                    self.markers(attrs, other, &name, None);
                    self.scope.item.push(name);
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
        if let syn::Stmt::Macro(m) = s {
            if self.sql.on_macro(self.map, &self.scope, &m.mac) {
                return;
            }
        }
        visit::visit_stmt(self, s);
    }

    fn visit_local(&mut self, local: &'ast syn::Local) {
        self.sql.on_local(self.map, &self.scope, local);
        if !self.cors.on_local(self.map, local) {
            visit::visit_local(self, local);
        }
    }

    fn visit_expr(&mut self, e: &'ast Expr) {
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
            for r in rest {
                self.visit_expr(r);
            }
            return;
        }
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

    fn visit_item_fn(&mut self, f: &'ast syn::ItemFn) {
        // Nested fns inside bodies come through `visit_item`.
        visit::visit_item_fn(self, f);
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
