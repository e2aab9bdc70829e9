use launchlint_core::declare_lint;
use launchlint_core::facts::jwt::JwtKind;
use launchlint_core::{Confidence, Finding, Label, Lint, LintContext, LintMeta};

declare_lint! {
    pub JWT_VALIDATION_DISABLED, JwtValidationDisabled,
    name: "jwt_validation_disabled",
    group: Critical,
    summary: "JWT decoding with signature or expiry validation turned off",
    cwe: ["CWE-347"],
    owasp: ["API2:2023 Broken Authentication"],
    doc: include_str!("../../docs/jwt_validation_disabled.md"),
}

impl Lint for JwtValidationDisabled {
    fn meta(&self) -> &'static LintMeta {
        &JWT_VALIDATION_DISABLED
    }

    fn check(&self, cx: &LintContext<'_>, out: &mut Vec<Finding>) {
        for j in &cx.model.jwt {
            let fact = &j.fact;
            let (message, label, help, confidence) = match fact.kind {
                JwtKind::SignatureDisabled => (
                    "JWT signature validation is disabled".to_string(),
                    "tokens are accepted without checking their signature",
                    "remove the call; decode with `DecodingKey` and a `Validation` for the expected algorithm",
                    Confidence::High,
                ),
                JwtKind::ExpiryDisabled => (
                    "JWT expiry validation is disabled".to_string(),
                    "expired tokens are accepted forever",
                    "keep `validate_exp = true` (the default) and issue short-lived tokens; use `leeway` for clock skew",
                    Confidence::High,
                ),
                JwtKind::RequiredClaimsEmptied => (
                    "JWT required claims are emptied".to_string(),
                    "tokens without an `exp` claim are accepted and never expire",
                    "keep `exp` required: `validation.set_required_spec_claims(&[\"exp\"])` (the default)",
                    Confidence::High,
                ),
                JwtKind::UnverifiedDecode => (
                    "JWT is decoded without verifying its signature".to_string(),
                    "anyone can forge these claims",
                    "use `jsonwebtoken::decode` with the issuer's key; read only the header with `decode_header` if you need the `kid` first",
                    Confidence::High,
                ),
                JwtKind::NoneAlgorithm => (
                    "JWT with the `none` algorithm is accepted".to_string(),
                    "unsigned tokens pass here",
                    "reject tokens whose algorithm is `none`; verify every token with a key",
                    Confidence::High,
                ),
                JwtKind::HugeLeeway => (
                    format!("JWT expiry leeway is so large that expiry is not enforced (`{}`)", fact.text),
                    "tokens stay valid long after they expire",
                    "keep the leeway to clock skew: seconds to a few minutes (the default is 60)",
                    Confidence::Medium,
                ),
            };
            let mut f = Finding::new(JWT_VALIDATION_DISABLED.name, message, Label::new(fact.span, label))
                .help(help)
                .item_path(j.item_path.clone())
                .confidence(confidence);
            if !fact.conditions.is_empty() {
                let when: Vec<String> = fact.conditions.iter().map(|c| c.text(cx.db)).collect();
                f = f.note(format!("only when {}", when.join(" and ")));
            }
            out.push(f);
        }
    }
}
