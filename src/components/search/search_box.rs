//! The search box in the header: a combobox with a listbox of suggestions,
//! as in the ARIA Authoring Practices' combobox pattern. Focus stays in the
//! box; the arrow keys move the active suggestion (`aria-activedescendant`),
//! Enter opens it, Escape closes the list (and, with the list closed,
//! clears the box). `/` anywhere on the page focuses the box. Enter with no
//! suggestion chosen opens `/search` with the query, which is also where
//! the form goes without the app.

use leptos::ev;
use leptos::html;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use wasm_bindgen::JsCast;

use std::sync::Arc;

use super::index::{SearchIndex, use_search};
use super::result::Marked;
use crate::i18n::messages::Search as SearchWords;
use crate::i18n::{fill, use_locale};
use crate::interaction::announce::{LiveRegion, use_announcement};
use crate::paths;
use crate::search::protocol::{Answer, Asker, FullText};
use crate::search::{Kind, Piece, SearchParams};

const INPUT_ID: &str = "site-search";
const LIST_ID: &str = "site-search-list";

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

#[component]
pub fn SearchBox() -> impl IntoView {
    let search = use_search();
    let navigate = use_navigate();
    let text = RwSignal::new(String::new());
    let open = RwSignal::new(false);
    // The chosen suggestion by its link, not its place: the worker's
    // second answer to the same text (from the whole feed after the
    // titles) can add suggestions above it, and the choice stays on it.
    let active = RwSignal::new(None::<String>);
    let input = NodeRef::<html::Input>::new();

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
    // and puts back every attribute of every option. (A keyed `<For>`
    // would also keep the groups that stay, but costs 2.1 KB brotli more
    // wasm on every page.)
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
    let expanded = move || open.get() && found.get();
    let option_id = |index: usize| format!("site-search-option-{index}");
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

    let go = {
        let navigate = navigate.clone();
        move |path: String| {
            open.set(false);
            active.set(None);
            navigate(&path, Default::default());
        }
    };
    let on_keydown = {
        let go = go.clone();
        move |ev: ev::KeyboardEvent| {
            let count = options.with(Vec::len);
            match ev.key().as_str() {
                "ArrowDown" | "ArrowUp" => {
                    ev.prevent_default();
                    open.set(true);
                    let down = ev.key() == "ArrowDown";
                    let next = step(active_index.get_untracked(), count, down);
                    active.set(options.with_untracked(|o| o.get(next).cloned()));
                }
                "Enter" => {
                    ev.prevent_default();
                    // Only a suggestion still in the list: one the latest
                    // answer dropped is no longer chosen.
                    let chosen = active_index.get_untracked().filter(|_| expanded());
                    let path = chosen.and_then(|i| options.with_untracked(|o| o.get(i).cloned()));
                    go(path.unwrap_or_else(|| results_page(&text.get_untracked())));
                }
                "Escape" => {
                    // A search field clears itself on Escape; here the
                    // first Escape only closes the list (as the pattern says).
                    ev.prevent_default();
                    if open.get_untracked() && expanded() {
                        open.set(false);
                        active.set(None);
                    } else {
                        text.set(String::new());
                        if let Some(input) = input.get_untracked() {
                            input.set_value("");
                        }
                    }
                }
                _ => {}
            }
        }
    };
    let on_input = move |ev: ev::Event| {
        search.want();
        text.set(event_target_value(&ev));
        open.set(true);
        active.set(None);
    };
    // Closes the list when focus leaves the box and its list.
    let on_focusout = move |ev: ev::FocusEvent| {
        let inside = ev
            .related_target()
            .and_then(|t| t.dyn_into::<web_sys::Node>().ok())
            .zip(ev.current_target().and_then(|t| t.dyn_into::<web_sys::Node>().ok()))
            .is_some_and(|(to, form)| form.contains(Some(&to)));
        if !inside {
            open.set(false);
            active.set(None);
        }
    };
    let on_submit = {
        let go = go.clone();
        move |ev: ev::SubmitEvent| {
            ev.prevent_default();
            go(results_page(&text.get_untracked()));
        }
    };
    focus_on_slash(input);

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
        <form class="site-search app-only" role="search" aria-label=t.site_search action=crate::i18n::link(paths::SEARCH) method="get" on:submit=on_submit on:focusout=on_focusout>
            <label for=INPUT_ID class="visually-hidden">{t.box_label}</label>
            <input
                id=INPUT_ID
                node_ref=input
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
                aria-expanded=move || expanded().to_string()
                aria-activedescendant=move || active_index.get().filter(|_| expanded()).map(option_id)
                on:focus=move |_| search.want()
                on:input=on_input
                on:keydown=on_keydown
            />
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
                hidden=move || !expanded()
                on:mousedown=|ev| ev.prevent_default()
            >
                {move || shown.get().into_iter().map(group_view.clone()).collect_view()}
                {all_results}
            </div>
            {move || status().map(|text| view! { <p class="site-search__status">{text}</p> })}
            <LiveRegion text=announcement />
        </form>
    }
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

    #[test]
    fn the_results_page_carries_the_query() {
        assert_eq!(results_page("  "), "/search");
        assert_eq!(results_page(" call for action "), "/search?q=call%20for%20action");
    }
}
