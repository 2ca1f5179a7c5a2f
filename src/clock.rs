//! Today's date, the only clock the app reads.
//!
//! It is a signal shared through a context, not a function call: a
//! pre-rendered page was built on some earlier day, and it must first be
//! hydrated with that day (or the upcoming and past events would not match
//! the HTML), then move to the visitor's own date, which updates the event
//! lists in place.

use leptos::prelude::*;

use crate::model::date::Date;

#[derive(Clone, Copy)]
struct Today(RwSignal<Date>);

/// Shares `date` as today's date.
pub fn provide_today(date: Date) {
    provide_context(Today(RwSignal::new(date)));
}

/// Today, as the app currently understands it.
pub fn use_today() -> Signal<Date> {
    match use_context::<Today>() {
        Some(Today(today)) => today.into(),
        None => Signal::stored(browser_today()),
    }
}

/// Moves the app to the visitor's own date (after hydration).
pub fn catch_up() {
    if let Some(Today(today)) = use_context::<Today>() {
        let now = browser_today();
        if today.get_untracked() != now {
            today.set(now);
        }
    }
}

/// Today in the visitor's time zone: an event "is upcoming" until the end
/// of its last day where the reader is. Browser only.
pub fn browser_today() -> Date {
    let now = js_sys::Date::new_0();
    let year = now.get_full_year() as i32;
    let month = (now.get_month() + 1) as u8;
    let day = now.get_date() as u8;
    // The fallback cannot be reached with a real Date, but costs nothing.
    Date::new(year, month, day)
        .unwrap_or_else(|| Date::from_days_since_epoch((js_sys::Date::now() / 86_400_000.0) as i64))
}
