use launchlint_core::declare_lint;
use launchlint_core::facts::body_limit::{BodyLimitKind, IntExpr};
use launchlint_core::model::body::ONE_GIB;
use launchlint_core::model::ResolvedBodyLimit;
use launchlint_core::{Confidence, Finding, Label, Lint, LintContext, LintMeta};

declare_lint! {
    pub UNBOUNDED_BODY, UnboundedBody,
    name: "unbounded_body",
    group: Recommended,
    summary: "request body limits disabled or set above 1 GiB (axum, tower-http, actix extractor configs)",
    cwe: ["CWE-770"],
    owasp: ["API4:2023 Unrestricted Resource Consumption"],
    doc: include_str!("../../docs/unbounded_body.md"),
}

/// `16 GiB`, `1.5 GiB`.
fn human(bytes: u128) -> String {
    let gib = bytes as f64 / ONE_GIB as f64;
    if gib >= 1024.0 * 1024.0 {
        format!("{:.0} PiB", gib / (1024.0 * 1024.0))
    } else if gib >= 1024.0 {
        format!("{:.0} TiB", gib / 1024.0)
    } else if (gib - gib.round()).abs() < 0.05 {
        format!("{gib:.0} GiB")
    } else {
        format!("{gib:.1} GiB")
    }
}

fn what(kind: BodyLimitKind) -> &'static str {
    match kind {
        BodyLimitKind::ActixJson => "JSON body limit",
        BodyLimitKind::ActixForm => "form body limit",
        BodyLimitKind::ActixPayload => "payload limit",
        _ => "request body limit",
    }
}

fn judge(l: &ResolvedBodyLimit) -> Option<Finding> {
    let f = &l.fact;
    let mut finding = if f.kind == BodyLimitKind::AxumDisable {
        if l.covered_by.is_some() {
            return None;
        }
        Finding::new(
            UNBOUNDED_BODY.name,
            "request body size limit is disabled",
            Label::new(f.span, "removes axum's default 2 MB limit"),
        )
        .help("set a bound sized for the route: `DefaultBodyLimit::max(25 * 1024 * 1024)`, or keep `disable()` and add `RequestBodyLimitLayer::new(n)` over the same routes")
    } else {
        let bytes = l.bytes?;
        if bytes <= ONE_GIB {
            return None;
        }
        let is_max = matches!(f.limit, Some(IntExpr::Max(_)));
        let (message, label) = if is_max {
            (format!("{} is the integer maximum, which is no limit", what(f.kind)), "no practical bound".to_string())
        } else {
            let h = human(bytes);
            (format!("{} of {h} is effectively unbounded", what(f.kind)), format!("allows bodies up to {h}"))
        };
        let help = match f.kind {
            BodyLimitKind::ActixJson | BodyLimitKind::ActixForm | BodyLimitKind::ActixPayload => {
                "size the limit for the largest legitimate body (for example `.limit(10 * 1024 * 1024)`); stream large uploads with `web::Payload` and cap the read loop"
            }
            _ => "size the limit for the largest legitimate body (for example 25 MB); stream larger uploads to storage instead of buffering them",
        };
        Finding::new(UNBOUNDED_BODY.name, message, Label::new(f.arg.unwrap_or(f.span), label)).help(help)
    };
    finding = finding
        .note("a client can send an arbitrarily large body and exhaust the server's memory")
        .item_path(l.item_path.clone())
        .confidence(Confidence::High);
    Some(finding)
}

impl Lint for UnboundedBody {
    fn meta(&self) -> &'static LintMeta {
        &UNBOUNDED_BODY
    }

    fn check(&self, cx: &LintContext<'_>, out: &mut Vec<Finding>) {
        for l in &cx.model.body_limits {
            if let Some(mut f) = judge(l) {
                if !l.fact.conditions.is_empty() {
                    let when: Vec<String> = l.fact.conditions.iter().map(|c| c.text(cx.db)).collect();
                    f = f.note(format!("only when {}", when.join(" and ")));
                }
                out.push(f);
            }
        }
    }
}
