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

pub fn link(db: &SourceDb, model: &Model, ids: &[FileId]) -> Vec<ResolvedSecret> {
    let mut out: Vec<ResolvedSecret> = Vec::new();
    // Constants by (package, name).
    let mut consts: ConstIndex<'_> = HashMap::new();
    for id in ids {
        let pkg = db.get(*id).package;
        for c in &model.facts[id].secrets.consts {
            consts
                .entry((pkg, c.name.as_str()))
                .or_default()
                .push((*id, c));
        }
        for l in &model.facts[id].secrets.literals {
            out.push(ResolvedSecret {
                file: *id,
                item_path: model.item_path(*id, &l.item_path),
                literal: l.clone(),
                key_use: None,
            });
        }
    }
    for id in ids {
        let pkg = db.get(*id).package;
        for r in &model.facts[id].secrets.key_refs {
            let Some(cands) = consts.get(&(pkg, r.name.as_str())) else {
                continue;
            };
            // The constant in the same file first, else the only one of that name.
            let hit = cands
                .iter()
                .find(|(f, _)| f == id)
                .or_else(|| (cands.len() == 1).then(|| &cands[0]));
            let Some((file, c)) = hit else { continue };
            if let Some(existing) = out
                .iter_mut()
                .find(|s| s.file == *file && s.literal.span == c.span)
            {
                existing.key_use.get_or_insert((r.api.clone(), r.span));
                continue;
            }
            out.push(ResolvedSecret {
                file: *file,
                item_path: model.item_path(*file, &c.name),
                literal: SecretLiteral {
                    span: c.span,
                    value: c.value.clone(),
                    context: SecretContext::Item {
                        name: c.name.clone(),
                    },
                    item_path: c.name.clone(),
                    conditions: c
                        .conditions
                        .iter()
                        .chain(r.conditions.iter())
                        .copied()
                        .collect(),
                },
                key_use: Some((r.api.clone(), r.span)),
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
            out.push(SettingValue {
                file: f.id,
                kind: f.kind,
                entry,
            });
        }
    }
    out
}
