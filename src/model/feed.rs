//! JSON Feed 1.1 reading, tolerant the way the spec asks readers to be.
//!
//! The feed is untrusted input. Rules, each covered by a test below:
//! - unknown fields are ignored; `_bp` is this site's extension (see
//!   `docs/data-format.md`): it says whether an item is news, an event or a
//!   document;
//! - an item without a usable `id` is dropped; a numeric `id` becomes a
//!   string; a repeated `id` keeps the first item;
//! - a wrong-typed or unparseable optional field drops that field, never the
//!   item, and never the feed; an event without a valid start date is
//!   dropped, as it cannot be placed in time;
//! - URLs must pass [`safe_url`]; `title` and `summary` are plain text and
//!   only `content_html` may hold HTML (rendered by the sanitiser);
//! - `author` (1.0) and `authors` (1.1) are both read;
//! - everything skipped is recorded in [`Feed::skipped`] as "<JSON path>:
//!   <reason>" (e.g. `$.items[3].tags[1]: not a non-empty string;
//!   ignored`), for the console and the render step's report.

use serde_json::{Map, Value};

use super::ReadError;
use super::date::{Date, Timestamp, parse_rfc3339};
use super::json_text;
use super::language::is_language_tag;
use super::order;
use super::url::{UrlUse, safe_url};

