//! Page links for long lists.

use leptos::prelude::*;

use crate::model::query::{Page, page_window};

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
