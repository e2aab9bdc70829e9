//! Items of a file: module declarations, `use` maps and fns, for the module index of the model.

use crate::source::Span;

/// `mod x;` or `mod x { .. }`.
#[derive(Debug, Clone)]
pub struct ModDecl {
    pub name: String,
    /// Inline modules enclosing the declaration.
    pub parent: Vec<String>,
    /// `#[path = ".."]`.
    pub path_attr: Option<String>,
    pub inline: bool,
    pub test_only: bool,
    pub span: Span,
}

/// One name a `use` item brings into scope: `alias` stands for `path` (`a::b::c`), or every
/// public name of `path` when `glob`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UseFact {
    /// Inline module the `use` sits in.
    pub module: Vec<String>,
    pub alias: String,
    pub path: Vec<String>,
    pub glob: bool,
    pub public: bool,
}

/// A fn item or method.
#[derive(Debug, Clone)]
pub struct FnFact {
    pub module: Vec<String>,
    pub name: String,
    /// `Some(Type)` for methods in `impl Type`.
    pub self_ty: Option<String>,
    /// The trait, for methods of `impl Trait for Type`.
    pub trait_impl: Option<String>,
    pub name_span: Span,
    pub item_span: Span,
    pub public: bool,
    pub params: Vec<super::types::Param>,
    /// The declared return type (`-> Cors`), if any.
    pub ret: Option<super::types::TypeRef>,
    /// The return type as written (after `->`).
    pub ret_span: Option<Span>,
    pub body: super::authcheck::BodyFacts,
    /// actix route attributes (`#[get("/p")]`).
    pub attr_routes: Vec<super::actix::AttrRoute>,
    /// `#[utoipa::path(get, path = "/p")]`.
    pub utoipa: Option<(String, String)>,
    /// Takes `&mut ServiceConfig` (an actix `configure` fn).
    pub configure: bool,
    /// The middleware layer the fn returns, when its tail expression is one.
    pub returns_layer: Option<super::layers::LayerFact>,
}

impl FnFact {
    /// Path relative to the file's module: `inline_mod::Type::name`.
    pub fn local_path(&self) -> String {
        let mut parts: Vec<&str> = self.module.iter().map(String::as_str).collect();
        if let Some(t) = &self.self_ty {
            parts.push(t);
        }
        parts.push(&self.name);
        parts.join("::")
    }
}

/// Flattens a `use` tree into [`UseFact`]s.
pub fn flatten_use(
    tree: &syn::UseTree,
    prefix: &mut Vec<String>,
    module: &[String],
    public: bool,
    out: &mut Vec<UseFact>,
) {
    match tree {
        syn::UseTree::Path(p) => {
            prefix.push(p.ident.to_string());
            flatten_use(&p.tree, prefix, module, public, out);
            prefix.pop();
        }
        syn::UseTree::Name(n) => {
            let name = n.ident.to_string();
            let (alias, path) = if name == "self" {
                (prefix.last().cloned().unwrap_or_default(), prefix.clone())
            } else {
                let mut p = prefix.clone();
                p.push(name.clone());
                (name, p)
            };
            out.push(UseFact { module: module.to_vec(), alias, path, glob: false, public });
        }
        syn::UseTree::Rename(r) => {
            let mut p = prefix.clone();
            if r.ident != "self" {
                p.push(r.ident.to_string());
            }
            out.push(UseFact { module: module.to_vec(), alias: r.rename.to_string(), path: p, glob: false, public });
        }
        syn::UseTree::Glob(_) => {
            out.push(UseFact {
                module: module.to_vec(),
                alias: String::new(),
                path: prefix.clone(),
                glob: true,
                public,
            });
        }
        syn::UseTree::Group(g) => {
            for t in &g.items {
                flatten_use(t, prefix, module, public, out);
            }
        }
    }
}
