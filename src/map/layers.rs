//! The SVG layers of the map, bottom to top: the land of non-members, the
//! member states, the markers of small states, and the chair and co-chair
//! glyphs. Each reads the shared [`MapCtx`]; the states and markers are the
//! focusable, named targets (the glyphs and the other land are hidden from
//! assistive technology).

use leptos::prelude::*;

use super::in_page;
use super::placed::target_id;
use super::view::MapCtx;
use crate::model::number;
use crate::model::site::{RoleKind, Status};

fn status_class(status: Status) -> &'static str {
    match status {
        Status::Participating => "map-state map-participating",
        Status::Observer => "map-state map-observer",
    }
}

/// Countries that are not members: context only.
#[component]
pub fn Land(ctx: MapCtx) -> impl IntoView {
    let others = ctx
        .map
        .shapes
        .iter()
        .enumerate()
        .filter(|(i, _)| !ctx.placed.iter().any(|p| p.shape == *i))
        .map(|(_, s)| view! { <path d=s.path.clone() class="map-other"></path> })
        .collect_view();
    view! { <g aria-hidden="true">{others}</g> }
}

/// The member states' shapes, coloured and patterned by status. Small
/// states are focused and hit through their marker instead.
#[component]
pub fn States(ctx: MapCtx) -> impl IntoView {
    let locale = crate::i18n::use_locale();
    let states = ctx
        .placed
        .iter()
        .enumerate()
        .map(|(index, p)| {
            let member = ctx.site.members.get(p.member);
            let status = member.map_or(Status::Participating, |m| m.status);
            let shape = ctx.map.shapes.get(p.shape);
            let d = shape.map(|s| s.path.clone()).unwrap_or_default();
            // For the page to give its geometry back (`in_page`).
            let area = in_page::area_attribute(shape.map_or(0.0, |s| s.area));
            let label = member.map(|m| m.map_label(locale)).unwrap_or_default();
            let (is_active, is_selected, is_selected2) =
                (ctx.is_active.clone(), ctx.is_selected.clone(), ctx.is_selected.clone());
            let is_matching = ctx.is_matching;
            let dim = move || is_matching.with(|m| !m.get(index).copied().unwrap_or(false));
            let interactive = !p.marker;
            view! {
                <path
                    d=d
                    class=status_class(status)
                    class:map-dim=dim
                    class:map-selected=move || is_selected2.selected(&Some(index))
                    id=interactive.then(|| target_id(&p.iso2))
                    data-iso=p.iso2.clone()
                    data-c=in_page::centroid_attribute(p.centroid)
                    data-a=area
                    role=interactive.then_some("button")
                    aria-label=interactive.then(|| label.clone())
                    aria-hidden=(!interactive).then_some("true")
                    tabindex=move || interactive.then(|| if is_active.selected(&Some(index)) { "0" } else { "-1" })
                    aria-current=move || (interactive && is_selected.selected(&Some(index))).then_some("true")
                ></path>
            }
        })
        .collect_view();
    view! { <g>{states}</g> }
}

/// Round markers on the states too small to find and hit.
#[component]
pub fn Markers(ctx: MapCtx) -> impl IntoView {
    let locale = crate::i18n::use_locale();
    let unit = ctx.unit;
    let markers = ctx
        .placed
        .iter()
        .enumerate()
        .filter(|(_, p)| p.marker)
        .map(|(index, p)| {
            let member = ctx.site.members.get(p.member);
            let status = member.map_or(Status::Participating, |m| m.status);
            let label = member.map(|m| m.map_label(locale)).unwrap_or_default();
            let (cx, cy) = p.centroid;
            let (is_active, is_selected, is_selected2) =
                (ctx.is_active.clone(), ctx.is_selected.clone(), ctx.is_selected.clone());
            let is_matching = ctx.is_matching;
            let dim = move || is_matching.with(|m| !m.get(index).copied().unwrap_or(false));
            view! {
                <circle
                    cx=number::fixed(cx, 1)
                    cy=number::fixed(cy, 1)
                    r=move || number::fixed(7.0 * unit.get(), 2)
                    class=format!("map-marker {}", status_class(status))
                    class:map-dim=dim
                    class:map-selected=move || is_selected2.selected(&Some(index))
                    id=target_id(&p.iso2)
                    data-iso=p.iso2.clone()
                    role="button"
                    aria-label=label
                    tabindex=move || if is_active.selected(&Some(index)) { "0" } else { "-1" }
                    aria-current=move || is_selected.selected(&Some(index)).then_some("true")
                ></circle>
            }
        })
        .collect_view();
    view! { <g>{markers}</g> }
}

/// ★ on the Chair, ☆ on the Co-Chair (named in the states' labels too).
#[component]
pub fn RoleGlyphs(ctx: MapCtx) -> impl IntoView {
    let unit = ctx.unit;
    let glyphs = ctx
        .placed
        .iter()
        .filter_map(|p| {
            let m = ctx.site.members.get(p.member)?;
            let glyph = if m.has_role(RoleKind::Chair) {
                "★"
            } else if m.has_role(RoleKind::CoChair) {
                "☆"
            } else {
                return None;
            };
            let (cx, cy) = p.centroid;
            Some(view! {
                <text
                    x=number::fixed(cx, 1)
                    y=number::fixed(cy, 1)
                    class="map-role"
                    font-size=move || number::fixed(18.0 * unit.get(), 2)
                >
                    {glyph}
                </text>
            })
        })
        .collect_view();
    view! { <g aria-hidden="true">{glyphs}</g> }
}
