//! The horizontal layout: milestones placed on a time axis scaled by date,
//! ranges as bars, labels packed into lanes so they never overlap. The axis
//! scrolls natively (touch, trackpad, scrollbar); it also pans by dragging
//! and by keyboard, and zooms with Ctrl/Cmd + wheel and with a pinch.

use std::collections::HashMap;

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{KeyboardEvent, PointerEvent, WheelEvent};

use super::layout::{Positioned, Slot, Unit, assign_lanes, label_width, visible_units};
use super::scale::ticks;
use super::{Ctx, LANE_HEIGHT, MAX_LANES, dom};
use crate::model::milestones::Step;

/// Marker width, the gap after it and padding, minus the marker's centring
/// offset: what a button spends before its label starts.
const LABEL_INSET: f64 = 24.0;

/// Where one milestone is drawn, in pixels from the track's start.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Placed {
    x0: f64,
    x1: f64,
    extended: Option<f64>,
    lane: usize,
    label: Option<f64>,
}

/// What a drag or pinch in progress started from.
#[derive(Clone, Copy, Default)]
struct Gesture {
    drag_from: Option<(f64, f64)>,
    dragged: bool,
}

#[component]
pub fn Rail(ctx: Ctx) -> impl IntoView {
    let view = ctx.view;
    let placements = {
        let ctx = ctx.clone();
        Memo::new(move |_| {
            let scale = view.scale.get();
            let visible = ctx.visible.get();
            let slots: Vec<Slot> = visible
                .iter()
                .map(|i| {
                    let e = ctx.extents.get(*i).copied().unwrap_or(super::scale::Extent {
                        start: 0.0,
                        end: 0.0,
                        extended_end: None,
                    });
                    let headline = ctx.site.milestones.get(*i).map_or("", |m| m.headline.as_str());
                    Slot { x0: scale.x(e.start), x1: scale.x(e.end), label_width: label_width(headline) }
                })
                .collect();
            let (lanes, count) = assign_lanes(&slots, MAX_LANES, 8.0);
            let placed: HashMap<usize, Placed> = visible
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
    };
    let lanes = Memo::new(move |_| placements.with(|(_, n)| *n));

    // What is drawn: milestones within a screen of the view (the window moves
    // in half-screen steps, so scrolling rarely changes it), with crowded
    // overflow-lane markers merged into "+N" clusters. The drawing cost
    // follows what fits on screen, not how many milestones there are.
    let window = Memo::new(move |_| {
        let width = view.width.get().max(200.0);
        let step = width / 2.0;
        let start = (view.scrolled.get() / step).floor() * step;
        (start - width, start + 2.0 * width)
    });
    let units = {
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
    };
    let axis = Memo::new(move |_| ticks(&view.scale.get(), 72.0));

    // Keep the focused or selected milestone in view.
    let reveal = move |index: usize| {
        if let Some(x) = placements.with_untracked(|(p, _)| p.get(&index).map(|p| p.x0)) {
            view.reveal(x);
        }
    };
    Effect::new(move |_| {
        if let Some(index) = ctx.selected.get() {
            // After the first render, so the track has its width.
            request_animation_frame(move || reveal(index));
        }
    });

    // Re-rendering the drawn set (a scroll, a zoom, a step out of a cluster)
    // can remove or re-insert the focused marker, which drops keyboard focus
    // on the page body. While the keyboard is in the rail, put it back on
    // the active marker after every such render.
    let keyboard_in_rail = StoredValue::new(false);
    {
        let active = ctx.active;
        Effect::new(move |_| {
            units.track();
            if !keyboard_in_rail.get_value() {
                return;
            }
            request_animation_frame(move || {
                let lost = web_sys::window()
                    .and_then(|w| w.document())
                    .and_then(|d| d.active_element())
                    .is_none_or(|e| e.tag_name() == "BODY");
                if let Some(index) = active.get_untracked().filter(|_| lost) {
                    dom::focus_marker(index, false);
                }
            });
        });
    }

    let on_key = {
        let ctx = ctx.clone();
        move |ev: KeyboardEvent| {
            keyboard_in_rail.set_value(true);
            let rtl = view.viewport.get_untracked().is_some_and(|v| dom::is_rtl(&v));
            let how = match ev.key().as_str() {
                "ArrowRight" if rtl => Step::Previous,
                "ArrowLeft" if rtl => Step::Next,
                "ArrowRight" | "ArrowDown" => Step::Next,
                "ArrowLeft" | "ArrowUp" => Step::Previous,
                "Home" => Step::First,
                "End" => Step::Last,
                other => {
                    if let Some(action) = shortcut(other) {
                        ev.prevent_default();
                        action(&view);
                    }
                    return;
                }
            };
            ev.prevent_default();
            if let Some(index) = ctx.step_focus(how) {
                reveal(index);
                // A milestone that was inside a cluster gets its own marker
                // when the render queued by this step runs: right after
                // this handler, so focus it then (and, failing that, on
                // the next frame).
                if !dom::focus_marker(index, false) {
                    leptos::task::spawn_local(async move {
                        if !dom::focus_marker(index, false) {
                            request_animation_frame(move || {
                                dom::focus_marker(index, false);
                            });
                        }
                    });
                }
            }
        }
    };

    let gesture = StoredValue::new(Gesture::default());
    let touches = StoredValue::new(Vec::<(i32, f64)>::new());
    let on_pointer_down = move |ev: PointerEvent| {
        let Some(viewport) = view.viewport.get_untracked() else { return };
        if ev.pointer_type() == "touch" {
            touches.update_value(|t| t.push((ev.pointer_id(), f64::from(ev.client_x()))));
        } else if ev.button() == 0 {
            let from = (f64::from(ev.client_x()), dom::scroll_start(&viewport));
            gesture.set_value(Gesture { drag_from: Some(from), dragged: false });
        }
    };
    let on_pointer_move = move |ev: PointerEvent| {
        let Some(viewport) = view.viewport.get_untracked() else { return };
        if ev.pointer_type() == "touch" {
            pinch(&viewport, &view, touches, ev.pointer_id(), f64::from(ev.client_x()));
            return;
        }
        let Gesture { drag_from: Some((x, start)), dragged } = gesture.get_value() else { return };
        let dx = f64::from(ev.client_x()) - x;
        if dragged || dx.abs() > 4.0 {
            if !dragged {
                let _ = viewport.set_pointer_capture(ev.pointer_id());
            }
            gesture.set_value(Gesture { drag_from: Some((x, start)), dragged: true });
            let direction = if dom::is_rtl(&viewport) { -1.0 } else { 1.0 };
            dom::set_scroll_start(&viewport, start - dx * direction);
        }
    };
    let on_pointer_up = move |ev: PointerEvent| {
        touches.update_value(|t| t.retain(|(id, _)| *id != ev.pointer_id()));
        let was = gesture.get_value();
        // A drag ends without a click on whatever was under the pointer.
        gesture.set_value(Gesture { drag_from: None, dragged: was.dragged });
    };
    let on_wheel = move |ev: WheelEvent| {
        if !(ev.ctrl_key() || ev.meta_key()) {
            return;
        }
        ev.prevent_default();
        let Some(viewport) = view.viewport.get_untracked() else { return };
        let anchor = dom::offset_from_start(&viewport, f64::from(ev.client_x()));
        view.zoom_by((-ev.delta_y() * 0.002).exp(), Some(anchor));
    };
    let on_scroll = move |_| {
        if let Some(viewport) = view.viewport.get_untracked() {
            view.scrolled.set(dom::scroll_start(&viewport));
        }
    };

    // Markers are drawn with their position as plain inline style; when the
    // layout changes (zoom, resize, filter) this writes the new styles
    // straight to the items whose placement moved. A reactive style on each
    // of a thousand markers would cost an effect per marker on first render
    // and make every zoom quadratic in the subscriber bookkeeping.
    let drawn = placements.get_untracked();
    Effect::new(move |previous: Option<HashMap<usize, Placed>>| {
        let current = placements.with(|(placed, _)| placed.clone());
        let before = previous.as_ref().unwrap_or(&drawn.0);
        for (index, placed) in &current {
            if before.get(index) != Some(placed) {
                dom::set_item_style(*index, &item_style(placed));
            }
        }
        current
    });

    // One listener each on the list, not one per marker.
    let on_click = {
        let ctx = ctx.clone();
        move |ev: web_sys::MouseEvent| {
            if gesture.get_value().dragged {
                gesture.set_value(Gesture::default());
                return;
            }
            if let Some(index) = dom::marker_index(ev.target()) {
                ctx.select(Some(index));
            }
        }
    };
    let on_focus_in = {
        let ctx = ctx.clone();
        move |ev: web_sys::FocusEvent| ctx.follow_focus(ev.target())
    };

    let cluster_ctx = ctx.clone();
    let cluster = move |members: Vec<usize>, x0: f64, x1: f64| {
        let count = members.len();
        let style = format!(
            "inset-inline-start:{}px;inset-block-start:{}px",
            x0.round() as i64,
            (MAX_LANES as f64 * LANE_HEIGHT).round() as i64
        );
        let (first, last) =
            (ctx_dates(&cluster_ctx, members.first()), ctx_dates(&cluster_ctx, members.last()));
        let name = format!("{count} milestones close together, {first} to {last}: magnify");
        let on_cluster = move |ev: web_sys::MouseEvent| {
            ev.stop_propagation();
            let Some(viewport) = view.viewport.get_untracked() else { return };
            let width = view.width.get_untracked();
            let middle = (x0 + x1) / 2.0 - dom::scroll_start(&viewport);
            view.zoom_by((width * 0.5 / (x1 - x0 + 40.0)).max(2.0), Some(middle));
        };
        view! {
            <li class="tl-item tl-cluster" style=style>
                <button tabindex="-1" aria-label=name on:click=on_cluster>{format!("+{count}")}</button>
            </li>
        }
        .into_any()
    };

    let items = {
        let ctx = ctx.clone();
        move |index: usize| {
            let slot = ctx.site.milestones.get(index).map_or(0, |m| ctx.category_slot(&m.category));
            let headline = ctx.site.milestones.get(index).map_or_else(String::new, |m| m.headline.clone());
            let extent = ctx.extents.get(index).copied();
            let is_span = extent.is_some_and(|e| e.is_span());
            let is_extended = extent.is_some_and(|e| e.extended_end.is_some());
            let style = placements.with_untracked(|(p, _)| p.get(&index).map(item_style));
            let name = ctx.accessible_name(index);
            // Kept lean on purpose (every attribute is a call into the DOM,
            // times a thousand): the shape is drawn by the button's
            // pseudo-elements from the item's category class, and the
            // button needs no type outside a form.
            view! {
                <li class=item_class(slot) style=style>
                    {is_span.then(|| view! { <span class="tl-bar" aria-hidden="true"></span> })}
                    {is_extended.then(|| view! { <span class="tl-ext" aria-hidden="true"></span> })}
                    <button id=dom::marker_id(index) tabindex="-1" aria-label=name>
                        <span class="tl-label">{headline}</span>
                    </button>
                </li>
            }
            .into_any()
        }
    };
    let unit_view = move |unit: Unit| match unit {
        Unit::Marker(index) => items(index),
        Unit::Cluster { members, x0, x1 } => cluster(members, x0, x1),
    };

    view! {
        <div
            class="tl-viewport"
            node_ref=view.viewport
            on:pointerdown=on_pointer_down
            on:pointermove=on_pointer_move
            on:pointerup=on_pointer_up
            on:pointercancel=on_pointer_up
            on:wheel=on_wheel
            on:scroll=on_scroll
        >
            <div
                class="tl-track"
                style=move || format!("inline-size:{:.0}px", view.scale.get().width())
            >
                <ol
                    class="tl-items"
                    aria-label="Milestones in time order"
                    on:keydown=on_key
                    on:click=on_click
                    on:focusin=on_focus_in
                    on:focusout=move |ev: web_sys::FocusEvent| {
                        // Focus moved on, on purpose, to something outside the rail.
                        let outside = ev
                            .related_target()
                            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                            .is_some_and(|e| e.closest(".tl-items").ok().flatten().is_none());
                        if outside {
                            keyboard_in_rail.set_value(false);
                        }
                    }
                    on:pointerdown=move |_| keyboard_in_rail.set_value(false)
                    style=move || format!("block-size:{:.0}px", lanes.get() as f64 * LANE_HEIGHT)
                >
                    <For each=move || units.get() key=Unit::key children=unit_view />
                </ol>
                <div class="tl-axis" aria-hidden="true">
                    {move || {
                        let scale = view.scale.get();
                        axis.get()
                            .1
                            .into_iter()
                            .map(|tick| {
                                let style = format!("inset-inline-start:{:.1}px", scale.x(tick.day));
                                view! { <span class="tl-tick" class:tl-tick--major=tick.major style=style>{tick.label}</span> }
                            })
                            .collect_view()
                    }}
                </div>
            </div>
        </div>
    }
}

/// Position, lane, bar and label widths as inline style: custom properties
/// carry the widths to the bar, extension and label inside.
/// Overflow-lane markers closer than this merge into a cluster.
const CLUSTER_PX: f64 = 16.0;

/// A milestone's date for a cluster's accessible name.
fn ctx_dates(ctx: &Ctx, index: Option<&usize>) -> String {
    index.and_then(|i| ctx.site.milestones.get(*i)).map_or_else(String::new, |m| m.start.label())
}

/// "tl-item cat-3": the item's class list, a static string per category.
fn item_class(slot: usize) -> &'static str {
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

/// Whole pixels: integer formatting is far cheaper than float formatting,
/// and a thousand styles are written on every zoom.
fn item_style(p: &Placed) -> String {
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

/// Keys that act on the view rather than on a milestone.
pub fn shortcut(key: &str) -> Option<fn(&super::ViewCtl)> {
    match key {
        "PageUp" => Some(|v| v.pan(-0.8)),
        "PageDown" => Some(|v| v.pan(0.8)),
        "+" | "=" => Some(|v| v.zoom_by(2.0, None)),
        "-" | "_" => Some(|v| v.zoom_by(0.5, None)),
        "0" => Some(|v| v.fit()),
        _ => None,
    }
}

/// Two touch points moving apart or together zoom around their middle.
fn pinch(
    viewport: &web_sys::HtmlDivElement,
    view: &super::ViewCtl,
    touches: StoredValue<Vec<(i32, f64)>>,
    id: i32,
    x: f64,
) {
    let mut points = touches.get_value();
    let before = points.clone();
    if let Some(point) = points.iter_mut().find(|(p, _)| *p == id) {
        point.1 = x;
    }
    touches.set_value(points.clone());
    if let ([(_, a0), (_, b0)], [(_, a1), (_, b1)]) = (before.as_slice(), points.as_slice()) {
        let (was, now) = ((a0 - b0).abs(), (a1 - b1).abs());
        if was > 10.0 && now > 10.0 {
            let middle = dom::offset_from_start(viewport, (a1 + b1) / 2.0);
            view.zoom_by(now / was, Some(middle));
        }
    }
}
