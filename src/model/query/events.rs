//! Upcoming and past events, by the reader's calendar date.

use crate::model::date::Date;
use crate::model::feed::{Feed, FeedItem, ItemKind};
use crate::model::order;

fn event_days(item: &FeedItem) -> Option<(Date, Date)> {
    match item.kind {
        ItemKind::Event { start, end } => Some((start, end.unwrap_or(start))),
        _ => None,
    }
}

/// Events that have not ended by `today`, soonest first.
pub fn upcoming_events(feed: &Feed, today: Date) -> Vec<&FeedItem> {
    let mut events: Vec<&FeedItem> =
        feed.items.iter().filter(|i| event_days(i).is_some_and(|(_, end)| end >= today)).collect();
    order::sort_by_key(&mut events, |i| event_days(i).map(|(start, _)| start));
    events
}

/// Events that ended before `today`, most recent first.
pub fn past_events(feed: &Feed, today: Date) -> Vec<&FeedItem> {
    let mut events: Vec<&FeedItem> =
        feed.items.iter().filter(|i| event_days(i).is_some_and(|(_, end)| end < today)).collect();
    order::sort_by_key(&mut events, |i| std::cmp::Reverse(event_days(i).map(|(start, _)| start)));
    events
}
