//! Argument and item validation behind the `public` and `allow` attributes.

use crate::KNOWN_LINTS;
use proc_macro2::{Span, TokenStream as TokenStream2};
use quote::{quote, ToTokens};
use syn::parse::Parser;
use syn::punctuated::Punctuated;
use syn::{Expr, Ident, LitStr, Meta, MetaNameValue, Token};

/// Largest edit distance at which an unknown lint name gets a suggestion.
const MAX_SUGGESTION_DISTANCE: usize = 3;

/// The only key either attribute accepts.
const REASON_KEY: &str = "reason";

/// Validates `#[launchlint::public(attr)] item` and returns `item` unchanged,
/// preceded by `compile_error!`s for any mistakes.
pub(crate) fn expand_public(attr: TokenStream2, item: TokenStream2) -> TokenStream2 {
    let mut errors = Errors::default();
    errors.extend(check_public_args(&attr));
    errors.extend(check_public_item(&item));
    finish(errors, item)
}

/// Validates `#[launchlint::allow(attr)] item` and returns `item` unchanged,
/// preceded by `compile_error!`s for any mistakes.
pub(crate) fn expand_allow(attr: TokenStream2, item: TokenStream2) -> TokenStream2 {
    let mut errors = Errors::default();
    errors.extend(check_allow_args(&attr));
    errors.extend(check_allow_item(&item));
    finish(errors, item)
}

