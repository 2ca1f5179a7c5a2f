//! Whether the page is being printed, from the window's `beforeprint` and
//! `afterprint` events: a view that shows something else on a wide screen
//! (the timeline's axis) prints as its list. The listeners go with the
//! component that asked.

use leptos::prelude::*;

pub fn use_printing() -> ReadSignal<bool> {
    let (printing, set_printing) = signal(false);
    let handles = StoredValue::new_local(Vec::<WindowListenerHandle>::new());
    // Effects run only in the browser, after hydration.
    Effect::new(move |_| {
        if handles.with_value(|h| !h.is_empty()) {
            return;
        }
        let before = window_event_listener_untyped("beforeprint", move |_| set_printing.set(true));
        let after = window_event_listener_untyped("afterprint", move |_| set_printing.set(false));
        handles.set_value(vec![before, after]);
    });
    on_cleanup(move || {
        if let Some(handles) = handles.try_update_value(std::mem::take) {
            handles.into_iter().for_each(WindowListenerHandle::remove);
        }
    });
    printing
}
