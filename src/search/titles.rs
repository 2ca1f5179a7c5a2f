//! The feed's titles on their own: the first part of the index to arrive.
//!
//! A deployer's feed can hold thousands of items, and most of its bytes are
//! their texts. Search starts from this file instead: the same JSON Feed,
//! written by the render step beside `feed.json`, with every item cut down
//! to what finds it by its title and shows it as a result (id, title, dates
//! and this site's `_bp` extension). The worker answers from it while the
//! whole feed is still downloading, then builds the full index from the
//! feed itself, so the results are only ever the feed's own, complete once
//! it is in. Being a feed, it is read by the same tolerant reader and turned
//! into documents by the same code as the whole one.

use serde_json::{Map, Value};

/// Where the render step writes it, and the page finds it
/// (`<meta name="bp-search-titles">`).
pub const PATH: &str = "/data/search-titles.json";
pub const SETTING: &str = "bp-search-titles";

/// What an item keeps: what names it, dates it and says what it is. The
/// texts (`summary`, `content_*`), tags, authors, images and attachments
/// wait for the whole feed.
const KEPT: [&str; 5] = ["id", "title", "date_published", "date_modified", "_bp"];

/// An untitled item is called by the start of its summary or text
/// (`FeedItem::display_title` takes 80 characters and marks a cut with an
/// ellipsis): one character more keeps that mark.
const FALLBACK_CHARS: usize = 81;

/// The titles file for the feed `text`: the same top-level fields but
/// `items`, and each item cut down. Fails only on what the feed reader
/// refuses too (text that is not a JSON object).
pub fn titles_feed(text: &str) -> Result<String, String> {
    let Value::Object(top) = serde_json::from_str::<Value>(text).map_err(|e| e.to_string())? else {
        return Err("not a JSON object".into());
    };
    let mut out = Map::new();
    for (key, value) in top {
        let value = match (key.as_str(), value) {
            ("items", Value::Array(items)) => Value::Array(items.into_iter().map(cut_down).collect()),
            // Top-level texts a reader of titles does not need.
            ("description" | "icon" | "favicon" | "authors" | "author", _) => continue,
            (_, value) => value,
        };
        out.insert(key, value);
    }
    Ok(Value::Object(out).to_string())
}

/// One item with only what its result needs; anything that is not an
/// object is left for the reader to report, as it would in the feed.
fn cut_down(item: Value) -> Value {
    let Value::Object(mut item) = item else { return item };
    let untitled = item.get("title").and_then(Value::as_str).is_none_or(|t| t.trim().is_empty());
    let mut kept: Map<String, Value> =
        KEPT.iter().filter_map(|key| item.remove(*key).map(|value| ((*key).to_owned(), value))).collect();
    if untitled {
        // The text the reader would call it by, no longer than it uses.
        for key in ["summary", "content_text"] {
            if let Some(Value::String(text)) = item.remove(key) {
                kept.insert(key.to_owned(), Value::String(text.chars().take(FALLBACK_CHARS).collect()));
            }
        }
    }
    Value::Object(kept)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::date::Date;
    use crate::model::feed::{Feed, ItemKind, parse_feed};

    const FEED: &str = r#"{
        "version": "https://jsonfeed.org/version/1.1",
        "title": "Budapest Process",
        "description": "News of the dialogue",
        "items": [
            {"id": "a", "title": "Ministerial conference", "summary": "Ministers met.",
             "content_html": "<p>Long text</p>", "tags": ["x"], "date_published": "2019-02-20T00:00:00Z",
             "_bp": {"kind": "event", "start": "2019-02-20", "place": "Istanbul"}},
            {"id": "b", "summary": "A summary long enough to be cut by the reader, because it goes on and on beyond eighty characters"},
            {"id": "c", "content_text": "Short"},
            7
        ]
    }"#;

    #[test]
    fn keeps_what_names_and_dates_an_item() -> Result<(), String> {
        let cut: Value = serde_json::from_str(&titles_feed(FEED)?).map_err(|e| e.to_string())?;
        let first = &cut["items"][0];
        assert_eq!(first["title"], "Ministerial conference");
        assert_eq!(first["_bp"]["place"], "Istanbul");
        for gone in ["summary", "content_html", "tags"] {
            assert!(first.get(gone).is_none(), "{gone} kept");
        }
        assert!(cut.get("description").is_none());
        assert_eq!(cut["title"], "Budapest Process");
        // Not an object: left for the reader, which reports it.
        assert_eq!(cut["items"][3], 7);
        Ok(())
    }

    #[test]
    fn read_back_it_names_every_item_as_the_feed_does() -> Result<(), String> {
        let whole = parse_feed(FEED).map_err(|e| e.to_string())?;
        let titles = parse_feed(&titles_feed(FEED)?).map_err(|e| e.to_string())?;
        let names = |feed: &Feed| -> Vec<(String, String, ItemKind, Option<Date>)> {
            feed.items.iter().map(|i| (i.id.clone(), i.display_title(), i.kind.clone(), i.date())).collect()
        };
        assert_eq!(names(&whole), names(&titles));
        assert_eq!(whole.skipped, titles.skipped);
        Ok(())
    }

    #[test]
    fn refuses_what_is_not_a_feed() {
        assert!(titles_feed("[1]").is_err());
        assert!(titles_feed("{").is_err());
    }
}
