//! Time-axis maths for the timeline, free of the DOM: where a date goes on
//! the axis, where a milestone starts and ends, and which ticks to draw at
//! a given zoom. Time is measured in days since 1970-01-01 (fractional days
//! allowed), which is exact for calendar dates and fine for centuries.

use crate::model::date::{Date, month_name};
use crate::model::site::{Milestone, PartialDate};

const DAYS_PER_YEAR: f64 = 365.2425;
const DAYS_PER_MONTH: f64 = DAYS_PER_YEAR / 12.0;

/// A linear map from days to pixels along the axis.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TimeScale {
    start: f64,
    end: f64,
    width: f64,
}

impl TimeScale {
    /// Degenerate input is widened rather than rejected: an empty or
    /// inverted domain becomes one day, a non-positive width one pixel.
    pub fn new(start: f64, end: f64, width: f64) -> TimeScale {
        let start = if start.is_finite() { start } else { 0.0 };
        let end = if end.is_finite() && end > start { end } else { start + 1.0 };
        let width = if width.is_finite() && width > 0.0 { width } else { 1.0 };
        TimeScale { start, end, width }
    }

    pub fn x(&self, day: f64) -> f64 {
        (day - self.start) / (self.end - self.start) * self.width
    }

    pub fn day_at(&self, x: f64) -> f64 {
        self.start + x / self.width * (self.end - self.start)
    }

    pub fn px_per_day(&self) -> f64 {
        self.width / (self.end - self.start)
    }

    pub fn domain(&self) -> (f64, f64) {
        (self.start, self.end)
    }

    pub fn width(&self) -> f64 {
        self.width
    }
}

/// Where a milestone lies in time.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Extent {
    /// A point milestone's position, or a span's first day.
    pub start: f64,
    /// The day after a span ends; equal to `start` for a point.
    pub end: f64,
    /// The day after an announced extension ends, drawn dashed.
    pub extended_end: Option<f64>,
}

impl Extent {
    pub fn is_span(&self) -> bool {
        self.end > self.start
    }
}

fn first_day(date: PartialDate) -> f64 {
    date.first_day().map_or(f64::from(date.year - 1970) * DAYS_PER_YEAR, |d| d.days_since_epoch() as f64)
}

fn after_last_day(date: PartialDate) -> f64 {
    date.last_day().map_or(first_day(date) + DAYS_PER_YEAR, |d| d.days_since_epoch() as f64 + 1.0)
}

/// A point sits in the middle of what its date can mean: mid-year for
/// "1994", mid-month for "May 2004", midday for a full date. A span runs
/// from the first possible day of its start to the last of its end.
pub fn extent(milestone: &Milestone) -> Extent {
    let start = milestone.start;
    let extended_end = milestone.extended_to.filter(|e| *e > start).map(after_last_day);
    match milestone.end.filter(|end| *end > start) {
        Some(end) => Extent { start: first_day(start), end: after_last_day(end), extended_end },
        None => {
            let middle = (first_day(start) + after_last_day(start)) / 2.0;
            Extent { start: middle, end: middle, extended_end }
        }
    }
}

/// The range that shows every extent with a margin on both sides; at least
/// two years wide, so one milestone or none still gets a readable axis.
pub fn fit_domain(extents: &[Extent]) -> (f64, f64) {
    let lo = extents.iter().map(|e| e.start).fold(f64::INFINITY, f64::min);
    let hi = extents
        .iter()
        .map(|e| e.extended_end.unwrap_or(e.end).max(e.start))
        .fold(f64::NEG_INFINITY, f64::max);
    let (lo, hi) = if lo.is_finite() && hi.is_finite() { (lo, hi) } else { (0.0, 0.0) };
    let centre = (lo + hi) / 2.0;
    let half = ((hi - lo) / 2.0 * 1.04).max(DAYS_PER_YEAR);
    (centre - half, centre + half)
}

/// Spacing between ticks, from a month to a millennium.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TickStep {
    Months(u8),
    Years(u16),
}

