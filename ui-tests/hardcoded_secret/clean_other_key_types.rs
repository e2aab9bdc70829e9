//! `Key` types of caches and stores take literal names; they are not cookie keys.

use moka::sync::Cache;
use sled::IVec as Key;

pub fn cache_key() -> Key {
    Key::from("invoices:by-customer:v2")
}

pub fn warm(cache: &Cache<String, String>) {
    cache.insert("feature-flags".to_string(), "{}".to_string());
}
