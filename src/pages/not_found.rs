//! The 404 page, for unknown paths and for unknown item ids.

use leptos::prelude::*;

use crate::components::page_meta::{PageMeta, mark_not_found};
use crate::paths;

/// The router's fallback for paths no route matches.
#[component]
pub fn NotFound() -> impl IntoView {
    view! { <NotFoundContent what="page" /> }
}

/// "Not found" as an ordinary page: `what` says what was looked for.
#[component]
pub fn NotFoundContent(what: &'static str) -> impl IntoView {
    mark_not_found();
    view! {
        <PageMeta title="Page not found" description="The page you asked for does not exist on this site." />
        <div class="not-found">
            <h1>"Page not found"</h1>
            <p>{format!("We could not find that {what}. It may have moved, or the link may be mistyped.")}</p>
            <ul class="link-list">
                <li><a href=paths::HOME>"Go to the home page"</a></li>
                <li><a href=paths::NEWS>"Browse the news"</a></li>
                <li><a href=paths::DOCUMENTS>"Browse the documents"</a></li>
            </ul>
        </div>
    }
}
