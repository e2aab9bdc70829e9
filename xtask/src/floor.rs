//! `parse-floor <DIR> [-j N]`: the parse-only floor for benchmarks.
//!
//! Walks `DIR` for `.rs` files (skipping `target/` and hidden directories), then, on a rayon pool
//! of `N` threads with 512 MiB stacks, reads each file, runs `syn::parse_file`, drops the tree
//! and frees proc-macro2's per-thread source map — the least work any analysis of the same files
//! must do. `cargo launchlint` is measured against this number.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use rayon::prelude::*;

/// Stack of each parse thread, as in `launchlint_core::parse`.
const STACK_BYTES: usize = 512 * 1024 * 1024;

#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Totals {
    pub files: usize,
    pub lines: usize,
    pub bytes: usize,
    pub parse_errors: usize,
    pub unreadable: usize,
}

impl Totals {
    fn add(self, o: Totals) -> Totals {
        Totals {
            files: self.files + o.files,
            lines: self.lines + o.lines,
            bytes: self.bytes + o.bytes,
            parse_errors: self.parse_errors + o.parse_errors,
            unreadable: self.unreadable + o.unreadable,
        }
    }
}

/// Every `.rs` file under `root`, sorted; `target` and hidden directories are skipped (the root
/// itself is always entered).
pub fn rust_files(root: &Path) -> Result<Vec<PathBuf>, String> {
    let mut out = Vec::new();
    let walker = walkdir::WalkDir::new(root).follow_links(false).into_iter().filter_entry(|e| {
        if e.depth() == 0 || !e.file_type().is_dir() {
            return true;
        }
        let name = e.file_name().to_string_lossy();
        name != "target" && !name.starts_with('.')
    });
    for entry in walker {
        let entry = entry.map_err(|e| format!("cannot walk {}: {e}", root.display()))?;
        if entry.file_type().is_file() && entry.path().extension().is_some_and(|x| x == "rs") {
            out.push(entry.into_path());
        }
    }
    out.sort();
    Ok(out)
}

fn parse_one(path: &Path) -> Totals {
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(_) => return Totals { files: 1, unreadable: 1, ..Totals::default() },
    };
    let mut t = Totals { files: 1, bytes: bytes.len(), lines: bytecount_lines(&bytes), ..Totals::default() };
    match String::from_utf8(bytes) {
        Ok(text) => {
            let parsed = syn::parse_file(&text);
            t.parse_errors = usize::from(parsed.is_err());
            drop(parsed);
        }
        Err(_) => t.parse_errors = 1,
    }
    proc_macro2::extra::invalidate_current_thread_spans();
    t
}

/// Lines as an editor counts them: newlines, plus one for a last line without a newline.
fn bytecount_lines(b: &[u8]) -> usize {
    let n = b.iter().filter(|&&c| c == b'\n').count();
    n + usize::from(b.last().is_some_and(|&c| c != b'\n'))
}

/// Parses `files` on `threads` threads.
pub fn parse_all(files: &[PathBuf], threads: usize) -> Result<Totals, String> {
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .stack_size(STACK_BYTES)
        .thread_name(|i| format!("parse-floor-{i}"))
        .build()
        .map_err(|e| format!("cannot start the thread pool: {e}"))?;
    Ok(pool.install(|| files.par_iter().map(|p| parse_one(p)).reduce(Totals::default, Totals::add)))
}

/// Peak resident set size of this process, from `/proc/self/status` (Linux only).
fn peak_rss_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

fn secs(d: Duration) -> String {
    format!("{:.3}s", d.as_secs_f64())
}

/// `parse-floor <DIR> [-j N]`.
pub fn run(args: &[String]) -> Result<(), String> {
    let mut dir: Option<PathBuf> = None;
    let mut threads: Option<usize> = None;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        let jobs = |v: &str| -> Result<usize, String> {
            match v.parse::<usize>() {
                Ok(n) if n > 0 => Ok(n),
                _ => Err(format!("-j: expected a positive number, got {v}")),
            }
        };
        match a.as_str() {
            "-j" | "--jobs" => threads = Some(jobs(it.next().ok_or("-j needs a number")?)?),
            s if s.starts_with("--jobs=") => threads = Some(jobs(&s["--jobs=".len()..])?),
            s if s.starts_with("-j") && s.len() > 2 => threads = Some(jobs(&s[2..])?),
            s if s.starts_with('-') => return Err(format!("parse-floor: unknown option {s}")),
            s if dir.is_none() => dir = Some(PathBuf::from(s)),
            s => return Err(format!("parse-floor: unexpected argument {s}")),
        }
    }
    let dir = dir.ok_or("usage: parse-floor <DIR> [-j N]")?;
    if !dir.is_dir() {
        return Err(format!("{} is not a directory", dir.display()));
    }
    let threads = threads.unwrap_or_else(|| std::thread::available_parallelism().map(usize::from).unwrap_or(1));

    let start = Instant::now();
    let files = rust_files(&dir)?;
    let walked = start.elapsed();
    let totals = parse_all(&files, threads)?;
    let elapsed = start.elapsed();

    let per_sec = totals.lines as f64 / elapsed.as_secs_f64().max(1e-9);
    println!("parse-floor: {} (-j {threads})", dir.display());
    println!("  files         {}", totals.files);
    println!("  lines         {}", totals.lines);
    println!("  bytes         {} ({:.1} MiB)", totals.bytes, totals.bytes as f64 / (1024.0 * 1024.0));
    println!("  parse errors  {}", totals.parse_errors);
    if totals.unreadable > 0 {
        println!("  unreadable    {}", totals.unreadable);
    }
    println!("  elapsed       {} (walk {}, read+parse {})", secs(elapsed), secs(walked), secs(elapsed - walked));
    println!("  throughput    {:.0} lines/s", per_sec);
    if let Some(kib) = peak_rss_kib() {
        println!("  peak RSS      {:.1} MiB", kib as f64 / 1024.0);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn walks_rs_files_skipping_target_and_hidden_dirs() {
        let root = std::env::temp_dir().join(format!("xtask-floor-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&root);
        for (p, text) in [
            ("src/lib.rs", "pub fn ok() {}\n"),
            ("src/bad.rs", "fn broken( {\n"),
            ("target/debug/gen.rs", "fn skipped() {}\n"),
            (".git/hook.rs", "fn skipped() {}\n"),
            ("src/notes.txt", "not rust\n"),
        ] {
            let path = root.join(p);
            std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
            std::fs::write(&path, text).expect("write");
        }
        let files = rust_files(&root).expect("walk");
        assert_eq!(files, vec![root.join("src/bad.rs"), root.join("src/lib.rs")]);
        let t = parse_all(&files, 2).expect("parse");
        assert_eq!(t, Totals { files: 2, lines: 2, bytes: 28, parse_errors: 1, unreadable: 0 });
        std::fs::remove_dir_all(&root).expect("cleanup");
    }

    #[test]
    fn counts_a_last_line_without_newline() {
        assert_eq!(bytecount_lines(b""), 0);
        assert_eq!(bytecount_lines(b"a\nb"), 2);
        assert_eq!(bytecount_lines(b"a\nb\n"), 2);
    }
}
