//! `src/models/*.rs`: serde records, request bodies, a status enum with `match`es.

use super::rng::Rng;
use super::tpl::{fill_ent, snake, words, Composer, Entity};

const HEADER: &str = r#"//! @T@ records and the request bodies that create and change them.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;"#;

const STATUS_IMPL_TAIL: &str = r#"impl Default for @T@Status {
    fn default() -> Self {
        @T@Status::@S0@
    }
}

impl std::fmt::Display for @T@Status {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}"#;

const RESPONSE: &str = r#"/// What the API returns for one @s@: the record without internal columns.
#[derive(Debug, Clone, Serialize)]
pub struct @T@Response {
    pub id: Uuid,
    pub status: @T@Status,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub links: @T@Links,
}

#[derive(Debug, Clone, Serialize)]
pub struct @T@Links {
    #[serde(rename = "self")]
    pub self_: String,
    pub workspace: String,
}

impl From<@T@> for @T@Response {
    fn from(row: @T@) -> Self {
        let links = @T@Links {
            self_: format!("/workspaces/{}/@u@/{}", row.workspace_id, row.id),
            workspace: format!("/workspaces/{}", row.workspace_id),
        };
        @T@Response {
            id: row.id,
            status: row.status,
            created_at: row.created_at,
            updated_at: row.updated_at,
            links,
        }
    }
}"#;

const SORT: &str = r#"/// Sort orders accepted by the list endpoint.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum @T@Sort {
    Newest,
    Oldest,
    RecentlyUpdated,
    ByStatus,
}

impl @T@Sort {
    /// The ORDER BY clause; never built from user input.
    pub fn order_by(self) -> &'static str {
        match self {
            @T@Sort::Newest => "created_at DESC",
            @T@Sort::Oldest => "created_at ASC",
            @T@Sort::RecentlyUpdated => "updated_at DESC",
            @T@Sort::ByStatus => "status ASC, created_at DESC",
        }
    }
}

impl Default for @T@Sort {
    fn default() -> Self {
        @T@Sort::Newest
    }
}"#;

const FILTER: &str = r#"/// Filters of the list endpoint, all optional.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct @T@Filter@n@ {
    pub status: Option<@T@Status>,
    pub created_after: Option<DateTime<Utc>>,
    pub created_before: Option<DateTime<Utc>>,
    pub search: Option<String>,
    #[serde(default)]
    pub include_archived: bool,
}

impl @T@Filter@n@ {
    pub fn is_empty(&self) -> bool {
        self.status.is_none()
            && self.created_after.is_none()
            && self.created_before.is_none()
            && self.search.as_deref().map_or(true, str::is_empty)
    }

    pub fn window(&self) -> Option<(DateTime<Utc>, DateTime<Utc>)> {
        match (self.created_after, self.created_before) {
            (Some(from), Some(to)) if from <= to => Some((from, to)),
            (Some(from), None) => Some((from, Utc::now())),
            _ => None,
        }
    }
}"#;

const CHILD: &str = r#"/// One @cw@ attached to a @s@.
#[derive(Debug, Clone, Serialize, Deserialize, sqlx::FromRow)]
pub struct @T@@C@ {
    pub id: Uuid,
    pub @s@_id: Uuid,
    pub workspace_id: Uuid,
    pub label: String,
    pub value: Option<String>,
    pub sort_order: i32,
    pub created_at: DateTime<Utc>,
}

impl @T@@C@ {
    pub fn display_label(&self) -> String {
        match &self.value {
            Some(v) if !v.is_empty() => format!("{}: {}", self.label, v),
            _ => self.label.clone(),
        }
    }
}"#;

const SUMMARY: &str = r#"/// Counts per status, for the dashboard.
#[derive(Debug, Clone, Default, Serialize)]
pub struct @T@Summary@n@ {
    pub total: i64,
    pub by_status: Vec<(@T@Status, i64)>,
    pub last_created_at: Option<DateTime<Utc>>,
}

