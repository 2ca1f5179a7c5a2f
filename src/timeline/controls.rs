//! Zoom, pan and layout controls, and a readout of what the axis shows.

use leptos::prelude::*;

use super::Ctx;
use super::scale::{TickStep, tick_step, year_range};
use super::state::{LayoutChoice, TimelineState};
use crate::i18n::{fill, use_messages};

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
    let t = &use_messages().timeline;
    let readout = move || {
        let scale = view.scale.get();
        let start = view.scrolled.get();
        let (from, to) = year_range(scale.day_at(start), scale.day_at(start + view.width.get()));
        let unit = match tick_step(&scale, 72.0) {
            TickStep::Months(_) => t.unit_months,
            TickStep::Years(n) if n < 10 => t.unit_years,
            TickStep::Years(n) if n < 100 => t.unit_decades,
            TickStep::Years(_) => t.unit_centuries,
        };
        let (from, to) = (from.to_string(), to.to_string());
        if from == to {
            fill(t.showing_year, &[("from", &from), ("unit", unit)])
        } else {
            fill(t.showing_years, &[("from", &from), ("to", &to), ("unit", unit)])
        }
    };
    let toggle_layout = move |_| {
        let current = state.get_untracked();
        let layout = if vertical.get_untracked() { LayoutChoice::Horizontal } else { LayoutChoice::Vertical };
        go.run(TimelineState { layout, ..current });
    };
    view! {
        <div class="tl-controls" role="group" aria-label=t.view_controls>
            <span
                class="tl-axis-controls"
                class:tl-axis-controls--auto=move || !measured.get()
                hidden=move || measured.get() && vertical.get()
            >
                <button type="button" class="tl-button" on:click=move |_| view.zoom_by(2.0, None)>
                    <span aria-hidden="true">"+ "</span>{t.zoom_in}
                </button>
                <button type="button" class="tl-button" on:click=move |_| view.zoom_by(0.5, None)>
                    <span aria-hidden="true">"− "</span>{t.zoom_out}
                </button>
                <button type="button" class="tl-button" on:click=move |_| view.fit()>{t.fit}</button>
                <button type="button" class="tl-button" on:click=move |_| view.pan(-0.8)>
                    <span aria-hidden="true">"‹ "</span>{t.earlier}
                </button>
                <button type="button" class="tl-button" on:click=move |_| view.pan(0.8)>
                    {t.later}<span aria-hidden="true">" ›"</span>
                </button>
            </span>
            <button type="button" class="tl-button" aria-pressed=move || if vertical.get() { "true" } else { "false" } on:click=toggle_layout>
                {t.list_view}
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
