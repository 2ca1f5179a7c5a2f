//! `/news/:id`

use leptos::prelude::*;

use crate::pages::feed_item::{Section, feed_item_page};

#[component]
pub fn NewsItem() -> impl IntoView {
    feed_item_page(Section::News)
}
