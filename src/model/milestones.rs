//! Queries over milestones for the timeline: category filter (kept in the
//! URL as `?category=a,b`), counts per category and keyboard stepping.

use super::order;
use super::query::QueryLookup;
use super::site::{Category, Milestone, SiteData};

/// The categories shown; empty means all.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CategoryFilter {
    pub shown: Vec<String>,
}

impl CategoryFilter {
    /// Reads `category=a,b`; ids the data does not know are dropped, so a
    /// stale link shows everything rather than nothing.
    pub fn from_query(query: &impl QueryLookup, site: &SiteData) -> CategoryFilter {
        let mut shown: Vec<String> = query
            .param("category")
            .unwrap_or_default()
            .split(',')
            .map(str::trim)
            .filter(|id| site.milestone_categories.iter().any(|c| c.id == *id))
            .map(str::to_owned)
            .collect();
        order::sort(&mut shown);
        shown.dedup();
        CategoryFilter { shown }
    }

    pub fn is_all(&self) -> bool {
        self.shown.is_empty()
    }

    pub fn matches(&self, milestone: &Milestone) -> bool {
        self.is_all() || self.shown.contains(&milestone.category)
    }

    pub fn includes(&self, category: &str) -> bool {
        self.is_all() || self.shown.iter().any(|c| c == category)
    }

    /// The filter with `category` switched on or off. Switching off the
    /// last hidden category returns to "all".
    pub fn toggled(&self, category: &str, all: &[Category]) -> CategoryFilter {
        let mut shown: Vec<String> =
            if self.is_all() { all.iter().map(|c| c.id.clone()).collect() } else { self.shown.clone() };
        if let Some(at) = shown.iter().position(|c| c == category) {
            shown.remove(at);
        } else {
            shown.push(category.to_owned());
        }
        order::sort(&mut shown);
        if shown.len() == all.len() {
            shown.clear();
        }
        CategoryFilter { shown }
    }

    /// The value of the `category` parameter, `None` for "all".
    pub fn param(&self) -> Option<String> {
        (!self.is_all()).then(|| self.shown.join(","))
    }
}

/// Milestones passing the filter, in time order (the site data is sorted).
pub fn filtered<'a>(site: &'a SiteData, filter: &CategoryFilter) -> Vec<&'a Milestone> {
    site.milestones.iter().filter(|m| filter.matches(m)).collect()
}

/// Every category with the number of milestones in it, in data order;
/// categories without milestones are left out.
pub fn category_counts(site: &SiteData) -> Vec<(Category, usize)> {
    site.milestone_categories
        .iter()
        .map(|c| (c.clone(), site.milestones.iter().filter(|m| m.category == c.id).count()))
        .filter(|(_, n)| *n > 0)
        .collect()
}

/// A keyboard move along the rail.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    Previous,
    Next,
    First,
    Last,
}

/// The index a step lands on in a list of `len`; `None` for an empty list.
/// Steps stop at the ends instead of wrapping: a timeline has a start.
pub fn step(len: usize, current: Option<usize>, step: Step) -> Option<usize> {
    let last = len.checked_sub(1)?;
    let current = current.map(|c| c.min(last));
    Some(match (step, current) {
        (Step::First, _) | (Step::Previous, None) => 0,
        (Step::Last, _) | (Step::Next, None) => last,
        (Step::Previous, Some(c)) => c.saturating_sub(1),
        (Step::Next, Some(c)) => (c + 1).min(last),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::site::parse_site;

    fn site() -> SiteData {
        parse_site(
            r#"{"milestone_categories":[{"id":"a","label":"A"},{"id":"b","label":"B"},{"id":"c","label":"C"}],
            "milestones":[{"id":"1","start":{"year":2000},"headline":"x","category":"a"},
                          {"id":"2","start":{"year":2001},"headline":"x","category":"b"},
                          {"id":"3","start":{"year":2002},"headline":"x","category":"a"}]}"#,
        )
        .expect("the test site reads")
    }

    #[test]
    fn filter_reads_known_ids_only() {
        let site = site();
        let q = |_: &str| Some("b, zzz,a,a".to_owned());
        assert_eq!(CategoryFilter::from_query(&q, &site).shown, ["a", "b"]);
        let junk = |_: &str| Some(",,,".to_owned());
        assert!(CategoryFilter::from_query(&junk, &site).is_all());
    }

    #[test]
    fn toggling_round_trips_to_all() {
        let site = site();
        let all = CategoryFilter::default();
        let without_a = all.toggled("a", &site.milestone_categories);
        assert_eq!(without_a.shown, ["b", "c"]);
        assert_eq!(without_a.param().as_deref(), Some("b,c"));
        assert_eq!(filtered(&site, &without_a).iter().map(|m| m.id.as_str()).collect::<Vec<_>>(), ["2"]);
        assert!(without_a.toggled("a", &site.milestone_categories).is_all());
        assert!(!without_a.includes("a") && all.includes("a"));
    }

    #[test]
    fn counts_skip_empty_categories() {
        let counts: Vec<(String, usize)> =
            category_counts(&site()).into_iter().map(|(c, n)| (c.id, n)).collect();
        assert_eq!(counts, [("a".to_owned(), 2), ("b".to_owned(), 1)]);
    }

    #[test]
    fn stepping_stops_at_the_ends() {
        assert_eq!(step(0, None, Step::Next), None);
        assert_eq!(step(3, None, Step::Next), Some(2));
        assert_eq!(step(3, None, Step::Previous), Some(0));
        assert_eq!(step(3, Some(2), Step::Next), Some(2));
        assert_eq!(step(3, Some(0), Step::Previous), Some(0));
        assert_eq!(step(3, Some(1), Step::Next), Some(2));
        assert_eq!(step(3, Some(1), Step::First), Some(0));
        assert_eq!(step(3, Some(1), Step::Last), Some(2));
        assert_eq!(step(3, Some(9), Step::Previous), Some(1));
        assert_eq!(step(1, Some(0), Step::Next), Some(0));
    }
}
