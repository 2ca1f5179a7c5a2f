//! `/news`: newest first, filtered by tag and year, paginated; all three
//! live in the URL query.

use std::sync::Arc;

use leptos::prelude::*;

use crate::components::filters::{FilterSelect, use_filter_navigate, use_page_query};
use crate::components::page_meta::PageMeta;
use crate::components::pagination::{ListSpec, list_title, paged_items, use_page_number};
use crate::components::remote::with_feed;
use crate::i18n::{use_content_lang, use_messages};
use crate::model::feed::Feed;
use crate::model::query::{NEWS_PER_PAGE, NewsFilter, news, tag_counts, years};
use crate::paths;

const LIST: ListSpec = ListSpec { path: paths::NEWS, per_page: NEWS_PER_PAGE, words: |t| &t.news };

#[component]
pub fn News() -> impl IntoView {
    let t = &use_messages().news;
    view! {
        <PageMeta title=list_title(t.title) description=t.description />
        <h1>{t.title}</h1>
        {with_feed(|feed| view! { <NewsList feed /> })}
    }
}

#[component]
fn NewsList(feed: Arc<Feed>) -> impl IntoView {
    let query = use_page_query();
    let navigate = use_filter_navigate();
    let filter = Memo::new(move |_| {
        let query = query.read();
        NewsFilter::from_query(&|key: &str| query.get(key))
    });
    let page = use_page_number();
    // A new filter starts again at its first page.
    let go = move |next: NewsFilter| navigate.run(format!("{}{}", paths::NEWS, next.to_query()));

    let all = news(&feed);
    let tag_options: Vec<(String, String)> =
        tag_counts(&all).into_iter().map(|(tag, n)| (tag.clone(), format!("{tag} ({n})"))).collect();
    let year_options: Vec<(String, String)> =
        years(&all).into_iter().map(|y| (y.to_string(), y.to_string())).collect();

    let listing = move || {
        let filter = filter.get();
        let hits: Vec<_> = news(&feed).into_iter().filter(|i| filter.matches(i)).collect();
        paged_items(&hits, page.get(), &LIST, filter.to_query())
    };

    let (t, f) = (&use_messages().news, &use_messages().filters);
    view! {
        <p class="app-note">{t.app_note}</p>
        <form class="filters app-only" role="search" aria-label=t.filter_form on:submit=|ev| ev.prevent_default()>
            <FilterSelect
                label=f.topic
                name="tag"
                all_label=f.all_topics
                options_lang=use_content_lang()
                options=tag_options
                selected=Signal::derive(move || filter.get().tag)
                on_select=Callback::new(move |tag| go(NewsFilter { tag, ..filter.get_untracked() }))
            />
            <FilterSelect
                label=f.year
                name="year"
                all_label=f.all_years
                options=year_options
                selected=Signal::derive(move || filter.get().year.map(|y| y.to_string()))
                on_select=Callback::new(move |year: Option<String>| {
                    go(NewsFilter { year: year.and_then(|y| y.parse().ok()), ..filter.get_untracked() })
                })
            />
        </form>
        {listing}
    }
}
