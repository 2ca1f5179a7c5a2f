//! The render step on the bundled data: every route of the app's route
//! table is pre-rendered, pages carry their content and their own head, and
//! the discovery files (sitemap, Atom feed) follow their formats.
//!
//! Needs the host build of the app: `cargo test --features ssr`.
#![cfg(feature = "ssr")]

use std::collections::HashSet;
use std::path::Path;

use budapest_process_site::App;
use budapest_process_site::config::Config;
use budapest_process_site::i18n::Locale;
use budapest_process_site::model::date::Date;
use budapest_process_site::model::site::Status;
use budapest_process_site::paths;
use budapest_process_site::prerender::plan::{Needs, PageKind, PlannedPage, in_every_language, plan};
use budapest_process_site::prerender::{Loaded, discovery, has_map_geometry, load, render, startup};
use budapest_process_site::startup::Startup;
use leptos::prelude::*;
use leptos_router::location::RequestUrl;
use leptos_router::{PathSegment, RouteList};

const SITE_URL: &str = "https://example.org";

fn today() -> Date {
    Date::new(2026, 11, 30).unwrap_or_else(|| Date::from_days_since_epoch(0))
}

fn bundled() -> Loaded {
    let _ = any_spawner::Executor::init_futures_executor();
    load(Path::new("public/data")).unwrap_or_else(|e| panic!("bundled data: {e}"))
}

/// The app as the render step starts it for `path` (in the language its
/// prefix names): with the data files the plan gives that page (every file
/// for a path the plan does not list).
fn app_startup(data: &Loaded, path: &str) -> Startup {
    let (locale, route) = Locale::split_path(path);
    let needs = pages(data).into_iter().find(|p| p.path == route).map_or(Needs::ALL, |p| p.needs);
    startup(data, needs, Config::from_meta(|_| None), today(), locale)
}

fn render_page(data: &Loaded, path: &str) -> (String, budapest_process_site::components::page_meta::Head) {
    render(&app_startup(data, path), path)
}

fn pages(data: &Loaded) -> Vec<PlannedPage> {
    plan(&data.site, &data.feed, today())
}

/// Whether `path` is one the route pattern matches.
fn matches(pattern: &[PathSegment], path: &str) -> bool {
    let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
    let pattern: Vec<&PathSegment> = pattern
        .iter()
        .filter(|s| {
            !matches!(s, PathSegment::Unit)
                && !matches!(s, PathSegment::Static(name) if name.trim_matches('/').is_empty())
        })
        .collect();
    let required = pattern.iter().filter(|s| !matches!(s, PathSegment::OptionalParam(_))).count();
    if segments.len() < required || segments.len() > pattern.len() {
        return false;
    }
    pattern.iter().zip(segments.iter()).all(|(p, s)| match p {
        PathSegment::Static(name) => name.trim_matches('/') == *s,
        _ => true,
    })
}

#[test]
fn every_route_in_the_route_table_is_pre_rendered() {
    let data = bundled();
    let app = app_startup(&data, "/");
    let owner = Owner::new();
    let routes = owner.with(|| {
        provide_context(RequestUrl::new("/"));
        RouteList::generate(move || view! { <App startup=app /> })
    });
    let routes = routes.map(RouteList::into_inner).expect("the route table generates");
    assert!(routes.len() >= 15, "the route table should list every route, got {}", routes.len());
    let planned = pages(&data);
    for route in &routes {
        let pattern = route.path();
        let optional = pattern.iter().any(|s| matches!(s, PathSegment::OptionalParam(_)));
        let covered: Vec<&str> =
            planned.iter().filter(|p| matches(pattern, &p.path)).map(|p| p.path.as_str()).collect();
        assert!(!covered.is_empty(), "route {pattern:?} has no pre-rendered page");
        if optional {
            // `/timeline/:id?`: the bare page and one per entry.
            let bare = covered.iter().filter(|p| p.matches('/').count() == 1).count();
            assert_eq!(bare, 1, "{pattern:?}");
            assert!(covered.len() > 1, "{pattern:?} has no entry pages");
        }
    }
}

