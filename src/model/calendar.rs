//! iCalendar files (RFC 5545) of the events: one per event, behind its
//! "Add to calendar" link, and one of every event (`/events.ics`) that a
//! calendar can subscribe to. The render step writes them beside the pages,
//! so they are plain static files.
//!
//! Events are all-day: the feed gives dates, not times. A stable `UID` per
//! event (its feed id and the site's host) lets a calendar update an event
//! it already has instead of adding it twice.

use super::date::{Date, Timestamp};
use super::feed::{FeedItem, ItemKind};
use crate::paths;

/// What the site is called inside calendars.
const CALENDAR_NAME: &str = "Budapest Process events";
const PRODUCT: &str = "-//Budapest Process//Website//EN";
/// RFC 5545 §3.1: lines longer than this many octets are folded.
const LINE_OCTETS: usize = 75;

/// A calendar of `events` (items that are not events are left out).
/// `site_url` has no trailing slash; `updated` stands in for items with no
/// date of their own (the render date).
pub fn calendar(events: &[&FeedItem], site_url: &str, updated: Date) -> String {
    let mut out = Lines::default();
    out.line("BEGIN:VCALENDAR");
    out.line("VERSION:2.0");
    out.line(&format!("PRODID:{PRODUCT}"));
    out.line("CALSCALE:GREGORIAN");
    out.line("METHOD:PUBLISH");
    out.line(&format!("X-WR-CALNAME:{}", text(CALENDAR_NAME)));
    // How often a subscribed calendar looks for changes (RFC 7986, and
    // the older name Outlook reads).
    out.line("REFRESH-INTERVAL;VALUE=DURATION:P1D");
    out.line("X-PUBLISHED-TTL:P1D");
    for item in events {
        if let ItemKind::Event { start, end } = item.kind {
            event(&mut out, item, start, end, site_url, updated);
        }
    }
    out.line("END:VCALENDAR");
    out.text
}

fn event(out: &mut Lines, item: &FeedItem, start: Date, end: Option<Date>, site_url: &str, updated: Date) {
    let url = format!("{site_url}{}", paths::event(&item.id));
    // The end date is the day after the last day (RFC 5545 §3.6.1); an end
    // before the start is read as a one-day event.
    let last = end.filter(|end| *end >= start).unwrap_or(start);
    let stamp = item.modified.or(item.published).unwrap_or_else(|| Timestamp::from_date(updated));
    out.line("BEGIN:VEVENT");
    out.line(&format!("UID:{}", text(&format!("event-{}@{}", item.id, host(site_url)))));
    out.line(&format!("DTSTAMP:{}", utc(stamp)));
    if let Some(modified) = item.modified {
        out.line(&format!("LAST-MODIFIED:{}", utc(modified)));
    }
    out.line(&format!("DTSTART;VALUE=DATE:{}", compact(start)));
    out.line(&format!("DTEND;VALUE=DATE:{}", compact(next_day(last))));
    out.line(&format!("SUMMARY:{}", text(&item.display_title())));
    if let Some(place) = &item.place {
        out.line(&format!("LOCATION:{}", text(place)));
    }
    let description = match &item.summary {
        Some(summary) => format!("{summary}\n\n{url}"),
        None => url.clone(),
    };
    out.line(&format!("DESCRIPTION:{}", text(&description)));
    out.line(&format!("URL:{}", uri(&url)));
    // A day-long meeting somewhere else should not mark the whole day busy.
    out.line("TRANSP:TRANSPARENT");
    out.line("END:VEVENT");
}

/// Content lines, folded and ended with CRLF as RFC 5545 §3.1 asks.
#[derive(Default)]
struct Lines {
    text: String,
}

impl Lines {
    fn line(&mut self, line: &str) {
        let mut used = 0;
        for c in line.chars() {
            // A continuation line starts with one space, which counts.
            if used + c.len_utf8() > LINE_OCTETS {
                self.text.push_str("\r\n ");
                used = 1;
            }
            self.text.push(c);
            used += c.len_utf8();
        }
        self.text.push_str("\r\n");
    }
}

/// A TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and line
/// breaks escaped; other control characters dropped.
fn text(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    let mut chars = value.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\r' => {
                chars.next_if_eq(&'\n');
                out.push_str("\\n");
            }
            '\n' => out.push_str("\\n"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// A URI value: it is not escaped, but may not break the line.
fn uri(value: &str) -> String {
    value.chars().filter(|c| !c.is_control()).collect()
}

/// `https://www.example.org` -> `www.example.org`.
fn host(site_url: &str) -> &str {
    let rest = site_url.split_once("://").map_or(site_url, |(_, rest)| rest);
    rest.split(['/', '?', '#']).next().unwrap_or(rest)
}

/// `20190220`.
fn compact(date: Date) -> String {
    format!("{:04}{:02}{:02}", date.year, date.month, date.day)
}

fn next_day(date: Date) -> Date {
    Date::from_days_since_epoch(date.days_since_epoch() + 1)
}

/// `20190220T090000Z`.
fn utc(stamp: Timestamp) -> String {
    let days = stamp.utc_seconds.div_euclid(86_400);
    let seconds = stamp.utc_seconds.rem_euclid(86_400);
    let date = Date::from_days_since_epoch(days);
    format!("{}T{:02}{:02}{:02}Z", compact(date), seconds / 3600, seconds % 3600 / 60, seconds % 60)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_values_are_escaped() {
        assert_eq!(text("a, b; c\\d\r\ne\nf\u{7}"), "a\\, b\\; c\\\\d\\ne\\nf");
    }

    #[test]
    fn long_lines_fold_within_75_octets_without_splitting_characters() {
        let mut lines = Lines::default();
        let long = format!("SUMMARY:{}", "Миграция ".repeat(20));
        lines.line(&long);
        assert!(lines.text.ends_with("\r\n"));
        let physical: Vec<&str> = lines.text.trim_end_matches("\r\n").split("\r\n").collect();
        assert!(physical.len() > 2);
        assert!(physical.iter().all(|l| l.len() <= LINE_OCTETS));
        assert!(physical.iter().skip(1).all(|l| l.starts_with(' ')));
        let unfolded: String =
            physical.iter().enumerate().map(|(i, l)| if i == 0 { *l } else { &l[1..] }).collect();
        assert_eq!(unfolded, long);
    }

    fn date(year: i32, month: u8, day: u8) -> Date {
        Date::new(year, month, day).expect("a real date")
    }

    #[test]
    fn hosts_and_stamps() {
        assert_eq!(host("https://www.budapestprocess.org"), "www.budapestprocess.org");
        assert_eq!(host("http://localhost:8080/site"), "localhost:8080");
        let stamp = Timestamp { utc_seconds: 1_550_653_200, local_date: date(2019, 2, 20) };
        assert_eq!(utc(stamp), "20190220T090000Z");
        assert_eq!(next_day(date(2020, 2, 28)), date(2020, 2, 29));
        assert_eq!(next_day(date(2019, 12, 31)), date(2020, 1, 1));
    }
}
