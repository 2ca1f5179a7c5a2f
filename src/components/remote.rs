//! Loading, error and ready states for data that arrives over the network,
//! shared by every page so none of them can forget a state.

use std::sync::Arc;

use leptos::prelude::*;

use crate::data::{Remote, use_app_data};
use crate::fetch::FetchError;
use crate::i18n::messages::Loadable;
use crate::i18n::use_messages;
use crate::model::feed::Feed;
use crate::model::site::{SiteData, SitePart};

/// "Loading …", or `text` where the view says more about what it waits for.
#[component]
pub fn Loading(what: Loadable, #[prop(optional)] text: Option<String>) -> impl IntoView {
    view! {
        <p class="status status--loading" role="status">
            <span class="spinner" aria-hidden="true"></span>
            {text.unwrap_or_else(|| use_messages().status.loading_text(what))}
        </p>
    }
}

/// A plain-language error with a retry button. `role="alert"` makes screen
/// readers announce it when it replaces the loading message. `title`
/// replaces the general "… could not load" where the view says more.
#[component]
pub fn LoadError(
    error: FetchError,
    what: Loadable,
    #[prop(into)] retry: Callback<()>,
    #[prop(optional)] title: Option<String>,
) -> impl IntoView {
    let status = &use_messages().status;
    view! {
        <div class="status status--error" role="alert">
            <p class="status__title">{title.unwrap_or_else(|| status.failed_text(what))}</p>
            <p>{status.reason(&error, what)}</p>
            <button type="button" class="button" on:click=move |_| retry.run(())>
                {status.try_again}
            </button>
        </div>
    }
}

/// A friendly note for a list with nothing in it.
#[component]
pub fn Empty(children: Children) -> impl IntoView {
    view! { <p class="status status--empty">{children()}</p> }
}

/// Renders `render(site)` once the whole site data is in; loading and
/// error states otherwise.
pub fn with_site<V: IntoView + 'static>(
    render: impl Fn(Arc<SiteData>) -> V + Send + Sync + 'static,
) -> impl IntoView {
    with_site_holding(None, render)
}

/// Renders `render(site)` once the site data holds `part`: a page that
/// reads only that part hydrates with the part's file, and the whole file
/// loads when the visitor goes on to a page that reads more.
pub fn with_site_part<V: IntoView + 'static>(
    part: SitePart,
    render: impl Fn(Arc<SiteData>) -> V + Send + Sync + 'static,
) -> impl IntoView {
    with_site_holding(Some(part), render)
}

fn with_site_holding<V: IntoView + 'static>(
    part: Option<SitePart>,
    render: impl Fn(Arc<SiteData>) -> V + Send + Sync + 'static,
) -> impl IntoView {
    let data = use_app_data();
    data.ensure_site(part);
    move || match data.site.get() {
        Remote::Ready(site) if site.holds(part) => render(site).into_any(),
        // Only a part (which `ensure_site` has started replacing).
        Remote::Loading | Remote::Ready(_) => view! { <Loading what=Loadable::SiteData /> }.into_any(),
        Remote::Failed(error) => {
            view! { <LoadError error what=Loadable::SiteData retry=move |()| data.reload_site() /> }
                .into_any()
        }
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
        Remote::Loading => view! { <Loading what=Loadable::NewsFeed /> }.into_any(),
        Remote::Failed(error) => {
            view! { <LoadError error what=Loadable::NewsFeed retry=move |()| data.reload_feed() /> }
                .into_any()
        }
        Remote::Ready(feed) => render(feed).into_any(),
    }
}
