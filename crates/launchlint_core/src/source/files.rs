//! The file table: every file the run reads (sources, configs, migrations), with its text and a
//! line index so byte ranges turn into line/column pairs without re-reading anything.

use std::path::PathBuf;
use std::sync::Arc;

/// Index of a file in the [`SourceDb`]. Stable for the whole run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct FileId(pub u32);

/// What a file is, which decides how it is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    Rust,
    /// launchlint's own inputs: `launchlint.toml`, a `Cargo.toml` carrying launchlint metadata,
    /// the baseline.
    Config,
    /// An SQL migration (`migrations/**/*.sql`).
    Sql,
    /// A committed dotenv file (`.env`, `.env.production`; not `.env.example`).
    Env,
    /// An application configuration file (`config/*.toml|yaml|yml|json`, `settings.*`, `config.*`).
    Settings,
}

/// A byte range inside one file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Span {
    pub file: FileId,
    pub start: u32,
    pub end: u32,
}

impl Span {
    pub fn new(file: FileId, start: usize, end: usize) -> Self {
        Span { file, start: start as u32, end: end.max(start) as u32 }
    }

    pub fn range(&self) -> std::ops::Range<usize> {
        self.start as usize..self.end as usize
    }

    /// Whether `other` lies inside `self` (same file, nested range).
    pub fn contains(&self, other: &Span) -> bool {
        self.file == other.file && self.start <= other.start && other.end <= self.end
    }
}

/// One file of the run.
#[derive(Debug)]
pub struct SourceFile {
    pub id: FileId,
    /// Absolute (or as given) path on disk.
    pub path: PathBuf,
    /// Path shown to users: relative to the workspace root, `/`-separated.
    pub display: String,
    /// Path relative to the owning package root, `/`-separated (used by fingerprints).
    pub package_rel: String,
    /// Index of the owning package in the workspace, if any.
    pub package: Option<usize>,
    pub kind: FileKind,
    /// Whether the file only belongs to tests, examples or benches.
    pub test_only: bool,
    /// Whether the module tree reached the file.
    pub linked: bool,
    pub text: Arc<str>,
    line_starts: Vec<usize>,
}

impl SourceFile {
    pub fn line_starts(text: &str) -> Vec<usize> {
        std::iter::once(0).chain(text.match_indices('\n').map(|(i, _)| i + 1)).collect()
    }

    /// 0-based line index of a byte offset.
    pub fn line_index(&self, byte: usize) -> usize {
        match self.line_starts.binary_search(&byte) {
            Ok(line) => line,
            Err(next) => next.saturating_sub(1),
        }
    }

    /// 1-based line and 1-based column (in characters) of a byte offset.
    pub fn line_col(&self, byte: usize) -> (usize, usize) {
        let byte = byte.min(self.text.len());
        let line = self.line_index(byte);
        let start = self.line_starts[line];
        let col = self.text.get(start..byte).map_or(byte - start, |s| s.chars().count());
        (line + 1, col + 1)
    }

    pub fn line_start(&self, line: usize) -> Option<usize> {
        self.line_starts.get(line).copied()
    }

    pub fn line_count(&self) -> usize {
        self.line_starts.len()
    }

    /// The text of a 0-based line without its line ending.
    pub fn line_text(&self, line: usize) -> &str {
        let Some(&start) = self.line_starts.get(line) else {
            return "";
        };
        let end = self.line_starts.get(line + 1).copied().unwrap_or(self.text.len());
        self.text[start..end].trim_end_matches(['\n', '\r'])
    }

    pub fn snippet(&self, span: &Span) -> &str {
        self.text.get(span.range()).unwrap_or("")
    }
}

/// Everything needed to create a [`SourceFile`].
#[derive(Debug, Clone)]
pub struct NewFile {
    pub path: PathBuf,
    pub display: String,
    pub package_rel: String,
    pub package: Option<usize>,
    pub kind: FileKind,
    pub test_only: bool,
    pub linked: bool,
    pub text: Arc<str>,
}

/// All files of one run, addressed by [`FileId`].
#[derive(Debug, Default)]
pub struct SourceDb {
    files: Vec<SourceFile>,
}

impl SourceDb {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn add(&mut self, f: NewFile) -> FileId {
        let id = FileId(self.files.len() as u32);
        let line_starts = SourceFile::line_starts(&f.text);
        self.files.push(SourceFile {
            id,
            path: f.path,
            display: f.display,
            package_rel: f.package_rel,
            package: f.package,
            kind: f.kind,
            test_only: f.test_only,
            linked: f.linked,
            text: f.text,
            line_starts,
        });
        id
    }

    pub fn get(&self, id: FileId) -> &SourceFile {
        &self.files[id.0 as usize]
    }

    pub fn get_mut(&mut self, id: FileId) -> &mut SourceFile {
        &mut self.files[id.0 as usize]
    }

    pub fn files(&self) -> &[SourceFile] {
        &self.files
    }

    pub fn len(&self) -> usize {
        self.files.len()
    }

    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }
}

impl<'a> codespan_reporting::files::Files<'a> for SourceDb {
    type FileId = FileId;
    type Name = &'a str;
    type Source = &'a str;

    fn name(&'a self, id: FileId) -> Result<&'a str, codespan_reporting::files::Error> {
        self.files.get(id.0 as usize).map(|f| f.display.as_str()).ok_or(codespan_reporting::files::Error::FileMissing)
    }

    fn source(&'a self, id: FileId) -> Result<&'a str, codespan_reporting::files::Error> {
        self.files.get(id.0 as usize).map(|f| &*f.text).ok_or(codespan_reporting::files::Error::FileMissing)
    }

    fn line_index(&'a self, id: FileId, byte_index: usize) -> Result<usize, codespan_reporting::files::Error> {
        let f = self.files.get(id.0 as usize).ok_or(codespan_reporting::files::Error::FileMissing)?;
        Ok(f.line_index(byte_index))
    }

    fn line_range(
        &'a self,
        id: FileId,
        line_index: usize,
    ) -> Result<std::ops::Range<usize>, codespan_reporting::files::Error> {
        let f = self.files.get(id.0 as usize).ok_or(codespan_reporting::files::Error::FileMissing)?;
        let start = f.line_start(line_index).ok_or(codespan_reporting::files::Error::LineTooLarge {
            given: line_index,
            max: f.line_count().saturating_sub(1),
        })?;
        let end = f.line_start(line_index + 1).unwrap_or(f.text.len());
        Ok(start..end)
    }
}
