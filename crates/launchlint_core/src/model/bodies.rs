//! Request bodies of handlers (FRAMEWORKS §5): which parameter deserializes a body, through
//! which extractor, into which payload type. Names are resolved through the file's `use` map:
//! `Json` may be `axum::Json`, `actix_web::web::Json` or the validating
//! `actix_web_validator::Json`; custom extractors are judged by their `FromRequest` impl.

use super::type_lookup::InFile;
use super::Model;
use crate::facts::items::FnFact;
use crate::facts::types::{Param, StructFact, TypeRef};
use crate::source::{FileId, Span};

/// Crates whose extractors validate what they deserialize.
const VALIDATING_CRATES: &[&str] = &["axum_valid", "axum_garde", "actix_web_validator"];

/// axum-valid / axum_garde wrapper names.
const VALIDATING_WRAPPERS: &[&str] =
    &["Valid", "Garde", "Validated", "Validified", "ValidifiedByRef", "Modified", "ValidEx", "WithValidation"];

/// How a parameter gets its body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Extractor {
    /// `Json<T>`/`Form<T>` of axum or actix-web (`web::Json<T>`): deserializes, never validates.
    Plain,
    /// An extractor that validates before the handler runs: axum-valid, axum_garde,
    /// actix-web-validator, or a workspace extractor whose `FromRequest` impl calls `.validate()`.
    Validating,
    /// A workspace extractor that deserializes a body without validating it.
    Custom,
    /// `Bytes`/`String` parsed with `serde_json` in the handler (the parse call).
    Parsed(Span),
}

/// An extractor before `Bytes`/`String` are matched with a parse in the handler.
enum Found {
    Ext(Extractor),
    Raw,
}

/// A parameter that deserializes the request body.
#[derive(Debug, Clone)]
pub struct BodyParam<'m> {
    pub param: &'m Param,
    pub extractor: Extractor,
    /// The deserialized type (`T` of `Json<T>`), when known.
    pub payload: Option<TypeRef>,
}

/// What a payload type is.
#[derive(Debug, Clone)]
pub enum Payload<'m> {
    /// `serde_json::Value`, `HashMap<String, Value>`, `serde_json::Map`: no schema at all.
    SchemaLess(String),
    /// A struct of the workspace; `wrapper` is a generic struct around it
    /// (`Envelope<CreatePost>`).
    Struct { decl: InFile<'m, StructFact>, wrapper: Option<InFile<'m, StructFact>> },
    /// Anything else (std types, types of crates launchlint does not read).
    Unknown,
}

impl Model {
    /// The parameters of a handler that deserialize the request body.
    pub fn body_params<'m>(&'m self, file: FileId, f: &'m FnFact) -> Vec<BodyParam<'m>> {
        let module = self.module_of(file, &f.module);
        let mut out = Vec::new();
        for p in &f.params {
            let Some((extractor, payload)) = self.extractor(file, &module, &p.ty, 0) else {
                continue;
            };
            let (extractor, payload) = match extractor {
                Found::Ext(e) => (e, payload),
                // `Bytes`/`String`: a JSON body only when the handler parses it.
                Found::Raw => {
                    let Some(b) = &p.binding else { continue };
                    match f.body.input().json_parses.iter().find(|j| j.arg.as_ref() == Some(b)) {
                        Some(j) => (Extractor::Parsed(j.span), j.target.clone()),
                        None => continue,
                    }
                }
            };
            out.push(BodyParam { param: p, extractor, payload });
        }
        out
    }