#[test]
fn every_item_member_and_milestone_has_a_page() {
    let data = bundled();
    let planned: HashSet<String> = pages(&data).into_iter().map(|p| p.path).collect();
    for item in &data.feed.items {
        assert!(planned.contains(&paths::item(item)), "{}", item.id);
    }
    for member in data.site.members.iter().filter(|m| !m.placeholder) {
        let iso = member.iso2.clone().expect("a listed member has a code");
        assert!(planned.contains(&format!("/members/{iso}")), "{}", member.name);
    }
    for milestone in &data.site.milestones {
        assert!(planned.contains(&format!("/timeline/{}", milestone.id)), "{}", milestone.id);
    }
    for path in ["/embed/timeline", "/embed/map", "/embed/key-data", "/embed/news", paths::NOT_FOUND] {
        assert!(planned.contains(path), "{path}");
    }
}

#[test]
fn pages_name_the_views_they_load_from_chunks() {
    use budapest_process_site::chunks::ChunkView::{self, *};
    let data = bundled();
    let kind = |is: fn(&budapest_process_site::model::feed::FeedItem) -> bool| {
        data.feed
            .items
            .iter()
            .find(|i| is(i))
            .map(paths::item)
            .expect("the bundled feed has one of each kind")
    };
    let (news_item, event, document) =
        (kind(|i| i.is_news()), kind(|i| i.is_event()), kind(|i| i.is_document()));
    let milestone = format!("/timeline/{}", data.site.milestones.first().map_or("", |m| m.id.as_str()));
    let expected: Vec<(String, Vec<ChunkView>)> = vec![
        ("/".into(), vec![]),
        ("/about".into(), vec![About]),
        ("/contact".into(), vec![Contact]),
        ("/embed/key-data".into(), vec![KeyDataWidget]),
        (paths::NOT_FOUND.into(), vec![NotFound]),
        (paths::OFFLINE.into(), vec![]),
        ("/timeline".into(), vec![Timeline]),
        (milestone, vec![Timeline]),
        ("/embed/timeline".into(), vec![TimelineWidget]),
        ("/members/TR".into(), vec![Members]),
        ("/embed/map".into(), vec![MapWidget]),
        ("/news/page/2".into(), vec![News]),
        (news_item, vec![NewsItem]),
        ("/documents".into(), vec![Documents]),
        (document, vec![Document]),
        ("/events".into(), vec![Events]),
        (event, vec![Event]),
        ("/embed/news".into(), vec![NewsWidget]),
        ("/ru/search".into(), vec![Search]),
    ];
    for (path, views) in expected {
        let (_, head) = render_page(&data, &path);
        assert_eq!(head.views, views, "{path}");
    }
}

#[test]
fn list_pages_cover_every_entry_once() {
    let data = bundled();
    let planned = pages(&data);
    let news_pages =
        planned.iter().filter(|p| p.path == "/news" || p.path.starts_with("/news/page/")).count();
    let news = data.feed.items.iter().filter(|i| i.is_news()).count();
    assert_eq!(news_pages, news.div_ceil(10).max(1));
    let mut shown = Vec::new();
    for page in planned.iter().filter(|p| p.path == "/news" || p.path.starts_with("/news/page/")) {
        let (html, _) = render_page(&data, &page.path);
        shown.extend(
            data.feed
                .items
                .iter()
                .filter(|i| i.is_news() && html.contains(&format!("href=\"{}\"", paths::item(i))))
                .map(|item| item.id.clone()),
        );
        if page.path != "/news" {
            assert!(html.contains("rel=\"prev\""), "{} links back", page.path);
        }
    }
    shown.sort();
    shown.dedup();
    assert_eq!(shown.len(), news, "every news item is on one of the list pages");
}

