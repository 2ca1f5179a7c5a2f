//! Property-style robustness tests: thousands of random and mutated inputs
//! go through the feed and site-data parsers. Any panic fails the test, and
//! every result must still satisfy the reader's guarantees.
//!
//! A tiny seeded generator keeps the runs reproducible without a
//! dependency. The test suite runs a few thousand inputs per test;
//! `scripts/fuzz` runs the same generators over millions
//! (`FUZZ_ITERATIONS`, `FUZZ_SEED`). An input that panics is saved in
//! `tests/fuzz-regressions/` before the test fails, and every file there
//! is replayed by `saved_crashers_stay_fixed` from then on.

use std::collections::HashSet;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::PathBuf;

use budapest_process_site::model::feed::{Feed, parse_feed};
use budapest_process_site::model::json_text;
use budapest_process_site::model::site::parse_site;
use budapest_process_site::model::url::{UrlUse, safe_url};
use serde_json::{Map, Value, json};

/// xorshift64*: small, fast and good enough to explore shapes.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

const KEYS: &[&str] = &[
    "id",
    "title",
    "summary",
    "content_html",
    "content_text",
    "url",
    "image",
    "date_published",
    "date_modified",
    "tags",
    "authors",
    "author",
    "attachments",
    "_bp",
    "kind",
    "start",
    "end",
    "place",
    "type",
    "year",
    "language",
    "mime_type",
    "size_in_bytes",
    "name",
    "items",
    "version",
];

const STRINGS: &[&str] = &[
    "",
    " ",
    "news",
    "event",
    "document",
    "2019-02-20",
    "2019-02-30",
    "2019-02-20T09:00:00Z",
    "9999-12-31T23:59:60Z",
    "-0001-01-01",
    "javascript:alert(1)",
    "https://example.org",
    "data:x",
    "<script>x</script>",
    "\u{0}",
    "\u{202e}",
    "ümlaut",
    "🙂",
    "%00",
    "en",
    "<b>",
    "https://jsonfeed.org/version/1.1",
];

fn random_value(rng: &mut Rng, depth: u32) -> Value {
    let leaf = depth == 0 || rng.below(3) == 0;
    match if leaf { rng.below(6) } else { 6 + rng.below(2) } {
        0 => Value::Null,
        1 => Value::Bool(rng.below(2) == 0),
        2 => json!(rng.next() as i64),
        3 => json!((rng.next() as f64) / 1e9 - 9e9),
        4 => json!(rng.pick(STRINGS)),
        5 => {
            let len = rng.below(12);
            Value::String((0..len).map(|_| char::from_u32(rng.below(0x3000) as u32).unwrap_or('x')).collect())
        }
        6 => Value::Array((0..rng.below(5)).map(|_| random_value(rng, depth - 1)).collect()),
        _ => {
            let mut map = Map::new();
            for _ in 0..rng.below(6) {
                map.insert(rng.pick(KEYS).to_string(), random_value(rng, depth - 1));
            }
            Value::Object(map)
        }
    }
}

/// Replaces one randomly chosen node of `value` with a random value.
fn mutate(value: &mut Value, rng: &mut Rng) {
    let descend = rng.below(4) != 0;
    match value {
        Value::Array(items) if descend && !items.is_empty() => {
            let i = rng.below(items.len());
            mutate(&mut items[i], rng);
        }
        Value::Object(map) if descend && !map.is_empty() => {
            let keys: Vec<String> = map.keys().cloned().collect();
            let key = rng.pick(&keys).clone();
            if let Some(child) = map.get_mut(&key) {
                mutate(child, rng);
            }
        }
        _ => *value = random_value(rng, 3),
    }
}

/// How many inputs a test tries: its own default, or `FUZZ_ITERATIONS`.
fn iterations(default: usize) -> usize {
    std::env::var("FUZZ_ITERATIONS").ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

fn seed(default: u64) -> u64 {
    std::env::var("FUZZ_SEED").ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

fn regressions_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz-regressions")
}

/// Runs `parse` on `input`; a panic saves the input as a regression case
/// and then fails the test.
fn guarded<T>(input: &str, parse: impl FnOnce(&str) -> T) -> T {
    match catch_unwind(AssertUnwindSafe(|| parse(input))) {
        Ok(value) => value,
        Err(_) => {
            let dir = regressions_dir();
            let _ = std::fs::create_dir_all(&dir);
            let name = format!(
                "crash-{:016x}.json",
                input.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
                    (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3)
                })
            );
            let _ = std::fs::write(dir.join(&name), input);
            panic!("parser panicked; input saved as tests/fuzz-regressions/{name}");
        }
    }
}

