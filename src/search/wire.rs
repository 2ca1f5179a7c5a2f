//! How the messages of `protocol` travel over `postMessage`: as JSON text,
//! written and read by hand over `serde_json::Value`.
//!
//! Why not `#[derive(Serialize, Deserialize)]`: the search box is in the
//! header of every page, so its side of the protocol is in the app's core.
//! The derived code (a visitor per type and field, for each direction) cost
//! every page about 22 KB brotli; these functions reuse the `Value` reader
//! the data files already need. Page and worker use this one module, and
//! the round-trip tests below keep the two directions in step.
//!
//! The shapes are tagged objects: `{"ask": {...}}`, `{"answer": {...}}`.
//! A message that does not read (a bug, or another build's worker left in
//! a cache) is `None` and ignored by the side that receives it.

use serde_json::{Map, Number, Value};

use super::documents::Kind;
use super::highlight::{Found, Piece};
use super::protocol::{Answer, Ask, Asker, FromWorker, FullText, Group, Limit, Load, Order, Ready, ToWorker};
use super::query::SearchParams;
use crate::fetch::FetchError;
use crate::model::json_text;

pub fn write_to_worker(message: &ToWorker) -> String {
    let (tag, body) = match message {
        ToWorker::Load(load) => ("load", load_value(load)),
        ToWorker::Ask(ask) => ("ask", ask_value(ask)),
    };
    tagged(tag, body).to_string()
}

pub fn read_to_worker(text: &str) -> Option<ToWorker> {
    let (tag, body) = untag(text)?;
    match tag.as_str() {
        "load" => read_load(&body).map(ToWorker::Load),
        "ask" => read_ask(&body).map(ToWorker::Ask),
        _ => None,
    }
}

pub fn write_from_worker(message: &FromWorker) -> String {
    let (tag, body) = match message {
        FromWorker::Ready(ready) => ("ready", ready_value(ready)),
        FromWorker::Failed(error) => ("failed", error_value(error)),
        FromWorker::Answer(answer) => ("answer", answer_value(answer)),
    };
    tagged(tag, body).to_string()
}

pub fn read_from_worker(text: &str) -> Option<FromWorker> {
    let (tag, body) = untag(text)?;
    match tag.as_str() {
        "ready" => read_ready(&body).map(FromWorker::Ready),
        "failed" => read_error(&body).map(FromWorker::Failed),
        "answer" => read_answer(&body).map(FromWorker::Answer),
        _ => None,
    }
}

// Writing.

fn tagged(tag: &str, body: Value) -> Value {
    let mut map = Map::new();
    map.insert(tag.to_owned(), body);
    Value::Object(map)
}

/// An object of `fields`; a `None` is left out.
fn object(fields: Vec<(&str, Option<Value>)>) -> Value {
    Value::Object(fields.into_iter().filter_map(|(k, v)| Some((k.to_owned(), v?))).collect())
}

fn text(text: &str) -> Option<Value> {
    Some(Value::String(text.to_owned()))
}

fn int(n: impl Into<Number>) -> Option<Value> {
    Some(Value::Number(n.into()))
}

fn load_value(load: &Load) -> Value {
    object(vec![
        ("site", text(&load.site_url)),
        ("feed", text(&load.feed_url)),
        ("titles", load.titles_url.as_deref().and_then(text)),
        ("timeout", int(load.timeout_ms)),
        ("today", int(load.today)),
        ("language", text(&load.language)),
        ("catalogue", load.catalogue.as_deref().and_then(text)),
    ])
}

fn ask_value(ask: &Ask) -> Value {
    object(vec![
        ("asker", text(asker_name(ask.asker))),
        ("params", Some(params_value(&ask.params))),
        ("per_kind", int(ask.limit.per_kind as u64)),
        ("in_all", int(ask.limit.in_all as u64)),
        ("order", text(order_name(ask.order))),
    ])
}

fn params_value(params: &SearchParams) -> Value {
    object(vec![
        ("text", text(&params.text)),
        ("kind", params.kind.and_then(|k| text(k.slug()))),
        ("year", params.year.and_then(int)),
    ])
}

fn ready_value(ready: &Ready) -> Value {
    let full_text = match &ready.full_text {
        FullText::Failed(error) => tagged("failed", error_value(error)),
        other => Value::String(other.state().to_owned()),
    };
    object(vec![
        ("years", Some(ready.years.iter().filter_map(|&y| int(y)).collect())),
        ("full_text", Some(full_text)),
    ])
}