/// A feed that has been read; items are sorted newest first.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Feed {
    pub title: String,
    pub home_page_url: Option<String>,
    pub items: Vec<FeedItem>,
    /// Plain-language notes on everything that was dropped or ignored.
    pub skipped: Vec<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct FeedItem {
    pub id: String,
    pub kind: ItemKind,
    pub title: Option<String>,
    pub summary: Option<String>,
    pub content: Content,
    pub url: Option<String>,
    pub image: Option<String>,
    pub published: Option<Timestamp>,
    pub modified: Option<Timestamp>,
    pub tags: Vec<String>,
    pub authors: Vec<Author>,
    pub attachments: Vec<Attachment>,
    /// Where it happened (`_bp.place`), for news and events alike.
    pub place: Option<String>,
    /// The item's own language (JSON Feed 1.1 `language`, lower-cased), for
    /// a title or text in Russian or Arabic inside the site's pages.
    pub language: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ItemKind {
    News,
    Event { start: Date, end: Option<Date> },
    Document { doc_type: Option<String>, year: Option<i32> },
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Content {
    Html(String),
    Text(String),
    None,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Author {
    pub name: Option<String>,
    pub url: Option<String>,
}

/// One file; several attachments with the same title are one document in
/// several languages.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Attachment {
    pub url: String,
    pub title: Option<String>,
    pub mime_type: Option<String>,
    pub size_in_bytes: Option<u64>,
    /// BCP 47 tag from `_bp.language`, lower-cased.
    pub language: Option<String>,
}

impl FeedItem {
    /// The title, or failing that a short start of the summary or text, so
    /// that an item always has something to be called by.
    pub fn display_title(&self) -> String {
        if let Some(title) = &self.title {
            return title.clone();
        }
        let fallback = match (&self.summary, &self.content) {
            (Some(summary), _) => summary.as_str(),
            (None, Content::Text(text)) => text.as_str(),
            _ => "",
        };
        let mut short: String = fallback.chars().take(80).collect();
        if short.len() < fallback.len() {
            short.push('…');
        }
        if short.trim().is_empty() { "Untitled item".to_owned() } else { short }
    }

    /// The date readers see: publication, else the event start, else the
    /// document year.
    pub fn date(&self) -> Option<Date> {
        self.published.map(|t| t.local_date).or(match self.kind {
            ItemKind::Event { start, .. } => Some(start),
            ItemKind::Document { year: Some(year), .. } => Date::new(year, 1, 1),
            _ => None,
        })
    }

    /// What the feed is ordered by (newest first); items without any date
    /// go last.
    fn sort_key(&self) -> Option<i64> {
        self.published
            .map(|t| t.utc_seconds)
            .or_else(|| self.date().map(|d| Timestamp::from_date(d).utc_seconds))
    }

    /// The year used by year filters.
    pub fn year(&self) -> Option<i32> {
        match self.kind {
            ItemKind::Document { year: Some(year), .. } => Some(year),
            ItemKind::Event { start, .. } => Some(start.year),
            _ => self.date().map(|d| d.year),
        }
    }

    pub fn is_news(&self) -> bool {
        self.kind == ItemKind::News
    }

    pub fn is_event(&self) -> bool {
        matches!(self.kind, ItemKind::Event { .. })
    }

    pub fn is_document(&self) -> bool {
        matches!(self.kind, ItemKind::Document { .. })
    }
}

/// Reads a JSON Feed. Fails only when the text is not JSON or has no
/// `items` list; everything else is repaired or skipped and recorded.
pub fn parse_feed(text: &str) -> Result<Feed, ReadError> {
    let mut reading = FeedReading::start(text)?;
    while !reading.read(usize::MAX) {}
    Ok(reading.finish())
}

/// A feed being read a part at a time, so that a browser reading a feed of
/// ten thousand items can answer the visitor between the parts:
/// [`FeedReading::start`], [`FeedReading::read`] until it is done, then
/// [`FeedReading::finish`]. [`parse_feed`] does all of it at once.
pub struct FeedReading {
    title: String,
    home_page_url: Option<String>,
    raw_items: Vec<Value>,
    next: usize,
    items: Vec<FeedItem>,
    seen: std::collections::HashSet<String>,
    reader: Reader,
}

impl FeedReading {
    /// Parses the JSON and reads the feed's own fields.
    pub fn start(text: &str) -> Result<FeedReading, ReadError> {
        let value = json_text::parse(text).map_err(|e| ReadError::NotJson(e.to_string()))?;
        let Value::Object(mut top) = value else {
            return Err(ReadError::not("a JSON Feed", "the top level is not an object"));
        };
        let Some(Value::Array(raw_items)) = top.remove("items") else {
            return Err(ReadError::not("a JSON Feed", "it has no \"items\" list"));
        };
        let mut reader = Reader::default();
        match top.get("version").and_then(Value::as_str) {
            Some(v) if v.starts_with("https://jsonfeed.org/version/") => {}
            _ => reader.skip("$.version: missing or not a JSON Feed version; read anyway"),
        }
        let title = reader.text(&top, "title", "$").unwrap_or_else(|| "Untitled feed".into());
        let home_page_url = reader.url(&top, "home_page_url", UrlUse::Link, "$");
        Ok(FeedReading {
            title,
            home_page_url,
            items: Vec::with_capacity(raw_items.len()),
            raw_items,
            next: 0,
            seen: std::collections::HashSet::new(),
            reader,
        })
    }

    /// Reads up to `count` more items; true once every item is read.
    pub fn read(&mut self, count: usize) -> bool {
        let end = self.next.saturating_add(count).min(self.raw_items.len());
        for index in self.next..end {
            let Some(raw) = self.raw_items.get(index) else { break };
            let Some(item) = self.reader.item(index, raw) else { continue };
            if self.seen.insert(item.id.clone()) {
                self.items.push(item);
            } else {
                self.reader
                    .skip(format!("$.items[{index}].id: {:?} is used by an earlier item; dropped", item.id));
            }
        }
        self.next = end;
        self.next >= self.raw_items.len()
    }

    /// The feed, newest first (whatever was not read yet is left out).
    pub fn finish(self) -> Feed {
        let mut items = self.items;
        // Stable sort: items with equal dates keep feed order.
        order::sort_by_key(&mut items, |item| std::cmp::Reverse(item.sort_key()));
        Feed { title: self.title, home_page_url: self.home_page_url, items, skipped: self.reader.skipped }
    }
}

#[derive(Default)]
struct Reader {
    skipped: Vec<String>,
}

impl Reader {
    fn skip(&mut self, note: impl Into<String>) {
        self.skipped.push(note.into());
    }

    fn item(&mut self, index: usize, raw: &Value) -> Option<FeedItem> {
        let Value::Object(obj) = raw else {
            self.skip(format!("$.items[{index}]: not an object; dropped"));
            return None;
        };
        let id = match obj.get("id") {
            Some(Value::String(s)) if !s.trim().is_empty() => s.trim().to_owned(),
            Some(Value::Number(n)) => n.to_string(),
            _ => {
                self.skip(format!("$.items[{index}].id: missing or empty; the item is dropped"));
                return None;
            }
        };
        let at = format!("$.items[{index}]");
        let bp_at = format!("{at}._bp");
        let kind = self.kind(obj, &bp_at)?;
        let content = match (self.text(obj, "content_html", &at), self.text(obj, "content_text", &at)) {
            (Some(html), _) => Content::Html(html),
            (None, Some(text)) => Content::Text(text),
            (None, None) => Content::None,
        };
        Some(FeedItem {
            title: self.text(obj, "title", &at),
            summary: self.text(obj, "summary", &at),
            url: self.url(obj, "url", UrlUse::Link, &at),
            image: self.url(obj, "image", UrlUse::Resource, &at),
            published: self.timestamp(obj, "date_published", &at),
            modified: self.timestamp(obj, "date_modified", &at),
            tags: self.tags(obj, &at),
            authors: self.authors(obj, &at),
            attachments: self.attachments(obj, &at),
            place: obj.get("_bp").and_then(Value::as_object).and_then(|bp| self.text(bp, "place", &bp_at)),
            language: self
                .text(obj, "language", &at)
                .map(|lang| lang.trim().to_ascii_lowercase())
                .filter(|lang| is_language_tag(lang)),
            content,
            kind,
            id,
        })
    }

    /// `None` only for an event that cannot be placed in time.
    fn kind(&mut self, obj: &Map<String, Value>, bp_at: &str) -> Option<ItemKind> {
        let bp = match obj.get("_bp") {
            None => return Some(ItemKind::News),
            Some(Value::Object(bp)) => bp,
            Some(_) => {
                self.skip(format!("{bp_at}: not an object; read as news"));
                return Some(ItemKind::News);
            }
        };
        match self.text(bp, "kind", bp_at).as_deref() {
            None | Some("news") => Some(ItemKind::News),
            Some("event") => {
                let Some(start) = self.date(bp, "start", bp_at) else {
                    self.skip(format!(
                        "{bp_at}.start: an event needs a start date (YYYY-MM-DD); the item is dropped"
                    ));
                    return None;
                };
                let end = self.date(bp, "end", bp_at).filter(|end| {
                    let valid = *end >= start;
                    if !valid {
                        self.skip(format!("{bp_at}.end: before the start; ignored"));
                    }
                    valid
                });
                Some(ItemKind::Event { start, end })
            }
            Some("document") => {
                let year = match bp.get("year") {
                    None | Some(Value::Null) => None,
                    Some(v) => {
                        let year = v.as_i64().filter(|y| (1000..=9999).contains(y)).map(|y| y as i32);
                        if year.is_none() {
                            self.skip(format!("{bp_at}.year: not a year; ignored"));
                        }
                        year
                    }
                };
                Some(ItemKind::Document { doc_type: self.text(bp, "type", bp_at), year })
            }
            Some(other) => {
                self.skip(format!("{bp_at}.kind: unknown kind {other:?}; read as news"));
                Some(ItemKind::News)
            }
        }
    }

    /// A non-empty string field; anything else present is noted and dropped.
    fn text(&mut self, obj: &Map<String, Value>, key: &str, at: &str) -> Option<String> {
        match obj.get(key) {
            None | Some(Value::Null) => None,
            Some(Value::String(s)) => Some(s.trim().to_owned()).filter(|s| !s.is_empty()),
            Some(_) => {
                self.skip(format!("{at}.{key}: not a string; ignored"));
                None
            }
        }
    }

    fn url(&mut self, obj: &Map<String, Value>, key: &str, use_: UrlUse, at: &str) -> Option<String> {
        let raw = self.text(obj, key, at)?;
        let safe = safe_url(&raw, use_);
        if safe.is_none() {
            self.skip(format!("{at}.{key}: not a safe URL; ignored"));
        }
        safe
    }

    fn timestamp(&mut self, obj: &Map<String, Value>, key: &str, at: &str) -> Option<Timestamp> {
        let raw = self.text(obj, key, at)?;
        let parsed = parse_rfc3339(&raw);
        if parsed.is_none() {
            self.skip(format!("{at}.{key}: {raw:?} is not an RFC 3339 date; ignored"));
        }
        parsed
    }

    fn date(&mut self, obj: &Map<String, Value>, key: &str, at: &str) -> Option<Date> {
        let raw = self.text(obj, key, at)?;
        let parsed = Date::parse_iso(&raw);
        if parsed.is_none() {
            self.skip(format!("{at}.{key}: {raw:?} is not a YYYY-MM-DD date; ignored"));
        }
        parsed
    }

    fn tags(&mut self, obj: &Map<String, Value>, at: &str) -> Vec<String> {
        let mut tags: Vec<String> = Vec::new();
        for (index, tag) in self.list(obj, "tags", at).into_iter().enumerate() {
            match tag.as_str().map(str::trim) {
                Some(tag) if !tag.is_empty() => {
                    if !tags.iter().any(|t| t == tag) {
                        tags.push(tag.to_owned());
                    }
                }
                _ => self.skip(format!("{at}.tags[{index}]: not a non-empty string; ignored")),
            }
        }
        tags
    }

    fn authors(&mut self, obj: &Map<String, Value>, at: &str) -> Vec<Author> {
        let mut raw: Vec<(String, &Value)> = self
            .list(obj, "authors", at)
            .into_iter()
            .enumerate()
            .map(|(index, a)| (format!("{at}.authors[{index}]"), a))
            .collect();
        if raw.is_empty() {
            raw.extend(obj.get("author").map(|a| (format!("{at}.author"), a)));
        }
        raw.into_iter()
            .filter_map(|(path, author)| {
                let Value::Object(author) = author else {
                    self.skip(format!("{path}: not an object; ignored"));
                    return None;
                };
                let author = Author {
                    name: self.text(author, "name", &path),
                    url: self.url(author, "url", UrlUse::Link, &path),
                };
                (author.name.is_some() || author.url.is_some()).then_some(author)
            })
            .collect()
    }

    fn attachments(&mut self, obj: &Map<String, Value>, at: &str) -> Vec<Attachment> {
        self.list(obj, "attachments", at)
            .into_iter()
            .enumerate()
            .filter_map(|(index, raw)| {
                let at = &format!("{at}.attachments[{index}]");
                let Value::Object(a) = raw else {
                    self.skip(format!("{at}: not an object; ignored"));
                    return None;
                };
                let Some(url) = self.url(a, "url", UrlUse::Resource, at) else {
                    self.skip(format!("{at}.url: missing or not safe; the attachment is ignored"));
                    return None;
                };
                let size_in_bytes = match a.get("size_in_bytes") {
                    None | Some(Value::Null) => None,
                    Some(v) => {
                        let size = v.as_u64();
                        if size.is_none() {
                            self.skip(format!("{at}.size_in_bytes: not a whole number; ignored"));
                        }
                        size
                    }
                };
                let language = a
                    .get("_bp")
                    .and_then(Value::as_object)
                    .and_then(|bp| self.text(bp, "language", &format!("{at}._bp")))
                    .map(|lang| lang.to_ascii_lowercase())
                    .filter(|lang| is_language_tag(lang));
                Some(Attachment {
                    title: self.text(a, "title", at),
                    mime_type: self.text(a, "mime_type", at),
                    size_in_bytes,
                    language,
                    url,
                })
            })
            .collect()
    }

    /// The elements of a list field; a non-list is noted and read as empty.
    fn list<'a>(&mut self, obj: &'a Map<String, Value>, key: &str, at: &str) -> Vec<&'a Value> {
        match obj.get(key) {
            None | Some(Value::Null) => Vec::new(),
            Some(Value::Array(values)) => values.iter().collect(),
            Some(_) => {
                self.skip(format!("{at}.{key}: not a list; ignored"));
                Vec::new()
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reading_in_parts_gives_the_same_feed() {
        let text = r#"{"version": "https://jsonfeed.org/version/1.1", "title": "T", "items": [
            {"id": "a", "title": "A", "date_published": "2020-01-01T00:00:00Z"},
            {"id": "b", "title": "B", "date_published": "2021-01-01T00:00:00Z"},
            {"id": "a", "title": "again"},
            {"title": "no id"},
            {"id": "c", "title": "C", "tags": [1]}]}"#;
        let whole = parse_feed(text);
        let Ok(mut reading) = FeedReading::start(text) else { panic!("not read") };
        let mut parts = 1;
        while !reading.read(2) {
            parts += 1;
        }
        assert_eq!(parts, 3, "five items, two at a time");
        assert_eq!(Ok(reading.finish()), whole);
        let Ok(feed) = parse_feed(text) else { panic!("not read") };
        assert_eq!(feed.items.iter().map(|i| i.id.as_str()).collect::<Vec<_>>(), ["b", "a", "c"]);
        assert_eq!(feed.skipped.len(), 3, "{:?}", feed.skipped);
    }

    fn feed(items: &str) -> Feed {
        let text = format!(r#"{{"version":"https://jsonfeed.org/version/1.1","title":"T","items":{items}}}"#);
        parse_feed(&text).expect("the test feed reads")
    }

    #[test]
    fn whole_feed_errors_only_for_non_feeds() {
        assert!(matches!(parse_feed("not json"), Err(ReadError::NotJson(_))));
        assert!(matches!(parse_feed("[1,2]"), Err(ReadError::NotThisFile { what: "a JSON Feed", .. })));
        assert!(matches!(
            parse_feed(r#"{"title":"x"}"#),
            Err(ReadError::NotThisFile { what: "a JSON Feed", .. })
        ));
        assert!(matches!(
            parse_feed(r#"{"items":{}}"#),
            Err(ReadError::NotThisFile { what: "a JSON Feed", .. })
        ));
        let no_version = parse_feed(r#"{"items":[]}"#);
        assert!(no_version.as_ref().is_ok_and(|f| f.skipped.len() == 1), "{no_version:?}");
    }

    #[test]
    fn ids_are_required_numeric_ids_coerced_duplicates_dropped() {
        let f = feed(
            r#"[{"content_text":"no id"},{"id":"","content_text":"empty"},{"id":42,"content_text":"n"},
            {"id":"a","content_text":"first"},{"id":"a","content_text":"second"},{"id":null},{"id":["x"]},7]"#,
        );
        let ids: Vec<&str> = f.items.iter().map(|i| i.id.as_str()).collect();
        assert_eq!(ids, ["42", "a"]);
        assert_eq!(f.items[1].content, Content::Text("first".into()));
        assert_eq!(f.skipped.len(), 6, "{:?}", f.skipped);
    }

    #[test]
    fn wrong_typed_optional_fields_drop_the_field_not_the_item() {
        let f = feed(
            r#"[{"id":"x","title":5,"summary":["s"],"url":{},"tags":"solo","date_published":"soon",
            "authors":"me","attachments":3,"image":"javascript:alert(1)","content_html":"<p>kept</p>"}]"#,
        );
        let item = &f.items[0];
        assert_eq!(item.title, None);
        assert_eq!(item.summary, None);
        assert_eq!(item.url, None);
        assert_eq!(item.image, None);
        assert!(item.tags.is_empty() && item.authors.is_empty() && item.attachments.is_empty());
        assert_eq!(item.published, None);
        assert_eq!(item.content, Content::Html("<p>kept</p>".into()));
        assert_eq!(f.skipped.len(), 8, "{:?}", f.skipped);
    }

    #[test]
    fn reads_author_and_authors() {
        let f = feed(
            r#"[{"id":"old","author":{"name":"Secretariat"}},
            {"id":"new","authors":[{"name":"A"},{"url":"https://example.org"},{},"junk"]}]"#,
        );
        let by_id = |id: &str| f.items.iter().find(|i| i.id == id).map(|i| i.authors.len());
        assert_eq!(by_id("old"), Some(1));
        assert_eq!(by_id("new"), Some(2));
    }

    #[test]
    fn sorts_newest_first_undated_last() {
        let f = feed(
            r#"[{"id":"undated"},{"id":"old","date_published":"2013-04-19T10:00:00+03:00"},
            {"id":"new","date_published":"2024-11-12T12:00:00Z"},{"id":"mid","date_published":"2019-02-20"}]"#,
        );
        let ids: Vec<&str> = f.items.iter().map(|i| i.id.as_str()).collect();
        assert_eq!(ids, ["new", "mid", "old", "undated"]);
    }

    #[test]
    fn bp_extension_kinds() {
        let f = feed(
            r#"[
            {"id":"e","_bp":{"kind":"event","start":"2019-02-19","end":"2019-02-20","place":"Istanbul"}},
            {"id":"e-backwards","_bp":{"kind":"event","start":"2019-02-19","end":"2019-02-01"}},
            {"id":"e-nostart","_bp":{"kind":"event","end":"2019-02-20"}},
            {"id":"d","_bp":{"kind":"document","type":"declaration","year":2013},
             "attachments":[{"url":"https://example.org/en.pdf","title":"Decl","_bp":{"language":"EN"}},
                            {"url":"https://example.org/ru.pdf","title":"Decl","_bp":{"language":"<b>"}}]},
            {"id":"d-bad-year","_bp":{"kind":"document","year":"2013"}},
            {"id":"n","_bp":{"kind":"podcast"}},
            {"id":"n2","_bp":"event"}]"#,
        );
        let kind = |id: &str| f.items.iter().find(|i| i.id == id).map(|i| i.kind.clone());
        let date = |s| Date::parse_iso(s);
        assert_eq!(
            kind("e"),
            Some(ItemKind::Event {
                start: date("2019-02-19").unwrap_or_else(|| unreachable!()),
                end: date("2019-02-20")
            })
        );
        assert!(matches!(kind("e-backwards"), Some(ItemKind::Event { end: None, .. })));
        assert_eq!(kind("e-nostart"), None);
        assert_eq!(
            kind("d"),
            Some(ItemKind::Document { doc_type: Some("declaration".into()), year: Some(2013) })
        );
        assert_eq!(kind("d-bad-year"), Some(ItemKind::Document { doc_type: None, year: None }));
        assert_eq!(kind("n"), Some(ItemKind::News));
        assert_eq!(kind("n2"), Some(ItemKind::News));
        let doc = f.items.iter().find(|i| i.id == "d").expect("document d is kept");
        let langs: Vec<Option<&str>> = doc.attachments.iter().map(|a| a.language.as_deref()).collect();
        assert_eq!(langs, [Some("en"), None]);
        assert_eq!(f.items.iter().find(|i| i.id == "e").and_then(|i| i.place.as_deref()), Some("Istanbul"));
    }

    #[test]
    fn unsafe_urls_never_survive() {
        let f = feed(
            r#"[{"id":"x","url":"javascript:alert(1)","image":"data:image/png;base64,xx",
            "attachments":[{"url":"vbscript:x"},{"url":"https://ok.example/a.pdf"}],
            "authors":[{"name":"n","url":"javascript:alert(2)"}]}]"#,
        );
        let item = &f.items[0];
        assert_eq!((item.url.as_deref(), item.image.as_deref()), (None, None));
        assert_eq!(item.attachments.len(), 1);
        assert_eq!(item.authors[0].url, None);
    }

    #[test]
    fn display_title_falls_back() {
        let f = feed(
            r#"[{"id":"a","summary":"A short summary"},{"id":"b","content_text":"x"},{"id":"c","content_html":"<b>h</b>"}]"#,
        );
        let titles: Vec<String> = f.items.iter().map(FeedItem::display_title).collect();
        assert_eq!(titles, ["A short summary", "x", "Untitled item"]);
    }
}
