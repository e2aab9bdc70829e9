//! Secrets linked across files: key constructors that take a `const`/`static`
//! (`EncodingKey::from_secret(JWT_SECRET)`) are resolved to the constant's literal, and the
//! entries of committed dotenv and configuration files are read.

use super::Model;
use crate::facts::secrets::{SecretContext, SecretLiteral, StrConst};
use crate::facts::settings::{self, SettingEntry};
use crate::source::{FileId, FileKind, SourceDb, Span};
use std::collections::HashMap;

/// A candidate literal, with where it is used as a key when that is known.
#[derive(Debug, Clone)]
pub struct ResolvedSecret {
    pub file: FileId,
    pub item_path: String,
    pub literal: SecretLiteral,
    /// The key constructor and the place that passes the constant to it.
    pub key_use: Option<(String, Span)>,
}

/// A value of a committed dotenv or configuration file.
#[derive(Debug, Clone)]
pub struct SettingValue {
    pub file: FileId,
    pub kind: FileKind,
    pub entry: SettingEntry,
}

/// Constants by (package, name), with the file that defines them.
type ConstIndex<'a> = HashMap<(Option<usize>, &'a str), Vec<(FileId, &'a StrConst)>>;

/// Whether a key constructor is meant: `Key::from(..)` counts only where `Key` is the cookie
/// crate's (`use actix_web::cookie::Key`, `axum_extra::extract::cookie::Key`, a glob import of a
/// `cookie` module) or the path says so (`cookie::Key::from`).
fn is_key_api(model: &Model, file: FileId, api: &str) -> bool {
    let segs: Vec<&str> = api.split("::").collect();
    if segs.len() < 2 || segs[segs.len() - 2] != "Key" {
        return true;
    }
    if segs.contains(&"cookie") {
        return true;
    }
    model.facts.get(&file).is_some_and(|f| {
        f.uses.iter().any(|u| {
            let cookie = u.path.iter().any(|p| p == "cookie" || p == "cookies" || p == "tower_cookies");
            cookie && (u.glob || u.alias == "Key")
        })
    })
}

/// `cookie::Key::from` → `Key::from`, for messages.
fn short_api(api: &str) -> String {
    let segs: Vec<&str> = api.split("::").collect();
    segs[segs.len().saturating_sub(2)..].join("::")
}

pub fn link(db: &SourceDb, model: &Model, ids: &[FileId]) -> Vec<ResolvedSecret> {
    let mut out: Vec<ResolvedSecret> = Vec::new();
    // Constants by (package, name).
    let mut consts: ConstIndex<'_> = HashMap::new();
    for id in ids {
        let pkg = db.get(*id).package;
        for c in &model.facts[id].secrets.consts {
            consts.entry((pkg, c.name.as_str())).or_default().push((*id, c));
        }
        for l in &model.facts[id].secrets.literals {
            let mut l = l.clone();
            if let SecretContext::Key { api } = &l.context {
                if !is_key_api(model, *id, api) {
                    continue;
                }
                l.context = SecretContext::Key { api: short_api(api) };
            }
            out.push(ResolvedSecret {
                file: *id,
                item_path: model.item_path(*id, &l.item_path),
                literal: l,
                key_use: None,
            });
        }
    }
    for id in ids {
        let pkg = db.get(*id).package;
        for r in &model.facts[id].secrets.key_refs {
            if !is_key_api(model, *id, &r.api) {
                continue;
            }
            let api = short_api(&r.api);
            let Some(cands) = consts.get(&(pkg, r.name.as_str())) else {
                continue;
            };
            // The constant in the same file first, else the only one of that name.
            let hit = cands.iter().find(|(f, _)| f == id).or_else(|| (cands.len() == 1).then(|| &cands[0]));
            let Some((file, c)) = hit else { continue };
            if let Some(existing) = out.iter_mut().find(|s| s.file == *file && s.literal.span == c.span) {
                existing.key_use.get_or_insert((api.clone(), r.span));
                continue;
            }
            out.push(ResolvedSecret {
                file: *file,
                item_path: model.item_path(*file, &c.name),
                literal: SecretLiteral {
                    span: c.span,
                    value: c.value.clone(),
                    context: SecretContext::Item { name: c.name.clone() },
                    item_path: c.name.clone(),
                    conditions: c.conditions.iter().chain(r.conditions.iter()).copied().collect(),
                },
                key_use: Some((api, r.span)),
            });
        }
    }
    out
}

/// Entries of every committed dotenv and configuration file outside tests.
pub fn settings(db: &SourceDb) -> Vec<SettingValue> {
    let mut out = Vec::new();
    for f in db.files() {
        if !matches!(f.kind, FileKind::Env | FileKind::Settings) || f.test_only {
            continue;
        }
        for entry in settings::scan(f.id, f.kind, &f.display, &f.text) {
            out.push(SettingValue { file: f.id, kind: f.kind, entry });
        }
    }
    out
}
