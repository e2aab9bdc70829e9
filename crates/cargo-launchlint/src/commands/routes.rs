//! `cargo launchlint routes`: the route inventory (SPEC §1, §6): every route with method, full
//! path, handler, what protects it, rate limiting, and where it is registered.

use super::{report_run_error, run_options, use_color, write_output, EXIT_ERROR, EXIT_OK};
use crate::cli::{CheckArgs, FormatArg};
use launchlint_core::engine::{self, RunOutput};
use launchlint_core::model::auth::ProtectionKind;
use launchlint_core::model::routes::Handler;
use serde::Serialize;

#[derive(Serialize)]
struct ProtectionRow {
    kind: &'static str,
    name: Option<String>,
    file: Option<String>,
    line: Option<usize>,
    reason: Option<String>,
}

#[derive(Serialize)]
struct RouteRow {
    method: String,
    path: String,
    handler: String,
    file: String,
    line: usize,
    protection: ProtectionRow,
    rate_limit: Option<String>,
    confidence: &'static str,
}

#[derive(Serialize)]
struct Inventory {
    version: u32,
    routes: Vec<RouteRow>,
}

fn rows(out: &RunOutput) -> Vec<RouteRow> {
    let judge = out.model.auth(&out.db, &out.config);
    let mut rows: Vec<RouteRow> = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for r in out.model.routes.iter().filter(|r| !r.shadowed) {
        if !seen.insert((r.method.clone(), r.path.clone(), r.registration)) {
            continue;
        }
        let p = judge.protection(r);
        let (file, line) = match &r.handler {
            Handler::Fn { item, .. } => {
                let f = &out.model.facts[&item.file].fns[item.idx];
                let sf = out.db.get(item.file);
                (sf.display.clone(), sf.line_col(f.name_span.start as usize).0)
            }
            _ => {
                let sf = out.db.get(r.registration.file);
                (sf.display.clone(), sf.line_col(r.registration.start as usize).0)
            }
        };
        let (pfile, pline) = match p.span {
            Some(s) => {
                let sf = out.db.get(s.file);
                (Some(sf.display.clone()), Some(sf.line_col(s.start as usize).0))
            }
            None => (None, None),
        };
        let uncertain = p.uncertain || !r.complete;
        rows.push(RouteRow {
            method: r.method.clone(),
            path: r.path.clone().unwrap_or_else(|| "?".into()),
            handler: r.handler.display(),
            file,
            line,
            protection: ProtectionRow {
                kind: p.kind.as_str(),
                name: (p.kind != ProtectionKind::None).then(|| p.name.clone()),
                file: pfile,
                line: pline,
                reason: p.reason.clone(),
            },
            rate_limit: judge.throttle(r).map(|t| {
                let sf = out.db.get(t.span.file);
                format!("{} ({}:{})", t.name, sf.display, sf.line_col(t.span.start as usize).0)
            }),
            confidence: if uncertain { "medium" } else { "high" },
        });
    }
    rows.sort_by(|a, b| (&a.path, &a.method, &a.file, a.line).cmp(&(&b.path, &b.method, &b.file, b.line)));
    rows
}

fn protection_text(p: &ProtectionRow) -> String {
    let at = match (&p.file, p.line) {
        (Some(f), Some(l)) => format!(" ({f}:{l})"),
        _ => String::new(),
    };
    match p.kind {
        "none" => "NONE".to_string(),
        "public" => format!("public: {}", p.reason.clone().unwrap_or_default()),
        "convention" => format!("convention: {}", p.name.clone().unwrap_or_default()),
        "config" => format!("config: {}", p.name.clone().unwrap_or_default()),
        kind => format!("{kind} {}{at}", p.name.clone().unwrap_or_default()),
    }
}