fn error_value(error: &FetchError) -> Value {
    match error {
        FetchError::Network => Value::String("network".to_owned()),
        FetchError::Timeout => Value::String("timeout".to_owned()),
        FetchError::Status(status) => tagged("status", Value::Number((*status).into())),
        FetchError::Decode(why) => tagged("decode", Value::String(why.clone())),
    }
}

fn answer_value(answer: &Answer) -> Value {
    object(vec![
        ("asker", text(asker_name(answer.asker))),
        ("params", Some(params_value(&answer.params))),
        ("blank", Some(Value::Bool(answer.blank))),
        ("total", int(answer.total as u64)),
        ("groups", Some(answer.groups.iter().map(group_value).collect())),
        ("suggestion", answer.suggestion.as_deref().and_then(text)),
    ])
}

fn group_value(group: &Group) -> Value {
    object(vec![
        ("kind", text(group.kind.slug())),
        ("total", int(group.total as u64)),
        ("found", Some(group.found.iter().map(found_value).collect())),
    ])
}

fn found_value(found: &Found) -> Value {
    object(vec![
        ("path", text(&found.path)),
        ("kind", text(found.kind.slug())),
        ("title", Some(pieces_value(&found.title))),
        ("passage", Some(pieces_value(&found.passage))),
        ("details", text(&found.details)),
    ])
}

/// `[["Istanbul ", false], ["Commitments", true]]`.
fn pieces_value(pieces: &[Piece]) -> Value {
    pieces.iter().map(|p| Value::Array(vec![Value::String(p.text.clone()), Value::Bool(p.mark)])).collect()
}

fn asker_name(asker: Asker) -> &'static str {
    match asker {
        Asker::Box => "box",
        Asker::Page => "page",
        Asker::Widget => "widget",
    }
}

fn order_name(order: Order) -> &'static str {
    match order {
        Order::Relevance => "relevance",
        Order::Newest => "newest",
    }
}

// Reading.

/// The one key of a tagged object, and its value.
fn untag(text: &str) -> Option<(String, Value)> {
    match json_text::parse(text).ok()? {
        Value::Object(map) if map.len() == 1 => map.into_iter().next(),
        _ => None,
    }
}

fn string(value: &Value, key: &str) -> Option<String> {
    value.get(key)?.as_str().map(str::to_owned)
}

/// A key that may be absent; present, it must read.
fn optional<T>(value: &Value, key: &str, read: impl Fn(&Value) -> Option<T>) -> Option<Option<T>> {
    match value.get(key) {
        None | Some(Value::Null) => Some(None),
        Some(found) => read(found).map(Some),
    }
}

fn count(value: &Value, key: &str) -> Option<usize> {
    usize::try_from(value.get(key)?.as_u64()?).ok()
}

fn list<T>(value: &Value, key: &str, read: impl Fn(&Value) -> Option<T>) -> Option<Vec<T>> {
    value.get(key)?.as_array()?.iter().map(read).collect()
}

fn read_load(value: &Value) -> Option<Load> {
    Some(Load {
        site_url: string(value, "site")?,
        feed_url: string(value, "feed")?,
        titles_url: optional(value, "titles", |v| v.as_str().map(str::to_owned))?,
        timeout_ms: i32::try_from(value.get("timeout")?.as_i64()?).ok()?,
        today: value.get("today")?.as_i64()?,
        language: string(value, "language").unwrap_or_default(),
        catalogue: optional(value, "catalogue", |v| v.as_str().map(str::to_owned))?,
    })
}

fn read_ask(value: &Value) -> Option<Ask> {
    Some(Ask {
        asker: read_asker(value)?,
        params: read_params(value.get("params")?)?,
        limit: Limit { per_kind: count(value, "per_kind")?, in_all: count(value, "in_all")? },
        order: match value.get("order").and_then(Value::as_str) {
            Some("newest") => Order::Newest,
            _ => Order::Relevance,
        },
    })
}

fn read_asker(value: &Value) -> Option<Asker> {
    match value.get("asker")?.as_str()? {
        "box" => Some(Asker::Box),
        "page" => Some(Asker::Page),
        "widget" => Some(Asker::Widget),
        _ => None,
    }
}

fn read_kind(value: &Value) -> Option<Kind> {
    Kind::from_slug(value.as_str()?)
}

