//! Loading, error and ready states for data that arrives over the network,
//! shared by every page so none of them can forget a state.

use std::sync::Arc;

use leptos::prelude::*;

use crate::data::{Remote, use_app_data};
use crate::fetch::FetchError;
use crate::model::feed::Feed;
use crate::model::site::SiteData;

#[component]
pub fn Loading(what: &'static str) -> impl IntoView {
    view! {
        <p class="status status--loading" role="status">
            <span class="spinner" aria-hidden="true"></span>
            {format!("Loading {what}…")}
        </p>
    }
}

/// A plain-language error with a retry button. `role="alert"` makes screen
/// readers announce it when it replaces the loading message.
#[component]
pub fn LoadError(error: FetchError, what: &'static str, #[prop(into)] retry: Callback<()>) -> impl IntoView {
    view! {
        <div class="status status--error" role="alert">
            <p class="status__title">{format!("Sorry, {what} could not be loaded.")}</p>
            <p>{error.message(what)}</p>
            <button type="button" class="button" on:click=move |_| retry.run(())>
                "Try again"
            </button>
        </div>
    }
}

/// A friendly note for a list with nothing in it.
#[component]
pub fn Empty(children: Children) -> impl IntoView {
    view! { <p class="status status--empty">{children()}</p> }
}

/// Renders `render(site)` once the site data is in; loading and error
/// states otherwise.
pub fn with_site<V: IntoView + 'static>(
    render: impl Fn(Arc<SiteData>) -> V + Send + Sync + 'static,
) -> impl IntoView {
    let data = use_app_data();
    data.ensure_site();
    move || match data.site.get() {
        Remote::Loading => view! { <Loading what="the site data" /> }.into_any(),
        Remote::Failed(error) => {
            view! { <LoadError error what="the site data" retry=move |()| data.reload_site() /> }.into_any()
        }
        Remote::Ready(site) => render(site).into_any(),
    }
}

/// Renders `render(feed)` once the news feed is in; loading and error
/// states otherwise.
pub fn with_feed<V: IntoView + 'static>(
    render: impl Fn(Arc<Feed>) -> V + Send + Sync + 'static,
) -> impl IntoView {
    let data = use_app_data();
    data.ensure_feed();
    move || match data.feed.get() {
        Remote::Loading => view! { <Loading what="the news feed" /> }.into_any(),
        Remote::Failed(error) => {
            view! { <LoadError error what="the news feed" retry=move |()| data.reload_feed() /> }.into_any()
        }
        Remote::Ready(feed) => render(feed).into_any(),
    }
}
