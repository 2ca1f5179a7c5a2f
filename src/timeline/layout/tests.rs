//! The layout maths, on cases chosen to break it.

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

fn at(index: usize, x0: f64, lane: usize) -> Positioned {
    Positioned { index, x0, right: x0, lane }
}

#[test]
fn only_what_is_in_the_window_is_drawn() {
    let items = [at(0, -500.0, 0), at(1, 100.0, 0), at(2, 900.0, 1), at(3, 5000.0, 0)];
    let units = visible_units(&items, 7, (0.0, 1000.0), &[], 16.0);
    assert_eq!(units, [Unit::Marker(1), Unit::Marker(2)]);
    // A long bar that starts before the window still shows.
    let bar = [Positioned { index: 9, x0: -800.0, right: 50.0, lane: 0 }];
    assert_eq!(visible_units(&bar, 7, (0.0, 1000.0), &[], 16.0), [Unit::Marker(9)]);
}

#[test]
fn crowded_overflow_markers_cluster() {
    let items = [at(0, 10.0, 7), at(1, 12.0, 7), at(2, 20.0, 7), at(3, 200.0, 7), at(4, 205.0, 0)];
    let units = visible_units(&items, 7, (0.0, 1000.0), &[], 16.0);
    assert_eq!(
        units,
        [Unit::Cluster { members: vec![0, 1, 2], x0: 10.0, x1: 20.0 }, Unit::Marker(3), Unit::Marker(4)],
        "in milestone order"
    );
    assert_ne!(units[0].key(), Unit::Cluster { members: vec![0, 1], x0: 10.0, x1: 12.0 }.key());
}

#[test]
fn kept_milestones_always_get_a_marker() {
    let items = [at(0, 10.0, 7), at(1, 12.0, 7), at(2, 14.0, 7), at(3, 9000.0, 0)];
    let units = visible_units(&items, 7, (0.0, 1000.0), &[1, 3], 16.0);
    assert_eq!(
        units,
        [Unit::Cluster { members: vec![0, 2], x0: 10.0, x1: 14.0 }, Unit::Marker(1), Unit::Marker(3)]
    );
}

#[test]
fn a_thousand_crowded_milestones_become_a_few_units() {
    let items: Vec<Positioned> = (0..1000).map(|i| at(i, f64::from(i as u32) * 1.1, 7)).collect();
    let units = visible_units(&items, 7, (0.0, 1200.0), &[], 16.0);
    assert!(units.len() < 80, "{}", units.len());
    let drawn: usize = units
        .iter()
        .map(|u| match u {
            Unit::Marker(_) => 1,
            Unit::Cluster { members, .. } => members.len(),
        })
        .sum();
    assert_eq!(drawn, 1000, "every milestone is in exactly one unit");
}

#[test]
fn label_widths_are_bounded() {
    assert_eq!(label_width(""), 48.0);
    assert_eq!(label_width(&"x".repeat(500)), MAX_LABEL);
    assert!(label_width("Istanbul Declaration") > 100.0);
}
