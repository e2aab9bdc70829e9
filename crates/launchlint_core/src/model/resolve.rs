//! Best-effort name resolution without types: module paths, `use` maps (renames, globs,
//! re-exports), `crate::`/`self::`/`super::`, and workspace crates by library name. What cannot be
//! resolved stays unresolved; callers treat it as unknown, never as safe.

use super::Model;
use crate::source::{FileId, SourceDb};
use std::collections::HashMap;

/// An item's address: package and crate-level path (`api::posts::create`).
pub type FnKey = (Option<usize>, String);

/// Where an item's facts are: its file and its index in that file's list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ItemRef {
    pub file: FileId,
    pub idx: usize,
}

/// Items of one name in one package: their paths and where their facts are.
type Named = Vec<(String, ItemRef)>;

/// One kind of item, addressable by path and, as a last resort, by unique name.
#[derive(Debug, Default)]
pub struct Table {
    by_path: HashMap<FnKey, ItemRef>,
    by_name: HashMap<(Option<usize>, String), Named>,
}

impl Table {
    fn insert(&mut self, pkg: Option<usize>, path: String, name: &str, r: ItemRef) {
        self.by_name.entry((pkg, name.to_string())).or_default().push((path.clone(), r));
        self.by_path.entry((pkg, path)).or_insert(r);
    }

    pub fn get(&self, key: &FnKey) -> Option<ItemRef> {
        self.by_path.get(key).copied()
    }

    /// Every item of that name in a package (`AuthUser` may be declared once per crate).
    pub fn named(&self, pkg: Option<usize>, name: &str) -> &[(String, ItemRef)] {
        self.by_name.get(&(pkg, name.to_string())).map_or(&[], Vec::as_slice)
    }
}

#[derive(Debug, Default)]
pub struct Index {
    pub fns: Table,
    pub consts: Table,
    pub structs: Table,
    /// Methods by (package, self type name): `impl .. for AuthUser { fn from_request_parts }`.
    pub methods: HashMap<(Option<usize>, String), Vec<ItemRef>>,
    /// Trait impls by (package, self type name).
    pub impls: HashMap<(Option<usize>, String), Vec<ItemRef>>,
    /// Library names of workspace packages.
    libs: HashMap<String, usize>,
    /// Package of each file.
    package_of: HashMap<FileId, Option<usize>>,
    /// Files by (package, crate-level module path), to follow re-exports.
    module_files: HashMap<(Option<usize>, String), Vec<FileId>>,
}

impl Index {
    pub fn build(db: &SourceDb, model: &Model) -> Index {
        let mut ix = Index::default();
        let mut ids: Vec<&FileId> = model.facts.keys().collect();
        ids.sort();
        for id in ids {
            let pkg = db.get(*id).package;
            ix.package_of.insert(*id, pkg);
            if let Some(m) = model.modules.get(id) {
                ix.module_files.entry((pkg, m.module.join("::"))).or_default().push(*id);
            }
            let f = &model.facts[id];
            for (idx, fun) in f.fns.iter().enumerate() {
                ix.fns.insert(pkg, model.item_path(*id, &fun.local_path()), &fun.name, ItemRef { file: *id, idx });
                if let Some(t) = &fun.self_ty {
                    ix.methods.entry((pkg, t.clone())).or_default().push(ItemRef { file: *id, idx });
                }
            }
            for (idx, i) in f.impls.iter().enumerate() {
                ix.impls.entry((pkg, i.self_ty.name().to_string())).or_default().push(ItemRef { file: *id, idx });
            }
            for (idx, c) in f.consts.iter().enumerate() {
                let local = c.module.iter().chain(std::iter::once(&c.name)).cloned().collect::<Vec<_>>().join("::");
                ix.consts.insert(pkg, model.item_path(*id, &local), &c.name, ItemRef { file: *id, idx });
            }
            for (idx, s) in f.structs.iter().enumerate() {
                let local = s.module.iter().chain(std::iter::once(&s.name)).cloned().collect::<Vec<_>>().join("::");
                ix.structs.insert(pkg, model.item_path(*id, &local), &s.name, ItemRef { file: *id, idx });
            }
        }
        ix
    }

