//! The polite live region both views use to say what changed (a new
//! selection) without moving focus. Only changes are announced, never what
//! the page showed when it loaded.

use leptos::prelude::*;

/// Text for the live region: `say(value)` each time `watch()` changes
/// (an empty string says nothing).
pub fn use_announcement<T>(
    watch: impl Fn() -> T + 'static,
    say: impl Fn(&T) -> String + 'static,
) -> RwSignal<String>
where
    T: PartialEq + 'static,
{
    let text = RwSignal::new(String::new());
    Effect::new(move |previous: Option<T>| {
        let now = watch();
        if previous.is_some_and(|previous| previous != now) {
            text.set(say(&now));
        }
        now
    });
    text
}

/// The visually hidden live region that reads `text` out.
#[component]
pub fn LiveRegion(text: RwSignal<String>) -> impl IntoView {
    view! { <p class="visually-hidden" aria-live="polite" aria-atomic="true">{move || text.get()}</p> }
}