#[test]
fn pages_hold_their_content_and_their_own_head() {
    let data = bundled();
    let site = &data.site;
    let (home, head) = render_page(&data, "/");
    assert_eq!(head.title, "Budapest Process");
    let participating = site.members.iter().filter(|m| m.status == Status::Participating).count();
    assert!(home.contains(&format!(">{participating}<")), "the key-data count is in the HTML");
    assert!(home.contains("Türkiye") && home.contains("Hungary"));

    let item = data.feed.items.iter().find(|i| i.is_news()).cloned();
    let Some(item) = item else { panic!("no news") };
    let (html, head) = render_page(&data, &paths::item(&item));
    assert_eq!(head.title, format!("{} · Budapest Process", item.display_title()));
    assert!(!head.not_found);
    assert!(
        html.contains(&format!(r#"<h1 dir="auto">{}"#, item.display_title())),
        "the article is in the page"
    );

    let (html, head) = render_page(&data, "/timeline/istanbul-2013");
    assert!(head.title.starts_with("Istanbul"), "{}", head.title);
    assert!(html.contains("aria-expanded=\"true\""), "the selected milestone is open in the list");
    assert!(
        html.contains("<ol aria-label=\"Milestones in time order\" class=\"tl-vlist\""),
        "the timeline is an ordered list"
    );

    let (html, head) = render_page(&data, "/members/TR");
    assert_eq!(head.title, "Türkiye · Members · Budapest Process");
    assert!(html.contains("<svg"), "the map is drawn into the page");
    assert!(html.contains("class=\"members-table\""), "and the member tables");

    let (_, head) = render_page(&data, paths::NOT_FOUND);
    assert!(head.not_found);
    // The service worker's offline page: its marker (boot.js leaves the
    // page as it is) and the place the worker lists the saved pages in.
    let (html, head) = render_page(&data, paths::OFFLINE);
    assert_eq!(head.title, "You are offline · Budapest Process");
    assert!(!head.not_found);
    assert!(
        html.contains("data-offline-page") && html.contains("<div class=\"saved-pages\" data-saved-pages"),
        "{html}"
    );
    let (_, head) = render_page(&data, "/news/no-such-item");
    assert!(head.not_found, "an unknown id renders the not-found page");
}

#[test]
fn feed_html_is_sanitised_in_the_pages() {
    let mut data = bundled();
    let mut feed = (*data.feed).clone();
    let Some(item) = feed.items.iter_mut().find(|i| i.is_news()) else { panic!("no news") };
    item.content = budapest_process_site::model::feed::Content::Html(
        r#"<p onclick="x()">Safe <script>alert(1)</script><a href="javascript:alert(1)">link</a></p>"#.into(),
    );
    let path = paths::item(item);
    data.feed = std::sync::Arc::new(feed);
    let (html, _) = render_page(&data, &path);
    assert!(html.contains("<p>Safe <a rel=\"noopener noreferrer nofollow\">link</a></p>"), "{html}");
    assert!(!html.contains("alert(1)") && !html.contains("onclick"));
}

#[test]
fn the_sitemap_lists_every_indexable_page_with_its_date() {
    let data = bundled();
    let planned = pages(&data);
    let xml = discovery::sitemap(&planned, SITE_URL);
    let doc = roxmltree::Document::parse(&xml).unwrap_or_else(|e| panic!("sitemap.xml is not XML: {e}"));
    let root = doc.root_element();
    assert_eq!(root.tag_name().namespace(), Some("http://www.sitemaps.org/schemas/sitemap/0.9"));
    let urls: Vec<_> = root.children().filter(|n| n.has_tag_name("url")).collect();
    let indexable = planned.iter().filter(|p| p.indexable()).count();
    assert_eq!(urls.len(), indexable * Locale::ALL.len(), "every page in every language");
    assert!(urls.len() < 50_000, "one sitemap file holds at most 50,000 URLs");
    let mut seen = HashSet::new();
    for url in urls {
        let loc = url.children().find(|n| n.has_tag_name("loc")).and_then(|n| n.text()).unwrap_or_default();
        assert!(loc.starts_with(SITE_URL) && seen.insert(loc.to_owned()), "{loc}");
        assert!(
            !loc.contains("/embed/") && !loc.ends_with("/404") && !loc.ends_with("/offline"),
            "widgets, 404 and the offline page are not listed: {loc}"
        );
        if let Some(lastmod) = url.children().find(|n| n.has_tag_name("lastmod")).and_then(|n| n.text()) {
            assert!(Date::parse_iso(lastmod).is_some(), "{lastmod}");
        }
        // Each language's version of the page, itself included, and English
        // for everyone else.
        let alternates: Vec<(&str, &str)> = url
            .children()
            .filter(|n| n.has_tag_name(("http://www.w3.org/1999/xhtml", "link")))
            .map(|n| (n.attribute("hreflang").unwrap_or_default(), n.attribute("href").unwrap_or_default()))
            .collect();
        let route = Locale::split_path(&loc[SITE_URL.len()..]).1.to_owned();
        for &locale in Locale::ALL {
            let expected = format!("{SITE_URL}{}", locale.path(&route));
            assert!(alternates.contains(&(locale.tag(), expected.as_str())), "{loc}: {alternates:?}");
        }
        let english = format!("{SITE_URL}{route}");
        assert!(alternates.contains(&("x-default", english.as_str())), "{loc}: {alternates:?}");
    }
    let news = planned.iter().find(|p| p.path == "/news").and_then(|p| p.lastmod);
    assert!(news.is_some(), "list pages carry the date of their newest entry");
    assert!(planned.iter().any(|p| matches!(p.kind, PageKind::Item(_)) && p.lastmod.is_some()));
}

/// RFC 3339 `date-time`, as Atom requires (section 3.3).
fn is_rfc3339(text: &str) -> bool {
    let bytes = text.as_bytes();
    let digits =
        |range: std::ops::Range<usize>| bytes.get(range).is_some_and(|b| b.iter().all(u8::is_ascii_digit));
    let zone =
        &text.get(19..).unwrap_or_default().trim_start_matches(|c: char| c == '.' || c.is_ascii_digit());
    text.len() >= 20
        && digits(0..4)
        && bytes[4] == b'-'
        && digits(5..7)
        && bytes[7] == b'-'
        && digits(8..10)
        && bytes[10] == b'T'
        && digits(11..13)
        && bytes[13] == b':'
        && digits(14..16)
        && bytes[16] == b':'
        && digits(17..19)
        && (*zone == "Z" || (zone.len() == 6 && (zone.starts_with('+') || zone.starts_with('-'))))
}

const ATOM: &str = "http://www.w3.org/2005/Atom";

fn children<'a, 'i>(node: roxmltree::Node<'a, 'i>, name: &str) -> Vec<roxmltree::Node<'a, 'i>> {
    node.children().filter(|n| n.has_tag_name((ATOM, name))).collect()
}

/// The text of the one `atom:<name>` child; fails unless there is exactly one.
fn one_text(node: roxmltree::Node<'_, '_>, name: &str) -> String {
    let found = children(node, name);
    assert_eq!(found.len(), 1, "exactly one atom:{name} in {}", node.tag_name().name());
    found.first().and_then(|n| n.text()).unwrap_or_default().to_owned()
}

#[test]
fn the_atom_feed_follows_rfc_4287() {
    let data = bundled();
    let xml = discovery::atom(&data.feed, SITE_URL, today());
    let doc = roxmltree::Document::parse(&xml).unwrap_or_else(|e| panic!("feed.xml is not XML: {e}"));
    let feed = doc.root_element();
    assert!(feed.has_tag_name((ATOM, "feed")), "the root is atom:feed");
    // 4.1.1: the feed's own metadata.
    for name in ["id", "title", "updated"] {
        assert!(!one_text(feed, name).is_empty(), "feed {name}");
    }
    assert!(is_rfc3339(&one_text(feed, "updated")));
    assert!(one_text(feed, "id").starts_with("https://"), "ids are absolute IRIs");
    assert!(!children(feed, "author").is_empty(), "the feed has an author, which entries inherit");
    let links = children(feed, "link");
    assert!(links.iter().any(|l| l.attribute("rel") == Some("self") && l.attribute("href").is_some()));
    assert_eq!(links.iter().filter(|l| l.attribute("rel").unwrap_or("alternate") == "alternate").count(), 1);
    // 4.1.2: every entry.
    let entries = children(feed, "entry");
    let expected = data.feed.items.len().min(discovery::ATOM_ENTRIES);
    assert_eq!(entries.len(), expected);
    let mut ids = HashSet::new();
    for entry in entries {
        let id = one_text(entry, "id");
        assert!(id.starts_with(SITE_URL) && ids.insert(id.clone()), "entry ids are unique IRIs: {id}");
        assert!(!one_text(entry, "title").is_empty());
        assert!(is_rfc3339(&one_text(entry, "updated")), "{id}");
        for published in children(entry, "published") {
            assert!(is_rfc3339(published.text().unwrap_or_default()), "{id}");
        }
        for name in ["content", "summary", "published"] {
            assert!(children(entry, name).len() <= 1, "at most one atom:{name} in {id}");
        }
        for content in children(entry, "content") {
            let kind = content.attribute("type").unwrap_or("text");
            assert!(["text", "html"].contains(&kind), "{id}");
            assert!(content.children().all(|n| n.is_text()), "escaped content only: {id}");
        }
        let alternate = children(entry, "link")
            .into_iter()
            .filter(|l| l.attribute("rel").unwrap_or("alternate") == "alternate")
            .count();
        assert_eq!(alternate, 1, "one alternate link to the item's page: {id}");
        for category in children(entry, "category") {
            assert!(category.attribute("term").is_some_and(|t| !t.is_empty()));
        }
    }
}

#[test]
fn rfc3339_checker_can_fail() {
    assert!(is_rfc3339("2019-02-20T09:00:00Z"));
    assert!(is_rfc3339("2019-02-20T09:00:00.5+03:00"));
    assert!(!is_rfc3339("2019-02-20"));
    assert!(!is_rfc3339("2019-02-20 09:00:00Z"));
    assert!(!is_rfc3339("2019-02-20T09:00:00"));
}

/// The pages the interface catalogue covers so far (docs/translating.md),
/// rendered in Russian: no visible text outside content marked
/// `lang="en"` may still be English. A word the catalogue does not hold
/// shows up here as the page that writes it.
#[test]
fn translated_pages_have_no_english_words_of_their_own() {
    let data = bundled();
    // Every page the render step writes in Russian, and an unknown path.
    let planned = pages(&data);
    let mut paths: Vec<String> = in_every_language(&planned)
        .filter(|(locale, _)| *locale == Locale::Ru)
        .map(|(_, page)| page.path.clone())
        .collect();
    paths.push("/no-such-page".to_owned());
    let mut found = Vec::new();
    for path in paths.iter().map(|p| Locale::Ru.path(p)) {
        let (body, head) = render_page(&data, &path);
        let brand = Locale::Ru.messages().chrome.brand;
        assert!(head.title.ends_with(brand), "{path}: {}", head.title);
        found.extend(english_words(&body).into_iter().map(|text| format!("{path}: {text:?}")));
    }
    assert!(found.is_empty(), "{} English texts:\n{}", found.len(), found.join("\n"));
}

/// Visible text with an English word in it, outside `lang="en"` content.
fn english_words(html: &str) -> Vec<String> {
    // Names that stay as they are in any language.
    const KEPT: [&str; 17] = [
        "Equal Earth",
        "Frontex",
        "JSON Feed",
        "Atom",
        "Outlook",
        "Google",
        "Apple",
        "Word",
        "PDF",
        "WebAssembly",
        "JavaScript",
        "budapestprocess.org",
        "Enter",
        "call for action",
        "iframe",
        "ics",
        "URL",
    ];
    let document = scraper::Html::parse_fragment(html);
    let mut out = Vec::new();
    for node in document.root_element().descendants() {
        let Some(text) = node.value().as_text() else { continue };
        let english_context = node.ancestors().filter_map(|a| a.value().as_element()).any(|e| {
            matches!(e.name(), "script" | "style" | "noscript" | "abbr" | "code")
                || e.attr("lang").is_some_and(|l| l.starts_with("en"))
        });
        if english_context {
            continue;
        }
        // A web address shown as a source is not a word of the interface.
        let trimmed = text.trim();
        if !trimmed.contains(' ') && trimmed.contains('/') && trimmed.contains('.') {
            continue;
        }
        let mut rest = text.to_string();
        for kept in KEPT {
            rest = rest.replace(kept, "");
        }
        let has_word = rest.split(|c: char| !c.is_ascii_alphabetic()).any(|w| w.len() >= 3);
        if has_word {
            out.push(text.trim().to_owned());
        }
    }
    out
}

/// Every link from a Russian page to a page of the site stays in Russian
/// (`/ru/…`); only files (feeds, calendars, data) and the language switcher
/// lead elsewhere. A link written without `i18n::link` shows up here.
#[test]
fn links_stay_in_the_pages_language() {
    let data = bundled();
    let files = [".xml", ".json", ".ics", ".png", ".svg", ".js"];
    let mut stray = Vec::new();
    let planned = pages(&data);
    for (_, page) in in_every_language(&planned).filter(|(locale, _)| *locale == Locale::Ru) {
        let path = Locale::Ru.path(&page.path);
        let (body, _) = render_page(&data, &path);
        let document = scraper::Html::parse_fragment(&body);
        let links = scraper::Selector::parse("a[href]").unwrap_or_else(|e| panic!("{e:?}"));
        for link in document.select(&links) {
            let href = link.value().attr("href").unwrap_or_default();
            let switcher = link.value().attr("hreflang").is_some();
            let file = files.iter().any(|f| href.split(['?', '#']).next().unwrap_or_default().ends_with(f));
            if href.starts_with('/') && !href.starts_with("/ru/") && !file && !switcher {
                stray.push(format!("{path}: {href}"));
            }
        }
    }
    stray.dedup();
    assert!(stray.is_empty(), "{} links leave the Russian pages:\n{}", stray.len(), stray.join("\n"));
}

/// The switcher leads to the same page in the other language, and back.
#[test]
fn the_language_switcher_leads_to_the_same_page() {
    let data = bundled();
    for path in ["/", "/news/page/2", "/members/TR", "/timeline"] {
        for &locale in Locale::ALL {
            let here = locale.path(path);
            let (body, _) = render_page(&data, &here);
            let document = scraper::Html::parse_fragment(&body);
            let selector =
                scraper::Selector::parse(".language-switch a[hreflang]").unwrap_or_else(|e| panic!("{e:?}"));
            let targets: Vec<(String, String)> = document
                .select(&selector)
                .map(|a| {
                    let attr = |n: &str| a.value().attr(n).unwrap_or_default().to_owned();
                    (attr("hreflang"), attr("href"))
                })
                .collect();
            let expected: Vec<(String, String)> = Locale::ALL
                .iter()
                .filter(|l| **l != locale)
                .map(|l| (l.tag().to_owned(), l.path(path)))
                .collect();
            assert_eq!(targets, expected, "{here}");
        }
    }
}

/// A deployer's feed with documents in Arabic and Russian: their titles
/// carry their own language and direction inside English and Russian
/// pages; an untagged Arabic title still reads right to left.
#[test]
fn titles_in_other_languages_carry_their_language_and_direction() {
    let bundled = bundled();
    let feed = budapest_process_site::model::feed::parse_feed(
        r#"{"version": "https://jsonfeed.org/version/1.1", "title": "t", "items": [
            {"id": "ar-1", "title": "عملية بودابست: إعلان", "language": "ar", "date_published": "2024-01-02T00:00:00Z",
             "_bp": {"kind": "document", "year": 2024}},
            {"id": "ru-1", "title": "Будапештский процесс: декларация", "language": "ru", "date_published": "2024-01-01T00:00:00Z",
             "_bp": {"kind": "document", "year": 2024}},
            {"id": "ar-2", "title": "بلا وسم لغة", "date_published": "2023-01-01T00:00:00Z",
             "_bp": {"kind": "document", "year": 2023}}
        ]}"#,
    )
    .unwrap_or_else(|e| panic!("the test feed reads: {e}"));
    let data = Loaded { feed: std::sync::Arc::new(feed), texts: Vec::new(), skipped: Vec::new(), ..bundled };
    let heading = |html: &str, title: &str| {
        let document = scraper::Html::parse_fragment(html);
        let selector = scraper::Selector::parse("h1, h2").unwrap_or_else(|e| panic!("{e:?}"));
        document
            .select(&selector)
            .find(|h| h.text().collect::<String>().contains(title))
            .map(|h| (h.value().attr("lang").map(str::to_owned), h.value().attr("dir").map(str::to_owned)))
    };
    let (english, _) = render_page(&data, "/documents");
    assert_eq!(heading(&english, "إعلان"), Some((Some("ar".into()), Some("rtl".into()))));
    assert_eq!(heading(&english, "декларация"), Some((Some("ru".into()), Some("auto".into()))));
    assert_eq!(heading(&english, "بلا وسم"), Some((None, Some("auto".into()))));
    let (russian, _) = render_page(&data, "/ru/documents");
    assert_eq!(heading(&russian, "إعلان"), Some((Some("ar".into()), Some("rtl".into()))));
    assert_eq!(
        heading(&russian, "декларация"),
        Some((None, Some("auto".into()))),
        "Russian in a Russian page"
    );
    // Untagged and plainly not English: no language is claimed for it.
    assert_eq!(heading(&russian, "بلا وسم"), Some((None, Some("auto".into()))));
    let (item, _) = render_page(&data, "/ru/documents/ar-1");
    assert_eq!(heading(&item, "إعلان"), Some((Some("ar".into()), Some("rtl".into()))));
}