/// Emits the collected errors (if any) followed by the untouched item, so a
/// mistake in the attribute does not cascade into "cannot find function"
/// errors elsewhere.
fn finish(errors: Errors, item: TokenStream2) -> TokenStream2 {
    let errors = errors.0.map(|e| e.to_compile_error());
    quote!(#errors #item)
}

/// Accumulates `syn::Error`s so several mistakes are reported in one go.
#[derive(Default)]
struct Errors(Option<syn::Error>);

impl Errors {
    fn push(&mut self, error: syn::Error) {
        match &mut self.0 {
            Some(existing) => existing.combine(error),
            None => self.0 = Some(error),
        }
    }

    fn extend(&mut self, result: syn::Result<()>) {
        if let Err(error) = result {
            self.push(error);
        }
    }

    fn is_empty(&self) -> bool {
        self.0.is_none()
    }

    fn into_result(self) -> syn::Result<()> {
        match self.0 {
            Some(error) => Err(error),
            None => Ok(()),
        }
    }
}

/// Parses `a, b = c, ...` into meta items.
fn parse_args(attr: &TokenStream2) -> syn::Result<Punctuated<Meta, Token![,]>> {
    Punctuated::<Meta, Token![,]>::parse_terminated.parse2(attr.clone())
}

/// An error spanning the whole attribute argument list, or the attribute
/// itself when the list is empty.
fn args_error(attr: &TokenStream2, message: &str) -> syn::Error {
    if attr.is_empty() {
        syn::Error::new(Span::call_site(), message)
    } else {
        syn::Error::new_spanned(attr, message)
    }
}

/// Tracks the `reason = "..."` argument of either attribute.
#[derive(Default)]
struct ReasonSlot {
    seen: bool,
}

impl ReasonSlot {
    /// Validates one `reason = ...` argument.
    fn accept(&mut self, name_value: &MetaNameValue) -> syn::Result<()> {
        if self.seen {
            return Err(syn::Error::new_spanned(&name_value.path, "duplicate `reason`: give exactly one reason"));
        }
        self.seen = true;
        let lit = reason_literal(&name_value.value)?;
        if lit.value().trim().is_empty() {
            return Err(syn::Error::new_spanned(lit, "the reason must not be empty"));
        }
        Ok(())
    }
}

/// Returns the string literal of a reason, or an error on the expression.
fn reason_literal(expr: &Expr) -> syn::Result<&LitStr> {
    match expr {
        Expr::Lit(syn::ExprLit { lit: syn::Lit::Str(lit), .. }) => Ok(lit),
        // Tokens passed through `macro_rules!` arrive wrapped in a group.
        Expr::Group(group) => reason_literal(&group.expr),
        other => Err(syn::Error::new_spanned(other, "the reason must be a string literal, e.g. `reason = \"...\"`")),
    }
}

/// True if `path` is the single identifier `reason`.
fn is_reason(path: &syn::Path) -> bool {
    path.is_ident(REASON_KEY)
}

/// Checks the arguments of `#[launchlint::public(...)]`.
fn check_public_args(attr: &TokenStream2) -> syn::Result<()> {
    let args = parse_args(attr)?;
    let mut errors = Errors::default();
    let mut reason = ReasonSlot::default();
    for meta in &args {
        match meta {
            Meta::NameValue(name_value) if is_reason(&name_value.path) => {
                errors.extend(reason.accept(name_value));
            }
            Meta::NameValue(name_value) => errors.push(syn::Error::new_spanned(
                &name_value.path,
                format!(
                    "unknown argument `{}` for launchlint::public; the only accepted key is `reason`",
                    path_text(&name_value.path)
                ),
            )),
            other => errors.push(syn::Error::new_spanned(
                other,
                "unexpected argument for launchlint::public; the only accepted key is `reason`, as in `reason = \"...\"`",
            )),
        }
    }
    // An unknown key is most likely a misspelt `reason`: one error is enough.
    if !reason.seen && errors.is_empty() {
        errors.push(args_error(attr, "launchlint::public requires `reason = \"...\"`: say why this route is public"));
    }
    errors.into_result()
}

/// Checks the arguments of `#[launchlint::allow(...)]`.
fn check_allow_args(attr: &TokenStream2) -> syn::Result<()> {
    let args = parse_args(attr)?;
    let mut errors = Errors::default();
    let mut reason = ReasonSlot::default();
    let mut lints: Vec<&Ident> = Vec::new();
    let mut any_lint = false;
    let mut unknown_key = false;
    for meta in &args {
        match meta {
            Meta::NameValue(name_value) if is_reason(&name_value.path) => {
                errors.extend(reason.accept(name_value));
            }
            Meta::NameValue(name_value) => {
                unknown_key = true;
                errors.push(syn::Error::new_spanned(
                    &name_value.path,
                    format!(
                        "unknown argument `{}` for launchlint::allow; expected lint names and `reason = \"...\"`",
                        path_text(&name_value.path)
                    ),
                ));
            }
            Meta::Path(path) => {
                any_lint = true;
                match path.get_ident() {
                    Some(ident) => {
                        if lints.contains(&ident) {
                            errors.push(syn::Error::new_spanned(
                                ident,
                                format!("lint `{ident}` is listed more than once"),
                            ));
                        } else {
                            errors.extend(check_lint_name(ident));
                            lints.push(ident);
                        }
                    }
                    None => errors
                        .push(syn::Error::new_spanned(path, "lint names are bare identifiers, e.g. `missing_auth`")),
                }
            }
            Meta::List(list) => {
                any_lint = true;
                errors.push(syn::Error::new_spanned(list, "lint names are bare identifiers, e.g. `missing_auth`"));
            }
        }
    }
    if !any_lint {
        errors.push(args_error(attr, "launchlint::allow needs at least one lint name"));
    }
    // An unknown key is most likely a misspelt `reason`: one error is enough.
    if !reason.seen && !unknown_key {
        errors.push(args_error(
            attr,
            "launchlint::allow requires `reason = \"...\"`: say why the finding does not apply",
        ));
    }
    errors.into_result()
}

/// Checks that `ident` names a known lint, suggesting a close match if not.
fn check_lint_name(ident: &Ident) -> syn::Result<()> {
    let name = ident.to_string();
    let name = name.strip_prefix("r#").unwrap_or(&name);
    if KNOWN_LINTS.contains(&name) {
        return Ok(());
    }
    let message = match suggest(name) {
        Some(known) => format!("unknown lint `{name}`; did you mean `{known}`?"),
        None => format!("unknown lint `{name}`"),
    };
    Err(syn::Error::new_spanned(ident, message))
}

/// The known lint closest to `name`: the nearest one within
/// [`MAX_SUGGESTION_DISTANCE`] edits, or else the nearest one that `name` is a
/// prefix of (or that is a prefix of `name`).
fn suggest(name: &str) -> Option<&'static str> {
    let lowered = name.to_ascii_lowercase();
    let scored = KNOWN_LINTS.iter().map(|known| (levenshtein(&lowered, known), *known));
    let nearest = scored
        .clone()
        .filter(|(distance, _)| *distance <= MAX_SUGGESTION_DISTANCE)
        .min_by_key(|(distance, _)| *distance);
    if let Some((_, known)) = nearest {
        return Some(known);
    }
    if lowered.len() < 3 {
        return None;
    }
    scored
        .filter(|(_, known)| known.starts_with(lowered.as_str()) || lowered.starts_with(known))
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, known)| known)
}

/// Levenshtein edit distance between two strings, counted in chars.
fn levenshtein(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    // `row[j]` is the distance between the prefix of `a` seen so far and `b[..j]`.
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, a_char) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, b_char) in b.iter().enumerate() {
            let substitution = diagonal + usize::from(a_char != *b_char);
            let deletion = row[j + 1] + 1;
            let insertion = row[j] + 1;
            diagonal = row[j + 1];
            row[j + 1] = substitution.min(deletion).min(insertion);
        }
    }
    row[b.len()]
}

/// Renders a path like `a::b` for messages.
fn path_text(path: &syn::Path) -> String {
    path.to_token_stream().to_string().split_whitespace().collect()
}

