//! The visitor's calendar date, the only clock the app reads.

use crate::model::date::Date;

/// Today in the visitor's time zone: an event "is upcoming" until the end
/// of its last day where the reader is.
pub fn today() -> Date {
    let now = js_sys::Date::new_0();
    let year = now.get_full_year() as i32;
    let month = (now.get_month() + 1) as u8;
    let day = now.get_date() as u8;
    // The fallback cannot be reached with a real Date, but costs nothing.
    Date::new(year, month, day)
        .unwrap_or_else(|| Date::from_days_since_epoch((js_sys::Date::now() / 86_400_000.0) as i64))
}
