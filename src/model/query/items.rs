//! Lists and facts drawn from the feed's items.

use std::collections::BTreeMap;

use crate::model::feed::{Feed, FeedItem, ItemKind};
use crate::model::order;

/// News items (not events or documents), newest first.
pub fn news(feed: &Feed) -> Vec<&FeedItem> {
    feed.items.iter().filter(|i| i.is_news()).collect()
}

pub fn documents(feed: &Feed) -> Vec<&FeedItem> {
    feed.items.iter().filter(|i| i.is_document()).collect()
}

/// Each tag with how many of the items carry it, alphabetically.
pub fn tag_counts(items: &[&FeedItem]) -> Vec<(String, usize)> {
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    for tag in items.iter().flat_map(|i| &i.tags) {
        *counts.entry(tag.clone()).or_default() += 1;
    }
    counts.into_iter().collect()
}

/// The distinct years of the items, newest first.
pub fn years(items: &[&FeedItem]) -> Vec<i32> {
    let mut years: Vec<i32> = items.iter().filter_map(|i| i.year()).collect();
    order::sort_by(&mut years, |a, b| b.cmp(a));
    years.dedup();
    years
}

/// The items before and after `id` in `items` (newer, older for a
/// newest-first list).
pub fn neighbours<'a>(items: &[&'a FeedItem], id: &str) -> (Option<&'a FeedItem>, Option<&'a FeedItem>) {
    let Some(index) = items.iter().position(|i| i.id == id) else {
        return (None, None);
    };
    let before = index.checked_sub(1).and_then(|i| items.get(i)).copied();
    (before, items.get(index + 1).copied())
}

/// Distinct document types, alphabetically.
pub fn document_types(items: &[&FeedItem]) -> Vec<String> {
    let mut types: Vec<String> = items
        .iter()
        .filter_map(|i| match &i.kind {
            ItemKind::Document { doc_type, .. } => doc_type.clone(),
            _ => None,
        })
        .collect();
    order::sort(&mut types);
    types.dedup();
    types
}

/// The languages a document is offered in, in feed order, without repeats.
pub fn languages_of(item: &FeedItem) -> Vec<String> {
    let mut langs: Vec<String> = Vec::new();
    for lang in item.attachments.iter().filter_map(|a| a.language.clone()) {
        if !langs.contains(&lang) {
            langs.push(lang);
        }
    }
    langs
}

/// Distinct languages across documents, alphabetically.
pub fn all_languages(items: &[&FeedItem]) -> Vec<String> {
    let mut langs: Vec<String> = items.iter().flat_map(|i| languages_of(i)).collect();
    order::sort(&mut langs);
    langs.dedup();
    langs
}

/// Feed items that mention a member state in their place or title
/// ("Istanbul, Türkiye"), newest first: the related news on the map.
pub fn mentioning<'a>(feed: &'a Feed, name: &str, limit: usize) -> Vec<&'a FeedItem> {
    if name.trim().is_empty() {
        return Vec::new();
    }
    feed.items
        .iter()
        .filter(|i| !i.is_document())
        .filter(|i| {
            i.place.as_deref().is_some_and(|p| p.contains(name))
                || i.title.as_deref().is_some_and(|t| t.contains(name))
        })
        .take(limit)
        .collect()
}
