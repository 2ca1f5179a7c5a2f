//! `/events` and `/events/page/:n`: upcoming events (or a clear "none")
//! on the first page, and past events, newest first, a page at a time.

use leptos::prelude::*;

use crate::clock::use_today;
use crate::components::item_summary::{ItemList, Level};
use crate::components::page_meta::PageMeta;
use crate::components::pagination::{Pagination, list_title, use_page_number};
use crate::components::remote::with_feed;
use crate::i18n::{fill, use_messages};
use crate::model::feed::FeedItem;
use crate::model::query::{EVENTS_PER_PAGE, paginate, past_events, upcoming_events};
use crate::paths;

#[component]
pub fn Events() -> impl IntoView {
    let today = use_today();
    let page = use_page_number();
    let t = &use_messages().events;
    view! {
        <PageMeta title=list_title(t.title) description=t.description />
        <h1>{t.title}</h1>
        {with_feed(move |feed| {
            let today = today.get();
            let upcoming: Vec<_> = upcoming_events(&feed, today).into_iter().cloned().collect();
            let past = past_events(&feed, today);
            let page = paginate(past.len(), page.get(), EVENTS_PER_PAGE);
            let shown: Vec<FeedItem> =
                past.get(page.range.clone()).unwrap_or_default().iter().map(|i| (*i).clone()).collect();
            let first_page = page.number == 1;
            let past_heading = if page.count > 1 {
                fill(t.past_page, &[("n", &page.number.to_string()), ("pages", &page.count.to_string())])
            } else {
                t.past.to_owned()
            };
            view! {
                {first_page.then(|| view! {
                    <section aria-labelledby="upcoming-heading">
                        <h2 id="upcoming-heading">{t.upcoming}</h2>
                        <ItemList items=upcoming.clone() level=Level::H3 empty=|| t.no_upcoming />
                    </section>
                })}
                {first_page.then(|| view! { <Subscribe /> })}
                <section aria-labelledby="past-heading">
                    <h2 id="past-heading">{past_heading}</h2>
                    <ItemList items=shown level=Level::H3 empty=|| t.no_past />
                    <Pagination page href=|n| paths::list_page(paths::EVENTS, n) />
                </section>
            }
        })}
    }
}

/// The calendar of every event, to subscribe to: new meetings then appear
/// in a visitor's own calendar as they are announced.
#[component]
fn Subscribe() -> impl IntoView {
    let t = &use_messages().events;
    view! {
        <section class="subscribe" aria-labelledby="subscribe-heading">
            <h2 id="subscribe-heading">{t.subscribe_heading}</h2>
            <p>
                <a href=paths::EVENTS_CALENDAR download="budapest-process-events.ics">{t.calendar_link}</a>
                {t.subscribe_text}
            </p>
            <ul>
                {[t.outlook, t.google, t.apple]
                    .into_iter()
                    .map(|(app, how)| view! { <li><strong>{app}</strong>{how}</li> })
                    .collect_view()}
            </ul>
        </section>
    }
}
