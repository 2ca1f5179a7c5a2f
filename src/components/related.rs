//! A details panel's links to feed items: the news that mention a member
//! state, a milestone's news and documents.
//!
//! They are all that a member state's or a milestone's page shows of the
//! feed, so those pages hydrate without it: while hydrating, the panel
//! takes its links back from the pre-rendered HTML, and a first visit does
//! not download the feed (the page's record marks it `data-in-page`,
//! `rendered::SnapshotFile::in_page`). A panel opened later asks for the
//! feed as before, and a deployer's live feed elsewhere replaces the links
//! once it is in (`AppData::refresh`).

use leptos::prelude::*;

use crate::data::{Remote, use_app_data};
use crate::model::feed::Feed;
use crate::startup::is_reproducing_html;

/// One link of the list, as the panel draws it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RelatedLink {
    pub href: String,
    pub title: String,
    /// The item's kind, where the panel names it ("News", "Document").
    pub kind: Option<String>,
}

/// The panel's links: from the feed once it is in; while a page that was
/// rendered from it hydrates without it, from the list the page holds
/// (`list` selects it, e.g. `.map-detail .tl-related`).
pub fn related_links(
    list: &'static str,
    from_feed: impl Fn(&Feed) -> Vec<RelatedLink> + 'static,
) -> impl Fn() -> Vec<RelatedLink> + 'static {
    let data = use_app_data();
    let feed = data.feed;
    let waiting = !matches!(feed.get_untracked(), Remote::Ready(_));
    let in_page = (waiting && is_reproducing_html()).then(|| from_page(list));
    if in_page.is_none() {
        data.ensure_feed();
    }
    let in_page = in_page.unwrap_or_default();
    move || match feed.get() {
        Remote::Ready(feed) => from_feed(&feed),
        // A live feed that failed keeps the page's links; so does one
        // still loading.
        Remote::Loading | Remote::Failed(_) => in_page.clone(),
    }
}

/// The links of the pre-rendered list, in order (none if the page has no
/// such list: the panel was rendered without related items).
#[cfg(feature = "hydrate")]
fn from_page(list: &str) -> Vec<RelatedLink> {
    use wasm_bindgen::JsCast;

    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return Vec::new() };
    let Ok(items) = document.query_selector_all(&format!("{list} > li")) else { return Vec::new() };
    let text = |element: Option<web_sys::Element>| element.and_then(|e| e.text_content());
    (0..items.length())
        .filter_map(|index| items.item(index)?.dyn_into::<web_sys::Element>().ok())
        .filter_map(|item| {
            let link = item.query_selector("a[href]").ok().flatten()?;
            Some(RelatedLink {
                href: link.get_attribute("href")?,
                title: link.text_content().unwrap_or_default(),
                kind: text(item.query_selector(".badge").ok().flatten()),
            })
        })
        .collect()
}

/// Only hydration reads a page back.
#[cfg(not(feature = "hydrate"))]
fn from_page(_list: &str) -> Vec<RelatedLink> {
    Vec::new()
}