    fn extractor(
        &self,
        file: FileId,
        module: &[String],
        ty: &TypeRef,
        depth: usize,
    ) -> Option<(Found, Option<TypeRef>)> {
        if depth > 4 {
            return None;
        }
        let name = ty.name();
        let first_arg = ty.args.first();
        if matches!(name, "Option" | "Result" | "WithRejection") {
            return self.extractor(file, module, first_arg?, depth + 1);
        }
        let full = self.full_path(file, module, &ty.path);
        let krate = full.first().map(String::as_str).unwrap_or("");
        let globbed = || {
            self.glob_imports(file, module)
                .iter()
                .any(|g| g.first().is_some_and(|c| VALIDATING_CRATES.contains(&c.as_str())))
        };
        if VALIDATING_CRATES.contains(&krate) || (VALIDATING_WRAPPERS.contains(&name) && full.len() == 1 && globbed()) {
            if matches!(name, "Query" | "Path" | "QsQuery") {
                return None;
            }
            let payload = if matches!(name, "Json" | "Form") {
                first_arg.cloned()
            } else {
                first_arg.and_then(|a| self.extractor(file, module, a, depth + 1)).and_then(|(_, p)| p)
            };
            return Some((Found::Ext(Extractor::Validating), payload));
        }
        let external = matches!(krate, "axum" | "axum_extra" | "actix_web" | "web" | "bytes" | "std" | "alloc");
        if !external {
            if let Some(decl) = self.struct_of(file, module, ty) {
                return self.custom_extractor(decl, ty, module, file, depth);
            }
        }
        match name {
            "Json" | "Form" => Some((Found::Ext(Extractor::Plain), first_arg.cloned())),
            "Bytes" | "String" if ty.args.is_empty() => Some((Found::Raw, None)),
            _ => None,
        }
    }

    /// A workspace extractor: validating when its `FromRequest` impl calls `.validate()`,
    /// deserializing when it extracts `Json`/`Form` or parses JSON itself.
    fn custom_extractor(
        &self,
        decl: InFile<'_, StructFact>,
        ty: &TypeRef,
        module: &[String],
        file: FileId,
        depth: usize,
    ) -> Option<(Found, Option<TypeRef>)> {
        let methods = self.type_methods(decl.file, &decl.fact.name, Some(&["FromRequest", "FromRequestParts"]));
        let payload = || {
            let a = ty.args.first()?;
            // `Custom<Json<T>>`: the payload is `T`.
            match self.extractor(file, module, a, depth + 1) {
                Some((_, p)) => p,
                None => Some(a.clone()),
            }
        };
        if methods.is_empty() {
            return match decl.fact.input.via.as_deref() {
                Some("Json" | "Form") => Some((Found::Ext(Extractor::Custom), payload())),
                _ => None,
            };
        }
        let validates = methods.iter().any(|m| m.fact.body.input().validate_calls.iter().any(|c| c.used));
        let deserializes =
            methods.iter().any(|m| m.fact.body.input().deserializes || !m.fact.body.input().json_parses.is_empty());
        if validates {
            Some((Found::Ext(Extractor::Validating), payload()))
        } else if deserializes {
            Some((Found::Ext(Extractor::Custom), payload()))
        } else {
            None
        }
    }

    /// What a payload type written in `file` is.
    pub fn payload<'m>(&'m self, file: FileId, module: &[String], ty: &TypeRef) -> Payload<'m> {
        self.payload_at(file, module, ty, 0)
    }

    fn payload_at<'m>(&'m self, file: FileId, module: &[String], ty: &TypeRef, depth: usize) -> Payload<'m> {
        if depth > 4 {
            return Payload::Unknown;
        }
        let name = ty.name();
        if matches!(name, "Vec" | "Option" | "Box" | "Arc" | "[..]" | "VecDeque" | "HashSet" | "BTreeSet") {
            return match ty.args.first() {
                Some(a) => self.payload_at(file, module, a, depth + 1),
                None => Payload::Unknown,
            };
        }
        let full = self.full_path(file, module, &ty.path);
        let serde_json = full.first().is_some_and(|c| c == "serde_json");
        let declared = self.struct_of(file, module, ty);
        if declared.is_none() && ((name == "Value" && (serde_json || full.len() == 1)) || (name == "Map" && serde_json))
        {
            return Payload::SchemaLess(if name == "Value" { "serde_json::Value".into() } else { ty.display() });
        }
        if matches!(name, "HashMap" | "BTreeMap" | "IndexMap") && ty.args.len() == 2 {
            return match self.payload_at(file, module, &ty.args[1], depth + 1) {
                Payload::SchemaLess(_) => Payload::SchemaLess(ty.display()),
                _ => Payload::Unknown,
            };
        }
        let Some(decl) = declared else {
            return Payload::Unknown;
        };
        // A generic wrapper (`Envelope<CreatePost>`): judge the payload inside.
        for a in &ty.args {
            if let Payload::Struct { decl: inner, .. } = self.payload_at(file, module, a, depth + 1) {
                return Payload::Struct { decl: inner, wrapper: Some(decl) };
            }
        }
        Payload::Struct { decl, wrapper: None }
    }
}
