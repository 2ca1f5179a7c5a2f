//! Settings the deployer controls through `<meta>` tags in `index.html`,
//! never through the page URL (a link must not be able to point the site
//! at someone else's feed).
//!
//! The browser reads them from the document; the pre-rendering program
//! reads the same tags from the page template, so both sides agree.

use crate::model::url::{UrlUse, safe_url};
use crate::paths;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Config {
    /// URL of the site data (`<meta name="bp-site-data">`).
    pub site_url: String,
    /// URL of the JSON Feed (`<meta name="bp-feed">`).
    pub feed_url: String,
    /// URL of the map geometry (`<meta name="bp-map-data">`).
    pub map_url: String,
    /// How long a data request may take (`<meta name="bp-fetch-timeout-ms">`).
    pub timeout_ms: i32,
    /// The feed's titles on their own, which search starts from
    /// (`<meta name="bp-search-titles">`, written by the render step when
    /// the feed is the bundled one; `search::titles`). None: search waits
    /// for the whole feed.
    pub search_titles_url: Option<String>,
}

/// Generous for a slow mobile link; a stalled server still ends in an
/// error with a retry button.
pub const DEFAULT_TIMEOUT_MS: i32 = 15_000;

/// The `<meta>` names, shared by both readers and by the render step.
pub mod meta {
    pub const SITE_DATA: &str = "bp-site-data";
    pub const FEED: &str = "bp-feed";
    pub const MAP_DATA: &str = "bp-map-data";
    pub const TIMEOUT: &str = "bp-fetch-timeout-ms";
    pub const SEARCH_TITLES: &str = crate::search::titles::SETTING;
    /// On a page in a language the bundle reads from a file: the file
    /// (`i18n::catalogue`), for boot.js to start and the app to read.
    pub const CATALOGUE: &str = "bp-catalogue";
}

impl Config {
    /// Builds the settings from a lookup of `<meta name=…>` contents. URLs
    /// stay as the deployer wrote them (links on the pages use them as they
    /// are); [`resolve`] makes them absolute for fetching.
    pub fn from_meta(meta: impl Fn(&str) -> Option<String>) -> Config {
        let url = |name: &str, default: &str| {
            meta(name).and_then(|c| safe_url(&c, UrlUse::Resource)).unwrap_or_else(|| default.to_owned())
        };
        Config {
            site_url: url(meta::SITE_DATA, paths::SITE_DATA),
            feed_url: url(meta::FEED, paths::FEED),
            map_url: url(meta::MAP_DATA, paths::MAP_DATA),
            timeout_ms: parse_timeout(meta(meta::TIMEOUT).as_deref()),
            search_titles_url: meta(meta::SEARCH_TITLES).and_then(|c| safe_url(&c, UrlUse::Resource)),
        }
    }

    /// The settings of the page the browser shows.
    pub fn from_document() -> Config {
        let document = web_sys::window().and_then(|w| w.document());
        Config::from_meta(|name| {
            document
                .as_ref()
                .and_then(|d| d.query_selector(&format!("meta[name=\"{name}\"]")).ok().flatten())
                .and_then(|m| m.get_attribute("content"))
        })
    }
}

/// Resolves a URL against the document's base, as the fetch helper (and
/// boot.js, which keys its early downloads by URL) use them. Browser only.
pub fn resolve(url: &str) -> String {
    let base = web_sys::window().and_then(|w| w.document()).and_then(|d| d.base_uri().ok().flatten());
    base.and_then(|base| web_sys::Url::new_with_base(url, &base).ok())
        .map(|url| url.href())
        .unwrap_or_else(|| url.to_owned())
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

    #[test]
    fn unsafe_or_missing_urls_fall_back_to_the_bundled_files() {
        let config = Config::from_meta(|name| match name {
            meta::FEED => Some("javascript:alert(1)".into()),
            meta::SITE_DATA => Some("https://data.example/site.json".into()),
            _ => None,
        });
        assert_eq!(config.feed_url, paths::FEED);
        assert_eq!(config.site_url, "https://data.example/site.json");
        assert_eq!(config.map_url, paths::MAP_DATA);
        assert_eq!(config.search_titles_url, None);
    }
}
