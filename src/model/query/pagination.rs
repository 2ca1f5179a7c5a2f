//! Pages of a long list.

use std::ops::Range;

use super::params::QueryLookup;

/// One page of a list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Page {
    /// 1-based, clamped into `1..=count`.
    pub number: usize,
    /// At least 1, so an empty list is "page 1 of 1".
    pub count: usize,
    pub range: Range<usize>,
}

/// Any requested page number is accepted: past the end shows the last page.
pub fn paginate(total: usize, requested: Option<usize>, per_page: usize) -> Page {
    let per_page = per_page.max(1);
    let count = total.div_ceil(per_page).max(1);
    let number = requested.unwrap_or(1).clamp(1, count);
    let start = (number - 1) * per_page;
    Page { number, count, range: start..(start + per_page).min(total) }
}

/// The page numbers a pager shows: the first, the last and two either side
/// of the current one; `None` marks a gap ("…"). Keeps a 500-page list usable.
pub fn page_window(current: usize, count: usize) -> Vec<Option<usize>> {
    let mut shown: Vec<Option<usize>> = Vec::new();
    for page in 1..=count {
        let near = page.abs_diff(current) <= 2;
        if page == 1 || page == count || near {
            shown.push(Some(page));
        } else if shown.last().is_some_and(Option::is_some) {
            shown.push(None);
        }
    }
    shown
}

/// Entries per page of each list (the render step writes every page).
pub const NEWS_PER_PAGE: usize = 10;
pub const DOCUMENTS_PER_PAGE: usize = 20;
pub const EVENTS_PER_PAGE: usize = 20;

/// The page number from the path (`/news/page/3`), or from an older link's
/// query (`/news?page=3`).
pub fn page_number(in_path: Option<&str>, query: &impl QueryLookup) -> Option<usize> {
    in_path.map(str::to_owned).or_else(|| query.param("page")).and_then(|p| p.trim().parse().ok())
}
