//! Page links for long lists.

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::components::filters::use_page_query;
use crate::model::query::{Page, page_number, page_window};
use crate::paths::segment;

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
    Signal::derive(move || match page.get() {
        Some(n) if n > 1 => format!("{list}, page {n}"),
        _ => list.to_owned(),
    })
}

/// Previous / numbered / next links; `href(n)` builds the URL of page `n`.
#[component]
pub fn Pagination(page: Page, href: impl Fn(usize) -> String + 'static) -> impl IntoView {
    if page.count <= 1 {
        return ().into_any();
    }
    let link = |n: usize, text: String, label: String, rel: Option<&'static str>| {
        view! { <li><a href=href(n) rel=rel aria-label=label>{text}</a></li> }.into_any()
    };
    let mut items = Vec::new();
    if page.number > 1 {
        items.push(link(page.number - 1, "← Previous".into(), "Previous page".into(), Some("prev")));
    }
    for entry in page_window(page.number, page.count) {
        items.push(match entry {
            Some(n) if n == page.number => view! {
                <li><a href=href(n) aria-current="page" aria-label=format!("Page {n}, current page")>{n}</a></li>
            }
            .into_any(),
            Some(n) => link(n, n.to_string(), format!("Page {n}"), None),
            None => view! { <li class="pagination__gap" aria-hidden="true">"…"</li> }.into_any(),
        });
    }
    if page.number < page.count {
        items.push(link(page.number + 1, "Next →".into(), "Next page".into(), Some("next")));
    }
    view! {
        <nav class="pagination" aria-label="Pages">
            <ul>{items}</ul>
        </nav>
    }
    .into_any()
}
