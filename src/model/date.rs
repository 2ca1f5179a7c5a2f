//! Calendar dates and RFC 3339 timestamps, without a date library.
//!
//! The feed and the site data only need ordering, "is this in the future"
//! and human-readable formatting, so a small proleptic-Gregorian calendar
//! costs a few hundred bytes where `chrono` would cost tens of kilobytes.

use std::fmt;

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A valid calendar date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

impl Date {
    /// Returns `None` for dates that do not exist (30 February, month 13).
    pub fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        let valid = (1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month);
        valid.then_some(Date { year, month, day })
    }

    /// Parses `YYYY-MM-DD`, nothing more and nothing less.
    pub fn parse_iso(text: &str) -> Option<Date> {
        let bytes = text.as_bytes();
        if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
            return None;
        }
        let year = parse_digits(text.get(0..4)?)?;
        let month = parse_digits(text.get(5..7)?)?;
        let day = parse_digits(text.get(8..10)?)?;
        Date::new(year as i32, month as u8, day as u8)
    }

    /// Days since 1970-01-01 (negative before it).
    pub fn days_since_epoch(self) -> i64 {
        // Howard Hinnant's days_from_civil.
        let year = i64::from(self.year) - i64::from(self.month <= 2);
        let era = year.div_euclid(400);
        let year_of_era = year - era * 400;
        let month = i64::from(self.month);
        let day_of_year = (153 * (month + if month > 2 { -3 } else { 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
        era * 146_097 + day_of_era - 719_468
    }

    /// The inverse of [`Date::days_since_epoch`].
    pub fn from_days_since_epoch(days: i64) -> Date {
        let days = days + 719_468;
        let era = days.div_euclid(146_097);
        let day_of_era = days - era * 146_097;
        let year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
        let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
        let shifted_month = (5 * day_of_year + 2) / 153;
        let day = (day_of_year - (153 * shifted_month + 2) / 5 + 1) as u8;
        let month = if shifted_month < 10 { shifted_month + 3 } else { shifted_month - 9 } as u8;
        let year = (year_of_era + era * 400 + i64::from(month <= 2)) as i32;
        Date { year, month, day }
    }

    pub fn month_name(self) -> &'static str {
        month_name(self.month).unwrap_or("")
    }

    /// Machine-readable form for `<time datetime>`.
    pub fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl fmt::Display for Date {
    /// "19 February 2019": unambiguous in every locale, unlike 19/02/2019.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {} {}", self.day, self.month_name(), self.year)
    }
}

pub fn month_name(month: u8) -> Option<&'static str> {
    MONTHS.get(usize::from(month).checked_sub(1)?).copied()
}

