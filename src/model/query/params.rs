//! The URL query: reading a parameter, writing a query string.

use crate::model::url::encode_component;

/// Reads one query parameter; pages pass the router's query map in.
pub trait QueryLookup {
    fn param(&self, key: &str) -> Option<String>;
}

impl<F: Fn(&str) -> Option<String>> QueryLookup for F {
    fn param(&self, key: &str) -> Option<String> {
        self(key).map(|v| v.trim().to_owned()).filter(|v| !v.is_empty())
    }
}

/// `?a=1&b=x%20y` from the pairs that have a value; "" when none do.
pub fn build_query(pairs: &[(&str, Option<String>)]) -> String {
    let parts: Vec<String> = pairs
        .iter()
        .filter_map(|(key, value)| value.as_ref().map(|v| format!("{key}={}", encode_component(v))))
        .collect();
    if parts.is_empty() { String::new() } else { format!("?{}", parts.join("&")) }
}
