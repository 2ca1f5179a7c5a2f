//! `/events` and `/events/page/:n`: upcoming events (or a clear "none")
//! on the first page, and past events, newest first, a page at a time.

use leptos::prelude::*;

use crate::clock::use_today;
use crate::components::item_summary::{ItemList, Level};
use crate::components::page_meta::PageMeta;
use crate::components::pagination::{Pagination, list_title, use_page_number};
use crate::components::remote::with_feed;
use crate::model::feed::FeedItem;
use crate::model::query::{EVENTS_PER_PAGE, paginate, past_events, upcoming_events};
use crate::paths;

#[component]
pub fn Events() -> impl IntoView {
    let today = use_today();
    let page = use_page_number();
    view! {
        <PageMeta
            title=list_title("Events")
            description="Upcoming and past meetings of the Budapest Process: ministerial conferences, senior officials meetings and working groups."
        />
        <h1>"Events"</h1>
        {with_feed(move |feed| {
            let today = today.get();
            let upcoming: Vec<_> = upcoming_events(&feed, today).into_iter().cloned().collect();
            let past = past_events(&feed, today);
            let page = paginate(past.len(), page.get(), EVENTS_PER_PAGE);
            let shown: Vec<FeedItem> =
                past.get(page.range.clone()).unwrap_or_default().iter().map(|i| (*i).clone()).collect();
            let first_page = page.number == 1;
            let past_heading = if page.count > 1 {
                format!("Past events (page {} of {})", page.number, page.count)
            } else {
                "Past events".to_owned()
            };
            view! {
                {first_page.then(|| view! {
                    <section aria-labelledby="upcoming-heading">
                        <h2 id="upcoming-heading">"Upcoming events"</h2>
                        <ItemList items=upcoming.clone() level=Level::H3 empty=|| view! {
                            "No upcoming events are scheduled at the moment. "
                            "Meetings are announced here once their dates are confirmed."
                        } />
                    </section>
                })}
                {first_page.then(|| view! { <Subscribe /> })}
                <section aria-labelledby="past-heading">
                    <h2 id="past-heading">{past_heading}</h2>
                    <ItemList items=shown level=Level::H3 empty=|| "No past events are listed." />
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
    view! {
        <section class="subscribe" aria-labelledby="subscribe-heading">
            <h2 id="subscribe-heading">"Events in your calendar"</h2>
            <p>
                <a href=paths::EVENTS_CALENDAR download="budapest-process-events.ics">"The events calendar"</a>
                " (.ics) holds every event listed here. Download it to add them once, or subscribe to it and "
                "your calendar will pick up new and changed events by itself. To subscribe, copy the "
                "address of that link and:"
            </p>
            <ul>
                <li><strong>"Outlook"</strong>": Add calendar → Subscribe from web, and paste the address."</li>
                <li><strong>"Google Calendar"</strong>": Other calendars → + → From URL, and paste the address."</li>
                <li><strong>"Apple Calendar"</strong>": File → New Calendar Subscription, and paste the address."</li>
            </ul>
        </section>
    }
}
