//! What the visitor typed, read as search terms: words, quoted phrases,
//! and the kind and year filters (from the URL). Anything can be typed;
//! the query is cut to a bounded size first, so a pasted book neither hangs
//! the page nor matches everything.

use super::documents::Kind;
use super::text::{Word, words};
use crate::model::url::encode_component;

/// Characters of the query that are read; the rest is ignored.
pub const MAX_QUERY: usize = 200;
/// Words that are matched; more would only narrow an AND search to nothing.
pub const MAX_TERMS: usize = 10;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Query {
    /// Every word, phrases' words included, folded.
    pub words: Vec<String>,
    /// Quoted phrases, as their folded words; each also needs its words to
    /// stand together, in order.
    pub phrases: Vec<Vec<String>>,
    /// Only these kinds (all when empty).
    pub kinds: Vec<Kind>,
    pub year: Option<i32>,
}

impl Query {
    pub fn parse(text: &str) -> Query {
        let text: String = text.chars().take(MAX_QUERY).collect();
        let mut query = Query::default();
        for (index, part) in text.split('"').enumerate() {
            let found: Vec<String> = words(part).into_iter().map(|Word { folded, .. }| folded).collect();
            // Odd parts are inside quotes; an unclosed quote still counts.
            if index % 2 == 1 && found.len() > 1 {
                query.phrases.push(found.clone());
            }
            // A hyphenated compound (`co-chair`) is a phrase of its own.
            if index % 2 == 0 {
                for chunk in part.split_whitespace().filter(|chunk| chunk.contains('-')) {
                    let compound: Vec<String> = words(chunk).into_iter().map(|w| w.folded).collect();
                    if compound.len() > 1 {
                        query.phrases.push(compound);
                    }
                }
            }
            query.words.extend(found);
        }
        query.words.truncate(MAX_TERMS);
        query
    }

    pub fn with_filters(mut self, kinds: Vec<Kind>, year: Option<i32>) -> Query {
        self.kinds = kinds;
        self.year = year;
        self
    }

    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }
}

/// The `/search` page's state, as its URL spells it:
/// `/search?q=istanbul&kind=documents&year=2019`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SearchParams {
    pub text: String,
    pub kind: Option<Kind>,
    pub year: Option<i32>,
}

impl SearchParams {
    /// Unknown kinds and years that are not years read as "all".
    pub fn from_query(get: &dyn Fn(&str) -> Option<String>) -> SearchParams {
        SearchParams {
            text: get("q").unwrap_or_default(),
            kind: get("kind").and_then(|k| Kind::from_slug(&k)),
            year: get("year").and_then(|y| y.trim().parse().ok()).filter(|y| (1000..=9999).contains(y)),
        }
    }

    /// The query string, `?` included, or nothing.
    pub fn to_query(&self) -> String {
        let mut parts = Vec::new();
        if !self.text.is_empty() {
            parts.push(format!("q={}", encode_component(&self.text)));
        }
        if let Some(kind) = self.kind {
            parts.push(format!("kind={}", kind.slug()));
        }
        if let Some(year) = self.year {
            parts.push(format!("year={year}"));
        }
        if parts.is_empty() { String::new() } else { format!("?{}", parts.join("&")) }
    }

    pub fn query(&self) -> Query {
        Query::parse(&self.text).with_filters(self.kind.into_iter().collect(), self.year)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_page_state_round_trips_through_the_url() {
        let params = SearchParams {
            text: "call for \"action\" & more".into(),
            kind: Some(Kind::Document),
            year: Some(2019),
        };
        let url = params.to_query();
        assert_eq!(url, "?q=call%20for%20%22action%22%20%26%20more&kind=documents&year=2019");
        let pairs: Vec<(String, String)> = url
            .trim_start_matches('?')
            .split('&')
            .filter_map(|pair| pair.split_once('='))
            .map(|(k, v)| (k.to_owned(), crate::model::url::decode_component(v).unwrap_or_default()))
            .collect();
        let get = |key: &str| pairs.iter().find(|(k, _)| k == key).map(|(_, v)| v.clone());
        assert_eq!(SearchParams::from_query(&get), params);
        let odd = |key: &str| match key {
            "kind" => Some("nope".to_owned()),
            "year" => Some("99999".to_owned()),
            _ => None,
        };
        assert_eq!(SearchParams::from_query(&odd), SearchParams::default());
        assert_eq!(SearchParams::default().to_query(), "");
    }

    #[test]
    fn words_and_phrases() {
        let query = Query::parse(r#"Istanbul "call for  Action" 2019"#);
        assert_eq!(query.words, ["istanbul", "call", "for", "action", "2019"]);
        assert_eq!(query.phrases, [vec!["call", "for", "action"]]);
        let unclosed = Query::parse(r#"silk "routes partnership"#);
        assert_eq!(unclosed.phrases, [vec!["routes", "partnership"]]);
        assert!(Query::parse(r#"  "" .*+? "#).is_empty());
        let compound = Query::parse("co-chair since 2006");
        assert_eq!(compound.words, ["co", "chair", "since", "2006"]);
        assert_eq!(compound.phrases, [vec!["co", "chair"]]);
    }

    #[test]
    fn hostile_queries_are_bounded() {
        let long = "migration ".repeat(1_000);
        let query = Query::parse(&long);
        assert_eq!(query.words.len(), MAX_TERMS);
        let one_word = "x".repeat(10_000);
        assert_eq!(Query::parse(&one_word).words[0].len(), super::super::text::MAX_WORD);
        assert_eq!(
            Query::parse("<img src=x onerror=alert(1)>").words,
            ["img", "src", "x", "onerror", "alert", "1"]
        );
    }
}
