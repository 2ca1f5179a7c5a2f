//! Label collision handling: which lane (row) each milestone goes into so
//! that no two labels overlap, and which labels must be hidden when there
//! are more overlapping milestones than lanes. Hidden labels keep their
//! marker, accessible name and detail panel; only the visible text goes.

use crate::model::{number, order};

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
    number::within(text.chars().count() as f64 * 7.2 + 20.0, 48.0, MAX_LABEL)
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
    let by_start = order::positions_sorted_by(slots.len(), &|a, b| slots[a].x0.total_cmp(&slots[b].x0));
    // The right edge of what is drawn in each lane so far.
    let mut lane_end: Vec<f64> = Vec::new();
    let mut placements = vec![Placement { lane: 0, label: false }; slots.len()];
    for index in by_start {
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

/// A milestone after lane assignment, in pixels along the track.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Positioned {
    pub index: usize,
    pub x0: f64,
    /// The right edge of everything drawn for it (bar or label).
    pub right: f64,
    pub lane: usize,
}

/// What the axis draws: a milestone's own marker, or several crowded
/// overflow-lane milestones as one "+N" cluster.
#[derive(Clone, Debug, PartialEq)]
pub enum Unit {
    Marker(usize),
    Cluster { members: Vec<usize>, x0: f64, x1: f64 },
}

impl Unit {
    /// The earliest milestone it stands for.
    pub fn first(&self) -> usize {
        match self {
            Unit::Marker(index) => *index,
            Unit::Cluster { members, .. } => members.first().copied().unwrap_or(0),
        }
    }

    /// Stable for a marker; a cluster that moves or changes is a new one.
    pub fn key(&self) -> String {
        match self {
            Unit::Marker(index) => format!("m{index}"),
            Unit::Cluster { members, x0, .. } => {
                format!("c{}-{}-{}", members.first().copied().unwrap_or(0), members.len(), x0.round() as i64)
            }
        }
    }
}

/// Decides what to draw so that the cost follows what can be seen, not the
/// number of milestones: items outside `window` (pixels) are skipped, and
/// overflow-lane markers closer than `merge` pixels to the start of a group
/// are merged into one cluster. Milestones in `keep` (the focused and the
/// selected one) always get their own marker, wherever they are, so
/// keyboard focus and `aria-current` always have an element.
pub fn visible_units(
    items: &[Positioned],
    overflow_lane: usize,
    window: (f64, f64),
    keep: &[usize],
    merge: f64,
) -> Vec<Unit> {
    let (from, to) = window;
    let in_window = |p: &Positioned| p.right.max(p.x0 + MARKER) >= from && p.x0 <= to;
    let mut units = Vec::new();
    let mut group: Vec<&Positioned> = Vec::new();
    let flush = |group: &mut Vec<&Positioned>, units: &mut Vec<Unit>| {
        match group.as_slice() {
            [] => {}
            [single] => units.push(Unit::Marker(single.index)),
            [first, .., last] => units.push(Unit::Cluster {
                members: group.iter().map(|p| p.index).collect(),
                x0: first.x0,
                x1: last.x0,
            }),
        }
        group.clear();
    };
    for item in items {
        if keep.contains(&item.index) {
            units.push(Unit::Marker(item.index));
            continue;
        }
        if !in_window(item) {
            continue;
        }
        if item.lane < overflow_lane {
            units.push(Unit::Marker(item.index));
            continue;
        }
        if group.first().is_some_and(|start| item.x0 - start.x0 > merge) {
            flush(&mut group, &mut units);
        }
        group.push(item);
    }
    flush(&mut group, &mut units);
    // In milestone order, so the list keeps markers that stay drawn in the
    // same order: a moved element loses keyboard focus.
    order::sort_by_key(&mut units, Unit::first);
    units
}

#[cfg(test)]
mod tests;
