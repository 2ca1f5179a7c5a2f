//! `/events/:id`

use leptos::prelude::*;

use crate::pages::feed_item::{Section, feed_item_page};

#[component]
pub fn Event() -> impl IntoView {
    feed_item_page(Section::Events)
}
