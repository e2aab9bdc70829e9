//! Throttling (SPEC §7 `missing_rate_limit`, FRAMEWORKS §8): which routes attackers hammer
//! (sign-in, sign-up, password reset, token issuance, invites, content creation) and which
//! layers throttle them (tower_governor, actix-governor, tower `RateLimitLayer`, a `governor`
//! limiter inside a middleware fn, configured layers). `ConcurrencyLimitLayer` sheds load but
//! does not throttle a client.

use super::auth::AuthJudge;
use super::routes::{AppliedLayer, Handler, Route};
use crate::facts::layers::{LayerFact, LayerKind};
use crate::source::{FileId, Span};

/// A throttling layer covering a route.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Throttle {
    /// `GovernorLayer`, `Governor`, `RateLimitLayer`, the middleware fn's name...
    pub name: String,
    pub span: Span,
    /// One bucket for every client (tower `RateLimit`), not per client.
    pub global: bool,
}

const THROTTLING_TYPES: &[&str] = &["GovernorLayer", "Governor", "RateLimitLayer", "RateLimit", "RateLimiterLayer"];

fn words(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_ascii_alphanumeric()).filter(|w| !w.is_empty()).map(|w| w.to_ascii_lowercase()).collect()
}

impl AuthJudge<'_> {
    fn configured_throttle(&self, file: FileId, name: &str) -> bool {
        self.config
            .workspace
            .rate_limit_layers
            .iter()
            .flatten()
            .chain(
                self.db
                    .get(file)
                    .package
                    .and_then(|p| self.config.packages.get(&p))
                    .and_then(|s| s.rate_limit_layers.as_ref())
                    .into_iter()
                    .flatten(),
            )
            .any(|c| c.rsplit("::").next().unwrap_or(c) == name)
    }

    fn layer_throttles(&self, file: FileId, module: &[String], l: &LayerFact, depth: usize) -> Option<(String, bool)> {
        if depth > 4 {
            return None;
        }
        match &l.kind {
            LayerKind::Named { path, .. } => {
                let ty = path
                    .iter()
                    .rev()
                    .find(|s| s.chars().next().is_some_and(char::is_uppercase))
                    .cloned()
                    .unwrap_or_default();
                if self.configured_throttle(file, &ty) {
                    return Some((ty, false));
                }
                THROTTLING_TYPES.contains(&ty.as_str()).then(|| {
                    let global = ty == "RateLimitLayer" || ty == "RateLimit";
                    (if global { format!("global {ty}") } else { ty }, global)
                })
            }
            LayerKind::FromFn { func } => {
                let name = func.last().cloned().unwrap_or_default();
                if self.configured_throttle(file, &name) {
                    return Some((name, false));
                }
                let r = self.index.fn_ref(self.model, file, module, None, func)?;
                self.model.facts[&r.file].fns[r.idx].body.throttles.then_some((name, false))
            }
            LayerKind::Stack(v) => v.iter().find_map(|x| self.layer_throttles(file, module, x, depth + 1)),
            LayerKind::Optional(inner) => self.layer_throttles(file, module, inner, depth + 1),
            LayerKind::Call { path } => {
                let name = path.last().cloned().unwrap_or_default();
                if self.configured_throttle(file, &name) {
                    return Some((name, false));
                }
                let (ffile, f, fm) = self.fn_fact(file, module, path)?;
                match &f.returns_layer {
                    Some(inner) => self.layer_throttles(ffile, &fm, inner, depth + 1),
                    None => f
                        .ret
                        .as_ref()
                        .filter(|t| THROTTLING_TYPES.contains(&t.name()))
                        .map(|t| (t.name().to_string(), false)),
                }
            }
            _ => None,
        }
    }

    /// The throttling layer that covers a route, if any.
    pub fn throttle(&self, r: &Route) -> Option<Throttle> {
        r.layers.iter().find_map(|l: &AppliedLayer| {
            self.layer_throttles(l.file, &l.module, &l.fact, 0).map(|(name, global)| Throttle {
                name,
                span: l.fact.span,
                global,
            })
        })
    }

    /// The `[rate_limit] sensitive_paths` glob a route matches, if any.
    pub fn configured_sensitive(&self, r: &Route) -> Option<String> {
        let path = r.path.as_deref()?;
        let pkg = self.db.get(r.registration.file).package;
        self.config
            .workspace
            .sensitive_paths
            .iter()
            .flatten()
            .chain(
                pkg.and_then(|p| self.config.packages.get(&p))
                    .and_then(|s| s.sensitive_paths.as_ref())
                    .into_iter()
                    .flatten(),
            )
            .find(|g| g.matches(path))
            .map(|g| g.as_str().to_string())
    }

    /// Why a route needs throttling (`sign-in`, `invite creation`...), if it does.
    pub fn sensitive(&self, r: &Route) -> Option<String> {
        let path = r.path.as_deref()?;
        if self.configured_sensitive(r).is_some() {
            return Some("sensitive".into());
        }
        let writes = matches!(r.method.as_str(), "POST" | "PUT" | "PATCH");
        if !writes {
            return None;
        }
        let segs: Vec<String> = path
            .split('/')
            .filter(|s| !s.is_empty() && !s.starts_with('{'))
            .map(|s| s.to_ascii_lowercase().replace('_', "-"))
            .collect();
        let last = segs.last().map(String::as_str).unwrap_or("");
        let handler = match &r.handler {
            Handler::Fn { item, .. } => self.model.facts[&item.file].fns[item.idx].name.clone(),
            _ => String::new(),
        };
        let hw = words(&handler);
        let has = |w: &str| hw.iter().any(|x| x == w);
        // Handler names count when they name the act itself (`login`, `sign_in`, `register`,
        // `register_user`), not a resource being registered (`register_vehicle`).
        let named = |acts: &[&[&str]]| {
            acts.iter().any(|a| {
                let same = |n: usize| hw.len() >= n && hw.iter().zip(a.iter()).take(n).all(|(x, y)| x == y);
                (hw.len() == a.len() && same(a.len()))
                    || (hw.len() == a.len() + 1
                        && same(a.len())
                        && matches!(hw.last().map(String::as_str), Some("user" | "account" | "handler" | "route")))
            })
        };
        // `POST /sessions` creates a session (signs in) only at the top of an API, not under a
        // resource (`/registrations/{id}/sessions`).
        let top_level = !path.split('/').any(|s| s.starts_with('{')) && segs.len() <= 3;
        if matches!(last, "login" | "signin" | "sign-in")
            || (matches!(last, "session" | "sessions") && top_level)
            || named(&[
                &["login"],
                &["log", "in"],
                &["sign", "in"],
                &["signin"],
                &["authenticate"],
                &["create", "session"],
            ])
        {
            return Some("sign-in".into());
        }
        if matches!(last, "signup" | "sign-up" | "register" | "registration" | "registrations")
            || super::auth::names_sign_up(&handler)
        {
            return Some("sign-up".into());
        }
        let password = segs.iter().any(|s| s.contains("password")) || has("password");
        if password
            && (matches!(last, "reset" | "forgot" | "recover" | "recovery")
                || segs.iter().any(|s| s.contains("reset") || s.contains("forgot"))
                || has("reset")
                || has("forgot"))
        {
            return Some("password reset".into());
        }
        if matches!(last, "token" | "tokens") || (has("token") && (has("issue") || has("refresh") || has("exchange"))) {
            return Some("token issuance".into());
        }
        if matches!(last, "invites" | "invitations" | "invite" | "accept")
            && (segs.iter().any(|s| s.starts_with("invit")) || has("invite"))
        {
            return Some(if last == "accept" { "invite acceptance".into() } else { "invite creation".into() });
        }
        if r.method == "POST" {
            let what = match last {
                "posts" => "post",
                "comments" => "comment",
                "messages" => "message",
                "replies" => "reply",
                "reviews" => "review",
                _ => return None,
            };
            return Some(format!("{what} creation"));
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::words;

    #[test]
    fn handler_words() {
        assert_eq!(words("sign_in_with_password"), vec!["sign", "in", "with", "password"]);
    }
}
