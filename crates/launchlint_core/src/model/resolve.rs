//! Best-effort name resolution without types: module paths, `use` maps (renames, globs,
//! re-exports), `crate::`/`self::`/`super::`, and workspace crates by library name. What cannot be
//! resolved stays unresolved; callers treat it as unknown, never as safe.

use super::Model;
use crate::source::{FileId, SourceDb};
use std::collections::HashMap;

/// A fn's address: package and crate-level path.
pub type FnKey = (Option<usize>, String);

#[derive(Debug, Default)]
pub struct Index {
    /// Every fn by (package, `module::Type::name`).
    pub fns: HashMap<FnKey, FileId>,
    /// Fn paths by (package, bare name), for the last-resort unique-name match.
    by_name: HashMap<(Option<usize>, String), Vec<String>>,
    /// Library names of workspace packages.
    libs: HashMap<String, usize>,
    /// Package of each file.
    package_of: HashMap<FileId, Option<usize>>,
}

impl Index {
    pub fn build(db: &SourceDb, model: &Model) -> Index {
        let mut ix = Index::default();
        let mut ids: Vec<&FileId> = model.facts.keys().collect();
        ids.sort();
        for id in ids {
            let pkg = db.get(*id).package;
            ix.package_of.insert(*id, pkg);
            for f in &model.facts[id].fns {
                let path = model.item_path(*id, &f.local_path());
                ix.by_name.entry((pkg, f.name.clone())).or_default().push(path.clone());
                ix.fns.insert((pkg, path), *id);
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

    /// Resolves a path written in `file`, inside the crate-level module `module`, to a fn.
    /// `impl_ty` names the enclosing impl type for `Self::`.
    pub fn resolve_fn(
        &self,
        model: &Model,
        file: FileId,
        module: &[String],
        impl_ty: Option<&str>,
        path: &[String],
    ) -> Option<FnKey> {
        let pkg = self.package_of(file);
        let mut candidates: Vec<FnKey> = Vec::new();
        if let Some(first) = path.first() {
            let rest = &path[1..];
            match first.as_str() {
                "crate" => candidates.push((pkg, rest.join("::"))),
                "self" => candidates.push((pkg, join(module, rest))),
                "super" => candidates.push((pkg, join(&module[..module.len().saturating_sub(1)], rest))),
                "Self" => {
                    if let Some(t) = impl_ty {
                        let mut p: Vec<String> = vec![t.to_string()];
                        p.extend(rest.iter().cloned());
                        candidates.push((pkg, join(module, &p)));
                    }
                }
                _ => {
                    // A `use` alias in this file for the first segment.
                    if let Some(target) = self.use_target(model, file, module, first) {
                        let mut full = target;
                        full.extend(rest.iter().cloned());
                        candidates.extend(self.absolute(pkg, module, &full));
                    }
                    candidates.push((pkg, join(module, path)));
                    if let Some(&lib) = self.libs.get(first) {
                        candidates.push((Some(lib), rest.join("::")));
                    }
                }
            }
        }
        if let Some(hit) = candidates.into_iter().find(|k| self.fns.contains_key(k)) {
            return Some(hit);
        }
        // Last resort: a unique fn of that name in the package.
        let name = path.last()?;
        match self.by_name.get(&(pkg, name.clone())).map(Vec::as_slice) {
            Some([only]) => Some((pkg, only.clone())),
            _ => None,
        }
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

    fn use_target(&self, model: &Model, file: FileId, module: &[String], alias: &str) -> Option<Vec<String>> {
        let facts = model.facts.get(&file)?;
        let file_module = model.modules.get(&file).map(|m| m.module.clone()).unwrap_or_default();
        let inline = &module[file_module.len().min(module.len())..];
        facts
            .uses
            .iter()
            .filter(|u| !u.glob && u.alias == alias)
            .find(|u| u.module.as_slice() == inline)
            .or_else(|| facts.uses.iter().find(|u| !u.glob && u.alias == alias))
            .map(|u| u.path.clone())
    }
}

fn join(module: &[String], rest: &[String]) -> String {
    module.iter().chain(rest.iter()).cloned().collect::<Vec<_>>().join("::")
}
