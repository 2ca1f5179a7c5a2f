//! Filters, pagination and neighbours over the feed and the site data:
//! everything a list page computes, kept out of the views so it can be
//! tested on the host.

use std::collections::BTreeMap;
use std::ops::Range;

use super::date::Date;
use super::feed::{Feed, FeedItem, ItemKind};
use super::site::{Member, SiteData, Status};
use super::url::encode_component;

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

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct NewsFilter {
    pub tag: Option<String>,
    pub year: Option<i32>,
}

impl NewsFilter {
    pub fn from_query(query: &impl QueryLookup) -> NewsFilter {
        NewsFilter { tag: query.param("tag"), year: query.param("year").and_then(|y| y.parse().ok()) }
    }

    pub fn matches(&self, item: &FeedItem) -> bool {
        self.tag.as_ref().is_none_or(|tag| item.tags.iter().any(|t| t == tag))
            && self.year.is_none_or(|year| item.year() == Some(year))
    }

    pub fn to_query(&self) -> String {
        build_query(&[("tag", self.tag.clone()), ("year", self.year.map(|y| y.to_string()))])
    }
}

/// News items (not events or documents), newest first.
pub fn news(feed: &Feed) -> Vec<&FeedItem> {
    feed.items.iter().filter(|i| i.is_news()).collect()
}

pub fn documents(feed: &Feed) -> Vec<&FeedItem> {
    feed.items.iter().filter(|i| i.is_document()).collect()
}

/// Each tag with how many of the items carry it, alphabetically.
pub fn tag_counts(items: &[&FeedItem]) -> Vec<(String, usize)> {
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    for tag in items.iter().flat_map(|i| &i.tags) {
        *counts.entry(tag.clone()).or_default() += 1;
    }
    counts.into_iter().collect()
}

/// The distinct years of the items, newest first.
pub fn years(items: &[&FeedItem]) -> Vec<i32> {
    let mut years: Vec<i32> = items.iter().filter_map(|i| i.year()).collect();
    years.sort_unstable_by(|a, b| b.cmp(a));
    years.dedup();
    years
}

/// One page of a list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Page {
    /// 1-based, clamped into `1..=count`.
    pub number: usize,
    /// At least 1, so an empty list is "page 1 of 1".
    pub count: usize,
    pub range: Range<usize>,
}

/// Any requested page number is accepted: past the end shows the last page.
pub fn paginate(total: usize, requested: Option<usize>, per_page: usize) -> Page {
    let per_page = per_page.max(1);
    let count = total.div_ceil(per_page).max(1);
    let number = requested.unwrap_or(1).clamp(1, count);
    let start = (number - 1) * per_page;
    Page { number, count, range: start..(start + per_page).min(total) }
}

/// The page numbers a pager shows: the first, the last and two either side
/// of the current one; `None` marks a gap ("…"). Keeps a 500-page list usable.
pub fn page_window(current: usize, count: usize) -> Vec<Option<usize>> {
    let mut shown: Vec<Option<usize>> = Vec::new();
    for page in 1..=count {
        let near = page.abs_diff(current) <= 2;
        if page == 1 || page == count || near {
            shown.push(Some(page));
        } else if shown.last().is_some_and(Option::is_some) {
            shown.push(None);
        }
    }
    shown
}

/// Entries per page of each list (the render step writes every page).
pub const NEWS_PER_PAGE: usize = 10;
pub const DOCUMENTS_PER_PAGE: usize = 20;
pub const EVENTS_PER_PAGE: usize = 20;

/// The page number from the path (`/news/page/3`), or from an older link's
/// query (`/news?page=3`).
pub fn page_number(in_path: Option<&str>, query: &impl QueryLookup) -> Option<usize> {
    in_path.map(str::to_owned).or_else(|| query.param("page")).and_then(|p| p.trim().parse().ok())
}

/// The items before and after `id` in `items` (newer, older for a
/// newest-first list).
pub fn neighbours<'a>(items: &[&'a FeedItem], id: &str) -> (Option<&'a FeedItem>, Option<&'a FeedItem>) {
    let Some(index) = items.iter().position(|i| i.id == id) else {
        return (None, None);
    };
    let before = index.checked_sub(1).and_then(|i| items.get(i)).copied();
    (before, items.get(index + 1).copied())
}

