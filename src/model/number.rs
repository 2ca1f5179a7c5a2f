//! Numbers as the views write them, without the standard float formatting
//! and without `f64::clamp`.
//!
//! Float `Display` and `Debug` bring several kilobytes of exact and
//! shortest-representation digit generation into the wasm; the views only
//! ever need a few fixed decimals (coordinates, sizes, a file's size), which
//! integer formatting writes just as well. `f64::clamp` panics when its
//! bounds are out of order or not numbers, and its message is what pulled
//! in float `Debug`: [`within`] cannot panic.

/// `value` with `places` decimals (at most 6), rounded half away from zero:
/// `fixed(2.25, 1)` is "2.3", `fixed(7.0, 0)` is "7". Zero has no sign;
/// not a number writes zero; values too large for the places saturate.
pub fn fixed(value: f64, places: u32) -> String {
    let places = places.min(6);
    let scale = 10u64.pow(places);
    // `as` saturates, and turns NaN into 0.
    let scaled = (value * scale as f64).round() as i64;
    let sign = if scaled < 0 { "-" } else { "" };
    let magnitude = scaled.unsigned_abs();
    let whole = magnitude / scale;
    if places == 0 {
        format!("{sign}{whole}")
    } else {
        format!("{sign}{whole}.{:0width$}", magnitude % scale, width = places as usize)
    }
}

/// `value` kept within `low..=high`: `high` if the bounds are out of order,
/// `low` for a value that is not a number.
pub fn within(value: f64, low: f64, high: f64) -> f64 {
    value.max(low).min(high)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_fixed_decimals() {
        assert_eq!(fixed(523.456, 1), "523.5");
        assert_eq!(fixed(7.0, 0), "7");
        assert_eq!(fixed(0.04, 1), "0.0");
        assert_eq!(fixed(1.5, 0), "2");
        assert_eq!(fixed(12.0, 2), "12.00");
        assert_eq!(fixed(0.125, 3), "0.125");
        assert_eq!(fixed(1.234_567_89, 9), "1.234568", "at most six places");
    }

    #[test]
    fn negative_values_keep_their_sign_and_round_away_from_zero() {
        assert_eq!(fixed(-12.34, 1), "-12.3");
        assert_eq!(fixed(-0.5, 0), "-1");
        assert_eq!(fixed(-0.04, 1), "0.0");
        assert_eq!(fixed(-1234.5, 1), "-1234.5");
    }

    #[test]
    fn agrees_with_the_standard_formatting_away_from_ties() {
        // The standard writes "-0.0" for a small negative value; here zero
        // has no sign.
        let standard = |text: String| {
            let zero = text.trim_start_matches('-').chars().all(|c| c == '0' || c == '.');
            if zero { text.trim_start_matches('-').to_owned() } else { text }
        };
        for i in -2_000..2_000 {
            let value = f64::from(i) * 0.377 + 0.0001;
            assert_eq!(fixed(value, 1), standard(format!("{value:.1}")), "{value}");
            assert_eq!(fixed(value, 0), standard(format!("{value:.0}")), "{value}");
        }
    }

    #[test]
    fn odd_values_write_something_sensible() {
        assert_eq!(fixed(f64::NAN, 1), "0.0");
        assert_eq!(fixed(f64::INFINITY, 0), i64::MAX.to_string());
        assert_eq!(fixed(f64::NEG_INFINITY, 0), i64::MIN.to_string());
    }

    #[test]
    fn within_keeps_values_in_bounds_without_panicking() {
        assert_eq!(within(5.0, 0.0, 10.0), 5.0);
        assert_eq!(within(-1.0, 0.0, 10.0), 0.0);
        assert_eq!(within(11.0, 0.0, 10.0), 10.0);
        assert_eq!(within(f64::NAN, 0.0, 10.0), 0.0);
        assert_eq!(within(5.0, 10.0, 0.0), 0.0, "bounds out of order: the upper one");
        assert_eq!(within(5.0, f64::NAN, f64::NAN), 5.0);
    }
}
