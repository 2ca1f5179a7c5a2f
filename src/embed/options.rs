//! Widget options from the embed URL. Partners type these by hand, so every
//! value is checked and anything unexpected falls back to the default:
//! a typo must never turn a partner's page into an error.

use crate::model::milestones::CategoryFilter;
use crate::model::query::{MemberFilter, NewsFilter, QueryLookup};
use crate::model::site::SiteData;
use crate::paths;
use crate::search::{Kind, SearchParams};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Theme {
    Light,
    Dark,
    /// Follows the visitor's system setting.
    #[default]
    Auto,
}

impl Theme {
    pub fn parse(value: Option<&str>) -> Theme {
        match value.map(str::to_ascii_lowercase).as_deref() {
            Some("light") => Theme::Light,
            Some("dark") => Theme::Dark,
            _ => Theme::Auto,
        }
    }

    /// The `data-theme` value, `None` for auto.
    pub fn attribute(self) -> Option<&'static str> {
        match self {
            Theme::Light => Some("light"),
            Theme::Dark => Some("dark"),
            Theme::Auto => None,
        }
    }
}

/// Options every widget takes.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Common {
    pub theme: Theme,
    /// Initial height in pixels before the widget reports its own.
    pub height: Option<u32>,
    /// The loader's name for this frame, echoed in height messages.
    pub embed_id: Option<String>,
}

impl Common {
    pub fn from_query(query: &impl QueryLookup) -> Common {
        Common {
            theme: Theme::parse(query.param("theme").as_deref()),
            height: query.param("height").and_then(|h| h.parse().ok()).filter(|h| (120..=4000).contains(h)),
            embed_id: query.param("embed-id").filter(|id| {
                id.len() <= 32 && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
            }),
        }
    }

    /// The parameters to keep in the widget's own URLs as its state changes.
    pub fn keep(&self) -> Vec<(String, String)> {
        let mut keep = Vec::new();
        if let Some(theme) = self.theme.attribute() {
            keep.push(("theme".to_owned(), theme.to_owned()));
        }
        if let Some(height) = self.height {
            keep.push(("height".to_owned(), height.to_string()));
        }
        if let Some(id) = &self.embed_id {
            keep.push(("embed-id".to_owned(), id.clone()));
        }
        keep
    }
}

/// `count` (1–20, default 5), an optional `tag` and an optional search
/// `q` for the news widget.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewsOptions {
    pub count: usize,
    pub filter: NewsFilter,
    /// The news the site's search finds for this text, newest first.
    pub query: Option<String>,
}

pub const DEFAULT_NEWS_COUNT: usize = 5;

/// With a tag as well as `q`, the search is asked for this many matches and
/// the widget keeps those with the tag (the worker knows no tags).
pub const NEWS_MATCHES_FOR_A_TAG: usize = 100;

/// Longer `q` values are cut (at a character boundary): the search reads
/// only the first words of a query anyway.
pub const MAX_NEWS_QUERY: usize = 200;

impl NewsOptions {
    pub fn from_query(query: &impl QueryLookup) -> NewsOptions {
        NewsOptions {
            count: query
                .param("count")
                .and_then(|c| c.parse().ok())
                .filter(|c| (1..=20).contains(c))
                .unwrap_or(DEFAULT_NEWS_COUNT),
            filter: NewsFilter { tag: query.param("tag"), year: None },
            query: query.param("q").and_then(|q| {
                let q = q.trim();
                let end = q.char_indices().map(|(at, _)| at).nth(MAX_NEWS_QUERY).unwrap_or(q.len());
                let q = q.get(..end).unwrap_or_default().trim_end();
                (!q.is_empty()).then(|| q.to_owned())
            }),
        }
    }

    /// How many matches to ask the search for.
    pub fn ask_for(&self) -> usize {
        if self.filter.tag.is_some() { NEWS_MATCHES_FOR_A_TAG } else { self.count }
    }

    /// The full site's page for what the widget shows: the news list, or
    /// the search results for news when the widget searches.
    pub fn full_site(&self) -> String {
        match &self.query {
            Some(text) => {
                let params = SearchParams { text: text.clone(), kind: Some(Kind::News), year: None };
                format!("{}{}", paths::SEARCH, params.to_query())
            }
            None => format!("{}{}", paths::NEWS, self.filter.to_query()),
        }
    }
}

/// `highlight=<iso2>` plus the members filters, for the map widget.
pub fn map_options(query: &impl QueryLookup, site: &SiteData) -> (Option<String>, MemberFilter) {
    let highlight =
        query.param("highlight").map(|h| h.to_ascii_uppercase()).filter(|iso| site.member(iso).is_some());
    (highlight, MemberFilter::from_query(query, site))
}

