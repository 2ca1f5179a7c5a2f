//! `/search?q=…&kind=…&year=…`: every result for a query, grouped by kind,
//! best group first. The query and both filters live in the URL, so a
//! search can be bookmarked and shared; the results follow the box as the
//! visitor types.

use std::sync::Arc;

use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::hooks::use_navigate;

use crate::components::filters::{FilterSelect, ResultCount, use_page_query};
use crate::components::page_meta::PageMeta;
use crate::components::remote::{Empty, LoadError, Loading};
use crate::components::search::result::ResultItem;
use crate::components::search::{SearchIndex, use_search};
use crate::paths;
use crate::search::{Found, Index, Kind, SearchParams, grouped};

/// Characters of the query the page repeats back.
const SHOWN_QUERY: usize = 80;

#[component]
pub fn Search() -> impl IntoView {
    let search = use_search();
    search.want();
    let query = use_page_query();
    let params = Memo::new(move |_| {
        let query = query.read();
        SearchParams::from_query(&|key: &str| query.get(key))
    });
    let navigate = use_navigate();
    // Typing replaces the history entry rather than adding one per letter.
    let go = Callback::new(move |next: SearchParams| {
        let options = NavigateOptions { replace: true, scroll: false, ..Default::default() };
        navigate(&format!("{}{}", paths::SEARCH, next.to_query()), options);
    });
    let title = Signal::derive(move || {
        let text = params.with(|p| shown(&p.text));
        if text.is_empty() { "Search".to_owned() } else { format!("Search: {text}") }
    });

    let body = move || match search.index.get() {
        SearchIndex::Idle | SearchIndex::Loading => view! { <Loading what="the search index" /> }.into_any(),
        SearchIndex::Failed(error) => {
            view! { <LoadError error what="the search index" retry=move |()| search.retry() /> }.into_any()
        }
        SearchIndex::Ready(index) => view! { <SearchForm index=index params go /> }.into_any(),
    };
    view! {
        <PageMeta
            title=title
            description="Search the news, documents, events, milestones, member states and working groups of the Budapest Process."
        />
        <h1>"Search"</h1>
        <p class="app-note">
            "Search runs in the page and needs JavaScript and WebAssembly, which this browser does not run. "
            "Everything it finds is also listed: the "<a href=paths::NEWS>"news"</a>", the "
            <a href=paths::DOCUMENTS>"documents"</a>", the "<a href=paths::EVENTS>"events"</a>", the "
            <a href=paths::TIMELINE>"milestones"</a>" and the "<a href=paths::MEMBERS>"member states"</a>"."
        </p>
        <div class="app-only">{body}</div>
    }
}

#[component]
fn SearchForm(index: Arc<Index>, params: Memo<SearchParams>, go: Callback<SearchParams>) -> impl IntoView {
    let kind_options = Kind::ALL.iter().map(|k| (k.slug().to_owned(), k.heading().to_owned())).collect();
    let mut years: Vec<i32> = index.docs().iter().filter_map(|d| d.years.clone()).flatten().collect();
    years.sort_unstable_by(|a, b| b.cmp(a));
    years.dedup();
    let year_options = years.into_iter().map(|y| (y.to_string(), y.to_string())).collect();
    let results = move || view! { <Results index=index.clone() params=params.get() /> };
    view! {
        <form
            class="search-form"
            role="search"
            aria-label="Search and filters"
            action=paths::SEARCH
            method="get"
            on:submit=move |ev| {
                ev.prevent_default();
                go.run(params.get_untracked());
            }
        >
            <div class="filter search-form__query">
                <label for="search-q">"Search for"</label>
                <input
                    id="search-q"
                    type="search"
                    name="q"
                    autocomplete="off"
                    spellcheck="false"
                    prop:value=move || params.with(|p| p.text.clone())
                    on:input=move |ev| go.run(SearchParams { text: event_target_value(&ev), ..params.get_untracked() })
                />
            </div>
            <FilterSelect
                label="Kind"
                name="kind"
                all_label="All kinds"
                options=kind_options
                selected=Signal::derive(move || params.with(|p| p.kind.map(|k| k.slug().to_owned())))
                on_select=Callback::new(move |kind: Option<String>| {
                    go.run(SearchParams { kind: kind.and_then(|k| Kind::from_slug(&k)), ..params.get_untracked() })
                })
            />
            <FilterSelect
                label="Year"
                name="year"
                all_label="All years"
                options=year_options
                selected=Signal::derive(move || params.with(|p| p.year.map(|y| y.to_string())))
                on_select=Callback::new(move |year: Option<String>| {
                    go.run(SearchParams { year: year.and_then(|y| y.parse().ok()), ..params.get_untracked() })
                })
            />
        </form>
        {results}
    }
}

#[component]
fn Results(index: Arc<Index>, params: SearchParams) -> impl IntoView {
    let query = params.query();
    if query.is_empty() {
        return view! {
            <p class="search-hint">
                "Type a word or two: a country, a city, a year or a topic. "
                "Put words in quotes to find them together, as in “call for action”."
            </p>
        }
        .into_any();
    }
    let hits = index.search(&query);
    let shown = shown(&params.text);
    let count = match hits.len() {
        0 => format!("No results for “{shown}”"),
        1 => format!("1 result for “{shown}”"),
        n => format!("{n} results for “{shown}”"),
    };
    if hits.is_empty() {
        let suggestion = index.suggestion(&query).map(|text| {
            let href = format!(
                "{}{}",
                paths::SEARCH,
                SearchParams { text: text.clone(), ..params.clone() }.to_query()
            );
            view! { " Did you mean "<a href=href>{text}</a>"?" }
        });
        return view! {
            <ResultCount text=count />
            <Empty>
                "Nothing matches every word."{suggestion}" You can also browse the "
                <a href=paths::NEWS>"news"</a>" and the "<a href=paths::DOCUMENTS>"documents"</a>"."
            </Empty>
        }
        .into_any();
    }
    let groups = grouped(&index, &hits)
        .into_iter()
        .map(|(kind, hits)| {
            let heading = format!("search-group-{}", kind.slug());
            let labelled_by = heading.clone();
            let items = hits
                .iter()
                .filter_map(|hit| Found::new(&index, hit))
                .map(|found| view! { <ResultItem found /> })
                .collect_view();
            view! {
                <section class="search-group" aria-labelledby=labelled_by>
                    <h2 id=heading>{format!("{} ({})", kind.heading(), hits.len())}</h2>
                    <ol class="search-results">{items}</ol>
                </section>
            }
        })
        .collect_view();
    view! {
        <ResultCount text=count />
        {groups}
    }
    .into_any()
}

/// The query as the page repeats it (title, count): a pasted essay is cut.
fn shown(text: &str) -> String {
    let text = text.trim();
    let mut shown: String = text.chars().take(SHOWN_QUERY).collect();
    if shown.len() < text.len() {
        shown.push('…');
    }
    shown
}
