//! The `<head>` of each pre-rendered page: what link previews, feed
//! readers and search engines read without running anything. Title and
//! description come from the page itself (`PageMeta`); the canonical URL,
//! Open Graph and Twitter tags and the schema.org data are built here from
//! the page's kind and data.

use serde_json::{Value, json};

use super::markup::escape;
use super::plan::{PageKind, PlannedPage};
use crate::components::page_meta::Head;
use crate::i18n::Locale;
use crate::model::date::{Date, Timestamp};
use crate::model::feed::{Feed, FeedItem, ItemKind};
use crate::model::site::SiteData;
use crate::paths;
use crate::rendered::{RENDERED, RenderedPage, SNAPSHOT};

/// Everything the head needs besides the page itself.
pub struct Context<'a> {
    pub site: &'a SiteData,
    pub feed: &'a Feed,
    /// The public address of the site, without a trailing slash
    /// (`<meta name="bp-site-url">`).
    pub site_url: &'a str,
    /// The language the page is rendered in.
    pub locale: Locale,
}

impl Context<'_> {
    /// The public address of `path` (as the route table knows it) in the
    /// page's language.
    fn url(&self, path: &str) -> String {
        self.url_in(self.locale, path)
    }

    fn url_in(&self, locale: Locale, path: &str) -> String {
        format!("{}{}", self.site_url, locale.path(path))
    }
}

