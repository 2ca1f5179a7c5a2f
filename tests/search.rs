//! Search relevance on the bundled data: what visitors ask, and what they
//! must find first. Plus a feed in Russian and Arabic, which the bundled
//! data does not have but a deployer's will.

use budapest_process_site::i18n::Locale;
use budapest_process_site::model::date::Date;
use budapest_process_site::model::feed::parse_feed;
use budapest_process_site::model::site::{SiteData, parse_site};
use budapest_process_site::search::{Index, Kind, Query, documents, grouped};

fn site() -> SiteData {
    parse_site(include_str!("../public/data/site.json")).expect("site.json reads")
}

fn bundled() -> Index {
    let feed = parse_feed(include_str!("../public/data/feed.json")).expect("feed.json reads");
    Index::new(documents(&site(), &feed, Date::new(2026, 11, 30).expect("a real date"), Locale::En))
}

/// Paths of the results, best first.
fn paths(index: &Index, query: &Query) -> Vec<String> {
    index.search(query).iter().filter_map(|h| index.doc(h)).map(|d| d.path.clone()).collect()
}

fn find(index: &Index, text: &str) -> Vec<String> {
    paths(index, &Query::parse(text))
}

#[track_caller]
fn top(index: &Index, text: &str, expected: &str) {
    let found = find(index, text);
    assert_eq!(found.first().map(String::as_str), Some(expected), "{text:?} found {found:?}");
}

#[track_caller]
fn in_top(index: &Index, text: &str, n: usize, expected: &str) {
    let found = find(index, text);
    assert!(
        found.iter().take(n).any(|p| p == expected),
        "{text:?}: {expected} not in the top {n} of {found:?}"
    );
}

#[test]
fn the_chair_under_every_spelling() {
    let index = bundled();
    for spelling in ["turkiye", "Türkiye", "TÜRKIYE", "Turkey", "turkey"] {
        top(&index, spelling, "/members/TR");
    }
}

#[test]
fn states_under_former_and_short_names() {
    let index = bundled();
    top(&index, "Czech Republic", "/members/CZ");
    top(&index, "Russia", "/members/RU");
    top(&index, "uzbekistan", "/members/UZ");
    top(&index, "Hungary", "/members/HU");
    top(&index, "pakistan", "/members/PK");
    in_top(&index, "co-chair", 3, "/members/HU");
}

#[test]
fn istanbul_commitments_finds_the_milestone_and_its_document_first() {
    let index = bundled();
    let found = find(&index, "istanbul commitments");
    let mut first_two: Vec<&str> = found.iter().take(2).map(String::as_str).collect();
    first_two.sort_unstable();
    assert_eq!(
        first_two,
        ["/documents/doc-istanbul-commitments-2019", "/timeline/istanbul-2019"],
        "{found:?}"
    );
    // Two slips (a swap in one word) still find it.
    in_top(&index, "istanbul commitmnets", 3, "/documents/doc-istanbul-commitments-2019");
}

#[test]
fn word_forms_prefixes_and_slips() {
    let index = bundled();
    in_top(&index, "migrants", 3, "/news/2021-09-migrant-resource-centres-dhaka");
    in_top(&index, "migrnts", 3, "/news/2021-09-migrant-resource-centres-dhaka");
    in_top(&index, "reintegraton", 5, "/members?group=return-reintegration");
    top(&index, "traffiking", "/news/2022-10-anti-trafficking-conference");
    top(&index, "STOCKHOLM", "/timeline/som-34-stockholm");
    // A prefix finds whole words in titles.
    let hits = index.search(&Query::parse("migr"));
    let first = hits.first().and_then(|h| index.doc(h)).expect("migr finds something");
    assert!(first.title.to_lowercase().contains("migr"), "{}", first.title);
}

#[test]
fn names_acronyms_and_pages() {
    let index = bundled();
    top(&index, "ICMPD", "/members#organisations");
    top(&index, "UNHCR", "/members#organisations");
    top(&index, "secretariat", "/timeline/secretariat-icmpd");
    top(&index, "contact", "/contact");
    in_top(&index, "silk routes region", 3, "/members?group=silk-routes");
    top(&index, "trafficking", "/news/2022-10-anti-trafficking-conference");
    in_top(&index, "integrated border management", 3, "/timeline/ibm-silk-routes");
}

#[test]
fn years_in_the_query_and_as_a_filter() {
    let index = bundled();
    top(&index, "afghanistan 2021", "/timeline/afghanistan-2021");
    in_top(&index, "budapest 1993", 3, "/timeline/budapest-1993");
    let in_2019 = Query::parse("istanbul").with_filters(Vec::new(), Some(2019));
    let found = index.search(&in_2019);
    assert!(!found.is_empty());
    for hit in &found {
        let years = index.doc(hit).and_then(|d| d.years.clone()).expect("a result of 2019 has years");
        assert!(years.contains(&2019), "{years:?}");
    }
}

