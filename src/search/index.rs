//! The inverted index and its ranking.
//!
//! Each document's fields are split into folded words; each distinct word
//! (a term) lists the documents and fields it occurs in. A query word
//! matches a term in one of four ways, from best to weakest: the same word,
//! the same stem (`migrants` ~ `migrant`), a longer word it begins
//! (`migr` ~ `migration`), or, for words of five letters or more, a word
//! one typing slip away (`migrnts` ~ `migrants`). A document must match
//! every query word; its score adds, for each word, the best field weight
//! times the match quality, so a title beats a summary beats the body, and
//! a whole word beats a prefix. Equal scores put the newer item first.

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::Arc;

use super::documents::{Doc, Kind};
use super::query::Query;
use super::text::{Stemmers, Word, within_one_edit, words};
use crate::model::date::Date;
use crate::model::order;

/// Where in a document a word stands, and what that is worth.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    Title,
    Aliases,
    Summary,
    Body,
    /// The date shown with a result ("19 February 2019", "1993–2006"), so
    /// that `istanbul 2019` finds what happened in 2019 first.
    Date,
    /// The kind and status ("Upcoming event", "Observer state").
    Meta,
}

impl Field {
    const ALL: [Field; 6] =
        [Field::Title, Field::Aliases, Field::Summary, Field::Body, Field::Date, Field::Meta];

    fn weight(self) -> f32 {
        match self {
            Field::Title | Field::Aliases => 8.0,
            Field::Date => 6.0,
            Field::Summary => 3.0,
            Field::Body | Field::Meta => 1.0,
        }
    }

    fn text(self, doc: &Doc) -> Cow<'_, str> {
        match self {
            Field::Title => Cow::Borrowed(&doc.title),
            Field::Aliases => Cow::Borrowed(&doc.aliases),
            Field::Summary => Cow::Borrowed(&doc.summary),
            Field::Body => Cow::Borrowed(&doc.body),
            Field::Date => Cow::Borrowed(doc.date_label.as_deref().unwrap_or_default()),
            Field::Meta => {
                let parts = [doc.status.as_deref(), Some(doc.kind_label)];
                Cow::Owned(parts.into_iter().flatten().collect::<Vec<_>>().join(" "))
            }
        }
    }
}

/// How a query word met a term.
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
enum Quality {
    Typo,
    Prefix,
    Stem,
    Exact,
}

impl Quality {
    fn weight(self) -> f32 {
        match self {
            Quality::Exact => 1.0,
            Quality::Stem => 0.9,
            Quality::Prefix => 0.5,
            Quality::Typo => 0.4,
        }
    }
}

/// What a word found in further fields adds, as a share of their weight.
const OTHER_FIELDS: f32 = 0.1;

/// The most a title that is exactly the query adds to the score.
const TITLE_FIT: f32 = 3.0;

/// Typo tolerance starts at this many letters: shorter words have too
/// many neighbours one slip away.
const TYPO_FROM: usize = 5;

struct Term {
    folded: String,
    stem: String,
    /// (document, field), each pair once, in document order.
    postings: Vec<(u32, Field)>,
}

pub struct Index {
    docs: Vec<Doc>,
    terms: Vec<Term>,
    /// Term ids sorted by their folded text, for prefix ranges.
    sorted: Vec<u32>,
    by_word: HashMap<String, u32>,
    by_stem: HashMap<String, Vec<u32>>,
    /// Each document's fields as term ids in order, for phrases.
    sequences: Vec<[Vec<u32>; 6]>,
    stemmers: Stemmers,
}

/// One found document.
#[derive(Clone, Debug, PartialEq)]
pub struct Hit {
    pub doc: usize,
    pub score: f32,
    /// The document's date, the second sort key, kept here so that
    /// sorting thousands of hits does not look each one up again.
    date: Option<Date>,
    /// The terms the query matched, shared by all hits of one search; the
    /// words to highlight are worked out only for the hits shown.
    terms: Arc<TermMasks>,
}

