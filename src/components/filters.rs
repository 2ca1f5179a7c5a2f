//! Filter controls whose state lives in the URL query, so every filtered
//! view can be bookmarked, shared and restored with the back button.

use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::params::ParamsMap;

use crate::startup::use_settled;

/// The page's URL query, for every view that reads one (filters, page
/// numbers, widget options). Pre-rendered pages were rendered without a
/// query, so it reads as empty until hydration is over; then the view
/// updates in place to the query in the address bar.
pub fn use_page_query() -> Memo<ParamsMap> {
    let query = use_query_map();
    let settled = use_settled();
    Memo::new(move |_| if settled.get() { query.get() } else { ParamsMap::new() })
}

/// Navigates to `url` within the app without scrolling: a filter change
/// updates the list in place and keeps focus on the control.
pub fn use_filter_navigate() -> Callback<String> {
    let navigate = use_navigate();
    Callback::new(move |url: String| {
        navigate(&url, NavigateOptions { scroll: false, ..Default::default() });
    })
}

/// A labelled `<select>`; "all" is the empty value.
#[component]
pub fn FilterSelect(
    /// Visible label.
    label: &'static str,
    /// Used for the element id (`filter-<name>`), which tests and the label use.
    name: &'static str,
    /// What the empty choice says, e.g. "All years".
    all_label: &'static str,
    /// `(value, label)` pairs (they may arrive later, as the search
    /// page's years do).
    #[prop(into)]
    options: Signal<Vec<(String, String)>>,
    #[prop(into)] selected: Signal<Option<String>>,
    /// Called with the new value, `None` for "all".
    #[prop(into)]
    on_select: Callback<Option<String>>,
    /// The options' language, where they are names from English content
    /// (topics, document types) inside another interface language.
    #[prop(default = None)]
    options_lang: Option<&'static str>,
) -> impl IntoView {
    let id = format!("filter-{name}");
    let options = move || {
        options
            .get()
            .into_iter()
            .map(|(value, text)| {
                let is_selected = {
                    let value = value.clone();
                    move || selected.get().as_deref() == Some(value.as_str())
                };
                view! { <option value=value prop:selected=is_selected lang=options_lang>{text}</option> }
            })
            .collect_view()
    };
    view! {
        <div class="filter">
            <label for=id.clone()>{label}</label>
            <select
                id=id
                on:change=move |ev| {
                    let value = event_target_value(&ev);
                    on_select.run(Some(value).filter(|v| !v.is_empty()));
                }
            >
                <option value="" prop:selected=move || selected.get().is_none()>{all_label}</option>
                {options}
            </select>
        </div>
    }
}

/// Announces how many entries a filter left, politely, for screen readers
/// (and shows it to everyone).
#[component]
pub fn ResultCount(#[prop(into)] text: Signal<String>) -> impl IntoView {
    view! { <p class="result-count" role="status" aria-live="polite">{move || text.get()}</p> }
}