fn human(rows: &[RouteRow]) -> String {
    let header = ["METHOD", "PATH", "HANDLER", "PROTECTION", "RATE LIMIT", "LOCATION"];
    let table: Vec<[String; 6]> = rows
        .iter()
        .map(|r| {
            [
                r.method.clone(),
                r.path.clone(),
                r.handler.clone(),
                protection_text(&r.protection) + if r.confidence == "medium" { " ?" } else { "" },
                r.rate_limit.clone().unwrap_or_else(|| "none".into()),
                format!("{}:{}", r.file, r.line),
            ]
        })
        .collect();
    let mut widths = header.map(str::len);
    for row in &table {
        for (w, c) in widths.iter_mut().zip(row.iter()) {
            *w = (*w).max(c.chars().count());
        }
    }
    let line = |cells: &[String]| {
        let mut s = String::new();
        for (i, c) in cells.iter().enumerate() {
            if i + 1 == cells.len() {
                s.push_str(c);
            } else {
                s.push_str(&format!("{c:<w$}  ", w = widths[i]));
            }
        }
        s.trim_end().to_string() + "\n"
    };
    let mut out = line(&header.map(String::from));
    for row in &table {
        out.push_str(&line(row));
    }
    let unprotected = rows.iter().filter(|r| r.protection.kind == "none").count();
    out.push_str(&format!(
        "\n{} routes, {} without authentication (? = something could not be resolved)\n",
        rows.len(),
        unprotected
    ));
    out
}

fn markdown(rows: &[RouteRow]) -> String {
    let esc = |s: &str| s.replace('|', "\\|");
    let mut out =
        String::from("| Method | Path | Handler | Protection | Rate limit | Location |\n|---|---|---|---|---|---|\n");
    for r in rows {
        out.push_str(&format!(
            "| {} | `{}` | `{}` | {} | {} | `{}:{}` |\n",
            r.method,
            esc(&r.path),
            esc(&r.handler),
            esc(&protection_text(&r.protection)),
            r.rate_limit.as_deref().map_or("—".to_string(), esc),
            r.file,
            r.line
        ));
    }
    out
}

fn csv(rows: &[RouteRow]) -> String {
    let q = |s: &str| {
        if s.contains([',', '"', '\n']) {
            format!("\"{}\"", s.replace('"', "\"\""))
        } else {
            s.to_string()
        }
    };
    let mut out = String::from("method,path,handler,protection_kind,protection,rate_limit,file,line,confidence\n");
    for r in rows {
        out.push_str(&format!(
            "{},{},{},{},{},{},{},{},{}\n",
            q(&r.method),
            q(&r.path),
            q(&r.handler),
            r.protection.kind,
            q(&protection_text(&r.protection)),
            q(r.rate_limit.as_deref().unwrap_or("")),
            q(&r.file),
            r.line,
            r.confidence
        ));
    }
    out
}

pub fn run(a: &CheckArgs, m: Option<&clap::ArgMatches>) -> u8 {
    if !matches!(a.format, FormatArg::Human | FormatArg::Json | FormatArg::Markdown | FormatArg::Csv) {
        super::error("`cargo launchlint routes` prints human, json, markdown or csv", None);
        return EXIT_ERROR;
    }
    let opts = match run_options(a, m) {
        Ok(o) => o,
        Err(code) => return code,
    };
    let out = match engine::run(&opts, launchlint_lints::LINTS, launchlint_lints::RESERVED) {
        Ok(o) => o,
        Err(e) => return report_run_error(&e, use_color(a.color, false)),
    };
    let rows = rows(&out);
    let text = match a.format {
        FormatArg::Json => {
            let mut s = serde_json::to_string_pretty(&Inventory { version: 1, routes: rows }).unwrap_or_default();
            s.push('\n');
            s
        }
        FormatArg::Markdown => markdown(&rows),
        FormatArg::Csv => csv(&rows),
        _ => human(&rows),
    };
    match write_output(a.output.as_deref(), &text) {
        Ok(()) => EXIT_OK,
        Err(c) => c,
    }
}