fn read_params(value: &Value) -> Option<SearchParams> {
    Some(SearchParams {
        text: string(value, "text")?,
        kind: optional(value, "kind", read_kind)?,
        year: optional(value, "year", |v| i32::try_from(v.as_i64()?).ok())?,
    })
}

fn read_ready(value: &Value) -> Option<Ready> {
    let full_text = match value.get("full_text")? {
        Value::String(state) if state == "loading" => FullText::Loading,
        Value::String(state) if state == "in" => FullText::In,
        Value::Object(map) => FullText::Failed(read_error(map.get("failed")?)?),
        _ => return None,
    };
    Some(Ready { years: list(value, "years", |v| i32::try_from(v.as_i64()?).ok())?, full_text })
}

fn read_error(value: &Value) -> Option<FetchError> {
    match value {
        Value::String(name) if name == "network" => Some(FetchError::Network),
        Value::String(name) if name == "timeout" => Some(FetchError::Timeout),
        Value::Object(map) => match map.iter().next()? {
            (tag, status) if tag == "status" => {
                Some(FetchError::Status(u16::try_from(status.as_u64()?).ok()?))
            }
            (tag, why) if tag == "decode" => Some(FetchError::Decode(why.as_str()?.to_owned())),
            _ => None,
        },
        _ => None,
    }
}

fn read_answer(value: &Value) -> Option<Answer> {
    Some(Answer {
        asker: read_asker(value)?,
        params: read_params(value.get("params")?)?,
        blank: value.get("blank")?.as_bool()?,
        total: count(value, "total")?,
        groups: list(value, "groups", read_group)?,
        suggestion: optional(value, "suggestion", |v| v.as_str().map(str::to_owned))?,
    })
}

fn read_group(value: &Value) -> Option<Group> {
    Some(Group {
        kind: read_kind(value.get("kind")?)?,
        total: count(value, "total")?,
        found: list(value, "found", read_found)?,
    })
}

fn read_found(value: &Value) -> Option<Found> {
    Some(Found {
        path: string(value, "path")?,
        kind: read_kind(value.get("kind")?)?,
        title: list(value, "title", read_piece)?,
        passage: list(value, "passage", read_piece)?,
        details: string(value, "details")?,
    })
}