const STEPS: [TickStep; 13] = [
    TickStep::Months(1),
    TickStep::Months(3),
    TickStep::Months(6),
    TickStep::Years(1),
    TickStep::Years(2),
    TickStep::Years(5),
    TickStep::Years(10),
    TickStep::Years(20),
    TickStep::Years(50),
    TickStep::Years(100),
    TickStep::Years(200),
    TickStep::Years(500),
    TickStep::Years(1000),
];

impl TickStep {
    fn days(self) -> f64 {
        match self {
            TickStep::Months(n) => f64::from(n) * DAYS_PER_MONTH,
            TickStep::Years(n) => f64::from(n) * DAYS_PER_YEAR,
        }
    }

    /// "decades", "years", "months": what the axis is showing, for people.
    pub fn unit_name(self) -> &'static str {
        match self {
            TickStep::Months(_) => "months",
            TickStep::Years(n) if n < 10 => "years",
            TickStep::Years(n) if n < 100 => "decades",
            TickStep::Years(_) => "centuries",
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Tick {
    pub day: f64,
    pub label: String,
    /// Decade, century or new-year ticks, drawn stronger.
    pub major: bool,
}

/// The finest step whose ticks are at least `min_spacing` pixels apart.
pub fn tick_step(scale: &TimeScale, min_spacing: f64) -> TickStep {
    let px_per_day = scale.px_per_day();
    STEPS.into_iter().find(|step| step.days() * px_per_day >= min_spacing).unwrap_or(TickStep::Years(1000))
}

/// Ticks inside the scale's domain, aligned to calendar boundaries
/// (1 January, the first of a month), at the finest readable step.
pub fn ticks(scale: &TimeScale, min_spacing: f64) -> (TickStep, Vec<Tick>) {
    let step = tick_step(scale, min_spacing);
    let (start, end) = scale.domain();
    let first = Date::from_days_since_epoch(start.floor() as i64);
    let last_year = Date::from_days_since_epoch(end.ceil() as i64).year;
    let mut out = Vec::new();
    // A hard cap keeps a pathological domain from allocating without end.
    const MAX_TICKS: usize = 2_000;
    match step {
        TickStep::Years(n) => {
            let n = i32::from(n);
            let mut year = first.year.div_euclid(n) * n;
            while year <= last_year && out.len() < MAX_TICKS {
                if let Some(day) = Date::new(year, 1, 1).map(|d| d.days_since_epoch() as f64)
                    && day >= start
                    && day <= end
                {
                    out.push(Tick { day, label: year.to_string(), major: year % major_every(n) == 0 });
                }
                year += n;
            }
        }
        TickStep::Months(n) => {
            let n = i32::from(n);
            let mut index = first.year * 12 + (i32::from(first.month) - 1) / n * n;
            while index / 12 <= last_year && out.len() < MAX_TICKS {
                let (year, month) = (index.div_euclid(12), (index.rem_euclid(12) + 1) as u8);
                if let Some(day) = Date::new(year, month, 1).map(|d| d.days_since_epoch() as f64)
                    && day >= start
                    && day <= end
                {
                    let label = if month == 1 {
                        year.to_string()
                    } else {
                        month_name(month).map_or_else(String::new, |m| m.chars().take(3).collect())
                    };
                    out.push(Tick { day, label, major: month == 1 });
                }
                index += n;
            }
        }
    }
    (step, out)
}

/// Which year ticks are drawn stronger: decades among yearly to five-yearly
/// ticks, half-centuries among decades, and so on.
fn major_every(step_years: i32) -> i32 {
    match step_years {
        ..=5 => 10,
        6..=10 => 50,
        11..=50 => 100,
        51..=100 => 500,
        101..=500 => 1000,
        _ => 5000,
    }
}

/// The year range a domain shows, for the "Showing 1991–2031" readout.
pub fn year_range(start: f64, end: f64) -> (i32, i32) {
    let year = |day: f64| Date::from_days_since_epoch(day.floor() as i64).year;
    (year(start), year(end))
}

#[cfg(test)]
mod tests;
