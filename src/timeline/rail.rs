//! The horizontal layout: milestones placed on a time axis scaled by date,
//! ranges as bars, labels packed into lanes so they never overlap. The axis
//! scrolls natively (touch, trackpad, scrollbar); it also pans by dragging
//! and by keyboard, and zooms with Ctrl/Cmd + wheel and with a pinch.

use std::collections::HashMap;

use leptos::prelude::*;
use web_sys::{KeyboardEvent, PointerEvent, WheelEvent};

use super::layout::{Slot, assign_lanes, label_width};
use super::scale::ticks;
use super::{Ctx, LANE_HEIGHT, MAX_LANES, Shape, dom};
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

    let on_key = {
        let ctx = ctx.clone();
        move |ev: KeyboardEvent| {
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
                dom::focus_marker(index, false);
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

    let items = {
        let ctx = ctx.clone();
        move |index: usize| {
            let ctx = ctx.clone();
            let slot = ctx.site.milestones.get(index).map_or(0, |m| ctx.category_slot(&m.category));
            let headline = ctx.site.milestones.get(index).map_or_else(String::new, |m| m.headline.clone());
            let placed = move || placements.with(|(p, _)| p.get(&index).copied());
            let position = move || {
                placed().map_or_else(String::new, |p| {
                    format!(
                        "inset-inline-start:{:.1}px;inset-block-start:{:.0}px",
                        p.x0,
                        p.lane as f64 * LANE_HEIGHT
                    )
                })
            };
            let bar = move || {
                placed().filter(|p| p.x1 > p.x0).map(|p| {
                    view! { <span class="tl-bar" aria-hidden="true" style=format!("inline-size:{:.1}px", p.x1 - p.x0)></span> }
                })
            };
            let extension = move || {
                placed().and_then(|p| p.extended.map(|e| (p, e))).map(|(p, e)| {
                    let from = p.x1.max(p.x0);
                    view! {
                        <span class="tl-ext" aria-hidden="true"
                            style=format!("inset-inline-start:{:.1}px;inline-size:{:.1}px", from - p.x0, (e - from).max(0.0))></span>
                    }
                })
            };
            let label_style =
                move || placed().and_then(|p| p.label).map(|w| format!("max-inline-size:{w:.0}px"));
            let (is_active, is_selected) = (ctx.is_active.clone(), ctx.is_selected.clone());
            let (is_active2, is_selected2) = (ctx.is_active.clone(), ctx.is_selected.clone());
            let name = ctx.accessible_name(index);
            let click_ctx = ctx.clone();
            view! {
                <li class="tl-item" style=position class:tl-item--span=move || placed().is_some_and(|p| p.x1 > p.x0)>
                    {bar}
                    {extension}
                    <button
                        type="button"
                        id=dom::marker_id(index)
                        class="tl-marker"
                        class:tl-marker--selected=move || is_selected2.selected(&Some(index))
                        tabindex=move || if is_active.selected(&Some(index)) { "0" } else { "-1" }
                        aria-current=move || is_selected.selected(&Some(index)).then_some("true")
                        aria-label=name
                        on:click=move |_| {
                            if gesture.get_value().dragged {
                                gesture.set_value(Gesture::default());
                                return;
                            }
                            click_ctx.select(Some(index));
                        }
                        on:focus=move |_| {
                            if !is_active2.selected(&Some(index)) {
                                ctx.active.set(Some(index));
                            }
                        }
                    >
                        <Shape variant=slot />
                        <span class="tl-label" class:tl-label--hidden=move || label_style().is_none() style=label_style>
                            {headline}
                        </span>
                    </button>
                </li>
            }
        }
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
                    style=move || format!("block-size:{:.0}px", lanes.get() as f64 * LANE_HEIGHT)
                >
                    <For each=move || ctx.visible.get() key=|index| *index children=items />
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
