//! `/documents/:id`

use leptos::prelude::*;

use crate::pages::feed_item::{Section, feed_item_page};

#[component]
pub fn Document() -> impl IntoView {
    feed_item_page(Section::Documents)
}
