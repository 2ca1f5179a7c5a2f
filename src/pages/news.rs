//! `/news`: newest first, filtered by tag and year, paginated; all three
//! live in the URL query.

use std::sync::Arc;

use leptos::prelude::*;

use crate::components::filters::{FilterSelect, ResultCount, use_filter_navigate, use_page_query};
use crate::components::item_summary::{ItemSummary, Level};
use crate::components::page_meta::PageMeta;
use crate::components::pagination::{Pagination, list_title, use_page_number};
use crate::components::remote::{Empty, with_feed};
use crate::model::feed::Feed;
use crate::model::query::{NEWS_PER_PAGE, NewsFilter, news, paginate, tag_counts, years};
use crate::paths;

#[component]
pub fn News() -> impl IntoView {
    view! {
        <PageMeta
            title=list_title("News")
            description="News from the Budapest Process: ministerial conferences, senior officials meetings, working groups and projects."
        />
        <h1>"News"</h1>
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
    let tag_options =
        tag_counts(&all).into_iter().map(|(tag, n)| (tag.clone(), format!("{tag} ({n})"))).collect();
    let year_options = years(&all).into_iter().map(|y| (y.to_string(), y.to_string())).collect();

    let listing = move || {
        let filter = filter.get();
        let all = news(&feed);
        let hits: Vec<_> = all.into_iter().filter(|i| filter.matches(i)).collect();
        let page = paginate(hits.len(), page.get(), NEWS_PER_PAGE);
        let summary = match hits.len() {
            0 => "No news matches these filters.".to_owned(),
            1 => "1 news item.".to_owned(),
            n if page.count > 1 => format!("{n} news items; page {} of {}.", page.number, page.count),
            n => format!("{n} news items."),
        };
        let shown: Vec<_> =
            hits.get(page.range.clone()).unwrap_or_default().iter().map(|i| (*i).clone()).collect();
        let href = move |n: usize| format!("{}{}", paths::list_page(paths::NEWS, n), filter.to_query());
        view! {
            <ResultCount text=summary />
            {if shown.is_empty() {
                view! { <Empty><a href=paths::NEWS>"Show all news"</a></Empty> }.into_any()
            } else {
                view! {
                    <ul class="item-list">
                        {shown.into_iter().map(|item| view! { <li><ItemSummary item level=Level::H2 /></li> }).collect_view()}
                    </ul>
                }
                .into_any()
            }}
            <Pagination page href />
        }
    };

    view! {
        <p class="app-note">"Filtering by topic and year needs JavaScript and WebAssembly; all news is listed below, newest first."</p>
        <form class="filters app-only" role="search" aria-label="Filter news" on:submit=|ev| ev.prevent_default()>
            <FilterSelect
                label="Topic"
                name="tag"
                all_label="All topics"
                options=tag_options
                selected=Signal::derive(move || filter.get().tag)
                on_select=Callback::new(move |tag| go(NewsFilter { tag, ..filter.get_untracked() }))
            />
            <FilterSelect
                label="Year"
                name="year"
                all_label="All years"
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
