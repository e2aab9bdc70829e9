//! Cross-file linking: the module tree, name resolution, and the facts joined into one model of
//! the service that lints judge.

pub mod auth;
pub mod bodies;
pub mod body;
pub mod chain;
pub mod cors;
pub mod errors;
pub mod modules;
pub mod resolve;
pub mod routes;
pub mod secrets;
pub mod tenancy;
pub mod throttle;
pub mod type_lookup;
pub mod types;

use crate::facts::attrs::Marker;
use crate::facts::jwt::JwtFact;
use crate::facts::FileFacts;
use crate::parse::ParseFailure;
use crate::source::{FileId, SourceDb};
use std::collections::HashMap;

pub use body::ResolvedBodyLimit;
pub use cors::ResolvedCors;
pub use routes::Route;
pub use secrets::{ResolvedSecret, SettingValue};
pub use types::TypeIndex;

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
    /// Schema and query sites (missing_tenant_filter, sql_interpolation).
    pub tenancy: tenancy::Tenancy,
    /// Candidate secret literals, with key uses resolved through constants.
    pub secrets: Vec<ResolvedSecret>,
    /// Values of committed dotenv and configuration files.
    pub settings: Vec<SettingValue>,
    pub cookies: Vec<Located<crate::facts::cookies::CookieFact>>,
    pub session_settings: Vec<Located<crate::facts::cookies::SessionSetting>>,
    pub body_limits: Vec<ResolvedBodyLimit>,
    pub logs: Vec<Located<crate::facts::logs::LogCall>>,
    pub instruments: Vec<Located<crate::facts::logs::InstrumentFact>>,
    pub types: TypeIndex,
}

impl Model {
    /// Facts of one kind from every file, in file order, with crate-level item paths.
    fn located<T: Clone>(
        &self,
        ids: &[FileId],
        pick: impl Fn(&FileFacts) -> &[T],
        item: impl Fn(&T) -> &str,
    ) -> Vec<Located<T>> {
        let mut out = Vec::new();
        for id in ids {
            for f in pick(&self.facts[id]) {
                out.push(Located { file: *id, item_path: self.item_path(*id, item(f)), fact: f.clone() });
            }
        }
        out
    }

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
        package_roots: &[std::path::PathBuf],
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
        model.tenancy = tenancy::build(db, &model, &ids, package_roots);
        model.secrets = secrets::link(db, &model, &ids);
        model.settings = secrets::settings(db);
        model.cookies = model.located(&ids, |f| &f.cookies.cookies, |c| &c.item_path);
        model.session_settings = model.located(&ids, |f| &f.cookies.sessions, |c| &c.item_path);
        model.body_limits = body::link(db, &model, &ids);
        model.logs = model.located(&ids, |f| &f.logs.calls, |c| &c.item_path);
        model.instruments = model.located(&ids, |f| &f.logs.instruments, |c| &c.item_path);
        model.types = TypeIndex::build(db, &model, &ids);
        model.index = index;
        model
    }
}

impl Model {
    /// Routes (`GET /api/posts/{id}`) whose handler is the fn at the crate-level `item_path` in
    /// the package of `file`, or calls it directly (handler → repository fn).
    pub fn routes_reaching(&self, db: &SourceDb, file: FileId, item_path: &str) -> Vec<String> {
        let pkg = db.get(file).package;
        let mut out: Vec<String> = Vec::new();
        for r in self.routes.iter().filter(|r| !r.shadowed && r.method != "?") {
            let routes::Handler::Fn { item, path, .. } = &r.handler else { continue };
            if db.get(item.file).package != pkg {
                continue;
            }
            let reaches = path == item_path || {
                let f = &self.facts[&item.file].fns[item.idx];
                let mut module = self.modules.get(&item.file).map(|m| m.module.clone()).unwrap_or_default();
                module.extend(f.module.iter().cloned());
                f.body.calls.iter().any(|c| {
                    self.index
                        .resolve_fn(self, item.file, &module, f.self_ty.as_deref(), c)
                        .is_some_and(|k| k.1 == item_path)
                })
            };
            if reaches {
                let key = r.key();
                if !out.contains(&key) {
                    out.push(key);
                }
            }
        }
        out.sort();
        out
    }
}