/// What every successfully read feed guarantees, whatever came in.
fn check_invariants(feed: &Feed) {
    let mut ids = HashSet::new();
    for item in &feed.items {
        assert!(!item.id.is_empty());
        assert!(ids.insert(item.id.clone()), "duplicate id {}", item.id);
        for url in item.url.iter().chain(&item.image).chain(item.attachments.iter().map(|a| &a.url)) {
            assert!(safe_url(url, UrlUse::Link).is_some(), "unsafe url {url:?} survived");
        }
        let _ = item.display_title();
        let _ = item.year();
    }
    let keys: Vec<_> = feed.items.iter().map(|i| i.published.map(|p| p.utc_seconds)).collect();
    for pair in keys.windows(2) {
        if let [Some(a), Some(b)] = pair {
            assert!(a >= b, "not newest first");
        }
    }
}

#[test]
fn random_json_never_panics_the_feed_reader() {
    let mut rng = Rng(seed(0x5EED_1993));
    for _ in 0..iterations(20_000) {
        let text = random_value(&mut rng, 5).to_string();
        if let Ok(feed) = guarded(&text, parse_feed) {
            check_invariants(&feed);
        }
        let _ = guarded(&text, parse_site);
    }
}

#[test]
fn mutated_bundled_feeds_keep_their_guarantees() {
    let original: Value =
        serde_json::from_str(include_str!("../public/data/feed.json")).expect("feed.json is JSON");
    let mut rng = Rng(seed(0xB0DA_9E57));
    for _ in 0..iterations(2_000) {
        let mut value = original.clone();
        for _ in 0..=rng.below(4) {
            mutate(&mut value, &mut rng);
        }
        if let Ok(feed) = guarded(&value.to_string(), parse_feed) {
            check_invariants(&feed);
        }
    }
}

#[test]
fn broken_items_never_cost_the_feed() {
    let original: Value =
        serde_json::from_str(include_str!("../public/data/feed.json")).expect("feed.json is JSON");
    let item_count = original["items"].as_array().map_or(0, Vec::len);
    assert!(item_count > 50);
    let mut rng = Rng(0xFEED);
    for round in 0..2_000 {
        let mut value = original.clone();
        let mut broken = HashSet::new();
        for _ in 0..=rng.below(3) {
            let index = rng.below(item_count);
            broken.insert(index);
            if let Some(item) = value["items"].get_mut(index) {
                mutate(item, &mut rng);
            }
        }
        // Whatever happens inside items, the feed is read and every
        // untouched item survives.
        let feed = parse_feed(&value.to_string()).unwrap_or_else(|e| panic!("round {round}: {e:?}"));
        check_invariants(&feed);
        assert!(feed.items.len() >= item_count - broken.len(), "round {round}: lost untouched items");
    }
}

#[test]
fn mutated_site_data_never_panics() {
    let original: Value =
        serde_json::from_str(include_str!("../public/data/site.json")).expect("site.json is JSON");
    let mut rng = Rng(seed(0x51_7E));
    for _ in 0..iterations(2_000) {
        let mut value = original.clone();
        for _ in 0..=rng.below(4) {
            mutate(&mut value, &mut rng);
        }
        if let Ok(site) = guarded(&value.to_string(), parse_site) {
            let _ = site.key_counts();
            for milestone in &site.milestones {
                let _ = milestone.date_label(budapest_process_site::i18n::Locale::En);
                let _ = milestone.date_label(budapest_process_site::i18n::Locale::Ru);
                assert!(milestone.end.is_none_or(|end| end >= milestone.start));
            }
        }
    }
}

#[test]
fn arbitrary_text_never_panics() {
    let mut rng = Rng(42);
    let feed_text = include_str!("../public/data/feed.json");
    for _ in 0..5_000 {
        // Truncations and byte soup.
        let cut = rng.below(feed_text.len());
        let prefix = feed_text.get(..cut).unwrap_or("");
        let _ = parse_feed(prefix);
        let _ = parse_site(prefix);
        let soup: String = (0..rng.below(64)).map(|_| char::from(rng.below(128) as u8)).collect();
        let _ = parse_feed(&soup);
        let _ = parse_site(&soup);
    }
    // Deep nesting is refused by the JSON parser, not by a stack overflow.
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    assert!(parse_feed(&deep).is_err());
    assert!(parse_site(&deep).is_err());
}

#[test]
fn saved_crashers_stay_fixed() {
    // The folder exists once a fuzzing run has saved a crasher.
    let Ok(entries) = std::fs::read_dir(regressions_dir()) else { return };
    for entry in entries.flatten() {
        let text = std::fs::read_to_string(entry.path()).expect("a saved crasher is readable");
        if let Ok(feed) = parse_feed(&text) {
            check_invariants(&feed);
        }
        let _ = parse_site(&text);
        let _ = budapest_process_site::model::map::parse_map(&text);
    }
}

