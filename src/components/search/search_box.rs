//! The search box in the header, as every page carries it: a form with a
//! combobox input, and Enter opening `/search`. Without the app the form
//! goes to `/search` by itself. The `/` shortcut that focuses it is in
//! `public/boot.js`, so it works before the app has started.
//!
//! Everything else (what is typed, the suggestions, the arrow keys and
//! Escape, the input's `aria-expanded` and `aria-activedescendant`, the
//! worker that answers) is `suggestions`, in the `search` chunk, loaded
//! when a visitor first focuses the box. Every page carries this half, so
//! it stays small: fixed attributes, no state of its own but where the
//! suggestions' code is, and three handlers (about 2.9 KB brotli of the
//! core; 3.7 KB with the `/` key here too, 7 KB with the box's state and
//! reactive attributes as well).

use leptos::ev;
use leptos::prelude::*;
use leptos::tachys::html::attribute::any_attribute::{AnyAttribute, IntoAnyAttribute};
use leptos::tachys::html::attribute::custom::custom_attribute;
use leptos_router::hooks::use_navigate;
use wasm_bindgen::JsCast;

use crate::chunks::{ChunkView, Progress, fetch, now};
use crate::i18n::use_messages;
use crate::paths;

/// Also named in `public/boot.js`, which focuses the box on `/`.
pub const INPUT_ID: &str = "site-search";
pub const LIST_ID: &str = "site-search-list";

/// The box's input, once the page is live.
pub fn search_input() -> Option<web_sys::HtmlInputElement> {
    web_sys::window()?.document()?.get_element_by_id(INPUT_ID)?.dyn_into().ok()
}

#[component]
pub fn SearchBox() -> impl IntoView {
    let navigate = use_navigate();
    let code = RwSignal::new(Progress::Idle);
    // On first focus or input (and again after a failure): the suggestions
    // load, and start the worker when they are drawn.
    let wake = move || fetch(ChunkView::Suggestions, code);
    // Enter with no suggestion chosen (the suggestions' keys take the
    // others), or before the suggestions are in: the results page, in the
    // app.
    let on_submit = move |ev: ev::SubmitEvent| {
        ev.prevent_default();
        let text = search_input().map(|i| i.value()).unwrap_or_default();
        navigate(&results_page(&text), Default::default());
    };
    let t = &use_messages().search;
    let drawn = move || match code.get() {
        Progress::Ready => now(ChunkView::Suggestions).unwrap_or_else(|| ().into_any()),
        Progress::Failed => {
            view! { <p class="site-search__status" role="status">{t.suggestions_missing}</p> }.into_any()
        }
        Progress::Idle | Progress::Loading => ().into_any(),
    };

    let form = plain(&[
        ("role", "search"),
        ("aria-label", t.site_search),
        ("action", &crate::i18n::link(paths::SEARCH)),
        ("method", "get"),
    ]);
    let field = plain(&[
        ("name", "q"),
        ("placeholder", t.placeholder),
        ("autocomplete", "off"),
        ("spellcheck", "false"),
        ("role", "combobox"),
        ("aria-autocomplete", "list"),
        ("aria-controls", LIST_ID),
        ("aria-keyshortcuts", "/"),
        ("aria-expanded", "false"),
    ]);

    view! {
        <form class="site-search app-only" {..form} on:submit=on_submit>
            <label for=INPUT_ID class="visually-hidden">{t.box_label}</label>
            <input
                id=INPUT_ID
                type="search"
                class="site-search__input"
                {..field}
                on:focus=move |_| wake()
                on:input=move |_| wake()
            />
            {move || drawn()}
        </form>
    }
}

/// Attributes that never change, all of one type. Every page's code holds
/// the box, and each attribute written in `view!` is a type of its own,
/// with its own code to draw, hydrate and update it (about 1 KB each before
/// compression); these share one.
fn plain(attributes: &[(&'static str, &str)]) -> Vec<AnyAttribute> {
    attributes.iter().map(|&(name, value)| custom_attribute(name, value.to_owned()).into_any_attr()).collect()
}

/// `/search?q=…` for the text typed.
pub fn results_page(text: &str) -> String {
    let text = text.trim();
    if text.is_empty() {
        paths::SEARCH.to_owned()
    } else {
        format!("{}?q={}", paths::SEARCH, crate::model::url::encode_component(text))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn boot_js_focuses_this_box_on_slash() {
        let boot = include_str!("../../../public/boot.js");
        assert!(boot.contains(&format!("getElementById('{INPUT_ID}')")));
    }

    #[test]
    fn the_results_page_carries_the_query() {
        assert_eq!(results_page("  "), "/search");
        assert_eq!(results_page(" call for action "), "/search?q=call%20for%20action");
    }
}