/// The right-to-left pseudo-locale (`--features pseudo-locale`): every page
/// rendered with each catalogue message accented shows no English word of
/// its own, so every word of the interface comes from the catalogue; and
/// the pages are written right to left.
#[cfg(feature = "pseudo-locale")]
#[test]
fn the_pseudo_locale_catches_words_outside_the_catalogue() {
    let data = bundled();
    let planned = pages(&data);
    let mut found = Vec::new();
    let mut paths: Vec<String> = in_every_language(&planned)
        .filter(|(locale, _)| *locale == Locale::Pseudo)
        .map(|(_, page)| page.path.clone())
        .collect();
    paths.push("/no-such-page".to_owned());
    assert!(paths.len() > 100, "every page, {}", paths.len());
    for path in paths.iter().map(|p| Locale::Pseudo.path(p)) {
        let (body, head) = render_page(&data, &path);
        assert!(head.title.ends_with(Locale::Pseudo.messages().chrome.brand), "{path}: {}", head.title);
        found.extend(english_words(&body).into_iter().map(|text| format!("{path}: {text:?}")));
    }
    found.dedup();
    assert!(found.is_empty(), "{} untransformed texts:\n{}", found.len(), found.join("\n"));
    assert_eq!(Locale::Pseudo.dir(), "rtl");
}

