//! `/search?q=…&kind=…&year=…`: every result for a query, grouped by kind,
//! best group first. The query and both filters live in the URL, so a
//! search can be bookmarked and shared; the results follow the box as the
//! visitor types.

use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::hooks::use_navigate;

use crate::components::filters::{FilterSelect, ResultCount, use_page_query};
use crate::components::page_meta::PageMeta;
use crate::components::remote::{Empty, LoadError, Loading};
use crate::components::search::result::ResultItem;
use crate::components::search::{SearchIndex, use_search};
use crate::i18n::messages::Loadable;
use crate::i18n::{Locale, fill, format, use_locale, use_messages};
use crate::paths;
use crate::search::protocol::{Answer, Asker, FullText};
use crate::search::{Kind, SearchParams};

/// Characters of the query the page repeats back.
const SHOWN_QUERY: usize = 80;

#[component]
pub fn Search() -> impl IntoView {
    let search = use_search();
    Effect::new(move |_| search.want());
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
    let locale = use_locale();
    let t = &locale.messages().search;
    let title = Signal::derive(move || {
        let text = params.with(|p| shown(&p.text));
        if text.is_empty() { t.title.to_owned() } else { fill(t.title_with_query, &[("query", &text)]) }
    });

    // The form is there from the start (typing can begin while the index
    // loads); the years for its filter come with the index.
    let years = Signal::derive(move || match search.index() {
        SearchIndex::Ready(ready) => ready.years.clone(),
        _ => Vec::new(),
    });
    let status = move || match search.index() {
        SearchIndex::Loading => Some(view! { <Loading what=Loadable::SearchIndex /> }.into_any()),
        SearchIndex::Failed(error) => Some(
            view! { <LoadError error what=Loadable::SearchIndex retry=move |()| search.retry() /> }
                .into_any(),
        ),
        SearchIndex::Ready(ready) => match &ready.full_text {
            FullText::In => None,
            FullText::Loading => Some(
                view! {
                    <p class="status status--partial">{t.titles_only}</p>
                }
                .into_any(),
            ),
            FullText::Failed(error) => Some(
                view! {
                    <LoadError error=error.clone() what=Loadable::FullText retry=move |()| search.retry() />
                }
                .into_any(),
            ),
        },
        SearchIndex::Idle => None,
    };
    view! {
        <PageMeta title=title description=t.description />
        <h1>{t.title}</h1>
        <p class="app-note">{t.no_app}<ListLinks locale />"."</p>
        // What the results were searched in, as on the box's list (tests
        // wait for the whole feed).
        <div class="app-only" data-full-text=move || search.full_text().map(|f| f.state())>
            <SearchForm years params go />
            {status}
        </div>
    }
}

/// The lists that hold everything search finds, as linked words in a
/// sentence: "the news, the documents, … and the member states".
#[component]
fn ListLinks(locale: Locale) -> impl IntoView {
    let t = &locale.messages().search;
    let links = [
        (paths::NEWS, t.list_news),
        (paths::DOCUMENTS, t.list_documents),
        (paths::EVENTS, t.list_events),
        (paths::TIMELINE, t.list_milestones),
        (paths::MEMBERS, t.list_members),
    ];
    let len = links.len();
    links
        .into_iter()
        .enumerate()
        .map(|(i, (href, text))| view! { {format::list_separator(locale, i, len)}<a href=crate::i18n::link(href)>{text}</a> })
        .collect_view()
}

#[component]
fn SearchForm(
    years: Signal<Vec<i32>>,
    params: Memo<SearchParams>,
    go: Callback<SearchParams>,
) -> impl IntoView {
    let search = use_search();
    let messages = use_messages();
    let (t, f) = (&messages.search, &messages.filters);
    let kind_options: Vec<(String, String)> =
        Kind::ALL.iter().map(|k| (k.slug().to_owned(), t.kinds.of(*k).1.to_owned())).collect();
    let year_options =
        Signal::derive(move || years.get().into_iter().map(|y| (y.to_string(), y.to_string())).collect());
    Effect::new(move |_| {
        let params = params.get();
        if matches!(search.index(), SearchIndex::Ready(_)) && !params.text.trim().is_empty() {
            search.ask_results(params);
        }
    });
    // The latest answer stays until the next is in, so typing never
    // blanks the page.
    let results = move || {
        let params = params.get();
        let ready = matches!(search.index(), SearchIndex::Ready(_));
        let answer =
            search.answer(Asker::Page).filter(|a| ready && !a.blank && !params.text.trim().is_empty());
        match answer {
            Some(answer) => view! { <Results answer=answer /> }.into_any(),
            None => view! {
                <p class="search-hint">{t.hint}</p>
            }
            .into_any(),
        }
    };
    view! {
        <form
            class="search-form"
            role="search"
            aria-label=t.form
            action=crate::i18n::link(paths::SEARCH)
            method="get"
            on:submit=move |ev| {
                ev.prevent_default();
                go.run(params.get_untracked());
            }
        >
            <div class="filter search-form__query">
                <label for="search-q">{t.search_for}</label>
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
                label=f.kind
                name="kind"
                all_label=f.all_kinds
                options=kind_options
                selected=Signal::derive(move || params.with(|p| p.kind.map(|k| k.slug().to_owned())))
                on_select=Callback::new(move |kind: Option<String>| {
                    go.run(SearchParams { kind: kind.and_then(|k| Kind::from_slug(&k)), ..params.get_untracked() })
                })
            />
            <FilterSelect
                label=f.year
                name="year"
                all_label=f.all_years
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
fn Results(answer: std::sync::Arc<Answer>) -> impl IntoView {
    let params = &answer.params;
    let shown = shown(&params.text);
    let locale = use_locale();
    let t = &locale.messages().search;
    let count = match answer.total {
        0 => fill(t.no_results_for, &[("query", &shown)]),
        n => fill(&t.results_for.format(locale, n as u64), &[("query", &shown)]),
    };
    if answer.total == 0 {
        let suggestion = answer.suggestion.clone().map(|text| {
            let href = format!(
                "{}{}",
                paths::SEARCH,
                SearchParams { text: text.clone(), ..params.clone() }.to_query()
            );
            view! { {t.did_you_mean.0}<a href=crate::i18n::link(href)>{text}</a>{t.did_you_mean.1} }
        });
        return view! {
            <ResultCount text=count />
            <Empty>
                {t.nothing_matches}{suggestion}{t.browse.0}
                <a href=crate::i18n::link(paths::NEWS)>{t.browse_news}</a>{t.browse.1}<a href=crate::i18n::link(paths::DOCUMENTS)>{t.browse_documents}</a>{t.browse.2}
            </Empty>
        }
        .into_any();
    }
    let groups = answer
        .groups
        .iter()
        .map(|group| {
            let heading = format!("search-group-{}", group.kind.slug());
            let labelled_by = heading.clone();
            let items =
                group.found.iter().cloned().map(|found| view! { <ResultItem found /> }).collect_view();
            let more = (group.total > group.found.len()).then(|| {
                view! {
                    <p class="search-more">
                        {fill(
                            t.first_shown,
                            &[("shown", &group.found.len().to_string()), ("total", &group.total.to_string())],
                        )}
                        {t.narrow_down}
                    </p>
                }
            });
            view! {
                <section class="search-group" aria-labelledby=labelled_by>
                    <h2 id=heading>{format!("{} ({})", t.kinds.of(group.kind).1, group.total)}</h2>
                    <ol class="search-results">{items}</ol>
                    {more}
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
