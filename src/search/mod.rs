//! Site-wide search, built in the browser from the site data and the feed
//! (so it is right for whatever data a deployer ships, with no index file
//! to rebuild). It runs in a Web Worker of its own that loads on first use
//! (`protocol`, `src/bin/search-worker.rs`).
//!
//! - `text`: words, folding and stemming (English, Russian, Arabic);
//! - `documents`: every searchable page as a document;
//! - `query`: what was typed, bounded, with phrases and filters;
//! - `index`: the inverted index, matching and ranking;
//! - `highlight`: matched words marked in a title and a passage;
//! - `protocol`: the messages between the page and the worker;
//! - `wire`: those messages as JSON text.
//!
//! No Leptos and no browser here: all of it is tested with `cargo test`
//! (`tests/search.rs` holds the relevance cases on the bundled data).

pub mod documents;
pub mod highlight;
pub mod index;
pub mod protocol;
pub mod query;
pub mod text;
pub mod titles;
pub mod wire;

pub use documents::{Doc, Kind, documents};
pub use highlight::{Found, Piece, highlight, passage};
pub use index::{Hit, Index, grouped};
pub use query::{Query, SearchParams};

#[cfg(test)]
mod tests {
    use super::*;

    pub(super) fn doc(title: &str) -> Doc {
        Doc::new(Kind::News, title, format!("/news/{title}"))
    }

    fn titles(index: &Index, query: &str) -> Vec<String> {
        index
            .search(&Query::parse(query))
            .iter()
            .filter_map(|h| index.doc(h))
            .map(|d| d.title.clone())
            .collect()
    }

    #[test]
    fn title_beats_summary_beats_body_and_whole_words_beat_prefixes() {
        let mut in_body = doc("c");
        in_body.body = "migration".into();
        let mut in_summary = doc("b");
        in_summary.summary = "migration".into();
        let index = Index::new(vec![
            in_body,
            in_summary,
            doc("migration"),
            doc("migrations office"),
            doc("migratory"),
        ]);
        assert_eq!(titles(&index, "migration"), ["migration", "migrations office", "b", "c"]);
        // A prefix in the title still beats a whole word in the body; the
        // title that is nearly all match first.
        let prefixed = titles(&index, "migr");
        assert_eq!(prefixed.first().map(String::as_str), Some("migration"));
        assert_eq!(prefixed.get(3..), Some(&["b".to_owned(), "c".to_owned()][..]));
    }

    #[test]
    fn newer_first_when_scores_tie() {
        use crate::model::date::Date;
        let mut old = doc("meeting");
        old.path = "old".into();
        old.date = Date::new(2010, 1, 1);
        let mut new = doc("meeting");
        new.path = "new".into();
        new.date = Date::new(2024, 1, 1);
        let index = Index::new(vec![old, new]);
        let hits = index.search(&Query::parse("meeting"));
        let paths: Vec<&str> = hits.iter().filter_map(|h| index.doc(h)).map(|d| d.path.as_str()).collect();
        assert_eq!(paths, ["new", "old"]);
    }

    #[test]
    fn every_word_must_match_and_phrases_keep_their_order() {
        let index = Index::new(vec![doc("call for action"), doc("action call"), doc("call")]);
        let mut both = titles(&index, "call action");
        both.sort();
        assert_eq!(both, ["action call", "call for action"]);
        assert_eq!(titles(&index, "\"call for action\""), ["call for action"]);
        assert_eq!(titles(&index, "\"action for call\""), Vec::<String>::new());
    }

    #[test]
    fn filters_by_kind_and_year() {
        let mut event = doc("ministerial conference");
        event.kind = Kind::Event;
        event.years = Some(2019..=2019);
        let mut news = doc("ministerial conference report");
        news.years = Some(2020..=2020);
        let index = Index::new(vec![event, news]);
        let query = |kinds, year| Query::parse("ministerial").with_filters(kinds, year);
        assert_eq!(index.search(&query(vec![Kind::Event], None)).len(), 1);
        assert_eq!(index.search(&query(vec![], Some(2020))).len(), 1);
        assert_eq!(index.search(&query(vec![Kind::Event], Some(2020))).len(), 0);
    }

    #[test]
    fn a_short_slip_gets_a_suggestion() {
        let index = Index::new(vec![doc("silk routes"), doc("visa policy")]);
        let query = Query::parse("visq");
        assert!(index.search(&query).is_empty());
        assert_eq!(index.suggestion(&query).as_deref(), Some("visa"));
        assert_eq!(index.suggestion(&Query::parse("zzzz")), None);
    }
}
