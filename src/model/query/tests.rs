//! The list queries on small hand-made feeds and sites.

use super::*;
use crate::model::date::Date;
use crate::model::feed::parse_feed;
use crate::model::feed::{Feed, FeedItem};

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
    .expect("the test feed reads")
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
    .expect("the test feed reads");
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
