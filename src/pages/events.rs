//! `/events` and `/events/page/:n`: upcoming events (or a clear "none")
//! on the first page, and past events, newest first, a page at a time.

use leptos::prelude::*;

use crate::clock::use_today;
use crate::components::item_summary::{ItemSummary, Level};
use crate::components::page_meta::PageMeta;
use crate::components::pagination::{Pagination, list_title, use_page_number};
use crate::components::remote::{Empty, with_feed};
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
                        {if upcoming.is_empty() {
                            view! {
                                <Empty>
                                    "No upcoming events are scheduled at the moment. "
                                    "Meetings are announced here once their dates are confirmed."
                                </Empty>
                            }
                            .into_any()
                        } else {
                            view! { <EventList items=upcoming.clone() /> }.into_any()
                        }}
                    </section>
                })}
                <section aria-labelledby="past-heading">
                    <h2 id="past-heading">{past_heading}</h2>
                    {if shown.is_empty() {
                        view! { <Empty>"No past events are listed."</Empty> }.into_any()
                    } else {
                        view! { <EventList items=shown /> }.into_any()
                    }}
                    <Pagination page href=|n| paths::list_page(paths::EVENTS, n) />
                </section>
            }
        })}
    }
}

#[component]
fn EventList(items: Vec<FeedItem>) -> impl IntoView {
    view! {
        <ul class="item-list">
            {items.into_iter().map(|item| view! { <li><ItemSummary item level=Level::H3 /></li> }).collect_view()}
        </ul>
    }
}