/// For each term of the index, by id, which query words (bit `i` for word
/// `i`) it answers; 0 for a term the query did not match. Dense: the title
/// of every hit is looked up in it, on every keystroke.
#[derive(Debug, PartialEq)]
struct TermMasks(Vec<u16>);

impl TermMasks {
    fn get(&self, id: u32) -> u16 {
        self.0.get(id as usize).copied().unwrap_or(0)
    }
}

impl Index {
    pub fn new(docs: Vec<Doc>) -> Index {
        let stemmers = Stemmers::default();
        let mut terms: Vec<Term> = Vec::new();
        let mut by_word: HashMap<String, u32> = HashMap::new();
        let mut sequences = Vec::with_capacity(docs.len());
        for (doc_id, doc) in docs.iter().enumerate() {
            let doc_id = u32::try_from(doc_id).unwrap_or(u32::MAX);
            let mut fields: [Vec<u32>; 6] = Default::default();
            for (slot, field) in fields.iter_mut().zip(Field::ALL) {
                for Word { folded, .. } in words(&field.text(doc)) {
                    let id = *by_word.entry(folded).or_insert_with_key(|folded| {
                        terms.push(Term {
                            stem: stemmers.stem(folded),
                            folded: folded.clone(),
                            postings: Vec::new(),
                        });
                        u32::try_from(terms.len() - 1).unwrap_or(u32::MAX)
                    });
                    slot.push(id);
                    if let Some(term) = terms.get_mut(id as usize)
                        && term.postings.last() != Some(&(doc_id, field))
                        && !term.postings.contains(&(doc_id, field))
                    {
                        term.postings.push((doc_id, field));
                    }
                }
            }
            sequences.push(fields);
        }
        let mut sorted: Vec<u32> = (0..terms.len()).filter_map(|i| u32::try_from(i).ok()).collect();
        order::sort_by(&mut sorted, |&a, &b| folded_of(&terms, a).cmp(folded_of(&terms, b)));
        let mut by_stem: HashMap<String, Vec<u32>> = HashMap::new();
        for (id, term) in terms.iter().enumerate() {
            if let Ok(id) = u32::try_from(id) {
                by_stem.entry(term.stem.clone()).or_default().push(id);
            }
        }
        Index { docs, terms, sorted, by_word, by_stem, sequences, stemmers }
    }

    pub fn docs(&self) -> &[Doc] {
        &self.docs
    }

    pub fn doc(&self, hit: &Hit) -> Option<&Doc> {
        self.docs.get(hit.doc)
    }

