//! Error types across files (FRAMEWORKS §6): what an error type's `Display` (thiserror or
//! derive_more messages, or a hand-written `impl Display`) and derived `Debug` write about inner
//! errors, which status each variant answers (from `match self` arms in its impls), and which
//! error a fn returns.

use super::type_lookup::InFile;
use super::Model;
use crate::facts::status::StatusClass;
use crate::facts::types::{FieldAttrs, StructFact, TypeRef};
use crate::source::{FileId, Span};

/// Error types whose text is the client's own input, not internal detail.
const USER_FACING: &[&str] = &[
    "ValidationErrors",
    "ValidationError",
    "ParseIntError",
    "ParseFloatError",
    "ParseBoolError",
    "Utf8Error",
    "FromUtf8Error",
];

/// Whether a type written as a field or error type is an internal error (database, I/O, HTTP
/// client, `anyhow`, `Box<dyn Error>`), whose text must not reach clients.
pub fn internal_error_type(ty: &TypeRef) -> bool {
    let name = ty.name();
    if matches!(name, "Box" | "Arc") {
        return ty.args.first().is_some_and(internal_error_type);
    }
    if ty.path.first().is_some_and(|p| p == "dyn") {
        return name == "Error";
    }
    if USER_FACING.contains(&name) || name.ends_with("Rejection") || ty.path.iter().any(|s| s == "garde") {
        return false;
    }
    name.ends_with("Error") || name.ends_with("Errors") || matches!(name, "Report" | "DbErr" | "ErrorKind")
}

/// One way an error type's text carries inner detail.
#[derive(Debug, Clone)]
pub struct Leaking {
    /// The variant (`None` for a struct).
    pub variant: Option<String>,
    /// The `#[error(..)]` attribute, or the write in a hand-written `Display`.
    pub span: Span,
    /// The inner error type, when known.
    pub inner: Option<TypeRef>,
    /// How the text gets in: "interpolates `{0}`", "is `#[error(transparent)]`".
    pub how: String,
}

/// What an error type's `Display` writes.
#[derive(Debug, Clone)]
pub enum DisplayVerdict {
    /// Some variants (or the struct) write inner error text.
    Leaks(Vec<Leaking>),
    /// Messages exist and none writes inner errors.
    Clean,
    /// No message or `impl Display` launchlint can read.
    Unknown,
}

fn field_of<'a>(
    fields: &'a [(Option<String>, TypeRef)],
    attrs: &'a [FieldAttrs],
    name: &str,
) -> Option<(&'a TypeRef, FieldAttrs)> {
    let idx = match name.parse::<usize>() {
        Ok(i) => Some(i),
        Err(_) => fields.iter().position(|(n, _)| n.as_deref() == Some(name)),
    }?;
    fields.get(idx).map(|(_, t)| (t, attrs.get(idx).copied().unwrap_or_default()))
}

fn internal_field(ty: &TypeRef, a: FieldAttrs) -> bool {
    let user = USER_FACING.contains(&ty.name()) || ty.name().ends_with("Rejection");
    internal_error_type(ty) || ((a.from || a.source) && !user)
}

/// Whether one message (over one set of fields) writes inner error text, and how.
fn message_leaks(
    msg: &crate::facts::errors::ErrorMessage,
    fields: &[(Option<String>, TypeRef)],
    attrs: &[FieldAttrs],
) -> Option<(Option<TypeRef>, String)> {
    if msg.transparent {
        let (ty, a) =
            field_of(fields, attrs, "0").or_else(|| fields.first().map(|(_, t)| (t, FieldAttrs::default())))?;
        return internal_field(ty, a).then(|| (Some(ty.clone()), "is `#[error(transparent)]`".to_string()));
    }
    for (name, debug) in &msg.refs {
        if name == "self" {
            let hit = fields
                .iter()
                .enumerate()
                .find(|(i, (_, t))| internal_field(t, attrs.get(*i).copied().unwrap_or_default()));
            if let Some((_, (_, t))) = hit {
                return Some((Some(t.clone()), format!("formats `{{self{}}}`", if *debug { ":?" } else { "" })));
            }
            continue;
        }
        if let Some((ty, a)) = field_of(fields, attrs, name) {
            if internal_field(ty, a) {
                return Some((
                    Some(ty.clone()),
                    format!("interpolates `{{{name}{}}}`", if *debug { ":?" } else { "" }),
                ));
            }
        }
    }
    None
}

