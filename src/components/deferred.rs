//! Rendering that can wait for the first paint.

use std::time::Duration;

use leptos::prelude::*;

use crate::startup::is_reproducing_html;

/// A flag that turns true just after the browser has painted the page as it
/// is now. The heavy parts of a page (the map, the member tables) render
/// behind it, so the text above them shows first and the work is split into
/// shorter tasks instead of one long one, which keeps slow phones
/// responsive. A frame is too short for anyone to notice the wait.
///
/// A pre-rendered page already holds those parts, so while it is rendered
/// or hydrated the flag is true from the start.
pub fn after_first_paint() -> Signal<bool> {
    if is_reproducing_html() {
        return Signal::stored(true);
    }
    let painted = RwSignal::new(false);
    request_animation_frame(move || {
        // The page may be gone by then; then there is nothing to render.
        set_timeout(
            move || {
                let _ = painted.try_set(true);
            },
            Duration::ZERO,
        );
    });
    painted.into()
}
