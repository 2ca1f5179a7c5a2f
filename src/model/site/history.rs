//! Milestones, placed in time by dates that are often known only to the
//! year or the month.

use crate::model::date::{Date, days_in_month};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Category {
    pub id: String,
    pub label: String,
}

/// A year with an optional month and day, as history is often only known
/// to the year.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PartialDate {
    pub year: i32,
    pub month: Option<u8>,
    pub day: Option<u8>,
}

impl PartialDate {
    pub fn year(year: i32) -> PartialDate {
        PartialDate { year, month: None, day: None }
    }

    /// Drops a month or day that does not exist rather than the date.
    pub(super) fn repaired(self) -> PartialDate {
        let month = self.month.filter(|m| (1..=12).contains(m));
        let day =
            month.and(self.day).filter(|d| month.is_some_and(|m| Date::new(self.year, m, *d).is_some()));
        PartialDate { year: self.year, month, day }
    }

    /// The first day the date can mean (1 January for a bare year).
    pub fn first_day(self) -> Option<Date> {
        Date::new(self.year, self.month.unwrap_or(1), self.day.unwrap_or(1))
    }

    /// The last day the date can mean (31 December for a bare year).
    pub fn last_day(self) -> Option<Date> {
        let month = self.month.unwrap_or(12);
        let day = self.day.unwrap_or_else(|| days_in_month(self.year, month));
        Date::new(self.year, month, day)
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Milestone {
    /// Stable, hand-assigned: deep links must survive headline edits.
    pub id: String,
    pub start: PartialDate,
    pub end: Option<PartialDate>,
    /// An announced extension beyond `end` ("2018–2022, to be extended
    /// until 2024"), drawn as a dashed continuation.
    pub extended_to: Option<PartialDate>,
    pub headline: String,
    pub text: String,
    pub category: String,
    pub sources: Vec<String>,
    /// Ids of related feed items.
    pub related: Vec<String>,
}