    /// The documents that match every word of `query`, best first.
    pub fn search(&self, query: &Query) -> Vec<Hit> {
        if query.is_empty() {
            return Vec::new();
        }
        let allowed: Vec<bool> = self.docs.iter().map(|doc| passes_filters(doc, query)).collect();
        let mut total = vec![0.0f32; self.docs.len()];
        let mut alive = allowed;
        let mut matched: Vec<Vec<u32>> = Vec::with_capacity(query.words.len());
        for word in &query.words {
            let candidates = self.candidates(word);
            // The best match in each field of each document.
            let mut fields = vec![[0.0f32; Field::ALL.len()]; self.docs.len()];
            for &(term_id, quality) in &candidates {
                let Some(term) = self.terms.get(term_id as usize) else { continue };
                for &(doc, field) in &term.postings {
                    if let Some(slot) = fields.get_mut(doc as usize).and_then(|f| f.get_mut(field as usize)) {
                        *slot = slot.max(field.weight() * quality.weight());
                    }
                }
            }
            for ((alive, total), fields) in alive.iter_mut().zip(total.iter_mut()).zip(&fields) {
                let best = fields.iter().copied().fold(0.0f32, f32::max);
                let all: f32 = fields.iter().sum();
                *alive &= best > 0.0;
                // The best field counts; the word also standing elsewhere
                // in the document adds a little.
                *total += best + OTHER_FIELDS * (all - best);
            }
            matched.push(candidates.into_iter().map(|(id, _)| id).collect());
        }
        let mut masks = TermMasks(vec![0; self.terms.len()]);
        for (word, ids) in matched.iter().enumerate() {
            for &id in ids {
                if let Some(mask) = masks.0.get_mut(id as usize) {
                    *mask |= 1 << word.min(15);
                }
            }
        }
        let words = matched.len();
        let terms = Arc::new(masks);
        let mut hits: Vec<Hit> = alive
            .iter()
            .enumerate()
            .filter(|&(doc, alive)| *alive && query.phrases.iter().all(|phrase| self.has_phrase(doc, phrase)))
            .map(|(doc, _)| Hit {
                doc,
                score: (total.get(doc).copied().unwrap_or(0.0) + self.title_fit(doc, &terms, words))
                    * self.docs.get(doc).map_or(1.0, |d| kind_weight(d.kind)),
                date: self.docs.get(doc).and_then(|d| d.date),
                terms: Arc::clone(&terms),
            })
            .collect();
        // The standard sort, not `order::sort_by`: this one runs on every
        // keystroke, on up to every document, and sorting the hits in place
        // is about 15 % faster than through positions (the worker's wasm
        // is loaded on the first search only, so its size matters less).
        hits.sort_by(|a, b| b.score.total_cmp(&a.score).then_with(|| b.date.cmp(&a.date)));
        hits
    }

    /// Terms a query word matches, each with its best quality.
    fn candidates(&self, word: &str) -> Vec<(u32, Quality)> {
        let mut found: HashMap<u32, Quality> = HashMap::new();
        let mut add = |id: u32, quality: Quality| {
            let slot = found.entry(id).or_insert(quality);
            if quality > *slot {
                *slot = quality;
            }
        };
        if let Some(&id) = self.by_word.get(word) {
            add(id, Quality::Exact);
        }
        for &id in self.by_stem.get(&self.stemmers.stem(word)).into_iter().flatten() {
            add(id, Quality::Stem);
        }
        let start = self.sorted.partition_point(|&id| folded_of(&self.terms, id) < word);
        for &id in self.sorted.get(start..).unwrap_or_default() {
            if !folded_of(&self.terms, id).starts_with(word) {
                break;
            }
            add(id, Quality::Prefix);
        }
        // A slip: a real word one edit away, and that word's other forms
        // (`migrnts` is one slip from `migrants`, which brings `migrant`).
        if word.chars().count() >= TYPO_FROM {
            let near: Vec<&Term> = self
                .terms
                .iter()
                .filter(|term| {
                    term.folded.len().abs_diff(word.len()) <= 4 && within_one_edit(word, &term.folded)
                })
                .collect();
            for term in near {
                for &id in self.by_stem.get(&term.stem).into_iter().flatten() {
                    add(id, Quality::Typo);
                }
            }
        }
        found.into_iter().collect()
    }

    /// A bonus for a title that is the query and little else: `Hungary`
    /// finds the state called Hungary before "Hungary chairs the process".
    /// How much of the title the query covers, times how much of the query
    /// the title covers (the title or the other names, whichever fits best).
    fn title_fit(&self, doc: usize, masks: &TermMasks, words: usize) -> f32 {
        let Some(fields) = self.sequences.get(doc) else { return 0.0 };
        let fit = |sequence: &Vec<u32>| {
            if sequence.is_empty() || words == 0 {
                return 0.0;
            }
            let mut covered = 0usize;
            let mut answered = 0u16;
            for &id in sequence {
                let mask = masks.get(id);
                if mask != 0 {
                    covered += 1;
                    answered |= mask;
                }
            }
            (covered as f32 / sequence.len() as f32) * (answered.count_ones() as f32 / words as f32)
        };
        let best = [Field::Title, Field::Aliases]
            .into_iter()
            .filter_map(|field| fields.get(field as usize).map(fit))
            .fold(0.0f32, f32::max);
        TITLE_FIT * best
    }

