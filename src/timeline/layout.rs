//! Label collision handling: which lane (row) each milestone goes into so
//! that no two labels overlap, and which labels must be hidden when there
//! are more overlapping milestones than lanes. Hidden labels keep their
//! marker, accessible name and detail panel; only the visible text goes.

/// One milestone on the axis, in pixels.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Slot {
    pub x0: f64,
    /// Equal to `x0` for a point.
    pub x1: f64,
    /// The width its label needs (see [`label_width`]).
    pub label_width: f64,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Placement {
    pub lane: usize,
    pub label: bool,
}

/// The widest a label may be; longer headlines are cut with an ellipsis at
/// exactly this width, so the estimate is also a hard limit.
pub const MAX_LABEL: f64 = 190.0;
/// Room for a marker when its label is hidden.
pub const MARKER: f64 = 14.0;

/// A conservative width for a label of `text` at the rail's font size.
pub fn label_width(text: &str) -> f64 {
    (text.chars().count() as f64 * 7.2 + 20.0).clamp(48.0, MAX_LABEL)
}

/// Greedy interval packing in time order: each milestone takes the first
/// lane where it starts after the previous occupant (label included) plus
/// `gap`, opening a new lane while there are fewer than `max_lanes`. When
/// every lane is still busy, it goes, label hidden, to one extra overflow
/// lane where only markers are drawn: markers may touch there, but nothing
/// ever covers a label. Returns placements in input order and the number of
/// lanes used (the overflow lane counts).
pub fn assign_lanes(slots: &[Slot], max_lanes: usize, gap: f64) -> (Vec<Placement>, usize) {
    let max_lanes = max_lanes.max(1);
    let mut overflow_used = false;
    let mut order: Vec<usize> = (0..slots.len()).collect();
    order.sort_by(|a, b| slots[*a].x0.total_cmp(&slots[*b].x0));
    // The right edge of what is drawn in each lane so far.
    let mut lane_end: Vec<f64> = Vec::new();
    let mut placements = vec![Placement { lane: 0, label: false }; slots.len()];
    for index in order {
        let slot = slots[index];
        let with_label = slot.x1.max(slot.x0 + slot.label_width);
        let fits = |end: &f64| *end + gap <= slot.x0;
        let placement = if let Some(lane) = lane_end.iter().position(fits) {
            lane_end[lane] = with_label;
            Placement { lane, label: true }
        } else if lane_end.len() < max_lanes {
            lane_end.push(with_label);
            Placement { lane: lane_end.len() - 1, label: true }
        } else {
            overflow_used = true;
            Placement { lane: max_lanes, label: false }
        };
        placements[index] = placement;
    }
    let lanes = if overflow_used { max_lanes + 1 } else { lane_end.len().max(1) };
    (placements, lanes)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn point(x: f64, w: f64) -> Slot {
        Slot { x0: x, x1: x, label_width: w }
    }

    /// The property that matters: in the regular lanes nothing overlaps
    /// (labels included); the overflow lane holds markers only.
    fn assert_no_overlap(slots: &[Slot], placements: &[Placement], max_lanes: usize) {
        for (i, a) in slots.iter().enumerate() {
            if placements[i].lane == max_lanes {
                assert!(!placements[i].label, "slot {i} has a label in the overflow lane");
                continue;
            }
            for (j, b) in slots.iter().enumerate().skip(i + 1) {
                let (pa, pb) = (placements[i], placements[j]);
                if pa.lane != pb.lane {
                    continue;
                }
                let end = |s: &Slot, p: Placement| {
                    if p.label { s.x1.max(s.x0 + s.label_width) } else { s.x1.max(s.x0 + MARKER) }
                };
                let (a_end, b_end) = (end(a, pa), end(b, pb));
                assert!(a_end <= b.x0 || b_end <= a.x0, "slots {i} and {j} overlap in lane {}", pa.lane);
            }
        }
    }

    #[test]
    fn far_apart_labels_share_a_lane() {
        let slots = [point(0.0, 50.0), point(100.0, 50.0), point(200.0, 50.0)];
        let (p, lanes) = assign_lanes(&slots, 4, 4.0);
        assert_eq!(lanes, 1);
        assert!(p.iter().all(|p| p.lane == 0 && p.label));
    }

    #[test]
    fn close_labels_stack() {
        let slots = [point(0.0, 80.0), point(10.0, 80.0), point(20.0, 80.0), point(100.0, 80.0)];
        let (p, lanes) = assign_lanes(&slots, 4, 4.0);
        assert_eq!(lanes, 3);
        assert_eq!(p.iter().map(|p| p.lane).collect::<Vec<_>>(), [0, 1, 2, 0]);
        assert_no_overlap(&slots, &p, 4);
    }

    #[test]
    fn overflow_hides_labels_not_markers() {
        let slots: Vec<Slot> = (0..10).map(|i| point(f64::from(i), 100.0)).collect();
        let (p, lanes) = assign_lanes(&slots, 3, 2.0);
        assert_eq!(lanes, 4, "three lanes and the overflow lane");
        assert_eq!(p.iter().filter(|p| p.label).count(), 3);
        assert_eq!(p.iter().filter(|p| p.lane == 3).count(), 7);
        assert_no_overlap(&slots, &p, 3);
    }

    #[test]
    fn spans_block_their_whole_length() {
        let slots = [Slot { x0: 0.0, x1: 500.0, label_width: 60.0 }, point(300.0, 60.0)];
        let (p, _) = assign_lanes(&slots, 4, 4.0);
        assert_ne!(p[0].lane, p[1].lane);
    }

    #[test]
    fn input_order_does_not_matter() {
        let slots = [point(200.0, 50.0), point(0.0, 50.0), point(20.0, 50.0)];
        let (p, _) = assign_lanes(&slots, 4, 4.0);
        assert_eq!(p[1].lane, 0);
        assert_eq!(p[2].lane, 1);
        assert_eq!(p[0].lane, 0);
    }

    #[test]
    fn random_layouts_never_overlap() {
        let mut seed = 7u64;
        let mut next = || {
            seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
            (seed >> 33) as f64 / f64::from(u32::MAX >> 1)
        };
        for _ in 0..200 {
            let slots: Vec<Slot> = (0..60)
                .map(|_| {
                    let x0 = next() * 2000.0;
                    let x1 = if next() < 0.3 { x0 + next() * 300.0 } else { x0 };
                    Slot { x0, x1, label_width: label_width(&"x".repeat((next() * 40.0) as usize)) }
                })
                .collect();
            let (p, lanes) = assign_lanes(&slots, 6, 4.0);
            assert!(lanes <= 7);
            assert_no_overlap(&slots, &p, 6);
        }
    }

    #[test]
    fn empty_and_degenerate_input() {
        assert_eq!(assign_lanes(&[], 5, 4.0), (vec![], 1));
        let (p, lanes) = assign_lanes(&[point(f64::NAN, 10.0), point(0.0, 10.0)], 0, 4.0);
        assert_eq!((p.len(), lanes), (2, 2), "one lane and the overflow lane");
    }

    #[test]
    fn label_widths_are_bounded() {
        assert_eq!(label_width(""), 48.0);
        assert_eq!(label_width(&"x".repeat(500)), MAX_LABEL);
        assert!(label_width("Istanbul Declaration") > 100.0);
    }
}