#[test]
fn map_pages_hold_the_geometry_the_app_reads_back() {
    let data = bundled();
    let map_pages: Vec<PlannedPage> = pages(&data).into_iter().filter(|p| p.needs.map).collect();
    assert!(map_pages.iter().any(|p| p.path == paths::MEMBERS) && map_pages.len() > 50);
    for page in &map_pages {
        assert!(has_map_geometry(&render_page(&data, &page.path).0), "{}", page.path);
    }
    assert!(!has_map_geometry(&render_page(&data, paths::ABOUT).0));

    // What public/boot.js reads back (src/map/in_page.rs) is the file's
    // geometry: every member state with its path, centroid and area, and
    // every other shape's path, in the file's order.
    let (body, _) = render_page(&data, paths::MEMBERS);
    let html = scraper::Html::parse_fragment(&body);
    let select = |css: &str| scraper::Selector::parse(css).unwrap_or_else(|e| panic!("{e:?}"));
    let json = |text: Option<&str>| -> serde_json::Value {
        serde_json::from_str(text.unwrap_or_default()).unwrap_or_else(|e| panic!("{text:?}: {e}"))
    };
    let svg = html.select(&select(".member-map svg")).next().unwrap_or_else(|| panic!("no map"));
    assert_eq!(json(svg.value().attr("data-size")), serde_json::json!([data.map.width, data.map.height]));
    let map = &data.map;
    let member = |iso: &str| data.site.member(iso).is_some();
    let others: Vec<&str> = map
        .shapes
        .iter()
        .filter(|s| !s.iso2.as_deref().is_some_and(member))
        .map(|s| s.path.as_str())
        .collect();
    let drawn: Vec<&str> =
        svg.select(&select("path.map-other")).map(|p| p.value().attr("d").unwrap_or_default()).collect();
    assert_eq!(drawn, others);
    let states: Vec<_> = svg.select(&select("path.map-state")).collect();
    assert_eq!(states.len(), map.shapes.len() - others.len());
    for state in states {
        let attr = |name: &str| state.value().attr(name);
        let iso = attr("data-iso").unwrap_or_default();
        let shape =
            map.shapes.iter().find(|s| s.iso2.as_deref() == Some(iso)).unwrap_or_else(|| panic!("{iso}"));
        assert_eq!(attr("d"), Some(shape.path.as_str()), "{iso}");
        assert_eq!(json(attr("data-c")), serde_json::json!([shape.centroid.0, shape.centroid.1]), "{iso}");
        assert_eq!(json(attr("data-a")), serde_json::json!(shape.area), "{iso}");
    }
}

