//! The search index as a context. Nothing is loaded or built until a
//! visitor first focuses the search box or opens `/search`: then the site
//! data and the feed load (if the page has not loaded them already) and the
//! index is built from them once, and again only if the data changes.

use std::sync::Arc;

use leptos::prelude::*;

use crate::clock::use_today;
use crate::data::{AppData, Remote, use_app_data};
use crate::fetch::FetchError;
use crate::search::{Index, documents};

/// Where the index is.
#[derive(Clone)]
pub enum SearchIndex {
    /// Nobody has searched yet.
    Idle,
    Loading,
    /// The data it is built from did not load.
    Failed(FetchError),
    Ready(Arc<Index>),
}

impl PartialEq for SearchIndex {
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (SearchIndex::Idle, SearchIndex::Idle) | (SearchIndex::Loading, SearchIndex::Loading) => true,
            (SearchIndex::Failed(a), SearchIndex::Failed(b)) => a == b,
            (SearchIndex::Ready(a), SearchIndex::Ready(b)) => Arc::ptr_eq(a, b),
            _ => false,
        }
    }
}

#[derive(Clone, Copy)]
pub struct Search {
    wanted: RwSignal<bool>,
    data: AppData,
    pub index: Memo<SearchIndex>,
}

impl Search {
    /// Starts loading what the index needs (idempotent).
    pub fn want(self) {
        if !self.wanted.get_untracked() {
            self.wanted.set(true);
        }
        self.data.ensure_site();
        self.data.ensure_feed();
    }

    /// Loads again whichever file failed.
    pub fn retry(self) {
        let data = self.data;
        if matches!(data.site.get_untracked(), Remote::Failed(_)) {
            data.reload_site();
        }
        if matches!(data.feed.get_untracked(), Remote::Failed(_)) {
            data.reload_feed();
        }
    }
}

pub fn provide_search() -> Search {
    let data = use_app_data();
    let today = use_today();
    let wanted = RwSignal::new(false);
    let index = Memo::new(move |_| {
        if !wanted.get() {
            return SearchIndex::Idle;
        }
        match (data.site.get(), data.feed.get()) {
            (Remote::Failed(error), _) | (_, Remote::Failed(error)) => SearchIndex::Failed(error),
            (Remote::Ready(site), Remote::Ready(feed)) => {
                SearchIndex::Ready(Arc::new(Index::new(documents(&site, &feed, today.get()))))
            }
            _ => SearchIndex::Loading,
        }
    });
    let search = Search { wanted, data, index };
    provide_context(search);
    search
}

pub fn use_search() -> Search {
    use_context::<Search>().unwrap_or_else(provide_search)
}