impl @T@Summary@n@ {
    pub fn add(&mut self, status: @T@Status, count: i64) {
        self.total += count;
        match self.by_status.iter_mut().find(|(s, _)| *s == status) {
            Some((_, c)) => *c += count,
            None => self.by_status.push((status, count)),
        }
    }

    pub fn share(&self, status: @T@Status) -> f64 {
        if self.total == 0 {
            return 0.0;
        }
        let count = self
            .by_status
            .iter()
            .find(|(s, _)| *s == status)
            .map_or(0, |(_, c)| *c);
        count as f64 / self.total as f64
    }
}"#;

const TESTS: &str = r#"#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn status_round_trips() {
        for status in [@T@Status::@S0@, @T@Status::@S1@, @T@Status::@SL@] {
            let parsed: @T@Status = status.as_str().parse().expect("known status");
            assert_eq!(parsed, status);
        }
    }

    #[test]
    fn unknown_status_is_rejected() {
        assert!("definitely-not-a-status".parse::<@T@Status>().is_err());
    }
}"#;

const CHILDREN: &[&str] =
    &["Line", "Note", "Event", "Attachment", "Tag", "Revision", "Contact", "Address", "Limit", "Approval"];

fn status_enum(ent: &Entity) -> String {
    let t = &ent.ty;
    let mut s = String::new();
    s.push_str("#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, sqlx::Type)]\n");
    s.push_str("#[serde(rename_all = \"snake_case\")]\n");
    s.push_str(&format!("#[sqlx(type_name = \"{}_status\", rename_all = \"snake_case\")]\n", ent.s));
    s.push_str(&format!("pub enum {t}Status {{\n"));
    for v in &ent.statuses {
        s.push_str(&format!("    {v},\n"));
    }
    s.push_str("}\n\n");
    s.push_str(&format!("impl {t}Status {{\n"));
    s.push_str("    pub fn as_str(self) -> &'static str {\n        match self {\n");
    for v in &ent.statuses {
        s.push_str(&format!("            {t}Status::{v} => \"{}\",\n", snake(v)));
    }
    s.push_str("        }\n    }\n\n");
    let last = ent.statuses[ent.statuses.len() - 1];
    s.push_str("    pub fn is_terminal(self) -> bool {\n");
    s.push_str(&format!("        matches!(self, {t}Status::{last})\n    }}\n}}\n\n"));
    s.push_str(&format!("impl std::str::FromStr for {t}Status {{\n"));
    s.push_str("    type Err = String;\n\n");
    s.push_str("    fn from_str(s: &str) -> Result<Self, Self::Err> {\n        match s {\n");
    for v in &ent.statuses {
        s.push_str(&format!("            \"{}\" => Ok({t}Status::{v}),\n", snake(v)));
    }
    s.push_str(&format!("            other => Err(format!(\"unknown {} status: {{other}}\")),\n", words(&ent.s)));
    s.push_str("        }\n    }\n}");
    s
}

fn record(ent: &Entity) -> String {
    let mut s = format!(
        "/// A {} as stored in `{}`.\n#[derive(Debug, Clone, Serialize, Deserialize, sqlx::FromRow)]\npub struct {} {{\n",
        words(&ent.s),
        ent.p,
        ent.ty
    );
    s.push_str("    pub id: Uuid,\n    pub workspace_id: Uuid,\n");
    s.push_str(&format!("    pub status: {}Status,\n", ent.ty));
    for f in &ent.fields {
        s.push_str(&format!("    pub {}: {},\n", f.name, f.ty));
    }
    s.push_str("    pub created_at: DateTime<Utc>,\n    pub updated_at: DateTime<Utc>,\n}");
    s
}

