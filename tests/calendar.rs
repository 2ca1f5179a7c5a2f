//! The calendar files (RFC 5545) read back with an independent parser (the
//! `icalendar` crate): every event of the bundled feed with its dates,
//! place, link and a stable UID, and hostile text that survives the trip.

use std::collections::HashSet;

use budapest_process_site::model::calendar::calendar;
use budapest_process_site::model::date::Date;
use budapest_process_site::model::feed::{Feed, FeedItem, ItemKind, parse_feed};
use budapest_process_site::paths;
use icalendar::{Calendar, CalendarComponent, Component, DatePerhapsTime, Event, EventLike};

const SITE_URL: &str = "https://example.org";

fn today() -> Date {
    Date::new(2026, 11, 30).unwrap_or_else(|| Date::from_days_since_epoch(0))
}

fn bundled() -> Feed {
    let text = std::fs::read_to_string("public/data/feed.json").unwrap_or_else(|e| panic!("feed.json: {e}"));
    parse_feed(&text).unwrap_or_else(|e| panic!("feed.json: {e}"))
}

fn events(text: &str) -> Vec<Event> {
    let parsed: Calendar = text.parse().unwrap_or_else(|e| panic!("not iCalendar: {e}\n{text}"));
    parsed
        .components
        .into_iter()
        .filter_map(|c| if let CalendarComponent::Event(e) = c { Some(e) } else { None })
        .collect()
}

fn date(value: Option<DatePerhapsTime>) -> Option<String> {
    match value? {
        DatePerhapsTime::Date(date) => Some(date.format("%Y-%m-%d").to_string()),
        DatePerhapsTime::DateTime(_) => None,
    }
}

fn day_after(date: Date) -> String {
    Date::from_days_since_epoch(date.days_since_epoch() + 1).iso()
}

#[test]
fn every_event_reads_back_with_its_dates_place_link_and_uid() {
    let feed = bundled();
    let items: Vec<&FeedItem> = feed.items.iter().filter(|i| i.is_event()).collect();
    assert!(items.len() >= 10, "the bundled feed has events");
    let text = calendar(&items, SITE_URL, today());
    let parsed = events(&text);
    assert_eq!(parsed.len(), items.len());
    let mut uids = HashSet::new();
    for (item, event) in items.iter().zip(&parsed) {
        let ItemKind::Event { start, end } = item.kind else { unreachable!("only events were passed") };
        let uid = event.get_uid().unwrap_or_default();
        assert_eq!(uid, format!("event-{}@example.org", item.id));
        assert!(uids.insert(uid.to_owned()), "UIDs are unique");
        assert_eq!(event.get_summary(), Some(item.display_title().as_str()));
        // All-day: the end is the day after the last day.
        assert_eq!(date(event.get_start()), Some(start.iso()), "{}", item.id);
        assert_eq!(date(event.get_end()), Some(day_after(end.unwrap_or(start))), "{}", item.id);
        assert_eq!(event.get_location(), item.place.as_deref());
        let url = format!("{SITE_URL}{}", paths::event(&item.id));
        assert_eq!(event.get_url(), Some(url.as_str()));
        assert!(event.get_description().is_some_and(|d| d.ends_with(&url)));
        assert!(event.get_timestamp().is_some(), "DTSTAMP is required");
    }
    // The same data gives the same file: a re-import updates, never duplicates.
    assert_eq!(calendar(&items, SITE_URL, today()), text);
}

#[test]
fn lines_end_in_crlf_and_fold_within_75_octets() {
    let feed = bundled();
    let items: Vec<&FeedItem> = feed.items.iter().filter(|i| i.is_event()).collect();
    let text = calendar(&items, SITE_URL, today());
    assert!(text.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
    assert!(text.ends_with("END:VCALENDAR\r\n"));
    assert!(!text.replace("\r\n", "").contains('\n'), "no bare line feeds");
    assert!(text.split("\r\n").all(|line| line.len() <= 75));
}

#[test]
fn hostile_text_survives_the_trip() {
    let json = r#"{"version": "https://jsonfeed.org/version/1.1", "title": "t", "items": [
        {"id": "a,b;c", "title": "Meeting; Vienna, Austria \\ \"quoted\"\nsecond line",
         "summary": "Границы, миграция; الهجرة — a long summary that goes well past the seventy-five octets of a line",
         "content_text": "x", "date_published": "2019-02-20T09:00:00+03:00",
         "_bp": {"kind": "event", "start": "2019-02-20", "end": "2019-02-22", "place": "Istanbul, Türkiye"}},
        {"id": "backwards", "title": "Ends before it starts", "content_text": "x",
         "_bp": {"kind": "event", "start": "2020-03-10", "end": "2020-03-01"}}
    ]}"#;
    let feed = parse_feed(json).unwrap_or_else(|e| panic!("test feed: {e}"));
    let items: Vec<&FeedItem> = feed.items.iter().collect();
    let text = calendar(&items, SITE_URL, today());
    // Lenient readers accept a bare comma or semicolon; strict ones do not.
    assert!(text.contains("SUMMARY:Meeting\\; Vienna\\, Austria \\\\ \"quoted\"\\nsecond line\r\n"));
    let parsed = events(&text);
    let hostile = parsed.iter().find(|e| e.get_uid() == Some("event-a,b;c@example.org"));
    let hostile = hostile.unwrap_or_else(|| panic!("the event with a hostile id"));
    assert_eq!(hostile.get_summary(), Some("Meeting; Vienna, Austria \\ \"quoted\"\nsecond line"));
    assert_eq!(hostile.get_location(), Some("Istanbul, Türkiye"));
    assert!(hostile.get_description().is_some_and(|d| d.starts_with("Границы, миграция; الهجرة")));
    assert_eq!(date(hostile.get_end()), Some("2019-02-23".to_owned()));
    assert!(hostile.get_url().is_some_and(|u| u.ends_with("/events/a%2Cb%3Bc")));
    let backwards = parsed.iter().find(|e| e.get_uid() == Some("event-backwards@example.org"));
    let backwards = backwards.unwrap_or_else(|| panic!("the event that ends before it starts"));
    assert_eq!(date(backwards.get_end()), Some("2020-03-11".to_owned()), "read as one day");
    assert!(backwards.get_timestamp().is_some(), "a DTSTAMP even without a publication date");
}
