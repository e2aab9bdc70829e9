//! Types across files: a type written in one file resolved to its declaration, the trait impls
//! and methods of a type, and a written path expanded through the file's `use` map (to tell
//! `actix_web_validator::Json` from `actix_web::web::Json`).

use super::Model;
use crate::facts::items::FnFact;
use crate::facts::types::{ImplFact, StructFact, TypeRef};
use crate::source::FileId;

/// A fact with the file it is in.
#[derive(Debug)]
pub struct InFile<'m, T> {
    pub file: FileId,
    pub fact: &'m T,
}

impl<T> Clone for InFile<'_, T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for InFile<'_, T> {}

impl Model {
    /// The crate-level module of code in `file` inside the inline modules `inline`.
    pub fn module_of(&self, file: FileId, inline: &[String]) -> Vec<String> {
        let mut m = self.modules.get(&file).map(|m| m.module.clone()).unwrap_or_default();
        m.extend(inline.iter().cloned());
        m
    }

    /// The struct or enum a type written in `file` (module `module`) names.
    pub fn struct_of(&self, file: FileId, module: &[String], ty: &TypeRef) -> Option<InFile<'_, StructFact>> {
        if ty.path.first().is_some_and(|p| p == "dyn" || p == "_" || p == "(..)" || p == "[..]") {
            return None;
        }
        let r = self.index.struct_ref(self, file, module, &ty.path)?;
        Some(InFile { file: r.file, fact: &self.facts[&r.file].structs[r.idx] })
    }

    /// Impl blocks of one of `traits` for the type named `ty`, in `file`'s package.
    pub fn trait_impls<'a>(&'a self, file: FileId, ty: &str, traits: &'a [&'a str]) -> Vec<InFile<'a, ImplFact>> {
        let pkg = self.index.package_of(file);
        self.index
            .impls
            .get(&(pkg, ty.to_string()))
            .map_or(&[][..], Vec::as_slice)
            .iter()
            .map(|r| InFile { file: r.file, fact: &self.facts[&r.file].impls[r.idx] })
            .filter(|i| traits.contains(&i.fact.trait_name.as_str()))
            .collect()
    }

    /// Methods of `impl Trait for Type` for one of `traits` (`None`: inherent methods too).
    pub fn type_methods(&self, file: FileId, ty: &str, traits: Option<&[&str]>) -> Vec<InFile<'_, FnFact>> {
        let pkg = self.index.package_of(file);
        self.index
            .methods
            .get(&(pkg, ty.to_string()))
            .map_or(&[][..], Vec::as_slice)
            .iter()
            .map(|r| InFile { file: r.file, fact: &self.facts[&r.file].fns[r.idx] })
            .filter(|f| match traits {
                Some(ts) => f.fact.trait_impl.as_deref().is_some_and(|t| ts.contains(&t)),
                None => true,
            })
            .collect()
    }

    /// A written path with its first segment replaced by what the file's `use` items bring in
    /// (`Json` → `actix_web_validator::Json`, `web::Json` → `actix_web::web::Json`); the path
    /// as written when no `use` names it.
    pub fn full_path(&self, file: FileId, module: &[String], path: &[String]) -> Vec<String> {
        match path.first().and_then(|first| self.index.use_path(self, file, module, first)) {
            Some(mut p) => {
                p.extend(path[1..].iter().cloned());
                p
            }
            None => path.to_vec(),
        }
    }

    /// Crates whose every public name `file` imports (`use axum_valid::*;`).
    pub fn glob_imports(&self, file: FileId, module: &[String]) -> Vec<Vec<String>> {
        self.index.globs(self, file, module)
    }
}