/// `public` goes on a free fn or a method.
fn check_public_item(item: &TokenStream2) -> syn::Result<()> {
    const MESSAGE: &str = "launchlint::public can only be applied to a handler fn";
    match syn::parse2::<syn::Item>(item.clone()) {
        Ok(syn::Item::Fn(_)) => Ok(()),
        Ok(syn::Item::Verbatim(_)) | Err(_) => {
            if syn::parse2::<syn::ImplItemFn>(item.clone()).is_ok() {
                Ok(())
            } else {
                Err(syn::Error::new_spanned(item, MESSAGE))
            }
        }
        Ok(other) => Err(syn::Error::new_spanned(item_head(&other), MESSAGE)),
    }
}

/// `allow` goes on any item, or on a fn or const inside an `impl` or trait.
fn check_allow_item(item: &TokenStream2) -> syn::Result<()> {
    match syn::parse2::<syn::Item>(item.clone()) {
        Ok(syn::Item::Verbatim(_)) | Err(_) => {}
        Ok(_) => return Ok(()),
    }
    let impl_item =
        matches!(syn::parse2::<syn::ImplItem>(item.clone()), Ok(syn::ImplItem::Fn(_) | syn::ImplItem::Const(_)));
    let trait_item =
        matches!(syn::parse2::<syn::TraitItem>(item.clone()), Ok(syn::TraitItem::Fn(_) | syn::TraitItem::Const(_)));
    if impl_item || trait_item {
        Ok(())
    } else {
        Err(syn::Error::new_spanned(
            item,
            "launchlint::allow can only be applied to an item (fn, impl, mod, struct, const, static, ...) or to a method or associated const",
        ))
    }
}

/// The leading tokens of an item (keyword and name), so an error points at
/// `struct Foo` rather than at the whole body.
fn item_head(item: &syn::Item) -> TokenStream2 {
    use syn::Item;
    match item {
        Item::Const(i) => pair(&i.const_token, &i.ident),
        Item::Enum(i) => pair(&i.enum_token, &i.ident),
        Item::ExternCrate(i) => pair(&i.extern_token, &i.ident),
        Item::ForeignMod(i) => i.abi.to_token_stream(),
        Item::Impl(i) => pair(&i.impl_token, &i.self_ty),
        Item::Macro(i) => i.mac.path.to_token_stream(),
        Item::Mod(i) => pair(&i.mod_token, &i.ident),
        Item::Static(i) => pair(&i.static_token, &i.ident),
        Item::Struct(i) => pair(&i.struct_token, &i.ident),
        Item::Trait(i) => pair(&i.trait_token, &i.ident),
        Item::TraitAlias(i) => pair(&i.trait_token, &i.ident),
        Item::Type(i) => pair(&i.type_token, &i.ident),
        Item::Union(i) => pair(&i.union_token, &i.ident),
        Item::Use(i) => pair(&i.use_token, &i.tree),
        _ => item.to_token_stream(),
    }
}

/// Two token sources concatenated, used as a span from `a` to `b`.
fn pair(a: &impl ToTokens, b: &impl ToTokens) -> TokenStream2 {
    let mut tokens = a.to_token_stream();
    b.to_tokens(&mut tokens);
    tokens
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_lints_are_sorted_and_unique() {
        assert!(KNOWN_LINTS.windows(2).all(|pair| pair[0] < pair[1]));
    }

    #[test]
    fn levenshtein_distances() {
        assert_eq!(levenshtein("", ""), 0);
        assert_eq!(levenshtein("abc", ""), 3);
        assert_eq!(levenshtein("", "abc"), 3);
        assert_eq!(levenshtein("kitten", "sitting"), 3);
        assert_eq!(levenshtein("missing_auht", "missing_auth"), 2);
        assert_eq!(levenshtein("flaw", "lawn"), 2);
    }

    #[test]
    fn suggestions() {
        assert_eq!(suggest("missing_auht"), Some("missing_auth"));
        assert_eq!(suggest("hardcoded_secrets"), Some("hardcoded_secret"));
        assert_eq!(suggest("Missing_Auth"), Some("missing_auth"));
        assert_eq!(suggest("sql"), Some("sql_interpolation"));
        assert_eq!(suggest("missing"), Some("missing_auth"));
        assert_eq!(suggest("unbounded_body_size"), Some("unbounded_body"));
        assert_eq!(suggest("totally_bogus"), None);
        assert_eq!(suggest("xy"), None);
    }

    #[test]
    fn valid_items_come_back_unchanged() {
        let item = quote! {
            #[inline]
            async fn health() -> &'static str { "ok" }
        };
        let public = expand_public(quote!(reason = "probe"), item.clone());
        assert_eq!(public.to_string(), item.to_string());
        let allow = expand_allow(quote!(missing_auth, reason = "probe"), item.clone());
        assert_eq!(allow.to_string(), item.to_string());
    }

    #[test]
    fn errors_keep_the_item() {
        let item = quote!(
            fn health() {}
        );
        let output = expand_allow(quote!(missing_auht), item.clone()).to_string();
        assert!(output.contains("compile_error"));
        assert!(output.contains("did you mean `missing_auth`?"));
        assert!(output.ends_with(&item.to_string()));
    }
}
