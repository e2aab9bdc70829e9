use launchlint_core::declare_lint;
use launchlint_core::facts::items::FnFact;
use launchlint_core::facts::types::{StructFact, TypeRef};
use launchlint_core::facts::validation::Validator;
use launchlint_core::model::auth::conventional_public;
use launchlint_core::model::bodies::{BodyParam, Extractor, Payload};
use launchlint_core::model::resolve::ItemRef;
use launchlint_core::model::routes::{Framework, Handler, Route};
use launchlint_core::model::type_lookup::InFile;
use launchlint_core::source::FileId;
use launchlint_core::{Confidence, Finding, Label, Lint, LintContext, LintMeta};
use std::collections::HashSet;

declare_lint! {
    pub UNVALIDATED_BODY, UnvalidatedBody,
    name: "unvalidated_body",
    group: Recommended,
    summary: "a POST/PUT/PATCH/DELETE handler that deserializes a request body and never validates it",
    cwe: ["CWE-20"],
    owasp: ["API3:2023 Broken Object Property Level Authorization"],
    doc: include_str!("../../docs/unvalidated_body.md"),
}

const METHODS: &[&str] = &["POST", "PUT", "PATCH", "DELETE"];

/// Derives that make a struct a database row (mass assignment when deserialized from a request).
const DB_DERIVES: &[&str] = &["FromRow", "Queryable", "DeriveEntityModel"];

/// Fields a client should never set on a database row.
const SENSITIVE_FIELDS: &[&str] = &[
    "role",
    "is_admin",
    "admin",
    "is_staff",
    "owner_id",
    "user_id",
    "org_id",
    "organization_id",
    "workspace_id",
    "tenant_id",
    "team_id",
    "permissions",
    "verified",
    "email_verified",
    "balance",
    "plan",
];

/// Field types that are parsed, not free-form: deserializing them is validation enough.
const PARSED_TYPES: &[&str] = &[
    "bool",
    "Uuid",
    "Ulid",
    "DateTime",
    "NaiveDate",
    "NaiveDateTime",
    "NaiveTime",
    "Date",
    "OffsetDateTime",
    "PrimitiveDateTime",
    "IpAddr",
    "Ipv4Addr",
    "Ipv6Addr",
    "Url",
    "Uri",
    "EmailAddress",
    "Email",
];

/// Sign-in, sign-out, password-reset request and OAuth-callback routes: their bodies are
/// credentials the handler compares with what it stores, not data it stores.
fn credential_route(path: &str) -> bool {
    let last = path.rsplit('/').find(|s| !s.is_empty()).unwrap_or("").to_ascii_lowercase().replace('_', "-");
    !matches!(last.as_str(), "signup" | "sign-up" | "register" | "registration")
        && conventional_public(path).is_some_and(|what| {
            what.starts_with("sign-in") || what.starts_with("password reset") || what.starts_with("OAuth callback")
        })
}

struct Cx<'a, 'm> {
    lint: &'a LintContext<'m>,
    route: &'a Route,
    item: ItemRef,
    handler_path: &'a str,
    f: &'m FnFact,
}

/// Whether the handler validates the value bound to `binding` itself: a used `.validate()`
/// call on it (or on a local derived from it, or on anything but another parameter), a fallible
/// conversion (`try_into`, `T::try_from`), a check that rejects with 400/422, or a call of a
/// `validate*` fn.
fn validated_in_handler(f: &FnFact, binding: Option<&str>) -> bool {
    let others: Vec<&str> =
        f.params.iter().filter_map(|p| p.binding.as_deref()).filter(|b| Some(*b) != binding).collect();
    let input = f.body.input();
    let on_body = |r: &Option<String>| match r {
        Some(r) => Some(r.as_str()) == binding || !others.contains(&r.as_str()),
        None => true,
    };
    input.validate_calls.iter().any(|c| c.used && on_body(&c.receiver))
        || binding.is_some_and(|b| input.converted.iter().chain(&input.checked).any(|x| x == b))
        || f.body.calls.iter().any(|c| c.last().is_some_and(|n| n.starts_with("validate")))
}

