//! Dates, numbers and lists as each interface language writes them, after
//! CLDR's patterns for `en-GB` (the site's English) and `ru`:
//!
//! | | English | Russian |
//! |---|---|---|
//! | day | 19 April 2013 | 19 апреля 2013 г. |
//! | month | April 2013 | апрель 2013 г. |
//! | range | 12–14 March 2019 | 12–14 марта 2019 г. |
//! | number | 10,000 | 10 000 (a no-break space) |
//! | list | Türkiye and Hungary; A, B and C | Турция и Венгрия; A, B и C |
//!
//! Plain functions of a [`Locale`], tested on the host. The words and marks
//! (month names, separators, "and") are each catalogue's `format`.

use super::{Locale, fill};
use crate::model::date::Date;
use crate::model::number;

/// The name of `month` (1–12) from `names`, January first.
fn month_name(names: &[&'static str; 12], month: u8) -> &'static str {
    usize::from(month).checked_sub(1).and_then(|i| names.get(i)).copied().unwrap_or("")
}

/// A day: "19 April 2013", "19 апреля 2013 г.".
pub fn date(locale: Locale, date: Date) -> String {
    let format = &locale.messages().format;
    fill(
        format.date,
        &[
            ("day", &date.day.to_string()),
            ("month", month_name(&format.months_after_day, date.month)),
            ("year", &date.year.to_string()),
        ],
    )
}

/// A day without its year, the first half of a range within one year.
fn day_and_month(locale: Locale, date: Date) -> String {
    let format = &locale.messages().format;
    fill(
        format.day_and_month,
        &[("day", &date.day.to_string()), ("month", month_name(&format.months_after_day, date.month))],
    )
}

/// A month: "April 2013", "апрель 2013 г.".
pub fn month(locale: Locale, year: i32, month: u8) -> String {
    let format = &locale.messages().format;
    fill(format.month, &[("month", month_name(&format.months, month)), ("year", &year.to_string())])
}

/// From one day to another: "19–20 February 2019", "30 November –
/// 1 December 2019", "30 December 2019 – 2 January 2020" (and the same in
/// Russian); a missing or earlier end shows the start alone.
pub fn date_range(locale: Locale, start: Date, end: Option<Date>) -> String {
    let Some(end) = end.filter(|end| *end > start) else {
        return date(locale, start);
    };
    if start.year != end.year {
        format!("{} – {}", date(locale, start), date(locale, end))
    } else if start.month != end.month {
        format!("{} – {}", day_and_month(locale, start), date(locale, end))
    } else {
        format!("{}–{}", start.day, date(locale, end))
    }
}

/// A whole number with its thousands grouped: "10,000", "10 000". Russian
/// groups four-digit numbers too ("2 486"), but CLDR leaves them whole
/// ("2486"), as here.
pub fn number(locale: Locale, n: u64) -> String {
    let format = &locale.messages().format;
    let digits = n.to_string();
    if digits.len() < format.min_grouped_digits.max(4) {
        return digits;
    }
    let mut out = String::with_capacity(digits.len() * 2);
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push_str(format.digit_group);
        }
        out.push(digit);
    }
    out
}

/// Names joined as a sentence lists them: "A", "A and B", "A, B and C"
/// (no serial comma, as in British English), "A, B и C".
pub fn list(locale: Locale, items: &[String]) -> String {
    let mut out = String::new();
    for (i, item) in items.iter().enumerate() {
        out.push_str(list_separator(locale, i, items.len()));
        out.push_str(item);
    }
    out
}

/// What goes before the `index`-th of `len` items of a list: nothing, ", "
/// or the word for "and" before the last. For lists whose items are more
/// than text (links).
pub fn list_separator(locale: Locale, index: usize, len: usize) -> &'static str {
    let format = &locale.messages().format;
    match index {
        0 => "",
        i if i + 1 == len => format.list_and,
        _ => format.list_comma,
    }
}

/// A number with `places` decimals and the language's decimal mark:
/// "1.4", "1,4".
pub fn decimal(locale: Locale, value: f64, places: u32) -> String {
    number::fixed(value, places).replace('.', locale.messages().format.decimal_mark)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u8, d: u8) -> Date {
        Date::new(y, m, d).unwrap_or_else(|| Date::from_days_since_epoch(0))
    }

    #[test]
    fn russian_dates_use_the_genitive_after_a_day() {
        assert_eq!(date(Locale::Ru, day(2013, 4, 19)), "19 апреля 2013 г.");
        assert_eq!(date(Locale::En, day(2013, 4, 19)), "19 April 2013");
        assert_eq!(month(Locale::Ru, 2013, 4), "апрель 2013 г.");
        assert_eq!(month(Locale::Ru, 2019, 5), "май 2019 г.");
        assert_eq!(month(Locale::En, 2019, 5), "May 2019");
    }

    #[test]
    fn ranges_share_what_they_can() {
        let ru = |a, b| date_range(Locale::Ru, a, Some(b));
        assert_eq!(ru(day(2019, 3, 12), day(2019, 3, 14)), "12–14 марта 2019 г.");
        assert_eq!(ru(day(2019, 2, 28), day(2019, 3, 2)), "28 февраля – 2 марта 2019 г.");
        assert_eq!(ru(day(2018, 12, 30), day(2019, 1, 2)), "30 декабря 2018 г. – 2 января 2019 г.");
        assert_eq!(
            date_range(Locale::En, day(2019, 11, 30), Some(day(2019, 12, 1))),
            "30 November – 1 December 2019"
        );
        assert_eq!(date_range(Locale::Ru, day(2019, 3, 2), Some(day(2019, 3, 1))), "2 марта 2019 г.");
    }

    #[test]
    fn numbers_group_thousands() {
        let cases = [
            (1, "1", "1"),
            (52, "52", "52"),
            (2_486, "2,486", "2486"),
            (10_000, "10,000", "10\u{a0}000"),
            (1_234_567, "1,234,567", "1\u{a0}234\u{a0}567"),
        ];
        for (n, en, ru) in cases {
            assert_eq!(number(Locale::En, n), en);
            assert_eq!(number(Locale::Ru, n), ru);
        }
    }

    #[test]
    fn lists_join_with_and() {
        let names = |n: &[&str]| n.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>();
        assert_eq!(list(Locale::Ru, &names(&["Турция", "Венгрия"])), "Турция и Венгрия");
        assert_eq!(list(Locale::En, &names(&["Türkiye", "Hungary"])), "Türkiye and Hungary");
        assert_eq!(list(Locale::Ru, &names(&["А", "Б", "В"])), "А, Б и В");
        assert_eq!(list(Locale::En, &names(&["A"])), "A");
        assert_eq!(list(Locale::En, &[]), "");
    }

    #[test]
    fn decimals_use_the_language_mark() {
        assert_eq!(decimal(Locale::En, 1.4, 1), "1.4");
        assert_eq!(decimal(Locale::Ru, 1.4, 1), "1,4");
        assert_eq!(decimal(Locale::Ru, 48.2, 0), "48");
    }
}