/// The app reads JSON text with a small reader of its own
/// (`model::json_text`): it must accept what serde_json accepts, with the
/// same values (floats within a few units in the last place), and refuse
/// what serde_json refuses.
fn agrees_with_serde_json(text: &str) {
    let ours = guarded(text, json_text::parse);
    let theirs = serde_json::from_str::<Value>(text);
    match (&ours, &theirs) {
        (Ok(a), Ok(b)) => assert!(same_value(a, b), "{text:?}: read as {a} here, {b} by serde_json"),
        (Err(_), Err(_)) => {}
        _ => panic!("{text:?}: {ours:?} here, {theirs:?} by serde_json"),
    }
}

fn same_value(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => {
            if x.is_f64() || y.is_f64() {
                let (x, y) = (x.as_f64().unwrap_or(f64::NAN), y.as_f64().unwrap_or(f64::NAN));
                x == y || (x - y).abs() <= x.abs().max(y.abs()) * 4.0 * f64::EPSILON
            } else {
                x == y
            }
        }
        (Value::Array(x), Value::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(a, b)| same_value(a, b))
        }
        (Value::Object(x), Value::Object(y)) => {
            x.len() == y.len() && x.iter().all(|(k, a)| y.get(k).is_some_and(|b| same_value(a, b)))
        }
        _ => a == b,
    }
}

/// `text` with one character inserted, removed or replaced, from those
/// that matter to JSON's grammar.
fn edited(text: &str, rng: &mut Rng) -> String {
    const PIECES: &[&str] = &[
        "\"", "\\", ",", ":", "[", "]", "{", "}", "-", ".", "e", "E", "+", "0", "9", " ", "\n", "\\u",
        "d800", "dc00", "\u{1}", "t", "n", "é", "1e400", "/",
    ];
    let mut chars: Vec<char> = text.chars().collect();
    let at = rng.below(chars.len() + 1);
    match rng.below(3) {
        0 if at < chars.len() => {
            chars.remove(at);
        }
        1 if at < chars.len() => {
            let piece: Vec<char> = rng.pick(PIECES).chars().collect();
            chars.splice(at..=at, piece);
        }
        _ => {
            let piece: Vec<char> = rng.pick(PIECES).chars().collect();
            chars.splice(at..at, piece);
        }
    }
    chars.into_iter().collect()
}

/// A number's text, well formed or nearly.
fn number_text(rng: &mut Rng) -> String {
    const PARTS: &[&str] =
        &["-", "0", "1", "9", "00", "12345678901234567890", ".", ".5", "e", "E", "+", "-", "308", "400", "7"];
    (0..1 + rng.below(6)).map(|_| *rng.pick(PARTS)).collect()
}

#[test]
fn the_json_reader_agrees_with_serde_json() {
    for text in [
        include_str!("../public/data/feed.json"),
        include_str!("../public/data/site.json"),
        include_str!("../public/data/map.json"),
    ] {
        agrees_with_serde_json(text);
        let mut rng = Rng(seed(0x0A_6EE5));
        for _ in 0..iterations(300) {
            agrees_with_serde_json(&edited(text, &mut rng));
        }
    }
    let mut rng = Rng(seed(0x15_0E));
    for _ in 0..iterations(3_000) {
        let value = random_value(&mut rng, 4);
        let text = if rng.below(2) == 0 {
            serde_json::to_string(&value)
        } else {
            serde_json::to_string_pretty(&value)
        };
        let text = text.unwrap_or_default();
        agrees_with_serde_json(&text);
        agrees_with_serde_json(&edited(&text, &mut rng));
        agrees_with_serde_json(text.get(..rng.below(text.len() + 1)).unwrap_or(""));
        agrees_with_serde_json(&number_text(&mut rng));
        agrees_with_serde_json(&format!("[{}]", number_text(&mut rng)));
    }
    for text in [
        "18446744073709551615",
        "18446744073709551616",
        "-9223372036854775808",
        "-9223372036854775809",
        "-0",
        "-0.0",
        "0e0",
        "1E+2",
        "1e-400",
        "4.9e-324",
        "2.2250738585072014e-308",
        "1.7e308",
        "1.8e308",
        "123456789012345678901234567890e-20",
        "0.000000000000000000000000000001",
        "\"\\ud83d\\ude00\"",
        "\"\\uD834\\uDD1E\"",
        "\"\\u0000\"",
        "{\"a\":1,\"a\":2}",
        " [ ] ",
        "\t{}\r\n",
        "\u{feff}{}",
        "[1,]",
        "{\"a\":1,}",
        "nul",
        "[\"\u{7f}\"]",
    ] {
        agrees_with_serde_json(text);
    }
    let deep = |levels: usize| format!("{}{}", "[".repeat(levels), "]".repeat(levels));
    for levels in [126, 127, 128, 129] {
        agrees_with_serde_json(&deep(levels));
    }
}