impl Cx<'_, '_> {
    fn is_parsed_type(&self, file: FileId, module: &[String], ty: &TypeRef) -> bool {
        let name = ty.name();
        if name == "Option" {
            return ty.args.first().is_some_and(|a| self.is_parsed_type(file, module, a));
        }
        if PARSED_TYPES.contains(&name) {
            return true;
        }
        // A unit-only enum of the workspace, or a type that parses itself (`try_from`).
        self.lint.model.struct_of(file, module, ty).is_some_and(|d| {
            (d.fact.is_enum && d.fact.variants.iter().all(|v| v.fields.is_empty())) || d.fact.input.try_from.is_some()
        })
    }

    /// Every field is a parsed type (`bool`, `Uuid`, dates, unit enums): nothing free-form to
    /// validate.
    fn self_validating(&self, decl: InFile<'_, StructFact>) -> bool {
        let module = self.lint.model.module_of(decl.file, &decl.fact.module);
        decl.fact.is_enum || decl.fact.fields.iter().all(|(_, t)| self.is_parsed_type(decl.file, &module, t))
    }

    fn help(&self, bp: &BodyParam<'_>, payload: &str, validator: Option<Validator>, wrapper: Option<&str>) -> String {
        let var = bp.param.binding.as_deref().unwrap_or("payload");
        let actix = self.route.framework == Framework::Actix;
        let derive = match validator {
            Some(_) => String::new(),
            None => format!("derive `validator::Validate` on `{payload}` with rules on its fields, then "),
        };
        let written = bp.param.ty.display();
        let mut help = match (&bp.extractor, actix, validator) {
            (Extractor::Parsed(_), _, _) => format!("{derive}call `.validate()?` on the parsed value before using it"),
            (Extractor::Custom, _, _) => {
                format!("{derive}validate in the extractor's `from_request`, or call `{var}.validate()?` in the handler")
            }
            (_, true, _) => {
                let inner = bp.param.ty.args.first().map_or(payload.to_string(), |a| a.display());
                format!("{derive}take `actix_web_validator::Json<{inner}>` instead of `web::Json`, or call `{var}.validate()?` before using it")
            }
            (_, false, Some(Validator::Garde)) => format!(
                "take `Garde<{written}>` (axum-valid) or `WithValidation<{written}>` (axum_garde), or call `{var}.validate()?` before using it"
            ),
            (_, false, _) => format!("{derive}take `Valid<{written}>` (axum-valid), or call `{var}.validate()?` before using it"),
        };
        if let Some(w) = wrapper {
            help.push_str(&format!(
                "; `{w}` must validate what it holds (`#[validate(nested)]` on the field holding `{payload}`)"
            ));
        }
        help
    }

    fn finding(&self, message: String, bp: &BodyParam<'_>, label: String) -> Finding {
        let mut f = Finding::new(UNVALIDATED_BODY.name, message, Label::new(bp.param.span, label))
            .route(self.route.key())
            .item_path(self.handler_path.to_string());
        if let Extractor::Parsed(span) = bp.extractor {
            f = f.secondary(Label::new(span, "deserialized here"));
        }
        if !self.route.complete {
            f = f
                .confidence(Confidence::Medium)
                .note("part of the router could not be resolved; the route may differ from what is shown");
        }
        f
    }

    fn mass_assignment_note(&self, s: &StructFact) -> Option<String> {
        let derive = s.derives.iter().find(|d| DB_DERIVES.contains(&d.as_str()))?;
        let sensitive: Vec<String> = s
            .fields
            .iter()
            .filter_map(|(n, _)| n.as_deref())
            .filter(|n| SENSITIVE_FIELDS.contains(n))
            .map(|n| format!("`{n}`"))
            .collect();
        let which = if sensitive.is_empty() {
            "any of its columns".to_string()
        } else {
            format!("any of its columns, including {}", sensitive.join(", "))
        };
        Some(format!(
            "`{}` is also a database model (derives `{derive}`): a client can set {which} (mass assignment)",
            s.name
        ))
    }