/// The tags, as HTML, in the order they go into the `<head>`.
pub fn tags(page: &PlannedPage, head: &Head, cx: &Context<'_>) -> String {
    let url = cx.url(&page.path);
    let t = &cx.locale.messages().chrome;
    let image = match page.kind {
        PageKind::Item(index) => cx.feed.items.get(index).and_then(|i| i.image.clone()),
        _ => None,
    };
    let og_type = match page.kind {
        PageKind::Item(index) => match cx.feed.items.get(index).map(|i| &i.kind) {
            Some(ItemKind::Event { .. }) => "event",
            _ => "article",
        },
        _ => "website",
    };
    let mut out = String::new();
    let mut tag = |html: String| out.push_str(&html);
    tag(format!("<title>{}</title>", escape(&head.title)));
    tag(meta("name", "description", &head.description));
    match page.kind {
        PageKind::NotFound | PageKind::Offline => tag(meta("name", "robots", "noindex")),
        // A widget shows a view of a site page, which is the one to index.
        PageKind::Widget => {
            let canonical = cx.url(widget_view(&page.path));
            tag(format!(r#"<link rel="canonical" href="{}">"#, escape(&canonical)));
        }
        _ => tag(format!(r#"<link rel="canonical" href="{}">"#, escape(&url))),
    }
    if page.indexable() {
        for (hreflang, locale) in alternates() {
            let href = cx.url_in(locale, &page.path);
            tag(format!(r#"<link rel="alternate" hreflang="{hreflang}" href="{}">"#, escape(&href)));
        }
    }
    if let Some(file) = cx.locale.catalogue_file() {
        // The part of it the page shows, where it reads a part of the data.
        let file = page.needs.site_part.map_or_else(|| file.clone(), |part| part.path(&file));
        tag(meta("name", crate::config::meta::CATALOGUE, &file));
    }
    tag(meta("property", "og:site_name", t.brand));
    tag(meta("property", "og:locale", cx.locale.og_locale()));
    tag(meta("property", "og:type", og_type));
    tag(meta("property", "og:title", &head.title));
    tag(meta("property", "og:description", &head.description));
    tag(meta("property", "og:url", &url));
    if let Some(image) = &image {
        tag(meta("property", "og:image", &absolute(image, cx.site_url)));
    }
    tag(meta("name", "twitter:card", if image.is_some() { "summary_large_image" } else { "summary" }));
    tag(meta("name", "twitter:title", &head.title));
    tag(meta("name", "twitter:description", &head.description));
    for data in structured_data(page, head, cx, &url) {
        tag(json_ld(&data));
    }
    out
}

/// The page's record of how it was rendered (`crate::rendered`), as tags.
pub fn record(page: &RenderedPage) -> String {
    let mut tags = format!(
        r#"<meta name="{RENDERED}" content="{}" data-today="{}"{}>"#,
        escape(&page.path),
        page.today.iso(),
        views_attribute(&page.views)
    );
    for f in &page.files {
        tags.push_str(&format!(
            r#"<meta name="{SNAPSHOT}" data-file="{}" content="{}"{} data-hash="{}"{}>"#,
            f.file.name(),
            escape(&f.url),
            f.part.as_ref().map_or_else(String::new, |part| format!(r#" data-part="{}""#, escape(part))),
            escape(&f.hash),
            if f.in_page { " data-in-page" } else { "" }
        ));
    }
    tags
}

/// ` data-views="timeline"`, or nothing for a page that shows no chunk view.
fn views_attribute(views: &[crate::chunks::ChunkView]) -> String {
    if views.is_empty() {
        return String::new();
    }
    let names: Vec<&str> = views.iter().map(|v| v.name()).collect();
    format!(r#" data-views="{}""#, names.join(" "))
}

/// Each language's version of a page, for `hreflang` links (in the head
/// and in the sitemap): every language by its tag, and English as the
/// `x-default` for visitors whose language the site does not speak.
pub fn alternates() -> impl Iterator<Item = (&'static str, Locale)> {
    Locale::ALL.iter().copied().map(|l| (l.tag(), l)).chain([("x-default", Locale::En)])
}

/// The site page a widget's default view shows.
fn widget_view(path: &str) -> &'static str {
    match path {
        paths::EMBED_TIMELINE => paths::TIMELINE,
        paths::EMBED_MAP => paths::MEMBERS,
        paths::EMBED_NEWS => paths::NEWS,
        _ => paths::HOME,
    }
}

fn meta(attribute: &str, name: &str, content: &str) -> String {
    format!(r#"<meta {attribute}="{name}" content="{}">"#, escape(content))
}

/// A `<script type="application/ld+json">` block. The JSON cannot end the
/// script element early: every `<` is written as `\u003c`. (It is data for
/// crawlers, not a script: no Content-Security-Policy hash is needed.)
fn json_ld(value: &Value) -> String {
    let text = value.to_string().replace('<', "\\u003c");
    format!(r#"<script type="application/ld+json">{text}</script>"#)
}

fn structured_data(page: &PlannedPage, head: &Head, cx: &Context<'_>, url: &str) -> Vec<Value> {
    match page.kind {
        PageKind::Home => vec![organisation(cx)],
        PageKind::Item(index) => {
            let Some(item) = cx.feed.items.get(index) else { return Vec::new() };
            let t = &cx.locale.messages().chrome;
            let (section, name) = match item.kind {
                ItemKind::News => (paths::NEWS, t.news),
                ItemKind::Event { .. } => (paths::EVENTS, t.events),
                ItemKind::Document { .. } => (paths::DOCUMENTS, t.documents),
            };
            let mut data = vec![breadcrumbs(cx, &[(name, section), (&item.display_title(), &page.path)])];
            match item.kind {
                ItemKind::News => data.insert(0, news_article(item, head, cx, url)),
                ItemKind::Event { start, end } => data.insert(0, event(item, head, cx, url, start, end)),
                ItemKind::Document { .. } => {}
            }
            data
        }
        PageKind::Member(index) => {
            let name = cx.site.members.get(index).map_or("", |m| m.name.as_str());
            let section = cx.locale.messages().chrome.members;
            vec![breadcrumbs(cx, &[(section, paths::MEMBERS), (name, &page.path)])]
        }
        PageKind::Milestone(index) => {
            let name = cx.site.milestones.get(index).map_or("", |m| m.headline.as_str());
            let section = cx.locale.messages().chrome.timeline;
            vec![breadcrumbs(cx, &[(section, paths::TIMELINE), (name, &page.path)])]
        }
        PageKind::Section | PageKind::Widget | PageKind::NotFound | PageKind::Offline => Vec::new(),
    }
}

/// The process as an organisation, with its Secretariat's address.
fn organisation(cx: &Context<'_>) -> Value {
    let site = cx.site;
    let mut org = json!({
        "@context": "https://schema.org",
        "@type": "GovernmentOrganization",
        "name": cx.locale.messages().chrome.brand,
        "url": cx.url(paths::HOME),
        "description": site.about.summary,
    });
    if let Some(year) = site.facts.established {
        org["foundingDate"] = json!(year.to_string());
    }
    let contact = &site.contact;
    if !contact.address_lines.is_empty() {
        let mut address = postal_address(&contact.address_lines);
        if !contact.name.is_empty() {
            // The address is the Secretariat's, in the host organisation.
            address["name"] = json!(format!("{}, {}", contact.name, contact.organisation));
        }
        org["address"] = address;
    }
    if let Some(phone) = &contact.phone {
        org["telephone"] = json!(phone);
    }
    if let Some(fax) = &contact.fax {
        org["faxNumber"] = json!(fax);
    }
    if let Some(website) = contact.website.as_ref().filter(|w| w.trim_end_matches('/') != cx.site_url) {
        org["sameAs"] = json!([website]);
    }
    org
}

/// Address lines as the data holds them ("Gonzagagasse 1, 5th Floor",
/// "1010 Vienna", "Austria"): the first is the street, a line starting with
/// a number is "postcode town", the last is the country. Anything else
/// stays in the street part, so nothing is lost or guessed.
pub fn postal_address(lines: &[String]) -> Value {
    let mut address = json!({ "@type": "PostalAddress" });
    let mut street: Vec<&str> = Vec::new();
    let last = lines.len().saturating_sub(1);
    for (index, line) in lines.iter().enumerate() {
        let line = line.trim();
        let town = line.split_once(' ').filter(|(code, _)| code.bytes().all(|b| b.is_ascii_digit()));
        match town {
            Some((code, locality)) if index > 0 => {
                address["postalCode"] = json!(code);
                address["addressLocality"] = json!(locality.trim());
            }
            _ if index == last && index > 0 => address["addressCountry"] = json!(line),
            _ => street.push(line),
        }
    }
    if !street.is_empty() {
        address["streetAddress"] = json!(street.join(", "));
    }
    address
}

fn publisher(cx: &Context<'_>) -> Value {
    json!({ "@type": "Organization", "name": cx.locale.messages().chrome.brand, "url": cx.url(paths::HOME) })
}

fn news_article(item: &FeedItem, head: &Head, cx: &Context<'_>, url: &str) -> Value {
    let mut article = json!({
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": truncate(&item.display_title(), 110),
        "description": head.description,
        "url": url,
        "mainEntityOfPage": url,
        "publisher": publisher(cx),
    });
    if let Some(published) = item.published {
        article["datePublished"] = json!(rfc3339(published));
    }
    if let Some(modified) = item.modified.or(item.published) {
        article["dateModified"] = json!(rfc3339(modified));
    }
    if let Some(image) = &item.image {
        article["image"] = json!([absolute(image, cx.site_url)]);
    }
    let authors: Vec<Value> = item
        .authors
        .iter()
        .filter_map(|a| a.name.as_ref().map(|name| json!({ "@type": "Person", "name": name })))
        .collect();
    article["author"] = if authors.is_empty() { json!([publisher(cx)]) } else { json!(authors) };
    article
}

fn event(item: &FeedItem, head: &Head, cx: &Context<'_>, url: &str, start: Date, end: Option<Date>) -> Value {
    let mut event = json!({
        "@context": "https://schema.org",
        "@type": "Event",
        "name": item.display_title(),
        "description": head.description,
        "url": url,
        "startDate": start.iso(),
        "endDate": end.unwrap_or(start).iso(),
        "eventStatus": "https://schema.org/EventScheduled",
        "organizer": publisher(cx),
    });
    if let Some(place) = &item.place {
        event["location"] = json!({ "@type": "Place", "name": place, "address": place });
    }
    if let Some(image) = &item.image {
        event["image"] = json!([absolute(image, cx.site_url)]);
    }
    event
}

/// Home › section › page.
fn breadcrumbs(cx: &Context<'_>, trail: &[(&str, &str)]) -> Value {
    let home = [(cx.locale.messages().chrome.home, paths::HOME)];
    let items: Vec<Value> = home
        .iter()
        .chain(trail)
        .enumerate()
        .map(|(index, (name, path))| {
            json!({
                "@type": "ListItem",
                "position": index + 1,
                "name": name,
                "item": cx.url(path),
            })
        })
        .collect();
    json!({ "@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": items })
}

/// `2019-02-20T09:00:00Z`.
pub fn rfc3339(timestamp: Timestamp) -> String {
    let days = timestamp.utc_seconds.div_euclid(86_400);
    let seconds = timestamp.utc_seconds.rem_euclid(86_400);
    let date = Date::from_days_since_epoch(days);
    format!("{}T{:02}:{:02}:{:02}Z", date.iso(), seconds / 3600, seconds % 3600 / 60, seconds % 60)
}

/// Links in the data may be relative to the site.
fn absolute(url: &str, site_url: &str) -> String {
    if url.starts_with("http://") || url.starts_with("https://") {
        url.to_owned()
    } else if url.starts_with('/') {
        format!("{site_url}{url}")
    } else {
        format!("{site_url}/{url}")
    }
}

fn truncate(text: &str, max_chars: usize) -> String {
    if text.chars().count() <= max_chars {
        return text.to_owned();
    }
    let cut: String = text.chars().take(max_chars.saturating_sub(1)).collect();
    format!("{}…", cut.trim_end())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_secretariat_address_is_split_without_guessing() {
        let lines: Vec<String> =
            ["Gonzagagasse 1, 5th Floor", "1010 Vienna", "Austria"].iter().map(|s| s.to_string()).collect();
        let address = postal_address(&lines);
        assert_eq!(address["streetAddress"], "Gonzagagasse 1, 5th Floor");
        assert_eq!(address["postalCode"], "1010");
        assert_eq!(address["addressLocality"], "Vienna");
        assert_eq!(address["addressCountry"], "Austria");
        let odd = postal_address(&["Somewhere".to_owned()]);
        assert_eq!(odd["streetAddress"], "Somewhere");
    }

    #[test]
    fn timestamps_are_written_in_utc() {
        let date = Date::new(2019, 2, 20).unwrap_or_else(|| Date::from_days_since_epoch(0));
        let ts = Timestamp { utc_seconds: date.days_since_epoch() * 86_400 + 9 * 3600 + 5, local_date: date };
        assert_eq!(rfc3339(ts), "2019-02-20T09:00:05Z");
        let before_1970 = Timestamp::from_date(Date::from_days_since_epoch(-1));
        assert_eq!(rfc3339(before_1970), "1969-12-31T00:00:00Z");
    }

    #[test]
    fn structured_data_cannot_close_its_script() {
        let html = json_ld(&json!({ "name": "</script><script>alert(1)</script>" }));
        assert!(!html.contains("</script><script>"), "{html}");
        assert!(html.ends_with("</script>"));
    }

    #[test]
    fn the_record_names_the_path_the_date_and_each_file() {
        use crate::rendered::{DataFile, SnapshotFile};
        let page = RenderedPage {
            path: "/news/\"x\"".into(),
            today: Date::new(2026, 11, 30).unwrap_or_else(|| Date::from_days_since_epoch(0)),
            files: vec![
                SnapshotFile {
                    file: DataFile::Site,
                    url: "/data/site.json".into(),
                    hash: "ef56".into(),
                    in_page: false,
                    part: Some("/data/site.members.json".into()),
                },
                SnapshotFile {
                    file: DataFile::Feed,
                    url: "/data/feed.json".into(),
                    hash: "ab12".into(),
                    in_page: false,
                    part: None,
                },
                SnapshotFile {
                    file: DataFile::Map,
                    url: "/data/map.json".into(),
                    hash: "cd34".into(),
                    in_page: true,
                    part: None,
                },
            ],
            views: vec![],
        };
        assert_eq!(
            record(&page),
            r#"<meta name="bp-rendered" content="/news/&quot;x&quot;" data-today="2026-11-30">"#.to_owned()
                + r#"<meta name="bp-snapshot" data-file="site" content="/data/site.json" data-part="/data/site.members.json" data-hash="ef56">"#
                + r#"<meta name="bp-snapshot" data-file="feed" content="/data/feed.json" data-hash="ab12">"#
                + r#"<meta name="bp-snapshot" data-file="map" content="/data/map.json" data-hash="cd34" data-in-page>"#
        );
    }

    #[test]
    fn the_record_names_the_chunk_views_shown() {
        use crate::chunks::ChunkView;
        let page = RenderedPage {
            path: "/embed/map".into(),
            today: Date::new(2026, 11, 30).unwrap_or_else(|| Date::from_days_since_epoch(0)),
            files: vec![],
            views: vec![ChunkView::MapWidget, ChunkView::Members],
        };
        assert_eq!(
            record(&page),
            r#"<meta name="bp-rendered" content="/embed/map" data-today="2026-11-30" data-views="map-widget members">"#
        );
    }

    #[test]
    fn long_headlines_are_shortened_for_search_engines() {
        assert_eq!(truncate("short", 110), "short");
        let long = "x".repeat(200);
        assert_eq!(truncate(&long, 110).chars().count(), 110);
    }
}