pub fn is_leap_year(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        2 if is_leap_year(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// "19–20 February 2019", "30 November – 1 December 2019",
/// "30 December 2019 – 2 January 2020"; a missing or earlier end shows the
/// start alone.
pub fn format_range(start: Date, end: Option<Date>) -> String {
    let Some(end) = end.filter(|end| *end > start) else {
        return start.to_string();
    };
    if start.year != end.year {
        format!("{start} – {end}")
    } else if start.month != end.month {
        format!("{} {} – {end}", start.day, start.month_name())
    } else {
        format!("{}–{end}", start.day)
    }
}

/// A point in time read from an RFC 3339 timestamp.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Timestamp {
    /// Seconds since the Unix epoch, in UTC: what items are sorted by.
    pub utc_seconds: i64,
    /// The calendar date as written, in the author's own offset: what
    /// readers see, so a 23:30 "-05:00" post is not shown as the next day.
    pub local_date: Date,
}

impl Timestamp {
    pub fn from_date(date: Date) -> Timestamp {
        Timestamp { utc_seconds: date.days_since_epoch() * 86_400, local_date: date }
    }
}

/// Parses RFC 3339 (`2019-02-20T09:00:00Z`, `...+03:00`, fractional
/// seconds, lower-case `t`/`z`). A bare `YYYY-MM-DD` is accepted too: it is
/// off-spec for JSON Feed but common, and midnight UTC is a fair reading.
pub fn parse_rfc3339(text: &str) -> Option<Timestamp> {
    let text = text.trim();
    let date = Date::parse_iso(text.get(0..10)?)?;
    let rest = &text[10..];
    if rest.is_empty() {
        return Some(Timestamp::from_date(date));
    }
    let rest = rest.strip_prefix(['T', 't', ' '])?;
    let clock = rest.get(0..8)?;
    let cb = clock.as_bytes();
    if cb[2] != b':' || cb[5] != b':' {
        return None;
    }
    let hour = parse_digits(&clock[0..2])?;
    let minute = parse_digits(&clock[3..5])?;
    // 60 allows a leap second; it sorts as the next second, which is fine.
    let second = parse_digits(&clock[6..8])?;
    if hour > 23 || minute > 59 || second > 60 {
        return None;
    }
    let mut zone = &rest[8..];
    if let Some(fraction) = zone.strip_prefix('.') {
        let digits = fraction.bytes().take_while(u8::is_ascii_digit).count();
        if digits == 0 {
            return None;
        }
        zone = &fraction[digits..];
    }
    let offset_minutes = parse_offset(zone)?;
    let seconds_of_day = i64::from(hour * 3600 + minute * 60 + second);
    Some(Timestamp {
        utc_seconds: date.days_since_epoch() * 86_400 + seconds_of_day - offset_minutes * 60,
        local_date: date,
    })
}

fn parse_offset(zone: &str) -> Option<i64> {
    if zone == "Z" || zone == "z" {
        return Some(0);
    }
    let sign = match zone.as_bytes().first()? {
        b'+' => 1,
        b'-' => -1,
        _ => return None,
    };
    if zone.len() != 6 || zone.as_bytes()[3] != b':' {
        return None;
    }
    let hours = parse_digits(&zone[1..3])?;
    let minutes = parse_digits(&zone[4..6])?;
    if hours > 23 || minutes > 59 {
        return None;
    }
    Some(sign * i64::from(hours * 60 + minutes))
}

/// Parses a fixed-width run of ASCII digits (no sign, no spaces).
fn parse_digits(text: &str) -> Option<u32> {
    if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rejects_impossible_dates() {
        assert!(Date::new(2019, 2, 29).is_none());
        assert!(Date::new(2020, 2, 29).is_some());
        assert!(Date::new(1900, 2, 29).is_none());
        assert!(Date::new(2000, 2, 29).is_some());
        assert!(Date::new(2019, 13, 1).is_none());
        assert!(Date::new(2019, 4, 31).is_none());
        assert!(Date::new(2019, 0, 1).is_none());
    }

    #[test]
    fn iso_parsing_is_strict() {
        assert_eq!(Date::parse_iso("2019-02-20"), Date::new(2019, 2, 20));
        for bad in ["2019-2-20", "2019/02/20", "20190220", "2019-02-2x", "", "+019-02-20", "2019-02-30"] {
            assert_eq!(Date::parse_iso(bad), None, "{bad}");
        }
    }

    #[test]
    fn epoch_days_round_trip() {
        assert_eq!(Date::new(1970, 1, 1).map(Date::days_since_epoch), Some(0));
        assert_eq!(Date::new(2000, 3, 1).map(Date::days_since_epoch), Some(11_017));
        assert_eq!(Date::new(1969, 12, 31).map(Date::days_since_epoch), Some(-1));
        for days in (-800_000..800_000).step_by(997) {
            let date = Date::from_days_since_epoch(days);
            assert_eq!(date.days_since_epoch(), days);
            assert!(Date::new(date.year, date.month, date.day).is_some());
        }
    }

    #[test]
    fn timestamps_respect_offsets() {
        let utc = parse_rfc3339("2019-02-20T09:00:00Z").map(|t| t.utc_seconds);
        let istanbul = parse_rfc3339("2019-02-20T12:00:00+03:00").map(|t| t.utc_seconds);
        assert_eq!(utc, istanbul);
        let late = parse_rfc3339("2019-02-20T23:30:00-05:00");
        assert_eq!(late.map(|t| t.local_date), Date::new(2019, 2, 20));
        assert_eq!(parse_rfc3339("2019-02-20T09:00:00.123456z").map(|t| t.utc_seconds), utc);
        assert_eq!(parse_rfc3339("2019-02-20").map(|t| t.utc_seconds), Some(1_550_620_800));
    }

    #[test]
    fn malformed_timestamps_are_none() {
        for bad in [
            "yesterday",
            "2019-02-20T",
            "2019-02-20T25:00:00Z",
            "2019-02-20T09:00:00",
            "2019-02-20T09:00:00+0300",
            "2019-02-20T09:00:00.Z",
            "2019-02-20T09:00Z",
            "2019-02-20X09:00:00Z",
            "Wed, 20 Feb 2019 09:00:00 GMT",
            "2019-02-20T09:00:00+03:00 trailing",
            "२०१९-०२-२०",
        ] {
            assert_eq!(parse_rfc3339(bad), None, "{bad}");
        }
    }

    #[test]
    fn ranges_read_naturally() {
        let d = |y, m, d| Date::new(y, m, d).unwrap_or(Date { year: 0, month: 1, day: 1 });
        assert_eq!(format_range(d(2019, 2, 19), Some(d(2019, 2, 20))), "19–20 February 2019");
        assert_eq!(format_range(d(2019, 11, 30), Some(d(2019, 12, 1))), "30 November – 1 December 2019");
        assert_eq!(format_range(d(2019, 12, 30), Some(d(2020, 1, 2))), "30 December 2019 – 2 January 2020");
        assert_eq!(format_range(d(2019, 2, 19), None), "19 February 2019");
        assert_eq!(format_range(d(2019, 2, 19), Some(d(2019, 2, 18))), "19 February 2019");
    }
}