/// `milestone=<id>` and `category=…` for the timeline widget.
pub fn timeline_options(query: &impl QueryLookup, site: &SiteData) -> (Option<String>, CategoryFilter) {
    let milestone = query.param("milestone").filter(|id| site.milestones.iter().any(|m| &m.id == id));
    (milestone, CategoryFilter::from_query(query, site))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::site::{Status, parse_site};

    fn query(pairs: &'static [(&'static str, &'static str)]) -> impl Fn(&str) -> Option<String> {
        move |key: &str| pairs.iter().find(|(k, _)| *k == key).map(|(_, v)| (*v).to_owned())
    }

    fn site() -> SiteData {
        parse_site(
            r#"{"members":[{"name":"Türkiye","iso2":"TR","status":"participating"}],
                "milestone_categories":[{"id":"project","label":"Project"}],
                "milestones":[{"id":"istanbul-2013","start":{"year":2013},"headline":"x","category":"project"}]}"#,
        )
        .expect("the test site reads")
    }

    #[test]
    fn good_values_are_read() {
        let q = query(&[
            ("theme", "DARK"),
            ("height", "640"),
            ("embed-id", "bp-2"),
            ("count", "3"),
            ("tag", "project"),
        ]);
        let common = Common::from_query(&q);
        assert_eq!(common, Common { theme: Theme::Dark, height: Some(640), embed_id: Some("bp-2".into()) });
        assert_eq!(common.keep().len(), 3);
        assert_eq!(NewsOptions::from_query(&q).count, 3);
        assert_eq!(NewsOptions::from_query(&q).filter.tag.as_deref(), Some("project"));
    }

    #[test]
    fn the_news_search_is_trimmed_bounded_and_linked() {
        let read = |q: &'static str| {
            let pairs: &'static [(&'static str, &'static str)] = Box::leak(Box::new([("q", q)]));
            NewsOptions::from_query(&query(pairs))
        };
        assert_eq!(read("  migrants ").query.as_deref(), Some("migrants"));
        assert_eq!(read("   ").query, None);
        assert_eq!(NewsOptions::from_query(&query(&[])).query, None);
        let long = read(Box::leak("ж".repeat(10_000).into_boxed_str()));
        assert_eq!(long.query.map(|q| q.chars().count()), Some(MAX_NEWS_QUERY));
        assert_eq!(read("call & <b>").full_site(), "/search?q=call%20%26%20%3Cb%3E&kind=news");
        let tagged = NewsOptions::from_query(&query(&[("tag", "return")]));
        assert_eq!(tagged.full_site(), "/news?tag=return");
    }

    #[test]
    fn every_bad_value_falls_back() {
        let q = query(&[
            ("theme", "neon"),
            ("height", "99999"),
            ("embed-id", "<script>"),
            ("count", "-1"),
            ("highlight", "ZZ"),
            ("status", "emperor"),
            ("milestone", "no-such-id"),
            ("category", "nope"),
        ]);
        assert_eq!(Common::from_query(&q), Common::default());
        assert!(Common::default().keep().is_empty());
        assert_eq!(NewsOptions::from_query(&q).count, DEFAULT_NEWS_COUNT);
        let site = site();
        assert_eq!(map_options(&q, &site), (None, MemberFilter::default()));
        assert_eq!(timeline_options(&q, &site), (None, CategoryFilter::default()));
        for bad in ["0", "21", "five", ""] {
            let q = move |key: &str| (key == "count").then(|| bad.to_owned());
            assert_eq!(NewsOptions::from_query(&q).count, DEFAULT_NEWS_COUNT, "{bad}");
        }
        let long = "x".repeat(33);
        let q = move |key: &str| (key == "embed-id").then(|| long.clone());
        assert_eq!(Common::from_query(&q).embed_id, None);
        let tiny = |key: &str| (key == "height").then(|| "50".to_owned());
        assert_eq!(Common::from_query(&tiny).height, None);
    }

    #[test]
    fn widget_options_are_checked_against_the_data() {
        let site = site();
        let q = query(&[
            ("highlight", "tr"),
            ("status", "participating"),
            ("milestone", "istanbul-2013"),
            ("category", "project"),
        ]);
        let (highlight, filter) = map_options(&q, &site);
        assert_eq!(highlight.as_deref(), Some("TR"));
        assert_eq!(filter.status, Some(Status::Participating));
        let (milestone, categories) = timeline_options(&q, &site);
        assert_eq!(milestone.as_deref(), Some("istanbul-2013"));
        assert_eq!(categories.shown, ["project"]);
        assert_eq!(Theme::parse(None), Theme::Auto);
        assert_eq!(Theme::Auto.attribute(), None);
    }
}
