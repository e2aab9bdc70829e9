//! The generator's building blocks: `@key@` templates, the per-file composer, and the entities
//! (a resource like `Invoice`, with its fields) that every kind of file is written about.

use super::rng::Rng;

/// Replaces every `@key@` in `tpl` by its value in `vars`. Generated Rust never contains `@`
/// (the generator does not emit `x @ pat` bindings), so a leftover `@` means a missing key; the
/// tests check for that.
pub fn fill(tpl: &str, vars: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(tpl.len() + tpl.len() / 4);
    let mut rest = tpl;
    while let Some(at) = rest.find('@') {
        out.push_str(&rest[..at]);
        let after = &rest[at + 1..];
        match after.find('@') {
            Some(end) => {
                let key = &after[..end];
                match vars.iter().find(|(k, _)| *k == key) {
                    Some((_, v)) => {
                        out.push_str(v);
                        rest = &after[end + 1..];
                    }
                    None => {
                        out.push('@');
                        rest = after;
                    }
                }
            }
            None => {
                out.push('@');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Collects a file's items (each a block of lines) and counts lines as it goes; items are
/// separated by one blank line.
#[derive(Debug, Default)]
pub struct Composer {
    parts: Vec<String>,
    lines: usize,
}

impl Composer {
    pub fn push(&mut self, item: String) {
        let item = item.trim_matches('\n').to_string();
        self.lines += item.lines().count() + usize::from(!self.parts.is_empty());
        self.parts.push(item);
    }

    pub fn lines(&self) -> usize {
        self.lines
    }

    pub fn finish(self) -> String {
        let mut s = self.parts.join("\n\n");
        s.push('\n');
        s
    }
}

/// One column of an entity.
#[derive(Debug, Clone, Copy)]
pub struct Field {
    pub name: &'static str,
    pub ty: &'static str,
}

impl Field {
    pub fn is_string(&self) -> bool {
        self.ty == "String"
    }
    pub fn is_int(&self) -> bool {
        matches!(self.ty, "i16" | "i32" | "i64")
    }
    pub fn is_option(&self) -> bool {
        self.ty.starts_with("Option<")
    }
    /// The type as an optional value (for patch bodies).
    pub fn optional_ty(&self) -> String {
        if self.is_option() {
            self.ty.to_string()
        } else {
            format!("Option<{}>", self.ty)
        }
    }
}

const FIELD_POOL: &[Field] = &[
    Field { name: "name", ty: "String" },
    Field { name: "description", ty: "Option<String>" },
    Field { name: "amount_cents", ty: "i64" },
    Field { name: "currency", ty: "String" },
    Field { name: "email", ty: "String" },
    Field { name: "quantity", ty: "i32" },
    Field { name: "is_archived", ty: "bool" },
    Field { name: "due_at", ty: "Option<DateTime<Utc>>" },
    Field { name: "external_ref", ty: "Option<String>" },
    Field { name: "priority", ty: "i16" },
    Field { name: "metadata", ty: "serde_json::Value" },
    Field { name: "created_by", ty: "Uuid" },
    Field { name: "title", ty: "String" },
    Field { name: "position", ty: "i32" },
    Field { name: "url", ty: "Option<String>" },
    Field { name: "notes", ty: "Option<String>" },
    Field { name: "retry_count", ty: "i32" },
    Field { name: "slug", ty: "String" },
];

/// Resource names: (plural, singular, type).
pub const ENTITIES: &[(&str, &str, &str)] = &[
    ("invoices", "invoice", "Invoice"),
    ("customers", "customer", "Customer"),
    ("orders", "order", "Order"),
    ("projects", "project", "Project"),
    ("members", "member", "Member"),
    ("api_keys", "api_key", "ApiKey"),
    ("audit_events", "audit_event", "AuditEvent"),
    ("subscriptions", "subscription", "Subscription"),
    ("webhooks", "webhook", "Webhook"),
    ("teams", "team", "Team"),
    ("documents", "document", "Document"),
    ("comments", "comment", "Comment"),
    ("tags", "tag", "Tag"),
    ("payments", "payment", "Payment"),
    ("sessions", "session", "Session"),
    ("reports", "report", "Report"),
    ("exports", "export", "Export"),
    ("notifications", "notification", "Notification"),
    ("tickets", "ticket", "Ticket"),
    ("products", "product", "Product"),
    ("warehouses", "warehouse", "Warehouse"),
    ("shipments", "shipment", "Shipment"),
    ("refunds", "refund", "Refund"),
    ("coupons", "coupon", "Coupon"),
    ("invitations", "invitation", "Invitation"),
    ("roles", "role", "Role"),
    ("dashboards", "dashboard", "Dashboard"),
    ("alerts", "alert", "Alert"),
    ("integrations", "integration", "Integration"),
    ("folders", "folder", "Folder"),
    ("tasks", "task", "Task"),
    ("milestones", "milestone", "Milestone"),
    ("contacts", "contact", "Contact"),
    ("deals", "deal", "Deal"),
    ("campaigns", "campaign", "Campaign"),
    ("segments", "segment", "Segment"),
    ("schedules", "schedule", "Schedule"),
    ("devices", "device", "Device"),
];

const STATUS_SETS: &[&[&str]] = &[
    &["Draft", "Open", "Paid", "Void"],
    &["Pending", "Active", "Suspended", "Archived"],
    &["Queued", "Running", "Succeeded", "Failed", "Cancelled"],
    &["New", "InProgress", "Blocked", "Done"],
    &["Invited", "Active", "Disabled"],
    &["Scheduled", "Sent", "Bounced", "Archived"],
];

/// A resource: names and columns, fixed per crate so that the routes, queries, models and
/// services written about it agree with each other.
#[derive(Debug, Clone)]
pub struct Entity {
    pub ty: String,
    pub s: String,
    pub p: String,
    pub module: String,
    pub url: String,
    pub fields: Vec<Field>,
    pub statuses: Vec<&'static str>,
}

impl Entity {
    /// The `n`th entity of a crate whose shuffled name order is `order`.
    pub fn new(order: &[usize], n: usize, rng: &mut Rng) -> Entity {
        let (p, s, ty) = ENTITIES[order[n % order.len()]];
        let round = n / order.len();
        let (p, s, ty) = if round == 0 {
            (p.to_string(), s.to_string(), ty.to_string())
        } else {
            let k = round + 1;
            (format!("{p}_{k}"), format!("{s}_{k}"), format!("{ty}{k}"))
        };
        let mut pool: Vec<Field> = FIELD_POOL.to_vec();
        let mut fields = Vec::new();
        // Most resources are named; the rest pick freely.
        if rng.chance(2, 3) {
            fields.push(pool.remove(0));
        }
        let extra = rng.range(3, 6);
        for _ in 0..extra {
            let i = rng.below(pool.len());
            fields.push(pool.remove(i));
        }
        let statuses = rng.pick(STATUS_SETS).to_vec();
        Entity { url: p.replace('_', "-"), module: p.clone(), ty, s, p, fields, statuses }
    }

    /// `id, workspace_id, status, <fields>, created_at, updated_at`.
    pub fn columns(&self) -> String {
        let mut c = vec!["id", "workspace_id", "status"];
        c.extend(self.fields.iter().map(|f| f.name));
        c.extend(["created_at", "updated_at"]);
        c.join(", ")
    }

    pub fn first_string(&self) -> Option<&Field> {
        self.fields.iter().find(|f| f.is_string())
    }

    /// The variables every template may use.
    pub fn vars(&self) -> Vec<(&'static str, String)> {
        vec![
            ("T", self.ty.clone()),
            ("s", self.s.clone()),
            ("p", self.p.clone()),
            ("m", self.module.clone()),
            ("u", self.url.clone()),
            ("tbl", self.p.clone()),
            ("cols", self.columns()),
            ("S0", self.statuses[0].to_string()),
            ("S1", self.statuses[1].to_string()),
            ("SL", self.statuses[self.statuses.len() - 1].to_string()),
            ("sf", self.first_string().map_or("id", |f| f.name).to_string()),
        ]
    }
}

/// Fills a template with an entity's variables plus `extra` ones.
pub fn fill_ent(tpl: &str, ent: &Entity, extra: &[(&str, &str)]) -> String {
    let owned = ent.vars();
    let mut vars: Vec<(&str, &str)> = owned.iter().map(|(k, v)| (*k, v.as_str())).collect();
    vars.extend_from_slice(extra);
    fill(tpl, &vars)
}

/// `snake_case` → `"Snake case"` for messages.
pub fn words(s: &str) -> String {
    s.replace('_', " ")
}

/// `InProgress` → `in_progress`.
pub fn snake(ident: &str) -> String {
    let mut out = String::new();
    for (i, c) in ident.chars().enumerate() {
        if c.is_ascii_uppercase() {
            if i > 0 {
                out.push('_');
            }
            out.push(c.to_ascii_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

/// A small FNV-1a hash, to derive stable seeds from names.
pub fn fnv(s: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in s.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fill_replaces_known_keys_and_keeps_the_rest() {
        assert_eq!(fill("fn @a@() -> @b@ { x @ 1 }", &[("a", "f"), ("b", "u8")]), "fn f() -> u8 { x @ 1 }");
        assert_eq!(fill("@missing@", &[]), "@missing@");
    }

    #[test]
    fn composer_counts_lines() {
        let mut c = Composer::default();
        c.push("a\nb\n".into());
        c.push("c".into());
        assert_eq!(c.lines(), 4);
        let s = c.finish();
        assert_eq!(s, "a\nb\n\nc\n");
        assert_eq!(s.lines().count(), 4);
    }

    #[test]
    fn snake_case_of_variants() {
        assert_eq!(snake("InProgress"), "in_progress");
        assert_eq!(snake("Void"), "void");
    }
}
