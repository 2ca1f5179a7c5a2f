//! Which pages the render step writes: every route of the app, with every
//! item, member, milestone and list page the data holds.
//!
//! `tests/prerender.rs` checks this list against the app's own route table,
//! so a new route cannot be forgotten here.

use crate::i18n::Locale;
use crate::model::date::Date;
use crate::model::feed::{Feed, FeedItem};
use crate::model::query::{
    DOCUMENTS_PER_PAGE, EVENTS_PER_PAGE, NEWS_PER_PAGE, documents, news, paginate, past_events,
};
use crate::model::site::{SiteData, SitePart};
use crate::paths;

/// What a page is, which decides how it is described to crawlers and link
/// previews (`head.rs`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PageKind {
    Home,
    /// A section or list page (`/about`, `/news`, `/news/page/2`, …).
    Section,
    /// A feed item's page; the index is into `feed.items`.
    Item(usize),
    /// `/members/<iso2>`; the index is into `site.members`.
    Member(usize),
    /// `/timeline/<id>`; the index is into `site.milestones`.
    Milestone(usize),
    /// An `/embed/*` widget: for partners' frames, not for search engines.
    Widget,
    /// The page for unknown paths (`404.html`).
    NotFound,
    /// The service worker's page for pages it never saved (`offline.html`).
    Offline,
}

/// The data files a page is rendered from, and so the ones a first visit
/// downloads to hydrate it: the rest load when the visitor goes to a page
/// that needs them. A page rendered without a file it reads shows a loading
/// state, which the render step refuses to publish, so these cannot drift
/// from the views unnoticed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Needs {
    pub site: bool,
    /// The page reads only this part of the site data
    /// (`model::site::part`): it is rendered from the part's file, which a
    /// first visit downloads instead of the whole.
    pub site_part: Option<SitePart>,
    pub feed: bool,
    pub map: bool,
    /// The page shows the feed only in a details panel's related links,
    /// which the app reads back from the page (`components::related`): it
    /// is rendered from the feed but hydrates without it, and a first
    /// visit does not download it.
    pub feed_in_page: bool,
}

impl Needs {
    /// Every file.
    pub const ALL: Needs = ALL;
}

const SITE: Needs = Needs { site: true, site_part: None, feed: false, map: false, feed_in_page: false };
const FEED: Needs = Needs { feed: true, ..NONE };
const BOTH: Needs = Needs { feed: true, ..SITE };
/// The map pages: the map, and the members' part of the site data.
const MAP: Needs = Needs { map: true, ..MEMBERS_PART };
/// The key-data cards, counted from the members.
const MEMBERS_PART: Needs = Needs { site_part: Some(SitePart::Members), ..SITE };
/// The timeline pages.
const TIMELINE_PART: Needs = Needs { site_part: Some(SitePart::Timeline), ..SITE };
const ALL: Needs = Needs { feed: true, map: true, ..SITE };
const NONE: Needs = Needs { site: false, ..SITE };
/// A milestone's page: the timeline, and the feed's items related to it.
const MILESTONE: Needs = Needs { feed: true, feed_in_page: true, ..TIMELINE_PART };
/// A member state's page: the map, and the news that mention the state.
const MEMBER: Needs = Needs { feed: true, feed_in_page: true, ..MAP };

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlannedPage {
    /// The path as the app routes it (percent-encoded ids included).
    pub path: String,
    pub kind: PageKind,
    /// The newest date the page's data carries, for `sitemap.xml`.
    pub lastmod: Option<Date>,
    pub needs: Needs,
}

impl PlannedPage {
    fn new(path: impl Into<String>, kind: PageKind, needs: Needs) -> PlannedPage {
        PlannedPage { path: path.into(), kind, lastmod: None, needs }
    }

    fn dated(mut self, date: Option<Date>) -> PlannedPage {
        self.lastmod = date;
        self
    }

    /// Listed in the sitemap and open to search engines.
    pub fn indexable(&self) -> bool {
        !matches!(self.kind, PageKind::Widget | PageKind::NotFound | PageKind::Offline)
    }
}

