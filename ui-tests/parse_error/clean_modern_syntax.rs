//! Valid code using newer or unusual syntax must not be reported as a parse error.

use std::collections::HashMap;

pub struct Quota<const N: usize> {
    pub slots: [u32; N],
}

pub fn parse_member(raw: &str) -> Option<(String, u32)> {
    let Some((name, seats)) = raw.split_once(':') else {
        return None;
    };
    let r#type = "member";
    let template = r#"{"kind": "{{"}"#;
    let _ = (r#type, template, '{', b'}');
    seats.trim().parse().ok().map(|s| (name.to_string(), s))
}

pub async fn load(cache: &HashMap<String, u32>) -> u32 {
    let total: u32 = cache.values().copied().sum();
    let double = async move |x: u32| x * 2;
    double(total).await
}

macro_rules! route_table {
    ($($path:literal => $name:ident),* $(,)?) => { &[$(($path, stringify!($name))),*] };
}

pub static ROUTES: &[(&str, &str)] = route_table!["/a" => alpha, "/b" => beta];
