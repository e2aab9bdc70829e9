use launchlint_core::declare_lint;
use launchlint_core::facts::cookies::{
    CookieFact, CookieName, Flag, SameSite, SessionFramework, SessionSetting, SessionSettingKind, Sink,
};
use launchlint_core::facts::names::{
    is_credential_cookie_name, is_credential_value_name, is_non_credential_cookie_name, words,
};
use launchlint_core::facts::Condition;
use launchlint_core::model::Located;
use launchlint_core::{Confidence, Finding, Label, Lint, LintContext, LintMeta};

declare_lint! {
    pub INSECURE_COOKIE, InsecureCookie,
    name: "insecure_cookie",
    group: Recommended,
    summary: "session or auth cookies without Secure or HttpOnly, and session middleware that turns them off",
    cwe: ["CWE-614", "CWE-1004", "CWE-1275"],
    owasp: ["API8:2023 Security Misconfiguration"],
    doc: include_str!("../../docs/insecure_cookie.md"),
}

/// Whether the cookie carries a credential, and how sure that is.
fn credential(c: &CookieFact) -> Option<Confidence> {
    let by_value = c.value_name.as_deref().is_some_and(is_credential_value_name);
    let name = match &c.name {
        CookieName::Literal(n) | CookieName::Named(n) => Some(n.as_str()),
        CookieName::Unknown => None,
    };
    match name {
        Some(n) if is_non_credential_cookie_name(n) => None,
        Some(n) if is_credential_cookie_name(n) => Some(Confidence::High),
        _ if by_value => Some(Confidence::Medium),
        _ => None,
    }
}

fn conditions_note(cx: &LintContext<'_>, conds: &[Condition]) -> Option<String> {
    (!conds.is_empty()).then(|| {
        let when: Vec<String> = conds.iter().map(|c| c.text(cx.db)).collect();
        format!("only when {}", when.join(" and "))
    })
}

fn judge_cookie(cx: &LintContext<'_>, c: &Located<CookieFact>) -> Option<Finding> {
    let f = &c.fact;
    if f.removal || f.value_empty {
        return None;
    }
    let confidence = credential(f)?;
    let shown = match &f.name {
        CookieName::Literal(n) => format!("`{n}`"),
        CookieName::Named(n) => format!("`{n}`"),
        CookieName::Unknown => format!("carrying `{}`", f.value_name.as_deref().unwrap_or("a token")),
    };
    let prefixed = matches!(&f.name, CookieName::Literal(n) if n.starts_with("__Host-") || n.starts_with("__Secure-"));
    // The cookie crate adds `Secure` to `SameSite=None` cookies unless `secure(false)` is explicit.
    let auto_secure = matches!(f.same_site, SameSite::None(_)) && f.secure == Flag::Unset;
    let mut missing: Vec<&str> = Vec::new();
    let mut notes: Vec<String> = Vec::new();
    let mut secondary: Vec<Label> = Vec::new();
    match f.secure {
        Flag::Unset if !auto_secure && !prefixed => {
            missing.push("`Secure`");
            notes
                .push("without `Secure` the browser also sends it over plain HTTP, where it can be intercepted".into());
        }
        Flag::Set(false, at) => {
            missing.push("`Secure`");
            secondary.push(Label::new(at, "`Secure` is turned off here"));
            if matches!(f.same_site, SameSite::None(_)) {
                notes.push("`SameSite=None` without `Secure` is rejected by current browsers and sent cross-site by older ones".into());
            }
        }
        _ => {}
    }
    match f.http_only {
        Flag::Unset => {
            missing.push("`HttpOnly`");
            notes.push("without `HttpOnly` any script on the page (an XSS payload) can read it".into());
        }
        Flag::Set(false, at) => {
            missing.push("`HttpOnly`");
            secondary.push(Label::new(at, "`HttpOnly` is turned off here"));
        }
        _ => {}
    }
    if missing.is_empty() {
        return None;
    }
    if f.same_site == SameSite::Unset {
        notes.push(
            "`SameSite` is not set either: browsers that do not default to `Lax` send it on cross-site requests".into(),
        );
    }
    for (flag, what) in [(f.secure, "`Secure`"), (f.http_only, "`HttpOnly`")] {
        if let Flag::Dynamic(at) = flag {
            secondary.push(Label::new(at, format!("{what} depends on configuration here")));
        }
    }
    let snippet = cx.db.get(f.ctor.file).snippet(&f.ctor);
    let help = if snippet.starts_with("Cookie::new") || snippet.contains("::Cookie::new") {
        "call `cookie.set_secure(true)` and `cookie.set_http_only(true)`, and `cookie.set_same_site(SameSite::Lax)`"
    } else {
        "add `.secure(true).http_only(true).same_site(SameSite::Lax)` to the builder"
    };
    let kind = match &f.name {
        CookieName::Literal(n) | CookieName::Named(n)
            if words(n).iter().any(|w| w.starts_with("sess") || w.ends_with("sid")) =>
        {
            "session cookie"
        }
        _ => "auth cookie",
    };
    let mut finding = Finding::new(
        INSECURE_COOKIE.name,
        format!("{kind} {shown} is set without {}", missing.join(" and ")),
        Label::new(f.ctor, format!("{kind} built here")),
    )
    .help(help)
    .item_path(c.item_path.clone())
    .confidence(confidence);
    if let Sink::Set(at) = f.sink {
        let db = cx.db.get(at.file);
        if db.line_index(at.start as usize) != db.line_index(f.ctor.start as usize) {
            finding = finding.secondary(Label::new(at, "set on the response here"));
        }
    }
    for l in secondary {
        finding = finding.secondary(l);
    }
    if confidence == Confidence::Medium {
        notes.push(format!(
            "judged a session cookie because its value is `{}`",
            f.value_name.as_deref().unwrap_or_default()
        ));
    }
    for n in notes {
        finding = finding.note(n);
    }
    if let Some(n) = conditions_note(cx, &f.conditions) {
        finding = finding.note(n);
    }
    Some(finding)
}

