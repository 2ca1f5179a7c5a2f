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

use crate::components::frame::provide_in_embed;
use crate::paths;
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
    provide_in_embed();
    // Browser-only work, in effects: they run once the page is live (after
    // hydration, when the options in the URL have been read).
    let settled = use_settled();
    Effect::new(move |_| apply_theme(common.with(|c| c.theme.attribute())));
    // Each is stopped when the widget goes away (moving to another page).
    let reporter = StoredValue::new_local(None::<messaging::HeightReporter>);
    Effect::new(move |_| {
        if settled.get() && reporter.with_value(Option::is_none) {
            reporter
                .set_value(messaging::HeightReporter::start(common.with_untracked(|c| c.embed_id.clone())));
        }
    });
    let root = NodeRef::<html::Div>::new();
    let links = StoredValue::new_local(None::<NewTabLinks>);
    Effect::new(move |_| {
        if let Some(root) = root.get()
            && links.with_value(Option::is_none)
        {
            links.set_value(NewTabLinks::on(&root));
        }
    });
    on_cleanup(move || {
        if let Some(Some(reporter)) = reporter.try_update_value(Option::take) {
            reporter.stop();
        }
        if let Some(Some(links)) = links.try_update_value(Option::take) {
            links.off();
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
                    <a href=paths::HOME target="_blank" rel="noopener">"Budapest Process"</a>
                </span>
            </div>
        </div>
    }
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
/// zoom) are unaffected. Removed with [`NewTabLinks::off`].
struct NewTabLinks {
    root: web_sys::HtmlElement,
    handler: Closure<dyn FnMut(web_sys::MouseEvent)>,
}

impl NewTabLinks {
    fn on(root: &web_sys::HtmlElement) -> Option<NewTabLinks> {
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
        root.add_event_listener_with_callback_and_bool("click", handler.as_ref().unchecked_ref(), true)
            .ok()?;
        Some(NewTabLinks { root: root.clone(), handler })
    }

    fn off(self) {
        let _ = self.root.remove_event_listener_with_callback_and_bool(
            "click",
            self.handler.as_ref().unchecked_ref(),
            true,
        );
    }
}
