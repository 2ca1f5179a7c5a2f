//! The horizontal layout: milestones placed on a time axis scaled by date,
//! ranges as bars, labels packed into lanes so they never overlap. The axis
//! scrolls natively (touch, trackpad, scrollbar); it also pans by dragging
//! and by keyboard, and zooms with Ctrl/Cmd + wheel and with a pinch.

use std::collections::HashMap;

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::KeyboardEvent;

use super::keys::{TimelineKey, timeline_key};
use super::layout::Unit;
use super::placement::{Placed, item_class, item_style, use_drawn_units, use_placements};
use super::scale::ticks;
use super::{Ctx, LANE_HEIGHT, MAX_LANES, dom};
use crate::interaction::gestures::{Axes, GestureActions, GestureOptions, Point, use_gestures};
use crate::model::number;

#[component]
pub fn Rail(ctx: Ctx) -> impl IntoView {
    let view = ctx.view;
    let placements = use_placements(&ctx);
    let lanes = Memo::new(move |_| placements.with(|(_, n)| *n));
    let units = use_drawn_units(&ctx, placements);
    let axis = Memo::new(move |_| ticks(&view.scale.get(), 72.0));

    // Keep the focused or selected milestone in view. Also called a frame
    // later, when the timeline may be gone (the visitor moved on).
    let reveal = move |index: usize| {
        if let Some(Some(x)) = placements.try_with_untracked(|(p, _)| p.get(&index).map(|p| p.x0)) {
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
                if let Some(index) = active.try_get_untracked().flatten().filter(|_| lost) {
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
            let how = match timeline_key(&ev.key(), rtl) {
                Some(TimelineKey::Step(how)) => how,
                Some(TimelineKey::Pan(fraction)) => {
                    ev.prevent_default();
                    return view.pan(fraction);
                }
                Some(TimelineKey::Zoom(zoom)) => {
                    ev.prevent_default();
                    return view.apply(zoom);
                }
                None => return,
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

    // Drag pans (a mouse: fingers scroll the axis natively), two fingers
    // and Ctrl/Cmd + wheel zoom around where they are.
    let scroll_from = StoredValue::new(0.0);
    let gestures = use_gestures(
        view.viewport,
        GestureActions {
            start: Callback::new(move |()| {
                if let Some(viewport) = view.viewport.get_untracked() {
                    scroll_from.set_value(dom::scroll_start(&viewport));
                }
            }),
            drag: Callback::new(move |(dx, _): Point| {
                let Some(viewport) = view.viewport.get_untracked() else { return };
                let direction = if dom::is_rtl(&viewport) { -1.0 } else { 1.0 };
                dom::set_scroll_start(&viewport, scroll_from.get_value() - dx * direction);
            }),
            zoom: Callback::new(move |(factor, (x, _)): (f64, Point)| {
                let Some(viewport) = view.viewport.get_untracked() else { return };
                view.zoom_by(factor, Some(dom::offset_from_start(&viewport, x)));
            }),
        },
        GestureOptions { axes: Axes::Horizontal, touch_drags: false, threshold: 4.0 },
    );
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
            if gestures.take_dragged() {
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
        let name = crate::i18n::fill(
            cluster_ctx.locale.messages().timeline.cluster,
            &[("count", &count.to_string()), ("first", &first), ("last", &last)],
        );
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
            on:pointerdown=move |ev| gestures.pointer_down(&ev)
            on:pointermove=move |ev| gestures.pointer_move(&ev)
            on:pointerup=move |ev| gestures.pointer_up(&ev)
            on:pointercancel=move |ev| gestures.pointer_up(&ev)
            on:wheel=move |ev| gestures.wheel(&ev)
            on:scroll=on_scroll
        >
            <div
                class="tl-track"
                style=move || format!("inline-size:{}px", number::fixed(view.scale.get().width(), 0))
            >
                <ol
                    class="tl-items"
                    aria-label=ctx.locale.messages().timeline.rail
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
                    style=move || format!("block-size:{}px", number::fixed(lanes.get() as f64 * LANE_HEIGHT, 0))
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
                                let style = format!("inset-inline-start:{}px", number::fixed(scale.x(tick.day), 1));
                                view! { <span class="tl-tick" class:tl-tick--major=tick.major style=style>{tick.label}</span> }
                            })
                            .collect_view()
                    }}
                </div>
            </div>
        </div>
    }
}

/// A milestone's date for a cluster's accessible name.
fn ctx_dates(ctx: &Ctx, index: Option<&usize>) -> String {
    index.and_then(|i| ctx.site.milestones.get(*i)).map_or_else(String::new, |m| m.start.label(ctx.locale))
}
