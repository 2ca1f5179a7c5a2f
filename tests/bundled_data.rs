//! The bundled data in `public/data/` is read by the same parsers the site
//! uses, and must agree with the official factsheet and the seed site.

use budapest_process_site::model::date::Date;
use budapest_process_site::model::feed::{Feed, ItemKind, parse_feed};
use budapest_process_site::model::map::{join, needs_marker, parse_map};
use budapest_process_site::model::query::{documents, languages_of, news};
use budapest_process_site::model::site::{KeyCounts, RoleKind, SiteData, Status, parse_site};
use budapest_process_site::model::url::{UrlUse, safe_url};

fn site() -> SiteData {
    parse_site(include_str!("../public/data/site.json")).expect("site.json reads")
}

fn feed() -> Feed {
    parse_feed(include_str!("../public/data/feed.json")).expect("feed.json reads")
}

#[test]
fn bundled_files_read_without_skipping_anything() {
    assert_eq!(site().skipped, Vec::<String>::new());
    assert_eq!(feed().skipped, Vec::<String>::new());
}

#[test]
fn key_counts_match_the_factsheet() {
    // The factsheet: 52 participating states, 7 observer states,
    // 17 participating organisations, 3 regional working groups.
    assert_eq!(
        site().key_counts(),
        KeyCounts {
            participating_states: 52,
            observer_states: 7,
            organisations: 17,
            regional_working_groups: 3
        }
    );
}

#[test]
fn chair_co_chair_and_founding_match_the_factsheet() {
    let site = site();
    assert_eq!(site.holder_of(RoleKind::Chair).and_then(|m| m.iso2.as_deref()), Some("TR"));
    assert_eq!(site.holder_of(RoleKind::CoChair).and_then(|m| m.iso2.as_deref()), Some("HU"));
    assert_eq!(site.facts.established, Some(1993));
    assert_eq!(site.facts.secretariat.map(|s| s.acronym), Some("ICMPD".to_owned()));
}

#[test]
fn the_unnamed_observer_is_an_explicit_placeholder() {
    let site = site();
    let placeholders: Vec<_> = site.members.iter().filter(|m| m.placeholder).collect();
    assert_eq!(placeholders.len(), 1);
    assert_eq!(placeholders[0].status, Status::Observer);
    assert_eq!(placeholders[0].iso2, None);
    assert!(site.members.iter().filter(|m| !m.placeholder).all(|m| m.iso2.is_some()));
}

#[test]
fn every_fact_carries_a_source() {
    let site = site();
    for member in &site.members {
        assert!(!member.sources.is_empty(), "{} has no source", member.name);
    }
    for milestone in &site.milestones {
        assert!(!milestone.sources.is_empty(), "{} has no source", milestone.id);
    }
    for org in &site.organisations {
        assert!(!org.sources.is_empty(), "{} has no source", org.name);
    }
}

#[test]
fn every_url_is_a_web_url() {
    let site_text = include_str!("../public/data/site.json");
    let value: serde_json::Value = serde_json::from_str(site_text).expect("site.json is JSON");
    let mut urls = Vec::new();
    collect_urls(&value, &mut urls);
    assert!(urls.len() > 100);
    for url in urls {
        assert!(safe_url(&url, UrlUse::Resource).is_some(), "{url}");
    }
}

fn collect_urls(value: &serde_json::Value, out: &mut Vec<String>) {
    match value {
        serde_json::Value::String(s) if s.starts_with("http") || s.contains("://") => out.push(s.clone()),
        serde_json::Value::Array(values) => values.iter().for_each(|v| collect_urls(v, out)),
        serde_json::Value::Object(map) => map.values().for_each(|v| collect_urls(v, out)),
        _ => {}
    }
}

