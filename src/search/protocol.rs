//! What the page and the search worker say to each other. The engine runs
//! in a Web Worker (`src/bin/search-worker.rs`), a separate wasm that loads
//! only when a visitor first searches, so pages where nobody searches never
//! download it. Messages travel as JSON text over `postMessage` (`wire`);
//! answering a question ([`answer`]) is plain Rust, tested on the host.

use super::documents::Kind;
use super::highlight::Found;
use super::index::{Hit, Index, grouped};
use super::query::SearchParams;
use crate::fetch::FetchError;
use crate::model::order;

/// From the page to the worker.
#[derive(Clone, Debug, PartialEq)]
pub enum ToWorker {
    /// Load the site data and the feed, and build the index from them (or
    /// load them again: a retry after an error).
    Load(Load),
    Ask(Ask),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Load {
    pub site_url: String,
    pub feed_url: String,
    /// The feed's titles on their own (`search::titles`): answered from
    /// first, while the feed downloads.
    pub titles_url: Option<String>,
    pub timeout_ms: i32,
    /// Today, as the page understands it, for an event's "upcoming" or
    /// "past" (days since 1970-01-01, so that any number is a date).
    pub today: i64,
    /// The page's language tag: results are described in it.
    pub language: String,
    /// The language's catalogue file (`i18n::catalogue`), when the page
    /// read it from one: the worker's bundle leaves the language out too.
    pub catalogue: Option<String>,
}

/// Who asked: the box in the header, the `/search` page and the news
/// widget ask separately and each shows only its own answers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Asker {
    Box,
    Page,
    Widget,
}

