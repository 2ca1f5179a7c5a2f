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
                <section aria-labelledby="past-heading">
                    <h2 id="past-heading">{past_heading}</h2>
                    <ItemList items=shown level=Level::H3 empty=|| "No past events are listed." />
                    <Pagination page href=|n| paths::list_page(paths::EVENTS, n) />
                </section>
            }
        })}
    }
}
