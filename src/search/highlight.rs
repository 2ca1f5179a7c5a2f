//! Matched words marked in a title and in a short passage around the first
//! match. The output is plain text pieces; the view puts the marked ones in
//! `<mark>`, so nothing from the data is ever read as markup.

use super::documents::{Doc, Kind};
use super::index::{Hit, Index};
use super::text::words;

/// A result as the interface shows it.
#[derive(Clone, Debug, PartialEq)]
pub struct Found {
    pub path: String,
    pub kind: Kind,
    pub title: Vec<Piece>,
    pub passage: Vec<Piece>,
    /// "Event · 26 November 2025 · Past event".
    pub details: String,
}

impl Found {
    pub fn new(index: &Index, hit: &Hit) -> Option<Found> {
        let doc = index.doc(hit)?;
        let matched = index.matched_words(hit);
        let details = [Some(doc.kind_label), doc.date_label.as_deref(), doc.status.as_deref()]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(" · ");
        Some(Found {
            path: doc.path.clone(),
            kind: doc.kind,
            title: highlight(&doc.title, &matched),
            passage: passage(doc, &matched),
            details,
        })
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Piece {
    pub text: String,
    pub mark: bool,
}

/// Words in a passage: a few before the first match, the rest after.
const PASSAGE_WORDS: usize = 28;
const BEFORE_MATCH: usize = 6;

/// `text` in pieces, the words whose folded form is in `matched` marked.
pub fn highlight(text: &str, matched: &[String]) -> Vec<Piece> {
    let mut pieces = Vec::new();
    let mut at = 0;
    for word in words(text) {
        if !matched.contains(&word.folded) {
            continue;
        }
        push(&mut pieces, text.get(at..word.span.start).unwrap_or_default(), false);
        push(&mut pieces, text.get(word.span.clone()).unwrap_or_default(), true);
        at = word.span.end;
    }
    push(&mut pieces, text.get(at..).unwrap_or_default(), false);
    pieces
}

fn push(pieces: &mut Vec<Piece>, text: &str, mark: bool) {
    if text.is_empty() {
        return;
    }
    match pieces.last_mut() {
        // "call for action": one mark, spaces included, reads better than three.
        Some(last) if last.mark == mark => last.text.push_str(text),
        _ => pieces.push(Piece { text: text.to_owned(), mark }),
    }
}

/// A passage of the summary or the body around the first matched word
/// (the summary's start when neither has one), highlighted.
pub fn passage(doc: &Doc, matched: &[String]) -> Vec<Piece> {
    let has_match = |text: &str| words(text).iter().any(|w| matched.contains(&w.folded));
    let text = [&doc.summary, &doc.body]
        .into_iter()
        .find(|text| has_match(text))
        .unwrap_or(if doc.summary.trim().is_empty() { &doc.body } else { &doc.summary });
    let all = words(text);
    let first = all.iter().position(|w| matched.contains(&w.folded)).unwrap_or(0);
    let from = first.saturating_sub(BEFORE_MATCH);
    let to = (from + PASSAGE_WORDS).min(all.len());
    let (Some(start), Some(end)) = (all.get(from), to.checked_sub(1).and_then(|last| all.get(last))) else {
        return Vec::new();
    };
    let mut excerpt = String::new();
    if from > 0 {
        excerpt.push('…');
    }
    excerpt.push_str(text.get(start.span.start..end.span.end).unwrap_or_default());
    if to < all.len() {
        excerpt.push('…');
    }
    highlight(&excerpt, matched)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn marked(pieces: &[Piece]) -> Vec<&str> {
        pieces.iter().filter(|p| p.mark).map(|p| p.text.as_str()).collect()
    }

    #[test]
    fn marks_whole_words_in_the_original_spelling() {
        let pieces = highlight("Türkiye chairs; turkiye hosts.", &["turkiye".to_owned()]);
        assert_eq!(marked(&pieces), ["Türkiye", "turkiye"]);
        let text: String = pieces.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(text, "Türkiye chairs; turkiye hosts.");
    }

    #[test]
    fn markup_in_the_data_stays_text() {
        let pieces = highlight("<b>Istanbul</b>", &["istanbul".to_owned()]);
        assert_eq!(pieces.iter().map(|p| p.text.as_str()).collect::<Vec<_>>(), ["<b>", "Istanbul", "</b>"]);
    }

    #[test]
    fn a_passage_starts_near_the_first_match() {
        let mut doc = super::super::tests::doc("x");
        doc.body = (1..=100).map(|n| format!("w{n}")).collect::<Vec<_>>().join(" ");
        let pieces = passage(&doc, &["w50".to_owned()]);
        let text: String = pieces.iter().map(|p| p.text.as_str()).collect();
        assert!(text.starts_with("…w44 "), "{text}");
        assert!(text.ends_with("w71…"), "{text}");
        assert_eq!(marked(&pieces), ["w50"]);
    }
}
