//! The type index: structs of each package by name, with their fields and whether their `Debug`
//! is derived or written by hand (FRAMEWORKS §11).

use super::Model;
use crate::facts::debug_types::StructFact;
use crate::source::{FileId, SourceDb};
use std::collections::{HashMap, HashSet};

/// A package (or none) and a name.
type Key = (Option<usize>, String);

/// Positions into `Model::facts` (the structs are not copied).
#[derive(Debug, Default)]
pub struct TypeIndex {
    structs: HashMap<Key, Vec<(FileId, usize)>>,
    manual_debug: HashSet<Key>,
}

impl TypeIndex {
    pub fn build(db: &SourceDb, model: &Model, ids: &[FileId]) -> TypeIndex {
        let mut ix = TypeIndex::default();
        for id in ids {
            let pkg = db.get(*id).package;
            let f = &model.facts[id];
            for (i, s) in f.debug_structs.iter().enumerate() {
                ix.structs.entry((pkg, s.name.clone())).or_default().push((*id, i));
            }
            for d in &f.debug_impls {
                ix.manual_debug.insert((pkg, d.clone()));
            }
        }
        ix
    }

    /// The structs of that name in the package (several when the name is defined twice).
    pub fn structs<'m>(&self, model: &'m Model, package: Option<usize>, name: &str) -> Vec<(FileId, &'m StructFact)> {
        self.structs
            .get(&(package, name.to_string()))
            .map(|v| v.iter().filter_map(|(f, i)| Some((*f, model.facts.get(f)?.debug_structs.get(*i)?))).collect())
            .unwrap_or_default()
    }

    /// Whether `Debug` of the type is written by hand (and so may redact).
    pub fn has_manual_debug(&self, package: Option<usize>, name: &str) -> bool {
        self.manual_debug.contains(&(package, name.to_string()))
    }
}
