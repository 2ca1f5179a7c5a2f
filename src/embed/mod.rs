//! Widgets for partner sites: `/embed/timeline`, `/embed/map`,
//! `/embed/key-data`, `/embed/news` (pages in `pages/embed.rs`), the frame
//! around them, their options, height messages, and the "Embed" dialog on
//! the full site. `public/embed.js` is the loader partners include.

pub mod dialog;
pub mod messaging;
pub mod options;
pub mod snippets;

use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::Closure;

use crate::startup::use_settled;
use options::Common;

/// The frame of every widget: no site header or footer, a small
/// attribution, a link to the same view on the full site, and links that
/// open the full site in a new tab instead of navigating inside the frame.
#[component]
pub fn EmbedFrame(
    /// Options common to all widgets (theme, embed id).
    #[prop(into)]
    common: Signal<Common>,
    /// The same view on the full site, e.g. `/timeline/istanbul-2013`.
    #[prop(into)]
    full_site: Signal<String>,
    children: Children,
) -> impl IntoView {
    provide_context(InEmbed);
    // Browser-only work, in effects: they run once the page is live (after
    // hydration, when the options in the URL have been read).
    let settled = use_settled();
    Effect::new(move |_| apply_theme(common.with(|c| c.theme.attribute())));
    Effect::new(move |_| {
        if settled.get() {
            messaging::report_height(common.with_untracked(|c| c.embed_id.clone()));
        }
    });
    let root = NodeRef::<html::Div>::new();
    Effect::new(move |_| {
        if let Some(root) = root.get() {
            open_links_in_new_tab(&root);
        }
    });
    view! {
        <div class="embed" node_ref=root>
            {children()}
            <div class="embed__footer">
                <a href=move || full_site.get() target="_blank" rel="noopener">
                    "Open in the full site"<span class="visually-hidden">" (opens in a new tab)"</span>
                </a>
                <span class="embed__brand">
                    <a href="/" target="_blank" rel="noopener">"Budapest Process"</a>
                </span>
            </div>
        </div>
    }
}

/// Present (as a context) inside widgets, for components that must not add
/// landmarks of their own there: the partner's page already has them.
#[derive(Clone, Copy)]
pub struct InEmbed;

pub fn in_embed() -> bool {
    use_context::<InEmbed>().is_some()
}

/// Whether this document is shown inside another page's frame.
pub fn in_frame() -> bool {
    web_sys::window().is_some_and(|w| w.parent().ok().flatten().is_some_and(|parent| parent != w))
}

/// [`in_frame`] as a signal: false while the app reproduces pre-rendered
/// HTML (which cannot know), the truth once it runs in the browser.
pub fn use_in_frame() -> Signal<bool> {
    let framed = RwSignal::new(false);
    Effect::new(move |_| framed.set(in_frame()));
    framed.into()
}

/// Applies the chosen theme to the document (boot.js applies it before the
/// app arrives; this keeps it in step as the options change).
fn apply_theme(theme: Option<&str>) {
    let Some(root) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) else {
        return;
    };
    let _ = match theme {
        Some(theme) => root.set_attribute("data-theme", theme),
        None => root.remove_attribute("data-theme"),
    };
}

/// Catches clicks on links inside the widget (before the router, in the
/// capture phase) and opens them in a new tab: a widget must never navigate
/// the partner's frame away to another page. Buttons (selection, filters,
/// zoom) are unaffected.
fn open_links_in_new_tab(root: &web_sys::HtmlElement) {
    let handler = Closure::<dyn FnMut(web_sys::MouseEvent)>::new(|ev: web_sys::MouseEvent| {
        if ev.default_prevented() || ev.button() != 0 {
            return;
        }
        let link = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|e| e.closest("a[href]").ok().flatten())
            .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok());
        let Some(link) = link else { return };
        if link.target() == "_blank" || link.get_attribute("href").is_some_and(|h| h.starts_with('#')) {
            return;
        }
        ev.prevent_default();
        if let Some(window) = web_sys::window() {
            let _ = window.open_with_url_and_target_and_features(&link.href(), "_blank", "noopener");
        }
    });
    let _ = root.add_event_listener_with_callback_and_bool("click", handler.as_ref().unchecked_ref(), true);
    // Lives as long as the widget's root element, which lives as long as
    // the page.
    handler.forget();
}