fn event_days(item: &FeedItem) -> Option<(Date, Date)> {
    match item.kind {
        ItemKind::Event { start, end } => Some((start, end.unwrap_or(start))),
        _ => None,
    }
}

/// Events that have not ended by `today`, soonest first.
pub fn upcoming_events(feed: &Feed, today: Date) -> Vec<&FeedItem> {
    let mut events: Vec<&FeedItem> =
        feed.items.iter().filter(|i| event_days(i).is_some_and(|(_, end)| end >= today)).collect();
    events.sort_by_key(|i| event_days(i).map(|(start, _)| start));
    events
}

/// Events that ended before `today`, most recent first.
pub fn past_events(feed: &Feed, today: Date) -> Vec<&FeedItem> {
    let mut events: Vec<&FeedItem> =
        feed.items.iter().filter(|i| event_days(i).is_some_and(|(_, end)| end < today)).collect();
    events.sort_by_key(|i| std::cmp::Reverse(event_days(i).map(|(start, _)| start)));
    events
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DocumentFilter {
    pub doc_type: Option<String>,
    pub year: Option<i32>,
    pub language: Option<String>,
}

impl DocumentFilter {
    pub fn from_query(query: &impl QueryLookup) -> DocumentFilter {
        DocumentFilter {
            doc_type: query.param("type"),
            year: query.param("year").and_then(|y| y.parse().ok()),
            language: query.param("lang").map(|l| l.to_ascii_lowercase()),
        }
    }

    pub fn matches(&self, item: &FeedItem) -> bool {
        let doc_type = match &item.kind {
            ItemKind::Document { doc_type, .. } => doc_type.as_deref(),
            _ => return false,
        };
        self.doc_type.as_deref().is_none_or(|t| doc_type == Some(t))
            && self.year.is_none_or(|y| item.year() == Some(y))
            && self
                .language
                .as_deref()
                .is_none_or(|l| item.attachments.iter().any(|a| a.language.as_deref() == Some(l)))
    }

    pub fn to_query(&self) -> String {
        build_query(&[
            ("type", self.doc_type.clone()),
            ("year", self.year.map(|y| y.to_string())),
            ("lang", self.language.clone()),
        ])
    }
}

/// Distinct document types, alphabetically.
pub fn document_types(items: &[&FeedItem]) -> Vec<String> {
    let mut types: Vec<String> = items
        .iter()
        .filter_map(|i| match &i.kind {
            ItemKind::Document { doc_type, .. } => doc_type.clone(),
            _ => None,
        })
        .collect();
    types.sort();
    types.dedup();
    types
}

/// The languages a document is offered in, in feed order, without repeats.
pub fn languages_of(item: &FeedItem) -> Vec<String> {
    let mut langs: Vec<String> = Vec::new();
    for lang in item.attachments.iter().filter_map(|a| a.language.clone()) {
        if !langs.contains(&lang) {
            langs.push(lang);
        }
    }
    langs
}

/// Distinct languages across documents, alphabetically.
pub fn all_languages(items: &[&FeedItem]) -> Vec<String> {
    let mut langs: Vec<String> = items.iter().flat_map(|i| languages_of(i)).collect();
    langs.sort();
    langs.dedup();
    langs
}

/// English names for the language codes the bundled documents use; other
/// codes are shown as the code itself.
pub fn language_name(code: &str) -> &str {
    match code {
        "en" => "English",
        "ru" => "Russian",
        "ar" => "Arabic",
        "fr" => "French",
        "de" => "German",
        "tr" => "Turkish",
        "hu" => "Hungarian",
        "fa" => "Persian",
        "ur" => "Urdu",
        "ps" => "Pashto",
        "bn" => "Bengali",
        _ => code,
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MemberFilter {
    pub status: Option<Status>,
    pub region: Option<String>,
    pub group: Option<String>,
}

impl MemberFilter {
    /// Values that match nothing in `site` are dropped, so a stale or
    /// hand-edited link shows everything rather than nothing.
    pub fn from_query(query: &impl QueryLookup, site: &SiteData) -> MemberFilter {
        MemberFilter {
            status: query.param("status").and_then(|s| Status::from_slug(&s)),
            region: query.param("region").filter(|r| site.region_name(r).is_some()),
            group: query.param("group").filter(|g| site.group(g).is_some()),
        }
    }

    pub fn matches(&self, member: &Member) -> bool {
        self.status.is_none_or(|s| member.status == s)
            && self.region.as_ref().is_none_or(|r| member.region.as_ref() == Some(r))
            && self.group.as_ref().is_none_or(|g| member.in_group(g))
    }

    pub fn is_empty(&self) -> bool {
        *self == MemberFilter::default()
    }

    pub fn to_query(&self) -> String {
        build_query(&[
            ("status", self.status.map(|s| s.slug().to_owned())),
            ("region", self.region.clone()),
            ("group", self.group.clone()),
        ])
    }
}

/// Feed items that mention a member state in their place or title
/// ("Istanbul, Türkiye"), newest first: the related news on the map.
pub fn mentioning<'a>(feed: &'a Feed, name: &str, limit: usize) -> Vec<&'a FeedItem> {
    if name.trim().is_empty() {
        return Vec::new();
    }
    feed.items
        .iter()
        .filter(|i| !i.is_document())
        .filter(|i| {
            i.place.as_deref().is_some_and(|p| p.contains(name))
                || i.title.as_deref().is_some_and(|t| t.contains(name))
        })
        .take(limit)
        .collect()
}

/// Members passing the filter, alphabetically by name, placeholders last.
pub fn filter_members<'a>(site: &'a SiteData, filter: &MemberFilter) -> Vec<&'a Member> {
    let mut members: Vec<&Member> = site.members.iter().filter(|m| filter.matches(m)).collect();
    members.sort_by(|a, b| a.placeholder.cmp(&b.placeholder).then_with(|| a.name.cmp(&b.name)));
    members
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::feed::parse_feed;

    fn sample() -> Feed {
        parse_feed(
            r#"{"version":"https://jsonfeed.org/version/1.1","title":"t","items":[
            {"id":"n1","date_published":"2019-02-20T10:00:00Z","tags":["ministerial"]},
            {"id":"n2","date_published":"2020-03-04T10:00:00Z","tags":["return","expert"]},
            {"id":"n3","date_published":"2020-05-14T10:00:00Z","tags":["return"]},
            {"id":"e1","_bp":{"kind":"event","start":"2026-11-20","end":"2026-11-23"}},
            {"id":"e2","_bp":{"kind":"event","start":"2026-12-01"}},
            {"id":"e3","_bp":{"kind":"event","start":"2027-01-10"}},
            {"id":"e0","_bp":{"kind":"event","start":"2025-11-26","end":"2025-11-27"}},
            {"id":"d1","_bp":{"kind":"document","type":"declaration","year":2013},
             "attachments":[{"url":"/a","_bp":{"language":"en"}},{"url":"/b","_bp":{"language":"ru"}}]},
            {"id":"d2","_bp":{"kind":"document","type":"strategy","year":2014},
             "attachments":[{"url":"/c","_bp":{"language":"ar"}},{"url":"/d","_bp":{"language":"en"}}]}
            ]}"#,
        )
        .unwrap_or_default()
    }

    fn ids(items: &[&FeedItem]) -> Vec<String> {
        items.iter().map(|i| i.id.clone()).collect()
    }

    #[test]
    fn news_filters_by_tag_and_year() {
        let feed = sample();
        let all = news(&feed);
        assert_eq!(ids(&all), ["n3", "n2", "n1"]);
        let filter = NewsFilter { tag: Some("return".into()), year: Some(2020) };
        let hits: Vec<&FeedItem> = all.iter().copied().filter(|i| filter.matches(i)).collect();
        assert_eq!(ids(&hits), ["n3", "n2"]);
        assert_eq!(tag_counts(&all), [("expert".into(), 1), ("ministerial".into(), 1), ("return".into(), 2)]);
        assert_eq!(years(&all), [2020, 2019]);
        assert_eq!(filter.to_query(), "?tag=return&year=2020");
        assert_eq!(NewsFilter::default().to_query(), "");
    }

    #[test]
    fn filters_read_from_queries_ignore_junk() {
        let q = |key: &str| match key {
            "tag" => Some("a b".to_owned()),
            "year" => Some("twenty".to_owned()),
            "page" => Some("-3".to_owned()),
            _ => None,
        };
        assert_eq!(NewsFilter::from_query(&q), NewsFilter { tag: Some("a b".into()), year: None });
        assert_eq!(page_number(None, &q), None);
        assert_eq!(page_number(Some("3"), &q), Some(3));
        assert_eq!(page_number(Some("x"), &q), None);
        assert_eq!(NewsFilter { tag: Some("a b".into()), year: None }.to_query(), "?tag=a%20b");
    }

    #[test]
    fn pagination_clamps() {
        assert_eq!(paginate(25, Some(2), 10), Page { number: 2, count: 3, range: 10..20 });
        assert_eq!(paginate(25, Some(99), 10), Page { number: 3, count: 3, range: 20..25 });
        assert_eq!(paginate(25, Some(0), 10).number, 1);
        assert_eq!(paginate(0, None, 10), Page { number: 1, count: 1, range: 0..0 });
        assert_eq!(paginate(10, None, 10).count, 1);
        assert_eq!(paginate(3, None, 0).count, 3);
    }

    #[test]
    fn page_windows_elide_the_middle() {
        assert_eq!(page_window(1, 1), [Some(1)]);
        assert_eq!(page_window(2, 4), [Some(1), Some(2), Some(3), Some(4)]);
        assert_eq!(
            page_window(10, 500),
            [Some(1), None, Some(8), Some(9), Some(10), Some(11), Some(12), None, Some(500)]
        );
        assert_eq!(page_window(1, 10), [Some(1), Some(2), Some(3), None, Some(10)]);
        assert!(page_window(1, 0).is_empty());
    }

    #[test]
    fn neighbours_in_order() {
        let feed = sample();
        let all = news(&feed);
        let (newer, older) = neighbours(&all, "n2");
        assert_eq!((newer.map(|i| i.id.as_str()), older.map(|i| i.id.as_str())), (Some("n3"), Some("n1")));
        assert_eq!(neighbours(&all, "n3").0, None);
        assert_eq!(neighbours(&all, "n1").1, None);
        assert_eq!(neighbours(&all, "missing"), (None, None));
    }

    #[test]
    fn upcoming_includes_events_still_running() {
        let feed = sample();
        let today = Date::new(2026, 11, 23).unwrap_or_else(|| unreachable!());
        assert_eq!(ids(&upcoming_events(&feed, today)), ["e1", "e2", "e3"]);
        assert_eq!(ids(&past_events(&feed, today)), ["e0"]);
        let later = Date::new(2026, 11, 24).unwrap_or_else(|| unreachable!());
        assert_eq!(ids(&upcoming_events(&feed, later)), ["e2", "e3"]);
        assert_eq!(ids(&past_events(&feed, later)), ["e1", "e0"]);
    }

    #[test]
    fn mentions_by_place_or_title() {
        let feed = parse_feed(
            r#"{"version":"https://jsonfeed.org/version/1.1","title":"t","items":[
            {"id":"a","title":"Meeting","_bp":{"kind":"news","place":"Istanbul, Türkiye"},"date_published":"2020-01-01"},
            {"id":"b","title":"Türkiye hosts","date_published":"2019-01-01"},
            {"id":"c","title":"Elsewhere","_bp":{"kind":"news","place":"Vienna, Austria"},"date_published":"2018-01-01"},
            {"id":"d","title":"Türkiye document","_bp":{"kind":"document"}}]}"#,
        )
        .unwrap_or_default();
        assert_eq!(ids(&mentioning(&feed, "Türkiye", 5)), ["a", "b"]);
        assert_eq!(ids(&mentioning(&feed, "Türkiye", 1)), ["a"]);
        assert!(mentioning(&feed, " ", 5).is_empty());
    }

    #[test]
    fn documents_filter_by_type_year_language() {
        let feed = sample();
        let docs = documents(&feed);
        assert_eq!(document_types(&docs), ["declaration", "strategy"]);
        assert_eq!(all_languages(&docs), ["ar", "en", "ru"]);
        let by = |f: DocumentFilter| ids(&docs.iter().copied().filter(|d| f.matches(d)).collect::<Vec<_>>());
        assert_eq!(by(DocumentFilter { language: Some("ar".into()), ..Default::default() }), ["d2"]);
        assert_eq!(by(DocumentFilter { language: Some("en".into()), ..Default::default() }), ["d2", "d1"]);
        assert_eq!(by(DocumentFilter { year: Some(2013), ..Default::default() }), ["d1"]);
        assert_eq!(
            by(DocumentFilter { doc_type: Some("strategy".into()), year: Some(2013), language: None }).len(),
            0
        );
        assert_eq!(languages_of(docs[0]), ["ar", "en"]);
    }
}
