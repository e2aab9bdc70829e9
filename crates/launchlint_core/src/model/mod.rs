//! Cross-file linking: the module tree, name resolution, and the facts joined into one model of
//! the service that lints judge.

pub mod auth;
pub mod bodies;
pub mod chain;
pub mod cors;
pub mod errors;
pub mod modules;
pub mod resolve;
pub mod routes;
pub mod types;

use crate::facts::attrs::Marker;
use crate::facts::jwt::JwtFact;
use crate::facts::FileFacts;
use crate::parse::ParseFailure;
use crate::source::{FileId, SourceDb};
use std::collections::HashMap;

pub use cors::ResolvedCors;
pub use routes::Route;

impl Model {
    /// The auth policy over this model (what protects a route).
    pub fn auth<'m>(&'m self, db: &'m SourceDb, config: &'m crate::config::Config) -> auth::AuthJudge<'m> {
        auth::AuthJudge { model: self, index: &self.index, db, config }
    }
}
pub use modules::FileModule;

/// A fact together with the file it came from and its crate-level item path.
#[derive(Debug, Clone)]
pub struct Located<T> {
    pub file: FileId,
    /// `module::item` from the crate root (`api::cors::layer`).
    pub item_path: String,
    pub fact: T,
}

/// The linked model of the linted code.
#[derive(Debug, Default)]
pub struct Model {
    /// Facts of every analysable (parsed, not test-only) file.
    pub facts: HashMap<FileId, FileFacts>,
    pub modules: HashMap<FileId, FileModule>,
    pub parse_failures: Vec<ParseFailure>,
    pub cors: Vec<ResolvedCors>,
    pub routes: Vec<Route>,
    /// Name resolution over the linked files.
    pub index: resolve::Index,
    pub jwt: Vec<Located<JwtFact>>,
    pub markers: Vec<Located<Marker>>,
}

impl Model {
    /// Crate-level path of an item given its file and file-relative path.
    pub fn item_path(&self, file: FileId, local: &str) -> String {
        let module = self.modules.get(&file).map(|m| m.module.join("::")).unwrap_or_default();
        match (module.is_empty(), local.is_empty()) {
            (true, _) => local.to_string(),
            (false, true) => module,
            (false, false) => format!("{module}::{local}"),
        }
    }

    /// Links per-file facts into the model. Test-only files contribute nothing.
    pub fn build(
        db: &SourceDb,
        facts: HashMap<FileId, FileFacts>,
        modules: HashMap<FileId, FileModule>,
        parse_failures: Vec<ParseFailure>,
        libs: Vec<(String, usize)>,
    ) -> Model {
        let mut model = Model { modules, parse_failures, ..Model::default() };
        model.facts = facts
            .into_iter()
            .filter(|(id, _)| !model.modules.get(id).is_some_and(|m| m.test_only) && !db.get(*id).test_only)
            .collect();
        let mut ids: Vec<FileId> = model.facts.keys().copied().collect();
        ids.sort();
        for id in &ids {
            let f = &model.facts[id];
            for j in &f.jwt {
                model.jwt.push(Located { file: *id, item_path: model.item_path(*id, &j.item_path), fact: j.clone() });
            }
            for m in &f.markers {
                model.markers.push(Located {
                    file: *id,
                    item_path: model.item_path(*id, &m.item_path),
                    fact: m.clone(),
                });
            }
        }
        let mut index = resolve::Index::build(db, &model);
        index.set_libs(libs);
        model.cors = cors::link(&model, &index, &ids);
        model.routes = routes::link(&model, &index, &ids);
        model.index = index;
        model
    }
}