fn create_body(ent: &Entity) -> String {
    let t = &ent.ty;
    let mut s = format!(
        "/// Body of `POST /workspaces/{{workspace_id}}/{}`.\n#[derive(Debug, Clone, Deserialize)]\n#[serde(deny_unknown_fields)]\npub struct Create{t} {{\n",
        ent.url
    );
    for f in &ent.fields {
        if f.is_option() {
            s.push_str("    #[serde(default)]\n");
        }
        s.push_str(&format!("    pub {}: {},\n", f.name, f.ty));
    }
    s.push_str("}\n\n");
    s.push_str(&format!("impl Create{t} {{\n"));
    s.push_str("    pub fn validate(&self) -> Result<(), String> {\n");
    for f in &ent.fields {
        if f.is_string() {
            s.push_str(&format!(
                "        if self.{0}.trim().is_empty() {{\n            return Err(\"{0} must not be empty\".to_string());\n        }}\n",
                f.name
            ));
            s.push_str(&format!(
                "        if self.{0}.len() > 255 {{\n            return Err(\"{0} is longer than 255 bytes\".to_string());\n        }}\n",
                f.name
            ));
        } else if f.is_int() {
            s.push_str(&format!(
                "        if self.{0} < 0 {{\n            return Err(format!(\"{0} must be positive, got {{}}\", self.{0}));\n        }}\n",
                f.name
            ));
        }
    }
    s.push_str("        Ok(())\n    }\n\n");
    s.push_str(&format!(
        "    /// A copy of an existing {} as a new request body.\n    pub fn from_existing(row: &{t}) -> Self {{\n        Create{t} {{\n",
        words(&ent.s)
    ));
    for f in &ent.fields {
        s.push_str(&format!("            {0}: row.{0}.clone(),\n", f.name));
    }
    s.push_str("        }\n    }\n}");
    s
}

fn update_body(ent: &Entity) -> String {
    let t = &ent.ty;
    let mut s = format!(
        "/// Body of `PATCH /workspaces/{{workspace_id}}/{}/{{id}}`: absent fields are left unchanged.\n#[derive(Debug, Clone, Default, Deserialize)]\npub struct Update{t} {{\n",
        ent.url
    );
    s.push_str(&format!("    pub status: Option<{t}Status>,\n"));
    for f in &ent.fields {
        s.push_str(&format!("    pub {}: {},\n", f.name, f.optional_ty()));
    }
    s.push_str("}\n\n");
    s.push_str(&format!("impl Update{t} {{\n    pub fn is_noop(&self) -> bool {{\n"));
    s.push_str("        self.status.is_none()");
    for f in &ent.fields {
        s.push_str(&format!("\n            && self.{}.is_none()", f.name));
    }
    s.push_str("\n    }\n}");
    s
}

/// A models file of about `target` lines.
pub fn render(ent: &Entity, rng: &mut Rng, target: usize) -> String {
    let mut c = Composer::default();
    c.push(fill_ent(HEADER, ent, &[]));
    c.push(record(ent));
    c.push(status_enum(ent));
    c.push(fill_ent(STATUS_IMPL_TAIL, ent, &[]));
    c.push(create_body(ent));
    c.push(update_body(ent));
    let mut children: Vec<&str> = CHILDREN.to_vec();
    let mut n = 0usize;
    let mut fixed = vec![RESPONSE, SORT];
    while c.lines() < target {
        if let Some(t) = fixed.pop() {
            c.push(fill_ent(t, ent, &[]));
            continue;
        }
        n += 1;
        let suffix = if n == 1 { String::new() } else { n.to_string() };
        match rng.below(4) {
            0 => c.push(fill_ent(FILTER, ent, &[("n", &suffix)])),
            1 => c.push(fill_ent(SUMMARY, ent, &[("n", &suffix)])),
            _ if !children.is_empty() => {
                let child = children.remove(rng.below(children.len()));
                let cw = snake(child).replace('_', " ");
                c.push(fill_ent(CHILD, ent, &[("C", child), ("cw", &cw)]));
            }
            _ => c.push(fill_ent(FILTER, ent, &[("n", &suffix)])),
        }
    }
    if rng.chance(1, 2) {
        c.push(fill_ent(TESTS, ent, &[]));
    }
    c.finish()
}
