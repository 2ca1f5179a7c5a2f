//! Where the axis draws each milestone: position, lane and label room (the
//! pure `layout` maths at the current scale), which markers and "+N"
//! clusters are drawn for the part of the axis on screen, and the inline
//! styles that carry the positions.

use std::collections::HashMap;

use leptos::prelude::*;

use super::layout::{Positioned, Slot, Unit, assign_lanes, label_width, visible_units};
use super::scale::Extent;
use super::{Ctx, LANE_HEIGHT, MAX_LANES};

/// Marker width, the gap after it and padding, minus the marker's centring
/// offset: what a button spends before its label starts.
const LABEL_INSET: f64 = 24.0;

/// Overflow-lane markers closer than this merge into a cluster.
const CLUSTER_PX: f64 = 16.0;

/// Where one milestone is drawn, in pixels from the track's start.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Placed {
    pub x0: f64,
    pub x1: f64,
    pub extended: Option<f64>,
    pub lane: usize,
    /// The room for the label, or none (the label is hidden).
    pub label: Option<f64>,
}

/// Every visible milestone's place, by index, and how many lanes they use.
pub type Placements = (HashMap<usize, Placed>, usize);

pub fn use_placements(ctx: &Ctx) -> Memo<Placements> {
    let ctx = ctx.clone();
    Memo::new(move |_| {
        let scale = ctx.view.scale.get();
        let visible = ctx.visible.get();
        let nowhere = Extent { start: 0.0, end: 0.0, extended_end: None };
        let slots: Vec<Slot> = visible
            .iter()
            .map(|i| {
                let e = ctx.extents.get(*i).copied().unwrap_or(nowhere);
                let headline = ctx.site.milestones.get(*i).map_or("", |m| m.headline.as_str());
                Slot { x0: scale.x(e.start), x1: scale.x(e.end), label_width: label_width(headline) }
            })
            .collect();
        let (lanes, count) = assign_lanes(&slots, MAX_LANES, 8.0);
        let placed = visible
            .iter()
            .zip(slots.iter().zip(lanes))
            .map(|(i, (slot, lane))| {
                let extended = ctx.extents.get(*i).and_then(|e| e.extended_end).map(|d| scale.x(d));
                // The marker and gap take the first LABEL_INSET pixels.
                let label = lane.label.then_some(slot.label_width - LABEL_INSET);
                (*i, Placed { x0: slot.x0, x1: slot.x1, extended, lane: lane.lane, label })
            })
            .collect();
        (placed, count)
    })
}

/// What is drawn: milestones within a screen of the view (the window moves
/// in half-screen steps, so scrolling rarely changes it), with crowded
/// overflow-lane markers merged into "+N" clusters. The drawing cost
/// follows what fits on screen, not how many milestones there are. The
/// focused and the selected milestone are always drawn.
pub fn use_drawn_units(ctx: &Ctx, placements: Memo<Placements>) -> Memo<Vec<Unit>> {
    let view = ctx.view;
    let window = Memo::new(move |_| {
        let width = view.width.get().max(200.0);
        let step = width / 2.0;
        let start = (view.scrolled.get() / step).floor() * step;
        (start - width, start + 2.0 * width)
    });
    let ctx = ctx.clone();
    Memo::new(move |_| {
        let keep: Vec<usize> = [ctx.active.get(), ctx.selected.get()].into_iter().flatten().collect();
        let window = window.get();
        placements.with(|(placed, _)| {
            let items: Vec<Positioned> = ctx.visible.with(|visible| {
                visible
                    .iter()
                    .filter_map(|index| {
                        let p = placed.get(index)?;
                        let label_end = p.label.map_or(p.x0, |w| p.x0 + w + LABEL_INSET);
                        let right = p.x1.max(p.extended.unwrap_or(p.x1)).max(label_end);
                        Some(Positioned { index: *index, x0: p.x0, right, lane: p.lane })
                    })
                    .collect()
            });
            visible_units(&items, MAX_LANES, window, &keep, CLUSTER_PX)
        })
    })
}

/// "tl-item cat-3": the item's class list, a static string per category.
pub fn item_class(slot: usize) -> &'static str {
    const CLASSES: [&str; 9] = [
        "tl-item cat-0",
        "tl-item cat-1",
        "tl-item cat-2",
        "tl-item cat-3",
        "tl-item cat-4",
        "tl-item cat-5",
        "tl-item cat-6",
        "tl-item cat-7",
        "tl-item cat-8",
    ];
    CLASSES[slot % CLASSES.len()]
}

/// Position, lane, bar and label widths as inline style: custom properties
/// carry the widths to the bar, extension and label inside. Whole pixels:
/// integer formatting is far cheaper than float formatting, and a thousand
/// styles are written on every zoom.
pub fn item_style(p: &Placed) -> String {
    let px = |v: f64| v.round() as i64;
    let mut style = format!(
        "inset-inline-start:{}px;inset-block-start:{}px;--bar:{}px",
        px(p.x0),
        px(p.lane as f64 * LANE_HEIGHT),
        px((p.x1 - p.x0).max(0.0))
    );
    if let Some(end) = p.extended {
        let from = p.x1.max(p.x0);
        style.push_str(&format!(";--ext-at:{}px;--ext:{}px", px(from - p.x0), px((end - from).max(0.0))));
    }
    match p.label {
        Some(width) => style.push_str(&format!(";--label:{}px", px(width))),
        None => style.push_str(";--label-display:none"),
    }
    style
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn styles_are_whole_pixels_with_the_label_room() {
        let placed = Placed { x0: 10.4, x1: 50.6, extended: Some(80.0), lane: 2, label: Some(120.2) };
        assert_eq!(
            item_style(&placed),
            "inset-inline-start:10px;inset-block-start:80px;--bar:40px;--ext-at:40px;--ext:29px;--label:120px"
        );
        let hidden = Placed { label: None, extended: None, ..placed };
        assert!(item_style(&hidden).ends_with("--label-display:none"));
        assert_eq!(item_class(10), "tl-item cat-1");
    }
}