/// Every page, in a stable order: sections, list pages, items, then the
/// widgets and the not-found page.
pub fn plan(site: &SiteData, feed: &Feed, today: Date) -> Vec<PlannedPage> {
    let newest = |items: &[&FeedItem]| items.iter().filter_map(|i| changed(i)).max();
    let all: Vec<&FeedItem> = feed.items.iter().collect();
    let news = news(feed);
    let documents = documents(feed);
    let events: Vec<&FeedItem> = feed.items.iter().filter(|i| i.is_event()).collect();

    let mut pages = vec![
        PlannedPage::new(paths::HOME, PageKind::Home, BOTH).dated(newest(&all)),
        PlannedPage::new(paths::ABOUT, PageKind::Section, SITE),
        PlannedPage::new(paths::TIMELINE, PageKind::Section, TIMELINE_PART),
        PlannedPage::new(paths::MEMBERS, PageKind::Section, MAP),
        PlannedPage::new(paths::NEWS, PageKind::Section, FEED).dated(newest(&news)),
        PlannedPage::new(paths::DOCUMENTS, PageKind::Section, FEED).dated(newest(&documents)),
        PlannedPage::new(paths::EVENTS, PageKind::Section, FEED).dated(newest(&events)),
        PlannedPage::new(paths::CONTACT, PageKind::Section, SITE),
        // The index is built from both files, in the browser.
        PlannedPage::new(paths::SEARCH, PageKind::Section, BOTH),
    ];

    // Later pages of the lists (the first is the list itself).
    let past = past_events(feed, today);
    for (list, items, per_page) in [
        (paths::NEWS, &news, NEWS_PER_PAGE),
        (paths::DOCUMENTS, &documents, DOCUMENTS_PER_PAGE),
        (paths::EVENTS, &past, EVENTS_PER_PAGE),
    ] {
        let count = paginate(items.len(), None, per_page).count;
        for number in 2..=count {
            let page = paginate(items.len(), Some(number), per_page);
            let shown = items.get(page.range).unwrap_or_default();
            pages.push(
                PlannedPage::new(paths::list_page(list, number), PageKind::Section, FEED)
                    .dated(newest(shown)),
            );
        }
    }

    for (index, item) in feed.items.iter().enumerate() {
        let path = crate::paths::item(item);
        pages.push(PlannedPage::new(path, PageKind::Item(index), FEED).dated(changed(item)));
    }
    // Member pages: the details panel lists news mentioning the state.
    for (index, member) in site.members.iter().enumerate() {
        if let Some(iso) = &member.iso2 {
            pages.push(PlannedPage::new(paths::member(iso), PageKind::Member(index), MEMBER));
        }
    }
    // Milestone pages: the details list related news and documents.
    for (index, milestone) in site.milestones.iter().enumerate() {
        let path = paths::milestone(&milestone.id);
        pages.push(PlannedPage::new(path, PageKind::Milestone(index), MILESTONE));
    }
    pages.push(PlannedPage::new(paths::EMBED_TIMELINE, PageKind::Widget, TIMELINE_PART));
    pages.push(PlannedPage::new(paths::EMBED_MAP, PageKind::Widget, MAP));
    pages.push(PlannedPage::new(paths::EMBED_KEY_DATA, PageKind::Widget, MEMBERS_PART));
    pages.push(PlannedPage::new(paths::EMBED_NEWS, PageKind::Widget, FEED));
    // Served for any unknown path, which the app then shows from its data.
    pages.push(PlannedPage::new(paths::NOT_FOUND, PageKind::NotFound, BOTH));
    pages.push(PlannedPage::new(paths::OFFLINE, PageKind::Offline, SITE));
    pages
}

/// Every page in every interface language (`/news`, then `/ru/news`, …).
pub fn in_every_language(pages: &[PlannedPage]) -> impl Iterator<Item = (Locale, &PlannedPage)> {
    Locale::ALL.iter().copied().flat_map(move |locale| pages.iter().map(move |page| (locale, page)))
}

/// When an item last changed, as far as the feed says.
pub fn changed(item: &FeedItem) -> Option<Date> {
    item.modified.or(item.published).map(|t| t.local_date).or_else(|| item.date())
}

/// Where a page's file goes under `dist/`, or why it cannot have one.
///
/// Hosts decode the request path before looking for a file, so each
/// segment is stored decoded; a segment that would decode to a path
/// separator, to `.` or `..`, or to a control character cannot be a
/// directory name and gets no file (its item still opens in the app).
pub fn file_path(path: &str) -> Result<std::path::PathBuf, String> {
    // Each language's not-found page beside its pages: `404.html`,
    // `ru/404.html`.
    let (locale, route) = Locale::split_path(path);
    if route == paths::NOT_FOUND {
        return Ok(directory(locale.prefix())?.join("404.html"));
    }
    if route == paths::OFFLINE {
        return Ok(directory(locale.prefix())?.join(paths::OFFLINE_FILE.trim_start_matches('/')));
    }
    let mut file = directory(path)?;
    file.push("index.html");
    Ok(file)
}

/// The directory that holds the page at `path` (and files beside it, such
/// as an event's calendar file).
pub fn directory(path: &str) -> Result<std::path::PathBuf, String> {
    let mut file = std::path::PathBuf::new();
    for segment in path.split('/').filter(|s| !s.is_empty()) {
        let decoded = crate::model::url::decode_component(segment)
            .ok_or_else(|| format!("{segment:?} is not a valid URL segment"))?;
        let unusable = decoded.is_empty()
            || decoded == "."
            || decoded == ".."
            || decoded.len() > 200
            || decoded.chars().any(|c| c == '/' || c == '\\' || c.is_control());
        if unusable {
            return Err(format!("{decoded:?} cannot be a file name on a static host"));
        }
        file.push(decoded);
    }
    Ok(file)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_land_where_static_hosts_look() {
        assert_eq!(file_path("/").ok(), Some("index.html".into()));
        assert_eq!(file_path("/news/page/2").ok(), Some("news/page/2/index.html".into()));
        assert_eq!(file_path("/news/a%20b").ok(), Some("news/a b/index.html".into()));
        assert_eq!(file_path(paths::NOT_FOUND).ok(), Some("404.html".into()));
        assert_eq!(file_path("/ru/404").ok(), Some("ru/404.html".into()));
        assert_eq!(file_path("/ru/").ok(), Some("ru/index.html".into()));
        assert_eq!(file_path("/ru/news/page/2").ok(), Some("ru/news/page/2/index.html".into()));
    }

    #[test]
    fn ids_cannot_escape_the_site_folder() {
        for hostile in
            ["/news/..", "/news/%2E%2E", "/news/..%2F..%2Fetc", "/news/a%2Fb", "/news/%00", "/news/a%5Cb"]
        {
            assert!(file_path(hostile).is_err(), "{hostile}");
        }
    }
}