    fn judge(&self, bp: &BodyParam<'_>, out: &mut Vec<Finding>) {
        let module = self.lint.model.module_of(self.item.file, &self.f.module);
        let Some(ty) = &bp.payload else {
            return;
        };
        let binding = bp.param.binding.as_deref();
        let route = self.route.key();
        match self.lint.model.payload(self.item.file, &module, ty) {
            Payload::Unknown => {}
            Payload::SchemaLess(name) => {
                if bp.extractor == Extractor::Validating || validated_in_handler(self.f, binding) {
                    return;
                }
                let f = self
                    .finding(
                        format!("schema-less request body (`{name}`) of {route} is never validated"),
                        bp,
                        format!("`{}` accepts any JSON", bp.param.ty.display()),
                    )
                    .help("deserialize into a struct with validation rules, or check each field you read and reject invalid input with 400/422")
                    .note("without a schema, every field the handler reads can be missing, of another type, or of any size");
                out.push(f);
            }
            Payload::Struct { decl, wrapper } => {
                let s = decl.fact;
                let rules = s.field_attrs.iter().filter(|a| a.rule).count() + usize::from(s.input.container_rule);
                let validator = s.input.validate;
                if validator.is_some() && rules == 0 && !s.fields.is_empty() {
                    let mut f = self
                        .finding(
                            format!("request body `{}` derives `Validate` but declares no validation rules", s.name),
                            bp,
                            format!("`{}` is validated against no rules", bp.param.ty.display()),
                        )
                        .secondary(Label::new(s.name_span, "derives `Validate`, but no field has a rule"))
                        .note("validation that checks nothing: every value passes")
                        .help(if validator == Some(Validator::Garde) {
                            "add rules to its fields (`#[garde(length(max = 200))]`, `#[garde(email)]`, `#[garde(range(..))]`)"
                        } else {
                            "add rules to its fields (`#[validate(length(max = 200))]`, `#[validate(email)]`, `#[validate(range(..))]`)"
                        });
                    if let Some(n) = self.mass_assignment_note(s) {
                        f = f.note(n);
                    }
                    out.push(f);
                    return;
                }
                if bp.extractor == Extractor::Validating
                    || s.input.try_from.is_some()
                    || wrapper.is_some_and(|w| w.fact.input.try_from.is_some())
                    || validated_in_handler(self.f, binding)
                    || s.fields.is_empty() && !s.is_enum
                    || self.self_validating(decl)
                {
                    return;
                }
                let ignored: Vec<_> = self
                    .f
                    .body
                    .input()
                    .validate_calls
                    .iter()
                    .filter(|c| !c.used && (c.receiver.is_none() || c.receiver.as_deref() == binding))
                    .collect();
                let (message, secondary) = if validator.is_some() {
                    (
                        format!("request body `{}` derives `Validate` but the handler never validates it", s.name),
                        if ignored.is_empty() {
                            "derives `Validate`; nothing calls `.validate()`"
                        } else {
                            "derives `Validate`"
                        },
                    )
                } else {
                    (format!("request body `{}` of {route} is never validated", s.name), "declares no validation")
                };
                let label = match bp.extractor {
                    Extractor::Parsed(_) => {
                        format!("`{}` is parsed into `{}` and used as-is", bp.param.ty.display(), s.name)
                    }
                    _ => format!("`{}` is deserialized and used as-is", bp.param.ty.display()),
                };
                let mut f = self
                    .finding(message, bp, label)
                    .secondary(Label::new(s.name_span, secondary))
                    .help(self.help(bp, &s.name, validator, wrapper.map(|w| w.fact.name.as_str())));
                for c in ignored {
                    f = f.secondary(Label::new(c.span, "its result is discarded, so invalid input goes through"));
                }
                if let Some(w) = wrapper {
                    f = f.note(format!("`{}` is the payload inside `{}`", s.name, w.fact.name));
                }
                if let Some(n) = self.mass_assignment_note(s) {
                    f = f.note(n);
                }
                out.push(f);
            }
        }
    }
}

impl Lint for UnvalidatedBody {
    fn meta(&self) -> &'static LintMeta {
        &UNVALIDATED_BODY
    }

    fn check(&self, cx: &LintContext<'_>, out: &mut Vec<Finding>) {
        let mut seen: HashSet<ItemRef> = HashSet::new();
        let judge = cx.model.auth(cx.db, cx.config);
        for r in &cx.model.routes {
            if !METHODS.contains(&r.method.as_str()) || r.path.is_none() || r.shadowed {
                continue;
            }
            let Handler::Fn { item, path, .. } = &r.handler else {
                continue;
            };
            if r.path.as_deref().is_some_and(credential_route) || judge.sensitive(r).as_deref() == Some("sign-in") {
                continue;
            }
            // One finding per handler, on its first route.
            if !seen.insert(*item) {
                continue;
            }
            let f = &cx.model.facts[&item.file].fns[item.idx];
            let judge = Cx { lint: cx, route: r, item: *item, handler_path: path, f };
            for bp in cx.model.body_params(item.file, f) {
                judge.judge(&bp, out);
            }
        }
    }
}