#[test]
fn pages_that_hold_their_related_links_show_nothing_else_of_the_feed() {
    // A member's or a milestone's page hydrates without the feed, reading
    // its related links back from the page (components::related): so the
    // rest of the page must be the same without the feed.
    let data = bundled();
    let without_feed = Loaded {
        texts: data.texts.clone(),
        site: data.site.clone(),
        site_parts: data.site_parts.clone(),
        feed: std::sync::Arc::new(budapest_process_site::model::feed::Feed::default()),
        map: data.map.clone(),
        skipped: Vec::new(),
    };
    let in_page: Vec<PlannedPage> = pages(&data).into_iter().filter(|p| p.needs.feed_in_page).collect();
    let kinds = |p: &&PlannedPage| matches!(p.kind, PageKind::Member(_) | PageKind::Milestone(_));
    assert_eq!(in_page.iter().filter(kinds).count(), in_page.len());
    assert!(in_page.len() > 60, "{} pages", in_page.len());
    let mut with_links = Vec::new();
    for page in &in_page {
        let (body, _) = render_page(&data, &page.path);
        let (bare, _) = render_page(&without_feed, &page.path);
        let stripped = without_related(&body);
        if stripped != body {
            with_links.push(page.path.as_str());
        }
        assert_eq!(stripped, bare, "{}", page.path);
    }
    // The comparison has something to compare: pages of both kinds list
    // related items.
    for path in [paths::member("TR"), paths::milestone("istanbul-2013")] {
        assert!(with_links.contains(&path.as_str()), "{path} lists no related items");
    }
}