fn judge_session(cx: &LintContext<'_>, s: &Located<SessionSetting>) -> Finding {
    let f = &s.fact;
    let crate_name = match f.framework {
        SessionFramework::ActixSession => "actix-session",
        SessionFramework::TowerSessions => "tower-sessions",
        SessionFramework::ActixIdentity => "actix-identity",
    };
    let (message, label, note, help) = match f.kind {
        SessionSettingKind::SecureOff => (
            format!("session cookie is sent over plain HTTP (`{}`)", f.text),
            "turns off `Secure` on the session cookie",
            if f.conditions.is_empty() {
                format!("{crate_name} marks its cookie `Secure` by default; this turns it off for every deployment")
            } else {
                format!("{crate_name} marks its cookie `Secure` by default; this turns it off")
            },
            "remove the call (the default is secure); for local HTTP development, derive it from a setting that is false only in development",
        ),
        SessionSettingKind::HttpOnlyOff => (
            format!("session cookie is readable by JavaScript (`{}`)", f.text),
            "turns off `HttpOnly` on the session cookie",
            "any script on the page (an XSS payload) can read and exfiltrate the session".to_string(),
            "remove the call (the default is `HttpOnly`)",
        ),
        SessionSettingKind::SameSiteNone => (
            format!("session cookie is sent on cross-site requests (`{}`)", f.text),
            "sets `SameSite=None` on the session cookie",
            "every cross-site request carries the session, so each state-changing route needs CSRF protection".to_string(),
            "use `SameSite::Lax` (or `Strict`) unless the app is embedded cross-site on purpose",
        ),
    };
    let mut finding = Finding::new(INSECURE_COOKIE.name, message, Label::new(f.span, label))
        .note(note)
        .help(help)
        .item_path(s.item_path.clone())
        .confidence(if f.conditions.is_empty() { Confidence::High } else { Confidence::Medium });
    if let Some(n) = conditions_note(cx, &f.conditions) {
        finding = finding.note(n);
    }
    finding
}

impl Lint for InsecureCookie {
    fn meta(&self) -> &'static LintMeta {
        &INSECURE_COOKIE
    }

    fn check(&self, cx: &LintContext<'_>, out: &mut Vec<Finding>) {
        for c in &cx.model.cookies {
            out.extend(judge_cookie(cx, c));
        }
        for s in &cx.model.session_settings {
            out.push(judge_session(cx, s));
        }
    }
}