    pub fn set_libs(&mut self, libs: impl IntoIterator<Item = (String, usize)>) {
        self.libs.extend(libs);
    }

    pub fn package_of(&self, file: FileId) -> Option<usize> {
        self.package_of.get(&file).copied().flatten()
    }

    /// Resolves a fn path written in `file`, inside the crate-level module `module`.
    /// `impl_ty` names the enclosing impl type for `Self::`.
    pub fn resolve_fn(
        &self,
        model: &Model,
        file: FileId,
        module: &[String],
        impl_ty: Option<&str>,
        path: &[String],
    ) -> Option<FnKey> {
        self.resolve_in(&self.fns, model, file, module, impl_ty, path).map(|(k, _)| k)
    }

    pub fn fn_ref(
        &self,
        model: &Model,
        file: FileId,
        module: &[String],
        impl_ty: Option<&str>,
        path: &[String],
    ) -> Option<ItemRef> {
        self.resolve_in(&self.fns, model, file, module, impl_ty, path).map(|(_, r)| r)
    }

    pub fn const_ref(&self, model: &Model, file: FileId, module: &[String], path: &[String]) -> Option<ItemRef> {
        self.resolve_in(&self.consts, model, file, module, None, path).map(|(_, r)| r)
    }

    pub fn struct_ref(&self, model: &Model, file: FileId, module: &[String], path: &[String]) -> Option<ItemRef> {
        self.resolve_in(&self.structs, model, file, module, None, path).map(|(_, r)| r)
    }

    fn resolve_in(
        &self,
        table: &Table,
        model: &Model,
        file: FileId,
        module: &[String],
        impl_ty: Option<&str>,
        path: &[String],
    ) -> Option<(FnKey, ItemRef)> {
        let pkg = self.package_of(file);
        for k in self.candidates(model, file, module, impl_ty, path) {
            if let Some(r) = table.get(&k) {
                return Some((k, r));
            }
        }
        // A re-export: `users::router` where `users/mod.rs` has `pub use router::router;`.
        for k in self.candidates(model, file, module, impl_ty, path) {
            if let Some(hit) = self.through_reexport(table, model, &k, 0) {
                return Some(hit);
            }
        }
        // Last resort: a unique item of that name in the package.
        let name = path.last()?;
        match table.named(pkg, name) {
            [(p, r)] => Some(((pkg, p.clone()), *r)),
            _ => None,
        }
    }

    /// The keys a written path may stand for, most likely first.
    fn candidates(
        &self,
        model: &Model,
        file: FileId,
        module: &[String],
        impl_ty: Option<&str>,
        path: &[String],
    ) -> Vec<FnKey> {
        let pkg = self.package_of(file);
        let mut out: Vec<FnKey> = Vec::new();
        let Some(first) = path.first() else {
            return out;
        };
        let rest = &path[1..];
        match first.as_str() {
            "crate" => out.push((pkg, rest.join("::"))),
            "self" => out.push((pkg, join(module, rest))),
            "super" => out.push((pkg, join(&module[..module.len().saturating_sub(1)], rest))),
            "Self" => {
                if let Some(t) = impl_ty {
                    let mut p: Vec<String> = vec![t.to_string()];
                    p.extend(rest.iter().cloned());
                    out.push((pkg, join(module, &p)));
                }
            }
            _ => {
                if let Some(target) = self.use_target(model, file, module, first) {
                    let mut full = target;
                    full.extend(rest.iter().cloned());
                    out.extend(self.absolute(pkg, module, &full));
                }
                out.push((pkg, join(module, path)));
                for glob in self.glob_targets(model, file, module) {
                    let mut full = glob;
                    full.extend(path.iter().cloned());
                    out.extend(self.absolute(pkg, module, &full));
                }
                if let Some(&lib) = self.libs.get(first) {
                    out.push((Some(lib), rest.join("::")));
                }
            }
        }
        out
    }