#[test]
fn phrases_and_kinds() {
    let index = bundled();
    let phrase = Query::parse("\"call for action\"");
    let found = index.search(&phrase);
    assert!(found.len() >= 5, "{}", found.len());
    for hit in &found {
        let doc = index.doc(hit).expect("a hit is a document");
        let text = format!("{} {} {}", doc.title, doc.summary, doc.body).to_lowercase();
        assert!(text.contains("call for action"), "{}", doc.title);
    }
    let documents = Query::parse("call for action").with_filters(vec![Kind::Document], None);
    let found = paths(&index, &documents);
    let mut first_two: Vec<&str> = found.iter().take(2).map(String::as_str).collect();
    first_two.sort_unstable();
    assert_eq!(
        first_two,
        ["/documents/doc-call-for-action-2019", "/documents/doc-call-for-action-2025-2030"]
    );
    assert!(found.iter().all(|p| p.starts_with("/documents/")));
}

#[test]
fn results_group_by_kind_with_the_best_group_first() {
    let index = bundled();
    let hits = index.search(&Query::parse("istanbul"));
    let groups = grouped(&index, &hits);
    assert!(groups.len() >= 3, "{:?}", groups.iter().map(|g| g.0).collect::<Vec<_>>());
    let best = hits.first().and_then(|h| index.doc(h)).map(|d| d.kind);
    assert_eq!(groups.first().map(|g| g.0), best);
    assert_eq!(groups.iter().map(|g| g.1.len()).sum::<usize>(), hits.len());
}

#[test]
fn nothing_found_is_empty_and_offers_a_correction_when_one_exists() {
    let index = bundled();
    assert!(find(&index, "xyzzyq").is_empty());
    assert_eq!(index.suggestion(&Query::parse("xyzzyq")), None);
    let slip = Query::parse("perh");
    assert!(index.search(&slip).is_empty());
    assert_eq!(index.suggestion(&slip).as_deref(), Some("perth"));
}

#[test]
fn hostile_queries_find_nothing_odd() {
    let index = bundled();
    let long = "a".repeat(10_000);
    let many = "migration ".repeat(1_000);
    for text in [
        long.as_str(),
        many.as_str(),
        ".*+?^${}()|[]\\",
        "<script>alert(1)</script>",
        "\u{202E}lufsrep\u{202C}",
        "\"\"\"",
        "",
    ] {
        // Nothing to assert but that it returns; the bench times it.
        let _ = index.search(&Query::parse(text));
        let _ = index.suggestion(&Query::parse(text));
    }
    assert!(find(&index, "<script>").is_empty(), "no document holds a script tag");
}

/// A deployer's feed with Russian and Arabic documents.
const FOREIGN: &str = r#"{
  "version": "https://jsonfeed.org/version/1.1",
  "title": "t",
  "items": [
    {"id": "ru-1", "title": "Стратегия в области миграции", "content_text": "Документ о миграции и возвращении.",
     "date_published": "2024-01-10T00:00:00Z", "_bp": {"kind": "document", "year": 2024}},
    {"id": "ar-1", "title": "إدارة الهجرة والحدود", "content_text": "وثيقة عن المهاجرين.",
     "date_published": "2024-02-10T00:00:00Z", "_bp": {"kind": "document", "year": 2024}},
    {"id": "en-1", "title": "Migration strategy", "content_text": "In English.",
     "date_published": "2024-03-10T00:00:00Z", "_bp": {"kind": "document", "year": 2024}}
  ]
}"#;

#[test]
fn russian_and_arabic_in_other_word_forms() {
    let feed = parse_feed(FOREIGN).expect("the test feed reads");
    assert!(feed.skipped.is_empty(), "{:?}", feed.skipped);
    let index = Index::new(documents(
        &SiteData::default(),
        &feed,
        Date::new(2026, 1, 1).expect("a date"),
        Locale::En,
    ));
    top(&index, "миграция", "/documents/ru-1");
    top(&index, "Стратегии", "/documents/ru-1");
    top(&index, "الهجرة", "/documents/ar-1");
    top(&index, "الحدود", "/documents/ar-1");
    top(&index, "المهاجر", "/documents/ar-1");
    top(&index, "migration", "/documents/en-1");
}

/// The titles file the worker answers from first finds every feed item the
/// whole feed does, by its title, and shows it the same way; only the texts
/// wait for the feed.
#[test]
fn the_titles_file_shows_every_item_as_the_feed_does() {
    use budapest_process_site::search::titles::titles_feed;
    let text = include_str!("../public/data/feed.json");
    let today = Date::new(2026, 11, 30).expect("a real date");
    let whole = documents(&site(), &parse_feed(text).expect("feed.json reads"), today, Locale::En);
    let titles_text = titles_feed(text).expect("the titles file is written");
    let titles =
        documents(&site(), &parse_feed(&titles_text).expect("the titles file reads"), today, Locale::En);
    let shown = |docs: &[budapest_process_site::search::Doc]| -> Vec<_> {
        docs.iter()
            .map(|d| {
                (
                    d.kind,
                    d.title.clone(),
                    d.path.clone(),
                    d.date_label.clone(),
                    d.years.clone(),
                    d.status.clone(),
                )
            })
            .collect()
    };
    assert_eq!(shown(&whole), shown(&titles));
    assert!(titles_text.len() * 3 < text.len(), "{} of {} bytes", titles_text.len(), text.len());
    // A title word finds its item from the titles alone.
    let index = Index::new(titles);
    in_top(&index, "istanbul commitments", 2, "/documents/doc-istanbul-commitments-2019");
}
