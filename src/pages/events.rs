//! `/events`: upcoming events (or a clear "none") and past events.

use leptos::prelude::*;

use crate::clock::today;
use crate::components::item_summary::{ItemSummary, Level};
use crate::components::page_meta::PageMeta;
use crate::components::remote::{Empty, with_feed};
use crate::model::query::{past_events, upcoming_events};

#[component]
pub fn Events() -> impl IntoView {
    view! {
        <PageMeta
            title="Events"
            description="Upcoming and past meetings of the Budapest Process: ministerial conferences, senior officials meetings and working groups."
        />
        <h1>"Events"</h1>
        {with_feed(|feed| {
            let today = today();
            let upcoming: Vec<_> = upcoming_events(&feed, today).into_iter().cloned().collect();
            let past: Vec<_> = past_events(&feed, today).into_iter().cloned().collect();
            view! {
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
                        view! { <EventList items=upcoming /> }.into_any()
                    }}
                </section>
                <section aria-labelledby="past-heading">
                    <h2 id="past-heading">"Past events"</h2>
                    {if past.is_empty() {
                        view! { <Empty>"No past events are listed."</Empty> }.into_any()
                    } else {
                        view! { <EventList items=past /> }.into_any()
                    }}
                </section>
            }
        })}
    }
}

#[component]
fn EventList(items: Vec<crate::model::feed::FeedItem>) -> impl IntoView {
    view! {
        <ul class="item-list">
            {items.into_iter().map(|item| view! { <li><ItemSummary item level=Level::H3 /></li> }).collect_view()}
        </ul>
    }
}
