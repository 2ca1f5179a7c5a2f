//! Settings the deployer controls through `<meta>` tags in `index.html`,
//! never through the page URL (a link must not be able to point the site
//! at someone else's feed).

use crate::model::url::{UrlUse, safe_url};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Config {
    /// Absolute URL of the site data (`<meta name="bp-site-data">`).
    pub site_url: String,
    /// Absolute URL of the JSON Feed (`<meta name="bp-feed">`).
    pub feed_url: String,
    /// Absolute URL of the map geometry (`<meta name="bp-map-data">`).
    pub map_url: String,
    /// How long a data request may take (`<meta name="bp-fetch-timeout-ms">`).
    pub timeout_ms: i32,
}

pub const DEFAULT_SITE_DATA: &str = "/data/site.json";
pub const DEFAULT_FEED: &str = "/data/feed.json";
pub const DEFAULT_MAP: &str = "/data/map.json";
/// Generous for a slow mobile link; a stalled server still ends in an
/// error with a retry button.
pub const DEFAULT_TIMEOUT_MS: i32 = 15_000;

impl Config {
    pub fn from_document() -> Config {
        let document = web_sys::window().and_then(|w| w.document());
        let meta = |name: &str| {
            document
                .as_ref()
                .and_then(|d| d.query_selector(&format!("meta[name=\"{name}\"]")).ok().flatten())
                .and_then(|m| m.get_attribute("content"))
        };
        Config {
            site_url: resolve(meta("bp-site-data").as_deref(), DEFAULT_SITE_DATA),
            feed_url: resolve(meta("bp-feed").as_deref(), DEFAULT_FEED),
            map_url: resolve(meta("bp-map-data").as_deref(), DEFAULT_MAP),
            timeout_ms: parse_timeout(meta("bp-fetch-timeout-ms").as_deref()),
        }
    }
}

/// Resolves a configured URL against the document, falling back to the
/// default when it is missing or not an http(s)/relative URL.
fn resolve(configured: Option<&str>, default: &str) -> String {
    let chosen = configured.and_then(|c| safe_url(c, UrlUse::Resource)).unwrap_or_else(|| default.to_owned());
    let base = web_sys::window().and_then(|w| w.document()).and_then(|d| d.base_uri().ok().flatten());
    base.and_then(|base| web_sys::Url::new_with_base(&chosen, &base).ok())
        .map(|url| url.href())
        .unwrap_or(chosen)
}

pub fn parse_timeout(configured: Option<&str>) -> i32 {
    configured
        .and_then(|t| t.trim().parse::<i32>().ok())
        .filter(|t| (100..=120_000).contains(t))
        .unwrap_or(DEFAULT_TIMEOUT_MS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timeouts_outside_reason_fall_back() {
        assert_eq!(parse_timeout(Some("2000")), 2000);
        assert_eq!(parse_timeout(Some("5")), DEFAULT_TIMEOUT_MS);
        assert_eq!(parse_timeout(Some("soon")), DEFAULT_TIMEOUT_MS);
        assert_eq!(parse_timeout(None), DEFAULT_TIMEOUT_MS);
    }
}
