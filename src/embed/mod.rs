//! Widgets for partner sites: `/embed/timeline`, `/embed/map`,
//! `/embed/key-data`, `/embed/news` (pages in `pages/embed.rs`), the frame
//! around them, their options, height messages, and the "Embed" dialog on
//! the full site. `public/embed.js` is the loader partners include.

pub mod dialog;
pub mod messaging;
pub mod options;
pub mod snippets;

use leptos::prelude::*;

use crate::components::frame::provide_in_embed;
use crate::paths;
use crate::startup::use_settled;
use options::Common;

/// The frame of every widget: no site header or footer, a small
/// attribution and a link to the same view on the full site. Links that
/// leave the widget open in a new tab: `public/boot.js` sees to that, so it
/// holds before the app runs and in browsers without WebAssembly.
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
    let locale = crate::i18n::use_locale();
    let t = &locale.messages().widgets;
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
    on_cleanup(move || {
        if let Some(Some(reporter)) = reporter.try_update_value(Option::take) {
            reporter.stop();
        }
    });
    view! {
        <div class="embed">
            {children()}
            <div class="embed__footer">
                <a href=move || locale.path(&full_site.get()) target="_blank" rel="noopener">
                    {t.open_full_site}<span class="visually-hidden">{t.new_tab}</span>
                </a>
                <span class="embed__brand">
                    <a href=locale.path(paths::HOME) target="_blank" rel="noopener">{locale.messages().chrome.brand}</a>
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
