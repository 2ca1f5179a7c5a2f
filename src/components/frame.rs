//! Whether this page is a widget, and whether it is shown inside another
//! page's frame: a framed widget adds no landmarks of its own (the
//! partner's page has them).

use leptos::prelude::*;

/// Present (as a context) inside widgets, for components that must not add
/// landmarks of their own there: the partner's page already has them.
#[derive(Clone, Copy)]
pub struct InEmbed;

pub fn provide_in_embed() {
    provide_context(InEmbed);
}

pub fn in_embed() -> bool {
    use_context::<InEmbed>().is_some()
}

/// Whether this document is shown inside another page's frame. Browser only.
pub fn in_frame() -> bool {
    web_sys::window().is_some_and(|w| w.parent().ok().flatten().is_some_and(|parent| parent != w))
}

/// [`in_frame`] as a signal: false while the app reproduces pre-rendered
/// HTML (which cannot know), the truth once it runs in the browser.
pub fn use_in_frame() -> Signal<bool> {
    let framed = RwSignal::new(false);
    Effect::new(move |_| framed.set(in_frame()));
    framed.into()
}