    /// Whether `phrase`'s words stand together, in order, in one field.
    fn has_phrase(&self, doc: usize, phrase: &[String]) -> bool {
        let Some(fields) = self.sequences.get(doc) else { return false };
        let wanted: Vec<Vec<u32>> = phrase
            .iter()
            .map(|word| {
                let mut ids: Vec<u32> =
                    self.by_stem.get(&self.stemmers.stem(word)).cloned().unwrap_or_default();
                ids.extend(self.by_word.get(word));
                ids
            })
            .collect();
        fields.iter().any(|sequence| {
            sequence.windows(wanted.len().max(1)).any(|window| {
                window.len() == wanted.len() && window.iter().zip(&wanted).all(|(id, ids)| ids.contains(id))
            })
        })
    }

    /// The folded words of a hit's document that the query matched, to
    /// highlight.
    pub fn matched_words(&self, hit: &Hit) -> Vec<String> {
        let Some(fields) = self.sequences.get(hit.doc) else { return Vec::new() };
        let mut out: Vec<String> = fields
            .iter()
            .flatten()
            .filter(|&&id| hit.terms.get(id) != 0)
            .map(|&id| folded_of(&self.terms, id).to_owned())
            .collect();
        order::sort(&mut out);
        out.dedup();
        out
    }

    /// For a query that found nothing: the same query with one word
    /// replaced by the nearest indexed word one slip away, if that finds
    /// something.
    pub fn suggestion(&self, query: &Query) -> Option<String> {
        for (at, word) in query.words.iter().enumerate() {
            if word.chars().count() < 3 || !self.candidates(word).is_empty() {
                continue;
            }
            let nearest = self
                .terms
                .iter()
                .filter(|term| {
                    term.folded.len().abs_diff(word.len()) <= 4 && within_one_edit(word, &term.folded)
                })
                .max_by_key(|term| term.postings.len())?;
            let mut words = query.words.clone();
            if let Some(slot) = words.get_mut(at) {
                slot.clone_from(&nearest.folded);
            }
            let corrected = Query { words, phrases: Vec::new(), ..query.clone() };
            if !self.search(&corrected).is_empty() {
                return Some(corrected.words.join(" "));
            }
        }
        None
    }
}

/// Among equally good matches, the thing itself before reports about it:
/// a state, a document or a milestone before the news and events that
/// mention it.
fn kind_weight(kind: Kind) -> f32 {
    match kind {
        Kind::Member | Kind::Organisation | Kind::WorkingGroup | Kind::Document | Kind::Milestone => 1.1,
        Kind::News | Kind::Event | Kind::Page => 1.0,
    }
}

fn folded_of(terms: &[Term], id: u32) -> &str {
    terms.get(id as usize).map_or("", |t| t.folded.as_str())
}

fn passes_filters(doc: &Doc, query: &Query) -> bool {
    let kind_ok = query.kinds.is_empty() || query.kinds.contains(&doc.kind);
    let year_ok = query.year.is_none_or(|year| doc.years.as_ref().is_some_and(|years| years.contains(&year)));
    kind_ok && year_ok
}

/// Results grouped by kind, each group best first; the group with the
/// best result comes first.
pub fn grouped(index: &Index, hits: &[Hit]) -> Vec<(Kind, Vec<Hit>)> {
    let mut groups: Vec<(Kind, Vec<Hit>)> = Vec::new();
    for hit in hits {
        let Some(kind) = index.doc(hit).map(|d| d.kind) else { continue };
        match groups.iter_mut().find(|(k, _)| *k == kind) {
            Some((_, group)) => group.push(hit.clone()),
            None => groups.push((kind, vec![hit.clone()])),
        }
    }
    groups
}