#[test]
fn pages_rendered_from_a_part_of_the_site_data_read_nothing_else() {
    // The member and timeline pages hydrate with their part of the site
    // data (model::site::part): they must render exactly as from the whole
    // file, in every language, or hydration would find other HTML.
    let data = bundled();
    let whole = Loaded { site_parts: Vec::new(), ..bundled() };
    let planned = pages(&data);
    let with_part: Vec<(Locale, &PlannedPage)> =
        in_every_language(&planned).filter(|(_, p)| p.needs.site_part.is_some()).collect();
    // Every page of those views, and nothing else.
    let routes: HashSet<&str> = with_part.iter().map(|(_, p)| p.path.as_str()).collect();
    for path in
        [paths::TIMELINE, paths::MEMBERS, paths::EMBED_MAP, paths::EMBED_TIMELINE, paths::EMBED_KEY_DATA]
    {
        assert!(routes.contains(path), "{path} renders from the whole site data");
    }
    assert!(
        routes.contains(paths::member("TR").as_str())
            && routes.contains(paths::milestone("istanbul-2013").as_str())
    );
    for path in [paths::HOME, paths::ABOUT, paths::CONTACT, paths::SEARCH, paths::NOT_FOUND] {
        assert!(!routes.contains(path), "{path} reads the whole site data");
    }
    // The app tells a part's views apart by their chunk view (whether the
    // catalogue's part in use has their words: `ChunkView::site_part`), as
    // the plan tells the pages.
    for page in &planned {
        let (_, head) = render_page(&data, &page.path);
        for view in &head.views {
            assert_eq!(view.site_part(), page.needs.site_part, "{}: {view:?}", page.path);
        }
    }
    for (locale, page) in with_part {
        let path = locale.path(&page.path);
        let (from_part, head) = render_page(&data, &path);
        let (from_whole, whole_head) = render_page(&whole, &path);
        assert_eq!(from_part, from_whole, "{path}");
        assert_eq!((head.title, head.description), (whole_head.title, whole_head.description), "{path}");
    }
}

/// A rendered body without its details panel's related links (the heading
/// and the list).
fn without_related(body: &str) -> String {
    const START: &str = r#"<h3 class="tl-detail__related">"#;
    let Some(start) = body.find(START) else { return body.to_owned() };
    let end = body[start..].find("</ul>").map_or(body.len(), |e| start + e + "</ul>".len());
    format!("{}{}", &body[..start], &body[end..])
}