/// Which matches come first, before the limit cuts the list.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Order {
    /// Best match first (the box and the results page).
    #[default]
    Relevance,
    /// Newest first, undated last: the news widget shows the latest news
    /// that match, not the best-matching old ones.
    Newest,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Ask {
    pub asker: Asker,
    pub params: SearchParams,
    /// How many results to send: the box shows a few of each kind.
    pub limit: Limit,
    pub order: Order,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limit {
    pub per_kind: usize,
    pub in_all: usize,
}

impl Limit {
    /// The suggestions under the box.
    pub const SUGGESTIONS: Limit = Limit { per_kind: 3, in_all: 8 };
    /// The results page: enough to read through, few enough to send and
    /// draw at once; the page says when there are more.
    pub const PAGE: Limit = Limit { per_kind: 100, in_all: 800 };

    /// `count` results in all (the news widget).
    pub const fn of(count: usize) -> Limit {
        Limit { per_kind: count, in_all: count }
    }
}

/// From the worker to the page.
#[derive(Clone, Debug, PartialEq)]
pub enum FromWorker {
    /// The index is built.
    Ready(Ready),
    /// The data it is built from did not load.
    Failed(FetchError),
    Answer(Answer),
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Ready {
    /// Every year something is dated in, newest first: the year filter.
    pub years: Vec<i32>,
    pub full_text: FullText,
}

/// Whether the feed's texts are in the index, or only its titles so far.
/// Each change comes as a new `Ready`, and the views ask again.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum FullText {
    /// Built from the titles file; the feed is downloading.
    Loading,
    /// Built from the whole feed.
    #[default]
    In,
    /// The titles are searched, but the feed itself did not load.
    Failed(FetchError),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Answer {
    pub asker: Asker,
    /// The question this answers, so a view can tell a late answer.
    pub params: SearchParams,
    /// The text held no word to search for (only punctuation, say).
    pub blank: bool,
    /// Every match, shown or not.
    pub total: usize,
    /// Best group first, each best result first.
    pub groups: Vec<Group>,
    /// With no match: the query with one slip mended, if that finds
    /// something.
    pub suggestion: Option<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Group {
    pub kind: Kind,
    /// Matches of this kind, shown or not.
    pub total: usize,
    pub found: Vec<Found>,
}

impl FullText {
    /// As the page marks it (`data-full-text`).
    pub fn state(&self) -> &'static str {
        match self {
            FullText::Loading => "loading",
            FullText::In => "in",
            FullText::Failed(_) => "failed",
        }
    }
}

impl Ready {
    pub fn of(index: &Index, full_text: FullText) -> Ready {
        let mut years: Vec<i32> = index.docs().iter().filter_map(|d| d.years.clone()).flatten().collect();
        order::sort_by(&mut years, |a, b| b.cmp(a));
        years.dedup();
        Ready { years, full_text }
    }
}

/// The answer to `ask`, within its limit.
pub fn answer(index: &Index, ask: &Ask) -> Answer {
    let query = ask.params.query();
    let mut hits = index.search(&query);
    if ask.order == Order::Newest {
        // Stable: among items of one date the better match stays first.
        // In place, as `Index::search` sorts them: the keystroke path.
        hits.sort_by(|a, b| {
            let date = |hit: &Hit| index.doc(hit).and_then(|d| d.date);
            date(b).cmp(&date(a))
        });
    }
    let mut left = ask.limit.in_all;
    let groups = grouped(index, &hits)
        .into_iter()
        .filter_map(|(kind, hits)| {
            let take = ask.limit.per_kind.min(left);
            left -= take;
            let found: Vec<Found> = hits.iter().take(take).filter_map(|hit| Found::new(index, hit)).collect();
            (!found.is_empty()).then_some(Group { kind, total: hits.len(), found })
        })
        .collect();
    let suggestion = if hits.is_empty() && !query.is_empty() { index.suggestion(&query) } else { None };
    Answer {
        asker: ask.asker,
        params: ask.params.clone(),
        blank: query.is_empty(),
        total: hits.len(),
        groups,
        suggestion,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::date::Date;
    use crate::search::Doc;

    fn index() -> Index {
        let mut docs: Vec<Doc> = (0..6)
            .map(|i| Doc::new(Kind::News, &format!("border meeting {i}"), format!("/news/{i}")))
            .collect();
        let mut event = Doc::new(Kind::Event, "border conference", "/events/1".to_owned());
        event.years = Some(2019..=2020);
        event.date = Date::new(2019, 5, 1);
        docs.push(event);
        docs.push(Doc::new(Kind::Page, "visa", "/about".to_owned()));
        Index::new(docs)
    }

    fn ask(text: &str, limit: Limit) -> Ask {
        Ask {
            asker: Asker::Box,
            params: SearchParams { text: text.into(), ..Default::default() },
            limit,
            order: Order::Relevance,
        }
    }

    #[test]
    fn newest_first_orders_before_the_limit() {
        // The oldest matches in its title, the newest only in its body.
        let mut docs: Vec<Doc> = [(2015, "border", ""), (2021, "talks", "border"), (2018, "visas", "border")]
            .into_iter()
            .map(|(year, title, body)| {
                let mut doc = Doc::new(Kind::News, title, format!("/news/{year}"));
                doc.body = body.into();
                doc.date = Date::new(year, 1, 1);
                doc
            })
            .collect();
        docs.push(Doc::new(Kind::News, "border", "/news/undated".to_owned()));
        docs.push(Doc::new(Kind::Page, "border", "/about".to_owned()));
        let index = Index::new(docs);
        let paths = |ask: &Ask| -> Vec<String> {
            answer(&index, ask).groups.iter().flat_map(|g| g.found.iter().map(|f| f.path.clone())).collect()
        };
        let params = SearchParams { text: "border".into(), kind: Some(Kind::News), year: None };
        let newest = Ask { asker: Asker::Widget, params, limit: Limit::of(2), order: Order::Newest };
        assert_eq!(paths(&newest), ["/news/2021", "/news/2018"]);
        let all = Ask { limit: Limit::of(10), ..newest.clone() };
        assert_eq!(paths(&all), ["/news/2021", "/news/2018", "/news/2015", "/news/undated"]);
        assert_eq!(answer(&index, &all).total, 4);
        // By relevance the title matches lead instead.
        let best = Ask { order: Order::Relevance, ..all };
        assert_eq!(paths(&best), ["/news/2015", "/news/undated", "/news/2021", "/news/2018"]);
    }

    #[test]
    fn suggestions_keep_to_their_limit_but_count_everything() {
        let answer = answer(&index(), &ask("border", Limit::SUGGESTIONS));
        assert_eq!(answer.total, 7);
        let mut shown: Vec<(Kind, usize, usize)> =
            answer.groups.iter().map(|g| (g.kind, g.total, g.found.len())).collect();
        shown.sort();
        assert_eq!(shown, [(Kind::News, 6, 3), (Kind::Event, 1, 1)]);
        let page = super::answer(&index(), &ask("border", Limit::PAGE));
        assert_eq!(page.groups.iter().map(|g| g.found.len()).sum::<usize>(), 7);
    }

    #[test]
    fn no_match_brings_a_suggestion() {
        let answer = answer(&index(), &ask("visq", Limit::SUGGESTIONS));
        assert_eq!(answer.total, 0);
        assert!(answer.groups.is_empty());
        assert_eq!(answer.suggestion.as_deref(), Some("visa"));
    }

    #[test]
    fn punctuation_alone_is_no_question() {
        assert!(answer(&index(), &ask(" ?! ", Limit::SUGGESTIONS)).blank);
        assert!(!answer(&index(), &ask("zzz", Limit::SUGGESTIONS)).blank);
    }

    #[test]
    fn years_for_the_filter_newest_first() {
        assert_eq!(Ready::of(&index(), FullText::In).years, [2020, 2019]);
    }
}
