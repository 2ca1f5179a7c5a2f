//! One feed item in a list: title link, date, place, summary and tags.

use leptos::prelude::*;

use crate::components::remote::Empty;
use crate::i18n::{Locale, format, names, use_content_lang, use_locale, use_messages};

use crate::model::feed::{FeedItem, ItemKind};
use crate::model::query::{NewsFilter, languages_of};
use crate::paths;

/// The heading level a list entry's title gets, so lists can sit under an
/// `h1` (list pages) or an `h2` (home page sections).
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Level {
    H2,
    H3,
}

/// The date line: a range for events, a year for documents, the
/// publication date for news.
pub fn date_text(locale: Locale, item: &FeedItem) -> (Option<String>, String) {
    let t = &locale.messages().items;
    match item.kind {
        ItemKind::Event { start, end } => (Some(start.iso()), format::date_range(locale, start, end)),
        ItemKind::Document { year, .. } => {
            (year.map(|y| y.to_string()), year.map_or_else(|| t.undated.to_owned(), |y| y.to_string()))
        }
        ItemKind::News => match item.date() {
            Some(date) => (Some(date.iso()), format::date(locale, date)),
            None => (None, t.date_not_given.to_owned()),
        },
    }
}

#[component]
pub fn ItemSummary(item: FeedItem, level: Level) -> impl IntoView {
    let href = crate::i18n::link(paths::item(&item));
    let title = item.display_title();
    let (lang, dir) = crate::i18n::use_item_marks(item.language.as_deref(), &title);
    let heading = match level {
        Level::H2 => {
            view! { <h2 class="item-summary__title" lang=lang dir=dir><a href=href>{title}</a></h2> }
                .into_any()
        }
        Level::H3 => {
            view! { <h3 class="item-summary__title" lang=lang dir=dir><a href=href>{title}</a></h3> }
                .into_any()
        }
    };
    let (datetime, date) = date_text(use_locale(), &item);
    let lang = use_content_lang();
    let languages = languages_of(&item);
    let doc_type = match &item.kind {
        ItemKind::Document { doc_type, .. } => doc_type.clone(),
        _ => None,
    };
    view! {
        <article class="item-summary">
            {heading}
            <p class="meta">
                <time datetime=datetime>{date}</time>
                {item.place.clone().map(|place| view! { <span class="meta__place" lang=lang>{place}</span> })}
                {doc_type.map(|t| view! { <span class="meta__type" lang=lang>{t}</span> })}
            </p>
            {item.summary.clone().map(|summary| view! { <p class="item-summary__text" lang=lang>{summary}</p> })}
            {(!languages.is_empty()).then(|| view! { <Languages codes=languages /> })}
            {(!item.tags.is_empty()).then(|| view! { <Tags tags=item.tags.clone() /> })}
        </article>
    }
}

/// Items as a list of summaries, or `empty` when there are none.
#[component]
pub fn ItemList(items: Vec<FeedItem>, level: Level, #[prop(into)] empty: ViewFn) -> impl IntoView {
    if items.is_empty() {
        return view! { <Empty>{empty.run()}</Empty> }.into_any();
    }
    view! {
        <ul class="item-list">
            {items.into_iter().map(|item| view! { <li><ItemSummary item level /></li> }).collect_view()}
        </ul>
    }
    .into_any()
}

/// Tags as links to the news list filtered by that tag.
#[component]
pub fn Tags(tags: Vec<String>) -> impl IntoView {
    view! {
        <ul class="tags" aria-label=use_messages().items.tags lang=use_content_lang()>
            {tags
                .into_iter()
                .map(|tag| {
                    let filter = NewsFilter { tag: Some(tag.clone()), year: None };
                    let href = crate::i18n::link(format!("{}{}", paths::NEWS, filter.to_query()));
                    view! { <li><a class="tag" href=href>{tag}</a></li> }
                })
                .collect_view()}
        </ul>
    }
}

/// The languages a document exists in, written out (not flags: a flag is
/// a country, not a language).
#[component]
pub fn Languages(codes: Vec<String>) -> impl IntoView {
    let locale = use_locale();
    let names: Vec<String> = codes.iter().map(|code| names::language(locale, code)).collect();
    view! {
        <p class="languages">
            <span class="languages__label">{use_messages().items.available_in}</span>
            {names.join(", ")}
        </p>
    }
}
