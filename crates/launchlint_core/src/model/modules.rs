//! The module tree: which module each file is, following `mod x;` from each target root
//! (`x.rs`, `x/mod.rs`, `#[path]`, inline modules), and which files are test-only or unlinked.

use crate::facts::FileFacts;
use crate::source::discover::{clean, to_slash, Workspace};
use crate::source::{FileId, SourceDb};
use std::collections::{HashMap, VecDeque};
use std::path::{Path, PathBuf};

/// Where a file sits in its crate.
#[derive(Debug, Clone, Default)]
pub struct FileModule {
    /// Crate-relative module path (`["api", "cors"]`); empty for a crate root.
    pub module: Vec<String>,
    pub linked: bool,
    pub test_only: bool,
}

/// Whether a file is a "mod-rs" file whose child modules live in its own folder.
fn is_mod_rs(path: &Path, is_root: bool) -> bool {
    is_root || path.file_name().is_some_and(|n| n == "mod.rs" || n == "lib.rs" || n == "main.rs")
}

/// The files a `mod` declaration can point to.
fn child_paths(
    parent: &Path,
    parent_is_root: bool,
    inline: &[String],
    name: &str,
    path_attr: Option<&str>,
) -> Vec<PathBuf> {
    let dir = parent.parent().unwrap_or(Path::new("."));
    let mut base = if is_mod_rs(parent, parent_is_root) {
        dir.to_path_buf()
    } else {
        dir.join(parent.file_stem().unwrap_or_default())
    };
    if let Some(p) = path_attr {
        let d = if inline.is_empty() { dir.to_path_buf() } else { inline.iter().fold(base, |b, m| b.join(m)) };
        return vec![clean(&d.join(p))];
    }
    for m in inline {
        base = base.join(m);
    }
    vec![clean(&base.join(format!("{name}.rs"))), clean(&base.join(name).join("mod.rs"))]
}

/// Result of linking: the module of every file, plus module files that exist on disk but were
/// not read yet (outside `src/`, through `#[path]`).
pub struct Linked {
    pub modules: HashMap<FileId, FileModule>,
    pub missing: Vec<(PathBuf, Option<usize>)>,
}

pub fn link(ws: &[Workspace], db: &SourceDb, facts: &HashMap<FileId, FileFacts>) -> Linked {
    let by_path: HashMap<&Path, FileId> = db.files().iter().map(|f| (f.path.as_path(), f.id)).collect();
    let mut modules: HashMap<FileId, FileModule> = HashMap::new();
    let mut missing = Vec::new();
    let mut queue: VecDeque<(FileId, bool)> = VecDeque::new();
    for w in ws {
        for p in &w.packages {
            for t in &p.targets {
                if let Some(&id) = by_path.get(t.root.as_path()) {
                    // tests/, examples/ and benches/ are only read with --all-targets, and then linted.
                    let test_only = db.get(id).test_only;
                    modules.entry(id).or_insert(FileModule { module: Vec::new(), linked: true, test_only });
                    queue.push_back((id, true));
                }
            }
        }
    }
    while let Some((id, is_root)) = queue.pop_front() {
        let Some(f) = facts.get(&id) else { continue };
        let parent = modules.get(&id).cloned().unwrap_or_default();
        let path = &db.get(id).path;
        for m in f.mods.iter().filter(|m| !m.inline) {
            let candidates = child_paths(path, is_root, &m.parent, &m.name, m.path_attr.as_deref());
            let mut module = parent.module.clone();
            module.extend(m.parent.iter().cloned());
            module.push(m.name.clone());
            let found = candidates.iter().find_map(|c| by_path.get(c.as_path()).copied());
            match found {
                Some(child) => {
                    if let std::collections::hash_map::Entry::Vacant(e) = modules.entry(child) {
                        e.insert(FileModule { module, linked: true, test_only: parent.test_only || m.test_only });
                        queue.push_back((child, false));
                    }
                }
                None => {
                    if let Some(c) = candidates.iter().find(|c| c.is_file()) {
                        missing.push((c.clone(), db.get(id).package));
                    }
                }
            }
        }
    }
    // Files the tree did not reach: module path guessed from the file path under src/.
    for f in db.files() {
        if f.kind != crate::source::FileKind::Rust || modules.contains_key(&f.id) {
            continue;
        }
        let rel = f.package_rel.strip_prefix("src/").unwrap_or(&f.package_rel);
        let mut module: Vec<String> = rel.trim_end_matches(".rs").split('/').map(str::to_string).collect();
        if module.last().is_some_and(|l| l == "mod" || l == "lib" || l == "main") {
            module.pop();
        }
        modules.insert(f.id, FileModule { module, linked: false, test_only: f.test_only });
    }
    missing.sort();
    missing.dedup();
    Linked { modules, missing }
}

/// `src/api/mod.rs` → `src/api/mod.rs` relative to the package, for display.
pub fn rel(path: &Path, root: &Path) -> String {
    path.strip_prefix(root).map(to_slash).unwrap_or_else(|_| to_slash(path))
}