impl Model {
    /// The declaration of the type an impl in `file` (inline module `inline`) is for.
    pub fn self_type(&self, file: FileId, inline: &[String], name: &str) -> Option<InFile<'_, StructFact>> {
        let module = self.module_of(file, inline);
        self.struct_of(file, &module, &TypeRef { path: vec![name.to_string()], args: Vec::new() })
    }

    /// What the type's `Display` writes about inner errors.
    pub fn display_leaks(&self, decl: InFile<'_, StructFact>) -> DisplayVerdict {
        let s = decl.fact;
        let mut out = Vec::new();
        let mut any_message = s.message.is_some();
        if let Some(m) = &s.message {
            if let Some((inner, how)) = message_leaks(m, &s.fields, &s.field_attrs) {
                out.push(Leaking { variant: None, span: m.span, inner, how });
            }
        }
        for v in &s.variants {
            let Some(m) = &v.message else { continue };
            any_message = true;
            if let Some((inner, how)) = message_leaks(m, &v.fields, &v.field_attrs) {
                out.push(Leaking { variant: Some(v.name.clone()), span: m.span, inner, how });
            }
        }
        if any_message {
            return if out.is_empty() { DisplayVerdict::Clean } else { DisplayVerdict::Leaks(out) };
        }
        // A hand-written `impl Display`: it leaks when it writes a field holding an internal error,
        // `self.source` or a variant field bound in `match self` (`Self::Db(e) => write!(f, "{e}")`).
        let display = self.type_methods(decl.file, &s.name, Some(&["Display"]));
        let Some(f) = display.iter().find(|f| f.fact.name == "fmt") else {
            return DisplayVerdict::Unknown;
        };
        let mut out = Vec::new();
        for w in &f.fact.body.leaks().display_writes {
            let Some(field) = &w.field else { continue };
            let found = match &w.variant {
                None => field_of(&s.fields, &s.field_attrs, field),
                Some(v) => {
                    s.variants.iter().find(|x| x.name == *v).and_then(|x| field_of(&x.fields, &x.field_attrs, field))
                }
            };
            if let Some((ty, a)) = found {
                if internal_field(ty, a) {
                    let how = match &w.variant {
                        None => format!("`impl Display` writes `self.{field}`"),
                        Some(_) => "`impl Display` writes the variant's inner error".to_string(),
                    };
                    out.push(Leaking { variant: w.variant.clone(), span: w.span, inner: Some(ty.clone()), how });
                }
            }
        }
        if out.is_empty() {
            DisplayVerdict::Clean
        } else {
            DisplayVerdict::Leaks(out)
        }
    }

    /// Fields (per variant) holding internal errors: what a derived `Debug` prints.
    pub fn internal_fields(&self, s: &StructFact) -> Vec<(Option<String>, TypeRef)> {
        let mut out = Vec::new();
        let fa = |attrs: &[FieldAttrs], i: usize| attrs.get(i).copied().unwrap_or_default();
        for (i, (_, t)) in s.fields.iter().enumerate() {
            if internal_field(t, fa(&s.field_attrs, i)) {
                out.push((None, t.clone()));
            }
        }
        for v in &s.variants {
            for (i, (_, t)) in v.fields.iter().enumerate() {
                if internal_field(t, fa(&v.field_attrs, i)) {
                    out.push((Some(v.name.clone()), t.clone()));
                    break;
                }
            }
        }
        out
    }

    /// The type of a variant's field (`"0"` or a name).
    pub fn variant_field<'m>(&self, s: &'m StructFact, variant: Option<&str>, name: &str) -> Option<&'m TypeRef> {
        match variant {
            Some(v) => {
                let v = s.variants.iter().find(|x| x.name == v)?;
                field_of(&v.fields, &v.field_attrs, name).map(|(t, _)| t)
            }
            None => field_of(&s.fields, &s.field_attrs, name).map(|(t, _)| t),
        }
    }

    /// The statuses each variant answers, from `match self` arms in the type's impls
    /// (`status_code`, `into_response`, `error_response`, inherent helpers).
    pub fn variant_statuses(&self, decl: InFile<'_, StructFact>) -> Vec<(String, StatusClass)> {
        let mut out = Vec::new();
        for f in self.type_methods(decl.file, &decl.fact.name, None) {
            out.extend(f.fact.body.leaks().variant_status.iter().cloned());
        }
        out
    }

    /// The error type of what a fn returns (`Result<_, E>` → `E`, `sqlx::Result<_>` →
    /// `sqlx::Error`), for the fn a path written in `file` names.
    pub fn returned_error(&self, file: FileId, module: &[String], path: &[String]) -> Option<TypeRef> {
        let r = self.index.fn_ref(self, file, module, None, path)?;
        let ret = self.facts[&r.file].fns[r.idx].ret.as_ref()?;
        error_of_result(ret)
    }
}

/// `Result<T, E>` → `E`; `krate::Result<T>` → `krate::Error`.
pub fn error_of_result(ret: &TypeRef) -> Option<TypeRef> {
    if ret.name() != "Result" {
        return None;
    }
    match ret.args.as_slice() {
        [_, e] => Some(e.clone()),
        [_] if ret.path.len() >= 2 => {
            let mut path = ret.path[..ret.path.len() - 1].to_vec();
            path.push("Error".into());
            Some(TypeRef { path, args: Vec::new() })
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ty(s: &str) -> TypeRef {
        TypeRef::of(&syn::parse_str::<syn::Type>(s).expect("type"))
    }

    #[test]
    fn internal_errors() {
        for t in [
            "sqlx::Error",
            "anyhow::Error",
            "std::io::Error",
            "Box<dyn std::error::Error + Send>",
            "DbErr",
            "reqwest::Error",
        ] {
            assert!(internal_error_type(&ty(t)), "{t}");
        }
        for t in ["String", "&'static str", "validator::ValidationErrors", "JsonRejection", "garde::Report", "u16"] {
            assert!(!internal_error_type(&ty(t)), "{t}");
        }
        assert_eq!(
            error_of_result(&ty("sqlx::Result<Vec<Member>>")).map(|t| t.path.join("::")),
            Some("sqlx::Error".into())
        );
        assert_eq!(error_of_result(&ty("Result<u8, AppError>")).map(|t| t.display()), Some("AppError".into()));
    }
}
