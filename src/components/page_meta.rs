//! Per-page `<title>`, meta description and HTTP status.
//!
//! In the browser an effect keeps `document.title` and the description in
//! step with the page (client-side navigation included). In the render step
//! no effect runs: the page records them in a [`HeadRecord`] instead, and
//! the render step writes the whole `<head>` from it (canonical URL, Open
//! Graph, structured data: `prerender::head`).

use leptos::prelude::*;

/// The site's name, which every title ends with.
pub const SITE_NAME: &str = "Budapest Process";

/// "Page · Budapest Process" (the site's name in the page's language,
/// `brand`), or the name alone on the home page.
pub fn full_title(brand: &str, page: &str) -> String {
    if page.is_empty() { brand.to_owned() } else { format!("{page} · {brand}") }
}

/// What a page said about itself while it was rendered: filled in by
/// [`PageMeta`] and [`mark_not_found`] in the render step, where the render
/// step provides it as a context.
#[derive(Clone, Debug, Default)]
pub struct HeadRecord(std::sync::Arc<std::sync::Mutex<Head>>);

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Head {
    /// The full title, as `document.title` will read.
    pub title: String,
    pub description: String,
    pub not_found: bool,
    /// The views it showed whose code comes in a chunk (`crate::chunks`).
    pub views: Vec<crate::chunks::ChunkView>,
}

impl HeadRecord {
    pub fn get(&self) -> Head {
        self.0.lock().map(|head| head.clone()).unwrap_or_default()
    }

    fn update(&self, change: impl FnOnce(&mut Head)) {
        if let Ok(mut head) = self.0.lock() {
            change(&mut head);
        }
    }
}

/// Sets the document title (" · Budapest Process" is added) and the meta
/// description. Both may be reactive, for pages named by their data.
#[component]
pub fn PageMeta(
    #[prop(into)] title: Signal<String>,
    #[prop(into)] description: Signal<String>,
) -> impl IntoView {
    let brand = crate::i18n::use_messages().chrome.brand;
    if let Some(record) = use_context::<HeadRecord>() {
        record.update(|head| {
            head.title = full_title(brand, &title.get_untracked());
            head.description = description.get_untracked();
        });
    }
    Effect::new(move |_| {
        let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
        document.set_title(&full_title(brand, &title.get()));
        let tag = document.query_selector("meta[name=\"description\"]").ok().flatten();
        if let Some(tag) = tag {
            let _ = tag.set_attribute("content", &description.get());
        }
    });
}

/// Marks the page being rendered as "not found", so the render step can
/// tell a page that should exist from one that does not.
pub fn mark_not_found() {
    if let Some(record) = use_context::<HeadRecord>() {
        record.update(|head| head.not_found = true);
    }
}

/// Notes that the page being rendered shows `view`, whose code a split
/// build downloads in a chunk: the page's record names it, so the browser
/// readies it before hydrating.
pub fn note_chunk_view(view: crate::chunks::ChunkView) {
    if let Some(record) = use_context::<HeadRecord>() {
        record.update(|head| {
            if !head.views.contains(&view) {
                head.views.push(view);
            }
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_end_with_the_site_name() {
        assert_eq!(full_title(SITE_NAME, ""), "Budapest Process");
        assert_eq!(full_title(SITE_NAME, "News"), "News · Budapest Process");
    }
}