fn read_piece(value: &Value) -> Option<Piece> {
    match value.as_array()?.as_slice() {
        [Value::String(text), Value::Bool(mark)] => Some(Piece { text: text.clone(), mark: *mark }),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn params() -> SearchParams {
        // Quotes, markup, a right-to-left override and Cyrillic: all plain
        // text to the wire.
        SearchParams {
            text: "“call” <b>for</b> \"x\\y\" \u{202e}action миграция".into(),
            kind: Some(Kind::WorkingGroup),
            year: Some(2019),
        }
    }

    fn found(path: &str) -> Found {
        Found {
            path: path.into(),
            kind: Kind::Document,
            title: vec![
                Piece { text: "Istanbul ".into(), mark: false },
                Piece { text: "Commitments".into(), mark: true },
            ],
            passage: vec![],
            details: "Document · 20 February 2019".into(),
        }
    }

    #[test]
    fn every_question_survives_the_trip() {
        let messages = [
            ToWorker::Load(Load {
                site_url: "/data/site.json".into(),
                feed_url: "https://example.org/feed.json?a=1&b=2".into(),
                titles_url: Some("/data/titles.json".into()),
                timeout_ms: 15_000,
                today: -3,
                language: "ru".into(),
                catalogue: Some("{\"nav\": \"Главная\"}".into()),
            }),
            ToWorker::Load(Load {
                site_url: String::new(),
                feed_url: String::new(),
                titles_url: None,
                timeout_ms: 0,
                today: 20_000,
                language: String::new(),
                catalogue: None,
            }),
            ToWorker::Ask(Ask {
                asker: Asker::Box,
                params: params(),
                limit: Limit::SUGGESTIONS,
                order: Order::Relevance,
            }),
            ToWorker::Ask(Ask {
                asker: Asker::Widget,
                params: SearchParams::default(),
                limit: Limit::of(5),
                order: Order::Newest,
            }),
            ToWorker::Ask(Ask {
                asker: Asker::Page,
                params: params(),
                limit: Limit::PAGE,
                order: Order::Relevance,
            }),
        ];
        for message in messages {
            assert_eq!(read_to_worker(&write_to_worker(&message)), Some(message));
        }
    }

    #[test]
    fn every_reply_survives_the_trip() {
        let answer = Answer {
            asker: Asker::Page,
            params: params(),
            blank: false,
            total: 12,
            groups: Kind::ALL
                .iter()
                .map(|&kind| Group { kind, total: 3, found: vec![found("/a"), found("/b")] })
                .collect(),
            suggestion: Some("visa".into()),
        };
        let messages = [
            FromWorker::Answer(answer.clone()),
            FromWorker::Answer(Answer { groups: vec![], suggestion: None, blank: true, total: 0, ..answer }),
            FromWorker::Ready(Ready { years: vec![2026, 1991], full_text: FullText::In }),
            FromWorker::Ready(Ready { years: vec![], full_text: FullText::Loading }),
            FromWorker::Ready(Ready {
                years: vec![2019],
                full_text: FullText::Failed(FetchError::Status(503)),
            }),
            FromWorker::Failed(FetchError::Network),
            FromWorker::Failed(FetchError::Timeout),
            FromWorker::Failed(FetchError::Decode("line 1: \"expected\" a value".into())),
        ];
        for message in messages {
            assert_eq!(read_from_worker(&write_from_worker(&message)), Some(message));
        }
    }

    #[test]
    fn a_real_answer_survives_the_trip() {
        let docs = vec![
            crate::search::Doc::new(Kind::Document, "Istanbul Commitments", "/documents/istanbul".into()),
            crate::search::Doc::new(Kind::Milestone, "Istanbul ministerial", "/timeline/istanbul".into()),
        ];
        let index = crate::search::Index::new(docs);
        let ask = Ask {
            asker: Asker::Box,
            params: SearchParams { text: "istanbul".into(), ..Default::default() },
            limit: Limit::PAGE,
            order: Order::Relevance,
        };
        let reply = FromWorker::Answer(super::super::protocol::answer(&index, &ask));
        assert!(matches!(&reply, FromWorker::Answer(a) if a.total == 2));
        assert_eq!(read_from_worker(&write_from_worker(&reply)), Some(reply));
    }

    #[test]
    fn the_wire_is_what_it_says() {
        let ask = ToWorker::Ask(Ask {
            asker: Asker::Widget,
            params: SearchParams { text: "a".into(), kind: Some(Kind::News), year: None },
            limit: Limit::of(3),
            order: Order::Newest,
        });
        assert_eq!(
            write_to_worker(&ask),
            r#"{"ask":{"asker":"widget","in_all":3,"order":"newest","params":{"kind":"news","text":"a"},"per_kind":3}}"#
        );
    }

    #[test]
    fn anything_else_reads_as_nothing() {
        for text in [
            "",
            "null",
            "[]",
            "\"ask\"",
            "{}",
            r#"{"ask":{},"load":{}}"#,
            r#"{"shout":{}}"#,
            r#"{"ask":{"asker":"robot","params":{"text":""},"per_kind":1,"in_all":1}}"#,
            r#"{"ask":{"asker":"box","params":{"text":""},"per_kind":-1,"in_all":1}}"#,
            r#"{"ask":{"asker":"box","params":{"text":"","kind":"cats"},"per_kind":1,"in_all":1}}"#,
            r#"{"ask":{"asker":"box","params":{"text":"","year":3000000000},"per_kind":1,"in_all":1}}"#,
            r#"{"load":{"site":"/s","feed":"/f","timeout":1e99,"today":0}}"#,
            r#"{"load":{"site":"/s","feed":"/f","timeout":1,"today":0,"titles":7}}"#,
        ] {
            assert_eq!(read_to_worker(text), None, "{text}");
        }
        for text in [
            r#"{"failed":"gone"}"#,
            r#"{"failed":{"status":70000}}"#,
            r#"{"failed":{"decode":1}}"#,
            r#"{"ready":{"years":["2019"],"full_text":"in"}}"#,
            r#"{"ready":{"years":[],"full_text":"maybe"}}"#,
            r#"{"answer":{"asker":"box","params":{"text":""},"blank":false,"total":1,"groups":[{"kind":"news","total":1,"found":[{"path":"/","kind":"news","title":[["x"]],"passage":[],"details":""}]}]}}"#,
        ] {
            assert_eq!(read_from_worker(text), None, "{text}");
        }
        // A question with no order is asked by relevance.
        let plain = r#"{"ask":{"asker":"box","params":{"text":"x"},"per_kind":1,"in_all":2}}"#;
        assert!(matches!(read_to_worker(plain), Some(ToWorker::Ask(Ask { order: Order::Relevance, .. }))));
    }
}
