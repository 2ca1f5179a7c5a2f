//! Every path in the app comes from here, so links and the route table in
//! `lib.rs` cannot drift apart.

use crate::model::feed::{FeedItem, ItemKind};
use crate::model::url::encode_component;

/// Declares each section once: `NEWS` is `/news`, and `segment::NEWS` is
/// `news`, for the route table.
macro_rules! sections {
    ($($(#[$doc:meta])* $name:ident = $segment:literal;)*) => {
        $($(#[$doc])* pub const $name: &str = concat!("/", $segment);)*
        /// Route segments, for the route table.
        pub mod segment {
            $(pub const $name: &str = $segment;)*
            /// The name of the id parameter in item routes.
            pub const ID: &str = "id";
            /// `/news/page/2`: the segment, and the name of the number parameter.
            pub const PAGE: &str = "page";
            pub const PAGE_NUMBER: &str = "n";
            /// Widgets live under `/embed/<widget>`.
            pub const EMBED: &str = "embed";
        }
    };
}

/// Declares each widget once: `EMBED_MAP` is `/embed/map`, and
/// `segment::widget::MAP` is `map`.
macro_rules! widgets {
    ($($name:ident / $segment_name:ident = $segment:literal;)*) => {
        $(pub const $name: &str = concat!("/embed/", $segment);)*
        pub mod widget_segment {
            $(pub const $segment_name: &str = $segment;)*
        }
    };
}

pub const HOME: &str = "/";
sections! {
    ABOUT = "about";
    TIMELINE = "timeline";
    MEMBERS = "members";
    NEWS = "news";
    DOCUMENTS = "documents";
    EVENTS = "events";
    CONTACT = "contact";
    SEARCH = "search";
    /// The service worker's page for pages it never saved.
    OFFLINE = "offline";
}

/// Where the build puts the data files. A deployment can point the site
/// elsewhere with `<meta>` settings (`config.rs`).
pub const SITE_DATA: &str = "/data/site.json";
pub const FEED: &str = "/data/feed.json";
pub const MAP_DATA: &str = "/data/map.json";

/// The page for unknown paths (written as `404.html`).
pub const NOT_FOUND: &str = "/404";

/// What the service worker shows offline for a page it never saved is
/// `OFFLINE` (a section below), written as this file beside each
/// language's pages (`ru/offline.html`); the worker itself holds each
/// language's copy in its `BUILD` line.
pub const OFFLINE_FILE: &str = "/offline.html";

/// The script every page starts with (`public/boot.js`).
pub const BOOT_SCRIPT: &str = "/boot.js";

/// The service worker (`public/sw.js`, completed by the render step).
pub const SERVICE_WORKER: &str = "/sw.js";

/// The Atom feed the render step writes beside the pages.
pub const ATOM_FEED: &str = "/feed.xml";

/// Every event as an iCalendar file to subscribe to (render step).
pub const EVENTS_CALENDAR: &str = "/events.ics";

/// A language's catalogue file (`i18n::catalogue`), which the render step
/// writes for the browser bundle that leaves the language out.
pub fn catalogue(tag: &str) -> String {
    format!("/i18n/{tag}.txt")
}

// Widget pages (no site chrome).
widgets! {
    EMBED_TIMELINE / TIMELINE = "timeline";
    EMBED_MAP / MAP = "map";
    EMBED_KEY_DATA / KEY_DATA = "key-data";
    EMBED_NEWS / NEWS = "news";
}

/// The script partner sites include to place widgets. The render step
/// writes the widget list into it (`prerender::loader`).
pub const EMBED_LOADER: &str = "/embed.js";

/// Whether `path` is a widget page.
pub fn is_embed(path: &str) -> bool {
    path.strip_prefix('/')
        .and_then(|p| p.strip_prefix(segment::EMBED))
        .is_some_and(|rest| rest.is_empty() || rest.starts_with('/'))
}

/// Whether a navigation entry for `href` is the page at `path`: the home
/// link only on `/`, any other on its own page and the pages under it.
pub fn is_current(href: &str, path: &str) -> bool {
    match path.strip_prefix(href) {
        Some(rest) if href == HOME => rest.is_empty(),
        Some(rest) => rest.is_empty() || rest.starts_with('/'),
        None => false,
    }
}

/// Page `number` of a list (`/news`, `/documents`, `/events`): the first
/// page is the list's own path, later ones `/news/page/2`. Paths rather
/// than a query, so that every page can be a pre-rendered file.
pub fn list_page(list: &str, number: usize) -> String {
    if number <= 1 { list.to_owned() } else { format!("{list}/{}/{number}", segment::PAGE) }
}

/// Feed ids can be anything, URLs included, so they are percent-encoded
/// into a single segment.
pub fn news_item(id: &str) -> String {
    format!("{NEWS}/{}", encode_component(id))
}

pub fn event(id: &str) -> String {
    format!("{EVENTS}/{}", encode_component(id))
}

/// One event as an iCalendar file, beside its page (render step).
pub fn event_calendar(id: &str) -> String {
    format!("{}/{EVENT_CALENDAR_FILE}", event(id))
}

/// The file name of an event's calendar file in its page's directory.
pub const EVENT_CALENDAR_FILE: &str = "calendar.ics";

pub fn document(id: &str) -> String {
    format!("{DOCUMENTS}/{}", encode_component(id))
}

/// Where a feed item's own page is.
pub fn item(item: &FeedItem) -> String {
    match item.kind {
        ItemKind::News => news_item(&item.id),
        ItemKind::Event { .. } => event(&item.id),
        ItemKind::Document { .. } => document(&item.id),
    }
}

/// A selection's page inside an interactive view (`/members/TR`,
/// `/timeline/istanbul-2013`): the view with `id` selected.
pub fn selection(view: &str, id: &str) -> String {
    format!("{view}/{}", encode_component(id))
}

/// A member state's page: the member map with the state selected.
pub fn member(iso2: &str) -> String {
    selection(MEMBERS, iso2)
}

/// A milestone's page: the timeline with the milestone selected.
pub fn milestone(id: &str) -> String {
    selection(TIMELINE, id)
}

/// Pages whose path carries a selection inside one interactive view
/// (`/timeline/<id>`, `/members/<iso2>`): moving between such paths is not
/// a new page, so focus and scroll must stay where the visitor is.
pub fn same_view(from: &str, to: &str) -> bool {
    let view_of = |path: &str| [TIMELINE, MEMBERS].into_iter().find(|base| is_current(base, path));
    matches!((view_of(from), view_of(to)), (Some(a), Some(b)) if a == b)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn item_paths_stay_one_segment() {
        assert_eq!(news_item("2019-ministerial"), "/news/2019-ministerial");
        assert_eq!(document("https://x.org/a b"), "/documents/https%3A%2F%2Fx.org%2Fa%20b");
        assert_eq!(event("42"), "/events/42");
        assert!(NEWS.ends_with(segment::NEWS) && MEMBERS.ends_with(segment::MEMBERS));
    }

    #[test]
    fn list_pages_are_paths() {
        assert_eq!(list_page(NEWS, 1), "/news");
        assert_eq!(list_page(NEWS, 0), "/news");
        assert_eq!(list_page(DOCUMENTS, 3), "/documents/page/3");
    }

    #[test]
    fn embed_paths() {
        assert!(is_embed(EMBED_MAP) && is_embed("/embed/news"));
        assert!(!is_embed("/embedded") && !is_embed("/news"));
        assert!(EMBED_KEY_DATA.ends_with(widget_segment::KEY_DATA));
    }

    #[test]
    fn navigation_marks_the_current_section() {
        assert!(is_current(HOME, "/"));
        assert!(!is_current(HOME, "/news"));
        assert!(is_current(NEWS, "/news") && is_current(NEWS, "/news/2019-ministerial"));
        assert!(!is_current(NEWS, "/newsletter") && !is_current(NEWS, "/"));
        assert!(!is_current(EVENTS, "/news"));
    }

    #[test]
    fn selections_within_a_view_are_not_page_changes() {
        assert!(same_view("/timeline", "/timeline/istanbul-2013"));
        assert!(same_view("/timeline/a", "/timeline/b"));
        assert!(same_view("/members/TR", "/members"));
        assert!(!same_view("/timeline", "/members"));
        assert!(!same_view("/news", "/news/x"));
        assert!(!same_view("/timelines", "/timeline"));
    }
}