#[test]
fn milestone_links_point_at_real_feed_items_and_categories() {
    let site = site();
    let feed = feed();
    for milestone in &site.milestones {
        assert!(
            site.milestone_categories.iter().any(|c| c.id == milestone.category),
            "{}: unknown category {}",
            milestone.id,
            milestone.category
        );
        for related in &milestone.related {
            assert!(feed.items.iter().any(|i| &i.id == related), "{}: no feed item {related}", milestone.id);
        }
    }
}

#[test]
fn the_feed_has_enough_news_and_the_seed_documents() {
    let feed = feed();
    assert!(news(&feed).len() >= 20);
    let docs = documents(&feed);
    // Documents offered on the seed site, with their language versions.
    for (title, langs) in [
        ("Budapest Process Factsheet (earlier edition)", vec!["en", "ru"]),
        ("Istanbul Ministerial Declaration on a Silk Routes Partnership for Migration", vec!["en", "ru"]),
        ("20+ Years of the Budapest Process", vec!["en"]),
        ("Budapest Process Multi-annual Strategy 2014–2016", vec!["en", "ru", "ar"]),
        ("Budapest Process Activity Calendar 2016", vec!["en"]),
        ("ICMPD Migration Dialogue Calendar", vec!["en"]),
    ] {
        let doc = docs.iter().find(|d| d.title.as_deref() == Some(title));
        assert_eq!(
            doc.map(|d| languages_of(d)),
            Some(langs.iter().map(|l| l.to_string()).collect()),
            "{title}"
        );
    }
}

#[test]
fn no_bundled_event_is_in_the_future() {
    // The sources announce no future meeting; inventing one would be wrong.
    let today = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| Date::from_days_since_epoch((d.as_secs() / 86_400) as i64))
        .unwrap_or_else(|_| Date::from_days_since_epoch(0));
    let events: Vec<_> = feed().items.into_iter().filter(|i| i.is_event()).collect();
    assert!(events.len() >= 20);
    for event in events {
        if let ItemKind::Event { start, end } = event.kind {
            assert!(end.unwrap_or(start) < today, "{} is in the future", event.id);
        }
    }
}

#[test]
fn every_member_has_a_shape_a_marker_or_is_listed_off_map() {
    let site = site();
    let map = parse_map(include_str!("../public/data/map.json")).expect("map.json reads");
    assert_eq!(map.skipped, Vec::<String>::new());
    let joined = join(&site, &map);
    // The observers beyond the region are listed beside the map, the
    // unnamed one is never drawn, and everyone else has geometry.
    assert_eq!(joined.off_map, ["AU", "CA", "US"], "members without a shape on the map");
    assert_eq!(joined.unnamed, 1);
    assert_eq!(joined.shape_of.len() + joined.off_map.len() + joined.unnamed, site.members.len());
    // Every state can be found: one without a marker has an outline to
    // hit, and a marker sits on the map.
    for (iso, index) in &joined.shape_of {
        let shape = map.shapes.get(*index).expect("joined shapes exist");
        assert!(needs_marker(shape) || !shape.path.is_empty(), "{iso} is neither drawn nor marked");
        let (x, y) = shape.centroid;
        assert!((0.0..=map.width).contains(&x) && (0.0..=map.height).contains(&y), "{iso} at {x},{y}");
    }
    // The small states that are easy to lose: the tiniest get a marker, Cyprus
    // and Montenegro are big enough to hit as drawn.
    let shape = |iso: &str| joined.shape_of.get(iso).and_then(|i| map.shapes.get(*i)).expect(iso);
    for iso in ["MT", "LU", "LI"] {
        assert!(needs_marker(shape(iso)), "{iso} should have a marker");
    }
    for iso in ["CY", "ME"] {
        assert!(!needs_marker(shape(iso)) && !shape(iso).path.is_empty(), "{iso} should be drawn");
    }
}

#[test]
fn the_map_file_stays_small() {
    // The map file's budget: under 120 KB brotli; raw size is a safe upper
    // bound for the compressed one.
    assert!(include_str!("../public/data/map.json").len() < 120_000);
}
