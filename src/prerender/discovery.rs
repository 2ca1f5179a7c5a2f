//! The files crawlers and feed readers look for: `sitemap.xml`,
//! `robots.txt` and an Atom feed (`feed.xml`) for the readers that do not
//! read JSON Feed (Outlook, Thunderbird and many others).

use super::head::{alternates, rfc3339};
use super::markup::escape;
use super::plan::{PlannedPage, changed};
use crate::components::page_meta::SITE_NAME;
use crate::i18n::Locale;
use crate::model::date::{Date, Timestamp};
use crate::model::feed::{Content, Feed, FeedItem};
use crate::paths;
use crate::sanitize::host::sanitize;

/// The Atom feed holds the newest entries only; the JSON Feed has them all.
pub const ATOM_ENTRIES: usize = 100;

/// Every indexable page in every language, with the date its data last
/// changed and its versions in the other languages (`hreflang`).
pub fn sitemap(pages: &[PlannedPage], site_url: &str) -> String {
    let mut xml = String::from(concat!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n",
        "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" ",
        "xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n"
    ));
    let url = |locale: Locale, path: &str| escape(&format!("{site_url}{}", locale.path(path)));
    for &locale in Locale::ALL {
        for page in pages.iter().filter(|p| p.indexable()) {
            xml.push_str(&format!("<url><loc>{}</loc>", url(locale, &page.path)));
            if let Some(date) = page.lastmod {
                xml.push_str(&format!("<lastmod>{}</lastmod>", date.iso()));
            }
            for (hreflang, other) in alternates() {
                xml.push_str(&format!(
                    r#"<xhtml:link rel="alternate" hreflang="{hreflang}" href="{}"/>"#,
                    url(other, &page.path)
                ));
            }
            xml.push_str("</url>\n");
        }
    }
    xml.push_str("</urlset>\n");
    xml
}

pub fn robots(site_url: &str) -> String {
    format!("User-agent: *\nAllow: /\n\nSitemap: {site_url}/sitemap.xml\n")
}

/// An Atom 1.0 feed (RFC 4287) of the feed's items, newest first. Entry ids
/// are the items' page URLs; HTML content passes the same sanitiser as the
/// pages before it is handed on.
pub fn atom(feed: &Feed, site_url: &str, today: Date) -> String {
    let items: Vec<&FeedItem> = feed.items.iter().take(ATOM_ENTRIES).collect();
    let fallback = Timestamp::from_date(today);
    let updated = items.iter().filter_map(|i| stamp(i)).max().unwrap_or(fallback);
    let mut xml = String::from("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
    xml.push_str("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"en\">\n");
    xml.push_str(&format!("<id>{}</id>\n", escape(&format!("{site_url}/"))));
    xml.push_str(&format!(
        "<title>{}</title>\n",
        escape(&format!("{SITE_NAME}: news, events and documents"))
    ));
    xml.push_str(&format!("<updated>{}</updated>\n", rfc3339(updated)));
    xml.push_str(&format!(
        "<author><name>{SITE_NAME}</name><uri>{}</uri></author>\n",
        escape(&format!("{site_url}/"))
    ));
    xml.push_str(&format!(
        "<link rel=\"self\" type=\"application/atom+xml\" href=\"{}\"/>\n",
        escape(&format!("{site_url}{}", paths::ATOM_FEED))
    ));
    xml.push_str(&format!(
        "<link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n",
        escape(&format!("{site_url}/"))
    ));
    for item in items {
        let url = format!("{site_url}{}", paths::item(item));
        xml.push_str("<entry>\n");
        xml.push_str(&format!("<id>{}</id>\n", escape(&url)));
        xml.push_str(&format!("<title type=\"text\">{}</title>\n", escape(&item.display_title())));
        xml.push_str(&format!("<updated>{}</updated>\n", rfc3339(stamp(item).unwrap_or(fallback))));
        if let Some(published) = item.published {
            xml.push_str(&format!("<published>{}</published>\n", rfc3339(published)));
        }
        for author in item.authors.iter().filter_map(|a| a.name.as_ref()) {
            xml.push_str(&format!("<author><name>{}</name></author>\n", escape(author)));
        }
        xml.push_str(&format!("<link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n", escape(&url)));
        for tag in &item.tags {
            xml.push_str(&format!("<category term=\"{}\"/>\n", escape(tag)));
        }
        if let Some(summary) = &item.summary {
            xml.push_str(&format!("<summary type=\"text\">{}</summary>\n", escape(summary)));
        }
        match &item.content {
            Content::Html(html) => {
                xml.push_str(&format!("<content type=\"html\">{}</content>\n", escape(&sanitize(html))))
            }
            Content::Text(text) => {
                xml.push_str(&format!("<content type=\"text\">{}</content>\n", escape(text)))
            }
            Content::None => {}
        }
        xml.push_str("</entry>\n");
    }
    xml.push_str("</feed>\n");
    xml
}

/// When an entry last changed, as a timestamp.
fn stamp(item: &FeedItem) -> Option<Timestamp> {
    item.modified.or(item.published).or_else(|| changed(item).map(Timestamp::from_date))
}
