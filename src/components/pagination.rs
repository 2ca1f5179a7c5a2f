//! Page links for long lists.

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::components::filters::{ResultCount, use_page_query};
use crate::components::item_summary::{ItemList, Level};
use crate::i18n::messages::List;
use crate::i18n::{Messages, fill, use_locale, use_messages};
use crate::model::feed::FeedItem;
use crate::model::query::{Page, page_number, page_window, paginate};
use crate::paths::{self, segment};

/// The page number a list route asks for (`/news/page/3`, or an older
/// link's `?page=3`).
pub fn use_page_number() -> Memo<Option<usize>> {
    let params = use_params_map();
    let query = use_page_query();
    Memo::new(move |_| {
        let in_path = params.read().get(segment::PAGE_NUMBER);
        let query = query.read();
        page_number(in_path.as_deref(), &|key: &str| query.get(key))
    })
}

/// A list page's title: "News", then "News, page 2" and so on, so every
/// page of a list has a title of its own.
pub fn list_title(list: &'static str) -> Signal<String> {
    let page = use_page_number();
    let t = &use_messages().pages;
    Signal::derive(move || match page.get() {
        Some(n) if n > 1 => fill(t.list_page_title, &[("list", list), ("n", &n.to_string())]),
        _ => list.to_owned(),
    })
}

/// Previous / numbered / next links; `href(n)` builds the URL of page `n`.
#[component]
pub fn Pagination(page: Page, href: impl Fn(usize) -> String + 'static) -> impl IntoView {
    if page.count <= 1 {
        return ().into_any();
    }
    let t = &use_messages().pages;
    let numbered = |template: &str, n: usize| fill(template, &[("n", &n.to_string())]);
    let link = |n: usize, text: String, label: String, rel: Option<&'static str>| {
        view! { <li><a href=crate::i18n::link(href(n)) rel=rel aria-label=label>{text}</a></li> }.into_any()
    };
    let mut items = Vec::new();
    if page.number > 1 {
        items.push(link(page.number - 1, t.previous.into(), t.previous_page.into(), Some("prev")));
    }
    for entry in page_window(page.number, page.count) {
        items.push(match entry {
            Some(n) if n == page.number => view! {
                <li><a href=crate::i18n::link(href(n)) aria-current="page" aria-label=numbered(t.current_page, n)>{n}</a></li>
            }
            .into_any(),
            Some(n) => link(n, n.to_string(), numbered(t.page, n), None),
            None => view! { <li class="pagination__gap" aria-hidden="true">"…"</li> }.into_any(),
        });
    }
    if page.number < page.count {
        items.push(link(page.number + 1, t.next.into(), t.next_page.into(), Some("next")));
    }
    view! {
        <nav class="pagination" aria-label=t.pages_navigation>
            <ul>{items}</ul>
        </nav>
    }
    .into_any()
}

/// Where a paged list of feed items lives, and its words in a catalogue.
pub struct ListSpec {
    /// The list's path (`/news`); later pages are `/news/page/2`.
    pub path: &'static str,
    pub per_page: usize,
    pub words: fn(&'static Messages) -> &'static List,
}

/// One page of a filtered list: how many entries and which page (announced
/// politely), the entries, and links to the other pages that keep the
/// filters (`query`).
pub fn paged_items(
    hits: &[&FeedItem],
    requested: Option<usize>,
    spec: &'static ListSpec,
    query: String,
) -> AnyView {
    let page = paginate(hits.len(), requested, spec.per_page);
    let locale = use_locale();
    let t = locale.messages();
    let words = (spec.words)(t);
    let count = words.count.format(locale, hits.len() as u64);
    let summary = match hits.len() {
        0 => words.none.to_owned(),
        _ if page.count > 1 => fill(
            t.pages.counted_page,
            &[("count", &count), ("n", &page.number.to_string()), ("pages", &page.count.to_string())],
        ),
        _ => fill(t.pages.counted, &[("count", &count)]),
    };
    let shown: Vec<FeedItem> =
        hits.get(page.range.clone()).unwrap_or_default().iter().map(|i| (*i).clone()).collect();
    let list = spec.path;
    let href = move |n: usize| format!("{}{query}", paths::list_page(list, n));
    view! {
        <ResultCount text=summary />
        <ItemList items=shown level=Level::H2 empty=move || view! { <a href=crate::i18n::link(list)>{words.show_all}</a> } />
        <Pagination page href />
    }
    .into_any()
}
