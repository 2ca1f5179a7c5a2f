//! The suggestions under the search box: a listbox, as in the ARIA
//! Authoring Practices' combobox pattern. Focus stays in the box; the
//! arrow keys move the active suggestion (`aria-activedescendant`), Enter
//! opens it, Escape closes the list (and, with the list closed, clears the
//! box). Enter with no suggestion chosen opens `/search` with the query.
//! The box itself is `search_box`, in every page's code; this is in the
//! `search` chunk.

use std::sync::Arc;

use leptos::ev;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use wasm_bindgen::JsCast;

use super::index::{SearchIndex, use_search};
use super::result::Marked;
use super::search_box::{INPUT_ID, LIST_ID, results_page, search_input};
use crate::i18n::messages::Search as SearchWords;
use crate::i18n::{fill, use_locale};
use crate::interaction::announce::{LiveRegion, use_announcement};
use crate::search::protocol::{Answer, Asker, FullText};
use crate::search::{Kind, Piece, SearchParams};

/// What the list shows for the text typed so far.
#[derive(Clone, Debug, PartialEq)]
enum Listing {
    /// Nothing typed (or nothing that can be searched for).
    Nothing,
    Loading,
    Failed,
    Found(Arc<Answer>),
}

/// A group of suggestions as the list shows it.
#[derive(Clone, Debug, PartialEq)]
struct ShownGroup {
    kind: Kind,
    /// The position of its first option among all the options.
    first: usize,
    options: Vec<ShownOption>,
}

#[derive(Clone, Debug, PartialEq)]
struct ShownOption {
    path: String,
    title: Vec<Piece>,
    details: String,
}

impl Listing {
    fn shown(&self) -> Vec<ShownGroup> {
        let Listing::Found(answer) = self else { return Vec::new() };
        let mut first = 0;
        answer
            .groups
            .iter()
            .map(|group| {
                let options: Vec<ShownOption> = group
                    .found
                    .iter()
                    .map(|f| ShownOption {
                        path: f.path.clone(),
                        title: f.title.clone(),
                        details: f.details.clone(),
                    })
                    .collect();
                let shown = ShownGroup { kind: group.kind, first, options };
                first += shown.options.len();
                shown
            })
            .collect()
    }
}