    /// Follows `use` items of the module `key` names a member of (re-exports, a few hops).
    fn through_reexport(&self, table: &Table, model: &Model, key: &FnKey, depth: usize) -> Option<(FnKey, ItemRef)> {
        if depth >= 4 {
            return None;
        }
        let segs: Vec<String> = key.1.split("::").map(str::to_string).collect();
        let (name, module) = segs.split_last()?;
        for file in self.module_files.get(&(key.0, module.join("::")))? {
            let Some(facts) = model.facts.get(file) else {
                continue;
            };
            let Some(u) = facts.uses.iter().find(|u| !u.glob && u.alias == *name && u.module.is_empty()) else {
                continue;
            };
            if u.path.last() == Some(name) && u.path.len() == 1 {
                continue;
            }
            // 2018 paths start at a child module (`router::router`) or the crate root.
            let mut next = vec![(key.0, join(module, &u.path))];
            next.extend(self.absolute(key.0, module, &u.path));
            for k in next {
                if k == *key {
                    continue;
                }
                if let Some(r) = table.get(&k) {
                    return Some((k, r));
                }
                if let Some(hit) = self.through_reexport(table, model, &k, depth + 1) {
                    return Some(hit);
                }
            }
        }
        None
    }

    fn absolute(&self, pkg: Option<usize>, module: &[String], full: &[String]) -> Vec<FnKey> {
        match full.first().map(String::as_str) {
            Some("crate") => vec![(pkg, full[1..].join("::"))],
            Some("self") => vec![(pkg, join(module, &full[1..]))],
            Some("super") => vec![(pkg, join(&module[..module.len().saturating_sub(1)], &full[1..]))],
            Some(first) => {
                let mut v = Vec::new();
                if let Some(&lib) = self.libs.get(first) {
                    v.push((Some(lib), full[1..].join("::")));
                }
                // 2018+ paths may start with a module of the crate root.
                v.push((pkg, full.join("::")));
                v
            }
            None => Vec::new(),
        }
    }

    fn inline_of<'a>(&self, model: &Model, file: FileId, module: &'a [String]) -> &'a [String] {
        let file_module = model.modules.get(&file).map_or(0, |m| m.module.len());
        &module[file_module.min(module.len())..]
    }

    /// The path a `use` item of `file` binds `alias` to.
    pub fn use_path(&self, model: &Model, file: FileId, module: &[String], alias: &str) -> Option<Vec<String>> {
        self.use_target(model, file, module, alias)
    }

    /// The paths `file` glob-imports (`use axum_valid::*;` → `["axum_valid"]`).
    pub fn globs(&self, model: &Model, file: FileId, module: &[String]) -> Vec<Vec<String>> {
        self.glob_targets(model, file, module)
    }

    fn use_target(&self, model: &Model, file: FileId, module: &[String], alias: &str) -> Option<Vec<String>> {
        let facts = model.facts.get(&file)?;
        let inline = self.inline_of(model, file, module);
        facts
            .uses
            .iter()
            .filter(|u| !u.glob && u.alias == alias)
            .find(|u| u.module.as_slice() == inline)
            .or_else(|| facts.uses.iter().find(|u| !u.glob && u.alias == alias))
            .map(|u| u.path.clone())
    }

    fn glob_targets(&self, model: &Model, file: FileId, module: &[String]) -> Vec<Vec<String>> {
        let Some(facts) = model.facts.get(&file) else {
            return Vec::new();
        };
        let inline = self.inline_of(model, file, module);
        facts.uses.iter().filter(|u| u.glob && u.module.as_slice() == inline).map(|u| u.path.clone()).collect()
    }
}

fn join(module: &[String], rest: &[String]) -> String {
    module.iter().chain(rest.iter()).cloned().collect::<Vec<_>>().join("::")
}
