//! The scale maths, on cases chosen to break it.

use super::*;

fn day(y: i32, m: u8, d: u8) -> f64 {
    Date::new(y, m, d).map_or(f64::NAN, |d| d.days_since_epoch() as f64)
}

fn milestone(start: PartialDate, end: Option<PartialDate>) -> Milestone {
    Milestone {
        id: "m".into(),
        start,
        end,
        extended_to: None,
        headline: String::new(),
        text: String::new(),
        category: String::new(),
        sources: vec![],
        related: vec![],
    }
}

#[test]
fn corners_and_centre() {
    let s = TimeScale::new(day(1990, 1, 1), day(2030, 1, 1), 800.0);
    assert_eq!(s.x(day(1990, 1, 1)), 0.0);
    assert_eq!(s.x(day(2030, 1, 1)), 800.0);
    let centre = s.day_at(400.0);
    assert!((s.x(centre) - 400.0).abs() < 1e-9);
    assert!((centre - day(2010, 1, 1)).abs() <= 1.0, "the middle of 1990–2030 is about 1 January 2010");
    assert!(s.x(day(1980, 1, 1)) < 0.0, "dates outside the domain fall outside the width");
}

#[test]
fn degenerate_scales_are_widened() {
    let zero = TimeScale::new(100.0, 100.0, 500.0);
    assert_eq!(zero.domain(), (100.0, 101.0));
    assert!(zero.x(100.5).is_finite());
    let inverted = TimeScale::new(200.0, 100.0, 0.0);
    assert_eq!((inverted.domain(), inverted.width()), ((200.0, 201.0), 1.0));
    let nan = TimeScale::new(f64::NAN, f64::INFINITY, f64::NAN);
    assert!(nan.x(5.0).is_finite());
}

#[test]
fn points_sit_mid_period_spans_cover_whole_days() {
    let year_only = extent(&milestone(PartialDate::year(1994), None));
    assert!(!year_only.is_span());
    assert_eq!(
        Date::from_days_since_epoch(year_only.start as i64),
        Date::new(1994, 7, 2).unwrap_or_else(|| unreachable!())
    );
    let full = extent(&milestone(PartialDate { year: 2013, month: Some(4), day: Some(19) }, None));
    assert_eq!(full.start, day(2013, 4, 19) + 0.5);
    let span = extent(&milestone(
        PartialDate::year(1993),
        Some(PartialDate { year: 2006, month: Some(1), day: None }),
    ));
    assert!(span.is_span());
    assert_eq!((span.start, span.end), (day(1993, 1, 1), day(2006, 2, 1)));
    // An end equal to the start is a point, not a zero-width span.
    assert!(!extent(&milestone(PartialDate::year(2000), Some(PartialDate::year(2000)))).is_span());
}

#[test]
fn extensions_reach_beyond_the_end() {
    let mut m = milestone(PartialDate::year(2017), Some(PartialDate::year(2022)));
    m.extended_to = Some(PartialDate::year(2024));
    let e = extent(&m);
    assert_eq!(e.extended_end, Some(day(2025, 1, 1)));
    m.extended_to = Some(PartialDate::year(2010));
    assert_eq!(extent(&m).extended_end, None);
}

#[test]
fn fitting_pads_and_never_collapses() {
    let (lo, hi) = fit_domain(&[]);
    assert!(hi - lo >= 2.0 * DAYS_PER_YEAR - 1e-9);
    let one = Extent { start: day(2019, 2, 20), end: day(2019, 2, 20), extended_end: None };
    let (lo, hi) = fit_domain(&[one]);
    assert!(lo < one.start && hi > one.start);
    assert!((hi - lo - 2.0 * DAYS_PER_YEAR).abs() < 1e-6, "a single milestone gets two years");
    let wide = [
        Extent { start: day(1991, 10, 30), end: day(1991, 10, 30), extended_end: None },
        Extent { start: day(2025, 1, 1), end: day(2031, 1, 1), extended_end: None },
    ];
    let (lo, hi) = fit_domain(&wide);
    assert!(lo < day(1991, 10, 30) && hi > day(2031, 1, 1));
    assert!(hi - lo < 1.05 * (day(2031, 1, 1) - day(1991, 10, 30)));
}

#[test]
fn ticks_adapt_from_centuries_to_months() {
    let wide = TimeScale::new(day(1000, 1, 1), day(2000, 1, 1), 1000.0);
    let (step, ticks) = self::ticks(&wide, 60.0);
    assert_eq!(step, TickStep::Years(100));
    assert_eq!(step.unit_name(), "centuries");
    assert_eq!(ticks.first().map(|t| t.label.as_str()), Some("1000"));
    assert_eq!(ticks.len(), 11);

    let decades = TimeScale::new(day(1990, 1, 1), day(2030, 1, 1), 900.0);
    assert_eq!(tick_step(&decades, 60.0), TickStep::Years(5));
    let (_, t) = self::ticks(&decades, 60.0);
    assert_eq!(
        t.iter().map(|t| t.label.as_str()).collect::<Vec<_>>(),
        ["1990", "1995", "2000", "2005", "2010", "2015", "2020", "2025", "2030"]
    );
    assert!(t[0].major && !t[1].major);

    let one_year = TimeScale::new(day(2019, 1, 1), day(2020, 1, 1), 1200.0);
    let (step, t) = self::ticks(&one_year, 60.0);
    assert_eq!(step, TickStep::Months(1));
    assert_eq!(t.len(), 13);
    assert_eq!((t[0].label.as_str(), t[1].label.as_str(), t[12].label.as_str()), ("2019", "Feb", "2020"));
}

#[test]
fn ticks_stay_inside_the_domain_and_bounded() {
    let s = TimeScale::new(day(1991, 6, 1), day(1994, 3, 1), 400.0);
    let (_, t) = ticks(&s, 50.0);
    assert!(t.iter().all(|t| t.day >= day(1991, 6, 1) && t.day <= day(1994, 3, 1)));
    let absurd = TimeScale::new(-1e9, 1e9, 1e9);
    assert!(ticks(&absurd, 1.0).1.len() <= 2_000);
}

#[test]
fn year_ranges() {
    assert_eq!(year_range(day(1991, 3, 1), day(2031, 1, 1) - 0.5), (1991, 2030));
}