/// The list under the box, drawn once the `search` chunk is in (see
/// `search_box`): it follows what is typed, starts the worker and asks it,
/// and takes the box's arrow keys, Enter and Escape.
#[component]
pub fn SearchSuggestions() -> impl IntoView {
    // Typed before the code came in, too; the list opens for it if the
    // visitor is still in the box (Enter may have opened the results page
    // meanwhile, which moves focus to the page).
    let (typed, focused) = search_input().map_or((String::new(), false), |input| {
        let focused = input.owner_document().and_then(|d| d.active_element()).is_some_and(|a| a == **input);
        (input.value(), focused)
    });
    // As typed.
    let text = RwSignal::new(typed.clone());
    // Whether the list may show: typing opens it, leaving the box closes it.
    let open = RwSignal::new(focused && !typed.trim().is_empty());
    // The chosen suggestion, by its link.
    let active = RwSignal::new(None::<String>);
    let search = use_search();
    search.want();
    let navigate = use_navigate();

    // Every change of text asks the worker; the list shows its latest
    // answer until the next one is in, so typing never blanks it.
    Effect::new(move |_| {
        let text = text.get();
        if matches!(search.index(), SearchIndex::Ready(_)) && !text.trim().is_empty() {
            search.ask_suggestions(SearchParams { text, ..Default::default() });
        }
    });
    let listing = Memo::new(move |_| {
        if text.with(|t| t.trim().is_empty()) {
            return Listing::Nothing;
        }
        match search.index() {
            SearchIndex::Ready(_) => match search.answer(Asker::Box) {
                Some(answer) if answer.blank => Listing::Nothing,
                Some(answer) => Listing::Found(answer),
                None => Listing::Loading,
            },
            SearchIndex::Failed(_) => Listing::Failed,
            SearchIndex::Idle | SearchIndex::Loading => Listing::Loading,
        }
    });
    // The suggestions plus "all results", as the keys move through them.
    // Drawn again only when what they show changes: while typing lengthens
    // a word the suggestions often stay the same, and a redraw takes off
    // and puts back every attribute of every option.
    let shown = Memo::new(move |_| listing.with(Listing::shown));
    let found = Memo::new(move |_| listing.with(|l| matches!(l, Listing::Found(_))));
    // The suggestions, in the order the arrow keys visit them.
    let options = Memo::new(move |_| {
        let mut paths: Vec<String> = shown
            .with(|groups| groups.iter().flat_map(|g| g.options.iter().map(|o| o.path.clone())).collect());
        paths.push(results_page(&text.get()));
        paths
    });
    let active_index = Memo::new(move |_| {
        active.with(|chosen| {
            chosen.as_ref().and_then(|path| options.with(|o| o.iter().position(|p| p == path)))
        })
    });
    let expanded = Memo::new(move |_| open.get() && found.get());
    // The box's `aria-expanded` and `aria-activedescendant`, written on
    // the input the page drew.
    Effect::new(move |_| {
        let (expanded, active) = (expanded.get(), active_index.get());
        let Some(input) = search_input() else { return };
        let _ = input.set_attribute("aria-expanded", if expanded { "true" } else { "false" });
        let _ = match active.filter(|_| expanded) {
            Some(index) => input.set_attribute("aria-activedescendant", &option_id(index)),
            None => input.remove_attribute("aria-activedescendant"),
        };
    });
    on_cleanup(move || {
        if let Some(input) = search_input() {
            let _ = input.set_attribute("aria-expanded", "false");
            let _ = input.remove_attribute("aria-activedescendant");
        }
    });
    let locale = use_locale();
    let t = &locale.messages().search;
    let announcement = use_announcement(
        move || listing.with(|l| if let Listing::Found(answer) = l { Some(answer.total) } else { None }),
        move |total| match total {
            Some(0) => t.no_results.to_owned(),
            Some(n) => t.results.format(locale, *n as u64),
            None => String::new(),
        },
    );

    let go = move |path: String| {
        open.set(false);
        active.set(None);
        navigate(&path, Default::default());
    };
    let on_keydown = {
        let go = go.clone();
        move |ev: &ev::KeyboardEvent| {
            let count = options.with_untracked(Vec::len);
            match ev.key().as_str() {
                "ArrowDown" | "ArrowUp" => {
                    ev.prevent_default();
                    open.set(true);
                    let down = ev.key() == "ArrowDown";
                    let next = step(active_index.get_untracked(), count, down);
                    active.set(options.with_untracked(|o| o.get(next).cloned()));
                }
                // Only a suggestion still in the list: one the latest
                // answer dropped is no longer chosen. With none chosen,
                // the form's submit opens the results page.
                "Enter" => {
                    let chosen = active_index.get_untracked().filter(|_| expanded.get_untracked());
                    if let Some(path) = chosen.and_then(|i| options.with_untracked(|o| o.get(i).cloned())) {
                        ev.prevent_default();
                        go(path);
                    }
                }
                "Escape" => {
                    // A search field clears itself on Escape; here the
                    // first Escape only closes the list (as the pattern says).
                    ev.prevent_default();
                    if open.get_untracked() && expanded.get_untracked() {
                        open.set(false);
                        active.set(None);
                    } else {
                        text.set(String::new());
                        if let Some(input) = search_input() {
                            input.set_value("");
                        }
                    }
                }
                _ => {}
            }
        }
    };
    // The box is the page's, so its events are heard where they arrive
    // last: on the window, from the input (or its form).
    let from_box = |target: Option<web_sys::EventTarget>| {
        target.and_then(|t| t.dyn_into::<web_sys::Element>().ok()).is_some_and(|el| el.id() == INPUT_ID)
    };
    let listeners = [
        window_event_listener(ev::input, move |ev| {
            if from_box(ev.target()) {
                text.set(search_input().map(|i| i.value()).unwrap_or_default());
                open.set(true);
                active.set(None);
            }
        }),
        window_event_listener(ev::keydown, move |ev| {
            if from_box(ev.target()) {
                on_keydown(&ev);
            }
        }),
        // Closes the list when focus leaves the box and its list.
        window_event_listener(ev::focusout, move |ev| {
            if !from_box(ev.target()) {
                return;
            }
            let form = search_input().and_then(|i| i.form());
            let to = ev.related_target().and_then(|t| t.dyn_into::<web_sys::Node>().ok());
            if !form.is_some_and(|form| form.contains(to.as_ref())) {
                open.set(false);
                active.set(None);
            }
        }),
        // Enter with no suggestion chosen: the page opens the results.
        window_event_listener(ev::submit, move |ev| {
            let form = search_input().and_then(|i| i.form());
            let target = ev.target().and_then(|t| t.dyn_into::<web_sys::Node>().ok());
            if form.is_some_and(|form| target.is_some_and(|t| t == *form.as_ref())) {
                open.set(false);
                active.set(None);
            }
        }),
    ];
    let listeners = StoredValue::new_local(Some(listeners));
    on_cleanup(move || {
        if let Some(Some(listeners)) = listeners.try_update_value(Option::take) {
            listeners.into_iter().for_each(WindowListenerHandle::remove);
        }
    });

    let all_index = move || options.with(Vec::len).saturating_sub(1);
    let group_view = {
        let go = go.clone();
        move |group: ShownGroup| {
            let kind = group.kind;
            let heading = format!("site-search-group-{}", kind.slug());
            let labelled_by = heading.clone();
            let items = group
                .options
                .into_iter()
                .enumerate()
                .map(|(at, option)| {
                    let index = group.first + at;
                    let go = go.clone();
                    let path = option.path;
                    view! {
                        <div
                            role="option"
                            id=option_id(index)
                            class="site-search__option"
                            aria-selected=move || (active_index.get() == Some(index)).to_string()
                            on:click=move |_| go(path.clone())
                        >
                            <span class="site-search__option-title" dir="auto"><Marked pieces=option.title /></span>
                            <span class="site-search__option-details">{option.details}</span>
                        </div>
                    }
                })
                .collect_view();
            view! {
                <div role="group" aria-labelledby=labelled_by class="site-search__group">
                    <div role="presentation" id=heading class="site-search__group-name">{t.kinds.of(kind).1}</div>
                    {items}
                </div>
            }
        }
    };
    let all_results = move || {
        let go = go.clone();
        found.get().then(move || {
            view! {
                <div
                    role="option"
                    id=move || option_id(all_index())
                    class="site-search__option site-search__option--all"
                    aria-selected=move || (active_index.get() == Some(all_index())).to_string()
                    on:click=move |_| go(results_page(&text.get_untracked()))
                >
                    {move || fill(t.all_results_for, &[("query", text.get().trim())])}
                </div>
            }
        })
    };
    let status = move || {
        if !open.get() {
            return None;
        }
        note(t, &listing.get(), search.full_text().as_ref())
    };

    view! {
        // Keeps focus in the box while a suggestion is clicked.
        <div
            id=LIST_ID
            role="listbox"
            aria-label=t.suggestions
            class="site-search__list"
            // The text of the worker's latest answer (the benchmark
            // waits for it).
            data-answers=move || search.answer(Asker::Box).map(|a| a.params.text.clone())
            // What the answers were searched in (tests and the
            // benchmark wait for the whole feed, or note the titles).
            data-full-text=move || search.full_text().map(|f| f.state())
            hidden=move || !expanded.get()
            // Out of the tab order: focus stays in the box, and Tab leaves
            // the combobox (browsers make a scrolling box a tab stop).
            tabindex="-1"
            on:mousedown=|ev| ev.prevent_default()
        >
            {move || shown.get().into_iter().map(group_view.clone()).collect_view()}
            {all_results}
        </div>
        {move || status().map(|text| view! { <p class="site-search__status">{text}</p> })}
        <LiveRegion text=announcement />
    }
    .into_any()
}

