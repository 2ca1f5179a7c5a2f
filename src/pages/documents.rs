//! `/documents`: declarations, strategies, reports; filtered by type, year
//! and language (in the URL query); each shows its languages.

use std::sync::Arc;

use leptos::prelude::*;

use crate::components::filters::{FilterSelect, use_filter_navigate, use_page_query};
use crate::components::page_meta::PageMeta;
use crate::components::pagination::{ListSpec, list_title, paged_items, use_page_number};
use crate::components::remote::with_feed;
use crate::i18n::{names, use_content_lang, use_locale, use_messages};
use crate::model::feed::Feed;
use crate::model::query::{
    DOCUMENTS_PER_PAGE, DocumentFilter, all_languages, document_types, documents, years,
};
use crate::paths;

const LIST: ListSpec =
    ListSpec { path: paths::DOCUMENTS, per_page: DOCUMENTS_PER_PAGE, words: |t| &t.documents };

#[component]
pub fn Documents() -> impl IntoView {
    view! {
        <PageMeta
            title=list_title(use_messages().documents.title)
            description=use_messages().documents.description
        />
        <h1>{use_messages().documents.title}</h1>
        {with_feed(|feed| view! { <DocumentList feed /> })}
    }
}

#[component]
fn DocumentList(feed: Arc<Feed>) -> impl IntoView {
    let query = use_page_query();
    let navigate = use_filter_navigate();
    let filter = Memo::new(move |_| {
        let query = query.read();
        DocumentFilter::from_query(&|key: &str| query.get(key))
    });
    let set = move |change: fn(&mut DocumentFilter, Option<String>)| {
        Callback::new(move |value: Option<String>| {
            let mut next = filter.get_untracked();
            change(&mut next, value);
            navigate.run(format!("{}{}", paths::DOCUMENTS, next.to_query()));
        })
    };

    let all = documents(&feed);
    let type_options: Vec<(String, String)> =
        document_types(&all).into_iter().map(|t| (t.clone(), t)).collect();
    let year_options: Vec<(String, String)> =
        years(&all).into_iter().map(|y| (y.to_string(), y.to_string())).collect();
    let language_options: Vec<(String, String)> =
        all_languages(&all).into_iter().map(|l| (l.clone(), names::language(use_locale(), &l))).collect();

    let page = use_page_number();
    let listing = move || {
        let filter = filter.get();
        let hits: Vec<_> = documents(&feed).into_iter().filter(|d| filter.matches(d)).collect();
        paged_items(&hits, page.get(), &LIST, filter.to_query())
    };

    let (t, f) = (&use_messages().documents, &use_messages().filters);
    view! {
        <p class="app-note">{t.app_note}</p>
        <form class="filters app-only" role="search" aria-label=t.filter_form on:submit=|ev| ev.prevent_default()>
            <FilterSelect
                label=f.doc_type
                name="type"
                all_label=f.all_types
                options_lang=use_content_lang()
                options=type_options
                selected=Signal::derive(move || filter.get().doc_type)
                on_select=set(|f, v| f.doc_type = v)
            />
            <FilterSelect
                label=f.year
                name="year"
                all_label=f.all_years
                options=year_options
                selected=Signal::derive(move || filter.get().year.map(|y| y.to_string()))
                on_select=set(|f, v| f.year = v.and_then(|y| y.parse().ok()))
            />
            <FilterSelect
                label=f.language
                name="lang"
                all_label=f.all_languages
                options=language_options
                selected=Signal::derive(move || filter.get().language)
                on_select=set(|f, v| f.language = v)
            />
        </form>
        {listing}
        <p class="notice">{use_messages().items.document_links}</p>
    }
}
