//! Per-page `<title>` and meta description.

use leptos::prelude::*;
use leptos_meta::{Meta, Title};

/// Sets the document title (the app adds " · Budapest Process") and the
/// meta description. Both may be reactive, for pages named by their data.
#[component]
pub fn PageMeta(
    #[prop(into)] title: Signal<String>,
    #[prop(into)] description: Signal<String>,
) -> impl IntoView {
    view! {
        <Title text=move || title.get() />
        <Meta name="description" content=move || description.get() />
    }
}