fn option_id(index: usize) -> String {
    format!("site-search-option-{index}")
}

/// The line under the list: loading, failure, no match, and whether the
/// feed's texts are searched yet.
fn note(t: &SearchWords, listing: &Listing, full_text: Option<&FullText>) -> Option<String> {
    let text = match (listing, full_text) {
        (Listing::Loading, _) => t.loading_index,
        (Listing::Failed, _) => t.unavailable,
        (Listing::Found(answer), Some(FullText::Loading)) if answer.total == 0 => t.no_title_matches_yet,
        (Listing::Found(answer), Some(FullText::Failed(_))) if answer.total == 0 => t.no_title_matches_failed,
        (Listing::Found(answer), _) if answer.total == 0 => t.no_results_enter,
        (Listing::Found(_), Some(FullText::Loading)) => t.title_matches_loading,
        (Listing::Found(_), Some(FullText::Failed(_))) => t.title_matches_failed,
        _ => return None,
    };
    Some(text.to_owned())
}

/// The next option with the arrow keys, wrapping round at both ends.
fn step(active: Option<usize>, count: usize, down: bool) -> usize {
    match (active, down) {
        _ if count == 0 => 0,
        (None, true) => 0,
        (None, false) => count - 1,
        (Some(i), true) => (i + 1) % count,
        (Some(i), false) => (i + count - 1) % count,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arrows_wrap_round() {
        assert_eq!(step(None, 3, true), 0);
        assert_eq!(step(None, 3, false), 2);
        assert_eq!(step(Some(2), 3, true), 0);
        assert_eq!(step(Some(0), 3, false), 2);
        assert_eq!(step(Some(1), 0, true), 0);
    }

    #[test]
    fn the_note_says_when_only_titles_are_searched() {
        use crate::fetch::FetchError;
        use crate::search::protocol::Answer;
        let found = |total| {
            Listing::Found(Arc::new(Answer {
                asker: Asker::Box,
                params: SearchParams::default(),
                blank: false,
                total,
                groups: Vec::new(),
                suggestion: None,
            }))
        };
        let t = &crate::i18n::Locale::En.messages().search;
        let note =
            |listing: &Listing, full: Option<FullText>| note(t, listing, full.as_ref()).unwrap_or_default();
        assert!(note(&found(3), Some(FullText::Loading)).contains("still loading"));
        assert!(note(&found(0), Some(FullText::Loading)).starts_with("No title matches yet"));
        assert!(note(&found(3), Some(FullText::Failed(FetchError::Network))).contains("did not load"));
        assert_eq!(note(&found(0), Some(FullText::In)), "No results. Press Enter for suggestions.");
        assert_eq!(note(&found(3), Some(FullText::In)), "");
        assert_eq!(note(&Listing::Loading, None), "Loading the search index…");
    }
}
