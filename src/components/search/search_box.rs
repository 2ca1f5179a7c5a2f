//! The search box in the header, as every page carries it: a form with a
//! combobox input, the `/` shortcut, and Enter opening `/search`. Without
//! the app the form goes to `/search` by itself.
//!
//! Everything else (the suggestions, the arrow keys, the worker that
//! answers) is `suggestions`, in the `search` chunk, loaded when a visitor
//! first focuses the box: drawn here it cost every page 15 KB brotli,
//! mostly the reactive code of the list. The two halves share the box's
//! state through [`BoxState`], a context.

use std::rc::Rc;

use leptos::ev;
use leptos::html;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use wasm_bindgen::JsCast;

use crate::chunks::{ChunkView, load, now};
use crate::i18n::use_messages;
use crate::paths;

pub const INPUT_ID: &str = "site-search";
pub const LIST_ID: &str = "site-search-list";

/// The suggestions' handler of the box's keys.
pub type Keys = Rc<dyn Fn(&ev::KeyboardEvent)>;

/// What the box and its suggestions share.
#[derive(Clone, Copy)]
pub struct BoxState {
    pub input: NodeRef<html::Input>,
    /// As typed.
    pub text: RwSignal<String>,
    /// Whether the list may show: typing opens it, leaving the box closes it.
    pub open: RwSignal<bool>,
    /// The chosen suggestion, by its link.
    pub active: RwSignal<Option<String>>,
    /// Set by the suggestions: the list is showing (`aria-expanded`), and
    /// the id of the chosen option (`aria-activedescendant`).
    pub expanded: RwSignal<bool>,
    pub active_id: RwSignal<Option<String>>,
    /// The suggestions' keys (arrows, Enter, Escape), once they are in.
    pub keys: StoredValue<Option<Keys>, LocalStorage>,
}

impl BoxState {
    fn close(self) {
        self.open.set(false);
        self.active.set(None);
    }
}

pub fn use_box_state() -> Option<BoxState> {
    use_context::<BoxState>()
}

/// Where the suggestions' code is.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Code {
    Absent,
    Loading,
    In,
    Failed,
}

#[component]
pub fn SearchBox() -> impl IntoView {
    let navigate = use_navigate();
    let state = BoxState {
        input: NodeRef::new(),
        text: RwSignal::new(String::new()),
        open: RwSignal::new(false),
        active: RwSignal::new(None),
        expanded: RwSignal::new(false),
        active_id: RwSignal::new(None),
        keys: StoredValue::new_local(None),
    };
    provide_context(state);
    let code = RwSignal::new(Code::Absent);
    // On first focus (and again after a failure): the suggestions load,
    // and start the worker when they are drawn.
    let wake = move || {
        if matches!(code.get_untracked(), Code::Absent | Code::Failed) {
            code.set(Code::Loading);
            leptos::task::spawn_local(async move {
                let loaded = load(ChunkView::Suggestions).await.is_ok();
                let _ = code.try_set(if loaded { Code::In } else { Code::Failed });
            });
        }
    };
    let on_input = move |ev: ev::Event| {
        state.text.set(event_target_value(&ev));
        state.open.set(true);
        state.active.set(None);
        wake();
    };
    let on_keydown = move |ev: ev::KeyboardEvent| {
        if let Some(keys) = state.keys.get_value() {
            keys(&ev);
        }
    };
    // Closes the list when focus leaves the box and its list.
    let on_focusout = move |ev: ev::FocusEvent| {
        let inside = ev
            .related_target()
            .and_then(|t| t.dyn_into::<web_sys::Node>().ok())
            .zip(ev.current_target().and_then(|t| t.dyn_into::<web_sys::Node>().ok()))
            .is_some_and(|(to, form)| form.contains(Some(&to)));
        if !inside {
            state.close();
        }
    };
    // Enter with no suggestion chosen (the suggestions' keys take the
    // others), or before the suggestions are in.
    let on_submit = move |ev: ev::SubmitEvent| {
        ev.prevent_default();
        state.close();
        navigate(&results_page(&state.text.get_untracked()), Default::default());
    };
    focus_on_slash(state.input);
    let t = &use_messages().search;
    let drawn = move || match code.get() {
        Code::In => now(ChunkView::Suggestions),
        Code::Failed => Some(
            view! { <p class="site-search__status" role="status">{t.suggestions_missing}</p> }.into_any(),
        ),
        Code::Absent | Code::Loading => None,
    };

    view! {
        <form class="site-search app-only" role="search" aria-label=t.site_search action=crate::i18n::link(paths::SEARCH) method="get" on:submit=on_submit on:focusout=on_focusout>
            <label for=INPUT_ID class="visually-hidden">{t.box_label}</label>
            <input
                id=INPUT_ID
                node_ref=state.input
                type="search"
                name="q"
                class="site-search__input"
                placeholder=t.placeholder
                autocomplete="off"
                spellcheck="false"
                role="combobox"
                aria-autocomplete="list"
                aria-controls=LIST_ID
                aria-keyshortcuts="/"
                aria-expanded=move || state.expanded.get().to_string()
                aria-activedescendant=move || state.active_id.get()
                on:focus=move |_| wake()
                on:input=on_input
                on:keydown=on_keydown
            />
            {drawn}
        </form>
    }
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

/// `/` focuses the box from anywhere but a text field, as on GitHub,
/// GOV.UK and MDN. The listener goes with the header.
fn focus_on_slash(input: NodeRef<html::Input>) {
    let handle = StoredValue::new_local(None::<WindowListenerHandle>);
    Effect::new(move |_| {
        if handle.with_value(Option::is_some) {
            return;
        }
        handle.set_value(Some(window_event_listener(ev::keydown, move |ev| {
            if ev.key() != "/" || ev.ctrl_key() || ev.meta_key() || ev.alt_key() || ev.default_prevented() {
                return;
            }
            let typing = ev.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()).is_some_and(|el| {
                matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
                    || el.closest("[contenteditable]").ok().flatten().is_some()
            });
            if typing {
                return;
            }
            if let Some(input) = input.get_untracked() {
                ev.prevent_default();
                let _ = input.focus();
            }
        })));
    });
    on_cleanup(move || {
        if let Some(Some(handle)) = handle.try_update_value(Option::take) {
            handle.remove();
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_results_page_carries_the_query() {
        assert_eq!(results_page("  "), "/search");
        assert_eq!(results_page(" call for action "), "/search?q=call%20for%20action");
    }
}
