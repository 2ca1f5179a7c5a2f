//! Every path in the app comes from here, so links and the route table in
//! `lib.rs` cannot drift apart.

use crate::model::url::encode_component;

pub const HOME: &str = "/";
pub const ABOUT: &str = "/about";
pub const TIMELINE: &str = "/timeline";
pub const MEMBERS: &str = "/members";
pub const NEWS: &str = "/news";
pub const DOCUMENTS: &str = "/documents";
pub const EVENTS: &str = "/events";
pub const CONTACT: &str = "/contact";

/// The Atom feed the render step writes beside the pages.
pub const ATOM_FEED: &str = "/feed.xml";

/// Widget pages (no site chrome), and the prefix that marks them.
pub const EMBED: &str = "/embed";
pub const EMBED_TIMELINE: &str = "/embed/timeline";
pub const EMBED_MAP: &str = "/embed/map";
pub const EMBED_KEY_DATA: &str = "/embed/key-data";
pub const EMBED_NEWS: &str = "/embed/news";

pub fn is_embed(path: &str) -> bool {
    path == EMBED || path.starts_with("/embed/")
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

/// Route segments, for the route table.
pub mod segment {
    pub const ABOUT: &str = "about";
    pub const TIMELINE: &str = "timeline";
    pub const MEMBERS: &str = "members";
    pub const NEWS: &str = "news";
    pub const DOCUMENTS: &str = "documents";
    pub const EVENTS: &str = "events";
    pub const CONTACT: &str = "contact";
    pub const EMBED: &str = "embed";
    pub const TIMELINE_WIDGET: &str = "timeline";
    pub const MAP_WIDGET: &str = "map";
    pub const KEY_DATA_WIDGET: &str = "key-data";
    pub const NEWS_WIDGET: &str = "news";
    /// The name of the id parameter in item routes.
    pub const ID: &str = "id";
    /// `/news/page/2`: the segment, and the name of the number parameter.
    pub const PAGE: &str = "page";
    pub const PAGE_NUMBER: &str = "n";
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

pub fn document(id: &str) -> String {
    format!("{DOCUMENTS}/{}", encode_component(id))
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
        assert!(EMBED_KEY_DATA.ends_with(segment::KEY_DATA_WIDGET));
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
