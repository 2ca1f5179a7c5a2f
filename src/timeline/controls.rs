//! Zoom, pan and layout controls, and a readout of what the axis shows.

use leptos::prelude::*;

use super::Ctx;
use super::scale::{tick_step, year_range};
use super::state::{LayoutChoice, TimelineState};

/// `measured` is false until the timeline knows its width: then (in the
/// pre-rendered page) the axis controls are shown or hidden by the
/// stylesheet, by the box's width, as the app will decide once it runs.
#[component]
pub fn Controls(
    ctx: Ctx,
    #[prop(into)] vertical: Signal<bool>,
    #[prop(into)] measured: Signal<bool>,
) -> impl IntoView {
    let view = ctx.view;
    let state = ctx.state;
    let go = ctx.go;
    let readout = move || {
        let scale = view.scale.get();
        let start = view.scrolled.get();
        let (from, to) = year_range(scale.day_at(start), scale.day_at(start + view.width.get()));
        let unit = tick_step(&scale, 72.0).unit_name();
        if from == to {
            format!("Showing {from} (axis in {unit})")
        } else {
            format!("Showing {from}–{to} (axis in {unit})")
        }
    };
    let toggle_layout = move |_| {
        let current = state.get_untracked();
        let layout = if vertical.get_untracked() { LayoutChoice::Horizontal } else { LayoutChoice::Vertical };
        go.run(TimelineState { layout, ..current });
    };
    view! {
        <div class="tl-controls" role="group" aria-label="Timeline view">
            <span
                class="tl-axis-controls"
                class:tl-axis-controls--auto=move || !measured.get()
                hidden=move || measured.get() && vertical.get()
            >
                <button type="button" class="tl-button" on:click=move |_| view.zoom_by(2.0, None)>
                    <span aria-hidden="true">"+ "</span>"Zoom in"
                </button>
                <button type="button" class="tl-button" on:click=move |_| view.zoom_by(0.5, None)>
                    <span aria-hidden="true">"− "</span>"Zoom out"
                </button>
                <button type="button" class="tl-button" on:click=move |_| view.fit()>"Fit all"</button>
                <button type="button" class="tl-button" on:click=move |_| view.pan(-0.8)>
                    <span aria-hidden="true">"‹ "</span>"Earlier"
                </button>
                <button type="button" class="tl-button" on:click=move |_| view.pan(0.8)>
                    "Later"<span aria-hidden="true">" ›"</span>
                </button>
            </span>
            <button type="button" class="tl-button" aria-pressed=move || if vertical.get() { "true" } else { "false" } on:click=toggle_layout>
                "List view"
            </button>
            <p
                class="tl-range tl-axis-controls"
                class:tl-axis-controls--auto=move || !measured.get()
                hidden=move || measured.get() && vertical.get()
                role="status"
            >
                {readout}
            </p>
        </div>
    }
}
