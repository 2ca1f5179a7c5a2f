//! The member map component: states coloured and patterned by status,
//! chair and co-chair marked, small states given markers, a tooltip on
//! hover and focus, a details panel on selection, zoom and pan by mouse,
//! touch and keyboard. The list of members below stays the full
//! alternative; both follow the same filters in the URL.
//!
//! Keyboard: the states are one tab stop; arrow keys move to the nearest
//! state in that direction, Enter or Space select, Escape closes the
//! tooltip and the details, Shift + arrows pan, + / - zoom, 0 resets.

use std::sync::Arc;

use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{KeyboardEvent, PointerEvent, WheelEvent};

use super::nav::{Direction, nearest};
use super::state::{MapState, MapUrlStyle};
use super::viewport::ViewBox;
use crate::components::deferred::after_first_paint;
use crate::components::filters::use_filter_navigate;
use crate::components::item_summary::item_path;
use crate::components::remote::{LoadError, Loading};
use crate::data::{Remote, use_app_data};
use crate::model::map::{Join, MapData, join, needs_marker};
use crate::model::query::mentioning;
use crate::model::site::{Basis, Member, RoleKind, SiteData, Status};

/// One member drawn on the map.
#[derive(Clone, Debug, PartialEq)]
struct Placed {
    iso2: String,
    /// Index into `site.members`.
    member: usize,
    /// Index into `map.shapes`.
    shape: usize,
    centroid: (f64, f64),
    marker: bool,
}

/// Loads the map geometry (only pages with a map do) and draws the map.
#[component]
pub fn MemberMap(
    site: Arc<SiteData>,
    #[prop(into)] state: Signal<MapState>,
    #[prop(into)] url_style: Signal<MapUrlStyle>,
) -> impl IntoView {
    let data = use_app_data();
    data.ensure_map();
    // The heaviest part of its page: drawn after the rest has painted.
    let painted = after_first_paint();
    move || match data.map.get() {
        Remote::Ready(map) if painted.get() => {
            view! { <MapView site=site.clone() map state url_style /> }.into_any()
        }
        Remote::Failed(error) => {
            view! { <LoadError error what="the map" retry=move |()| data.reload_map() /> }.into_any()
        }
        // Holds the map's place while it loads (or waits for the first
        // paint), so the list below does not jump when it arrives.
        _ => view! { <div class="map-placeholder"><Loading what="the map" /></div> }.into_any(),
    }
}

#[component]
fn MapView(
    site: Arc<SiteData>,
    map: Arc<MapData>,
    state: Signal<MapState>,
    #[prop(into)] url_style: Signal<MapUrlStyle>,
) -> impl IntoView {
    let navigate = use_filter_navigate();
    let go = Callback::new(move |next: MapState| {
        navigate.run(url_style.with_untracked(|style| style.href(&next)))
    });
    let joined: Join = join(&site, &map);

    // Members with a shape, alphabetically: the order of the legend and of
    // the accessibility tree.
    let mut placed: Vec<Placed> = site
        .members
        .iter()
        .enumerate()
        .filter_map(|(member, m)| {
            let iso2 = m.iso2.clone()?;
            let shape = *joined.shape_of.get(&iso2)?;
            let s = map.shapes.get(shape)?;
            Some(Placed { iso2, member, shape, centroid: s.centroid, marker: needs_marker(s) })
        })
        .collect();
    let name_of = |p: &Placed| site.members.get(p.member).map(|m| m.name.clone()).unwrap_or_default();
    placed.sort_by_key(name_of);
    let placed = Arc::new(placed);

    let matching = {
        let (site, placed) = (site.clone(), placed.clone());
        Memo::new(move |_| {
            state.with(|s| {
                placed
                    .iter()
                    .enumerate()
                    .filter(|(_, p)| site.members.get(p.member).is_some_and(|m| s.filter.matches(m)))
                    .map(|(i, _)| i)
                    .collect::<Vec<usize>>()
            })
        })
    };
    let selected = {
        let placed = placed.clone();
        Memo::new(move |_| {
            state.with(|s| s.selected.clone()).and_then(|iso| placed.iter().position(|p| p.iso2 == iso))
        })
    };
    let active = RwSignal::new(None::<usize>);
    Effect::new(move |_| {
        let first = matching.with(|m| m.first().copied());
        match selected.get() {
            Some(i) => active.set(Some(i)),
            None if active.get_untracked().is_none_or(|a| !matching.with_untracked(|m| m.contains(&a))) => {
                active.set(first)
            }
            None => {}
        }
    });
    let is_active = Selector::new(move || active.get());
    let is_selected = Selector::new(move || selected.get());
    let is_matching = {
        let count = placed.len();
        Memo::new(move |_| {
            let mut flags = vec![false; count];
            matching.with(|m| {
                for i in m {
                    if let Some(flag) = flags.get_mut(*i) {
                        *flag = true;
                    }
                }
            });
            flags
        })
    };

    let full = ViewBox::full(map.width, map.height);
    let view_box = RwSignal::new(full);
    let hover = RwSignal::new(None::<usize>);
    let svg_ref = NodeRef::<html::Div>::new();
    // The map's width on screen, so markers and glyphs keep a constant
    // size in pixels whatever the zoom and the screen.
    let canvas_width = RwSignal::new(full.w);
    let measure = move || {
        if let Some(canvas) = svg_ref.get_untracked() {
            let width = f64::from(canvas.client_width());
            if width > 0.0 {
                canvas_width.set(width);
            }
        }
    };
    Effect::new(move |_| {
        if svg_ref.get().is_some() {
            measure();
        }
    });
    let resize = window_event_listener(leptos::ev::resize, move |_| measure());
    on_cleanup(move || resize.remove());
    // SVG units per screen pixel.
    let unit = move || view_box.get().w / canvas_width.get();

    let select = {
        let placed = placed.clone();
        move |index: Option<usize>| {
            let iso = index.and_then(|i| placed.get(i)).map(|p| p.iso2.clone());
            go.run(MapState { selected: iso, ..state.get_untracked() });
        }
    };
    // Keep the selected state in view when it changes (deep links included).
    {
        let placed = placed.clone();
        Effect::new(move |_| {
            if let Some(p) = selected.get().and_then(|i| placed.get(i)) {
                let vb = view_box.get_untracked();
                if !vb.shows(p.centroid, 0.05) {
                    view_box.set(vb.centre_on(p.centroid, full));
                }
            }
        });
    }

    let focus = {
        let placed = placed.clone();
        move |index: usize| {
            let Some(p) = placed.get(index) else { return };
            active.set(Some(index));
            let vb = view_box.get_untracked();
            if !vb.shows(p.centroid, 0.05) {
                view_box.set(vb.centre_on(p.centroid, full));
            }
            let target = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.get_element_by_id(&target_id(&p.iso2)))
                .and_then(|e| e.dyn_into::<web_sys::SvgElement>().ok());
            if let Some(target) = target {
                let _ = target.focus();
            }
        }
    };

    let on_key = {
        let (placed, select, focus) = (placed.clone(), select.clone(), focus.clone());
        move |ev: KeyboardEvent| {
            let key = ev.key();
            let shift = ev.shift_key();
            let direction = match key.as_str() {
                "ArrowLeft" => Some(Direction::Left),
                "ArrowRight" => Some(Direction::Right),
                "ArrowUp" => Some(Direction::Up),
                "ArrowDown" => Some(Direction::Down),
                _ => None,
            };
            let handled = match (direction, key.as_str()) {
                (Some(d), _) if shift => {
                    let (dx, dy) = match d {
                        Direction::Left => (-0.2, 0.0),
                        Direction::Right => (0.2, 0.0),
                        Direction::Up => (0.0, -0.2),
                        Direction::Down => (0.0, 0.2),
                    };
                    view_box.update(|vb| *vb = vb.pan(dx, dy, full));
                    true
                }
                (Some(d), _) => {
                    let candidates = matching.get_untracked();
                    let points: Vec<(f64, f64)> =
                        candidates.iter().filter_map(|i| placed.get(*i).map(|p| p.centroid)).collect();
                    let from = active.get_untracked().and_then(|a| candidates.iter().position(|c| *c == a));
                    let next = match from {
                        Some(from) => nearest(&points, from, d).and_then(|i| candidates.get(i).copied()),
                        None => candidates.first().copied(),
                    };
                    if let Some(next) = next {
                        hover.set(Some(next));
                        focus(next);
                    }
                    true
                }
                (None, "Enter" | " ") => {
                    if let Some(a) = active.get_untracked() {
                        select(Some(a));
                    }
                    true
                }
                (None, "Escape") => {
                    hover.set(None);
                    if selected.get_untracked().is_some() {
                        select(None);
                    }
                    true
                }
                (None, "+" | "=") => {
                    view_box.update(|vb| *vb = vb.zoom(2.0, (0.5, 0.5), full));
                    true
                }
                (None, "-" | "_") => {
                    view_box.update(|vb| *vb = vb.zoom(0.5, (0.5, 0.5), full));
                    true
                }
                (None, "0") => {
                    view_box.set(full);
                    true
                }
                _ => false,
            };
            if handled {
                ev.prevent_default();
            }
        }
    };

    // Pointer: drag to pan, two fingers to pinch, Ctrl/Cmd + wheel to zoom.
    let drag = StoredValue::new(None::<(f64, f64, ViewBox, bool)>);
    let touches = StoredValue::new(Vec::<(i32, f64, f64)>::new());
    let fraction = move |x: f64, y: f64| -> Option<(f64, f64, f64)> {
        let element = svg_ref.get_untracked()?;
        let rect = element.get_bounding_client_rect();
        (rect.width() > 0.0)
            .then(|| ((x - rect.left()) / rect.width(), (y - rect.top()) / rect.height(), rect.width()))
    };
    let on_pointer_down = move |ev: PointerEvent| {
        if ev.pointer_type() == "touch" {
            touches.update_value(|t| {
                t.push((ev.pointer_id(), f64::from(ev.client_x()), f64::from(ev.client_y())))
            });
        }
        if ev.button() == 0 {
            drag.set_value(Some((
                f64::from(ev.client_x()),
                f64::from(ev.client_y()),
                view_box.get_untracked(),
                false,
            )));
        }
    };
    let on_pointer_move = move |ev: PointerEvent| {
        let (x, y) = (f64::from(ev.client_x()), f64::from(ev.client_y()));
        if ev.pointer_type() == "touch" && touches.with_value(Vec::len) >= 2 {
            let before = touches.get_value();
            touches.update_value(|t| {
                if let Some(p) = t.iter_mut().find(|p| p.0 == ev.pointer_id()) {
                    (p.1, p.2) = (x, y);
                }
            });
            let after = touches.get_value();
            if let ([a0, b0, ..], [a1, b1, ..]) = (before.as_slice(), after.as_slice()) {
                let spread = |a: &(i32, f64, f64), b: &(i32, f64, f64)| {
                    ((a.1 - b.1).powi(2) + (a.2 - b.2).powi(2)).sqrt()
                };
                let (was, now) = (spread(a0, b0), spread(a1, b1));
                if was > 10.0
                    && let Some((fx, fy, _)) = fraction((a1.1 + b1.1) / 2.0, (a1.2 + b1.2) / 2.0)
                {
                    view_box.update(|vb| *vb = vb.zoom(now / was, (fx, fy), full));
                }
            }
            drag.set_value(None);
            return;
        }
        let Some((x0, y0, start, moved)) = drag.get_value() else { return };
        let Some((_, _, width)) = fraction(x, y) else { return };
        let (dx, dy) = (x - x0, y - y0);
        if moved || dx.abs() + dy.abs() > 5.0 {
            if !moved && let Some(element) = svg_ref.get_untracked() {
                let _ = element.set_pointer_capture(ev.pointer_id());
            }
            drag.set_value(Some((x0, y0, start, true)));
            let units_per_px = start.w / width;
            view_box.set(start.pan(-dx * units_per_px / start.w, -dy * units_per_px / start.h, full));
        }
    };
    let dragged = StoredValue::new(false);
    let on_pointer_up = move |ev: PointerEvent| {
        touches.update_value(|t| t.retain(|p| p.0 != ev.pointer_id()));
        dragged.set_value(drag.get_value().is_some_and(|d| d.3));
        drag.set_value(None);
    };
    let on_wheel = move |ev: WheelEvent| {
        if !(ev.ctrl_key() || ev.meta_key()) {
            return;
        }
        ev.prevent_default();
        if let Some((fx, fy, _)) = fraction(f64::from(ev.client_x()), f64::from(ev.client_y())) {
            let factor = (-ev.delta_y() * 0.002).exp();
            view_box.update(|vb| *vb = vb.zoom(factor, (fx, fy), full));
        }
    };

    // Delegated: one listener for every state.
    let index_of = {
        let placed = placed.clone();
        move |target: Option<web_sys::EventTarget>| -> Option<usize> {
            let element = target?.dyn_into::<web_sys::Element>().ok()?;
            let iso = element.closest("[data-iso]").ok()??.get_attribute("data-iso")?;
            placed.iter().position(|p| p.iso2 == iso)
        }
    };
    let on_click = {
        let (index_of, select) = (index_of.clone(), select.clone());
        move |ev: web_sys::MouseEvent| {
            if dragged.get_value() {
                dragged.set_value(false);
                return;
            }
            if let Some(index) = index_of(ev.target()) {
                active.set(Some(index));
                select(Some(index));
            }
        }
    };
    let on_over = {
        let index_of = index_of.clone();
        move |ev: web_sys::MouseEvent| hover.set(index_of(ev.target()))
    };
    let on_focus_in = {
        let index_of = index_of.clone();
        move |ev: web_sys::FocusEvent| {
            if let Some(index) = index_of(ev.target()) {
                active.set(Some(index));
                hover.set(Some(index));
            }
        }
    };

    let zoom_label = move || {
        let level = view_box.get().zoom_level(full);
        if level < 1.05 { "Whole map".to_owned() } else { format!("Zoom {level:.1}×") }
    };

    let states = {
        let (site, map, placed) = (site.clone(), map.clone(), placed.clone());
        placed
            .iter()
            .enumerate()
            .map(|(index, p)| {
                let member = site.members.get(p.member);
                let status = member.map_or(Status::Participating, |m| m.status);
                let d = map.shapes.get(p.shape).map(|s| s.path.clone()).unwrap_or_default();
                let label = member.map(Member::map_label).unwrap_or_default();
                let class = status_class(status);
                let (is_active, is_selected, is_selected2) = (is_active.clone(), is_selected.clone(), is_selected.clone());
                let dim = move || is_matching.with(|m| !m.get(index).copied().unwrap_or(false));
                // Small states are focused and hit through their marker.
                let interactive = !p.marker;
                view! {
                    <path
                        d=d
                        class=class
                        class:map-dim=dim
                        class:map-selected=move || is_selected2.selected(&Some(index))
                        id=interactive.then(|| target_id(&p.iso2))
                        data-iso=p.iso2.clone()
                        role=interactive.then_some("button")
                        aria-label=interactive.then(|| label.clone())
                        aria-hidden=(!interactive).then_some("true")
                        tabindex=move || interactive.then(|| if is_active.selected(&Some(index)) { "0" } else { "-1" })
                        aria-current=move || (interactive && is_selected.selected(&Some(index))).then_some("true")
                    ></path>
                }
            })
            .collect_view()
    };
    let markers = {
        let (site, placed) = (site.clone(), placed.clone());
        placed
            .iter()
            .enumerate()
            .filter(|(_, p)| p.marker)
            .map(|(index, p)| {
                let member = site.members.get(p.member);
                let status = member.map_or(Status::Participating, |m| m.status);
                let label = member.map(Member::map_label).unwrap_or_default();
                let (cx, cy) = p.centroid;
                let (is_active, is_selected, is_selected2) =
                    (is_active.clone(), is_selected.clone(), is_selected.clone());
                let dim = move || is_matching.with(|m| !m.get(index).copied().unwrap_or(false));
                view! {
                    <circle
                        cx=cx
                        cy=cy
                        r=move || 7.0 * unit()
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
            .collect_view()
    };
    let roles = {
        let (site, placed) = (site.clone(), placed.clone());
        placed
            .iter()
            .filter_map(|p| {
                let m = site.members.get(p.member)?;
                let glyph = if m.has_role(RoleKind::Chair) {
                    "★"
                } else if m.has_role(RoleKind::CoChair) {
                    "☆"
                } else {
                    return None;
                };
                let (cx, cy) = p.centroid;
                Some(view! {
                    <text x=cx y=cy class="map-role" font-size=move || 18.0 * unit()>{glyph}</text>
                })
            })
            .collect_view()
    };
    let others = map
        .shapes
        .iter()
        .enumerate()
        .filter(|(i, _)| !placed.iter().any(|p| p.shape == *i))
        .map(|(_, s)| view! { <path d=s.path.clone() class="map-other"></path> })
        .collect_view();

    let tooltip = {
        let (site, placed) = (site.clone(), placed.clone());
        move || {
            let index = hover.get()?;
            let p = placed.get(index)?;
            let m = site.members.get(p.member)?;
            let vb = view_box.get();
            let left = ((p.centroid.0 - vb.x) / vb.w * 100.0).clamp(0.0, 100.0);
            let top = ((p.centroid.1 - vb.y) / vb.h * 100.0).clamp(0.0, 100.0);
            let flip = if left > 60.0 { "map-tooltip map-tooltip--left" } else { "map-tooltip" };
            Some(view! {
                <div class=flip role="tooltip" id="map-tooltip" style=format!("left:{left:.1}%;top:{top:.1}%")>
                    <strong>{m.name.clone()}</strong>
                    <span>{status_text(m)}</span>
                    <span>{m.region.as_deref().and_then(|r| site.region_name(r)).unwrap_or("Region not stated").to_owned()}</span>
                    <span>{groups_text(&site, m)}</span>
                </div>
            })
        }
    };

    let detail = {
        let (site, placed, select) = (site.clone(), placed.clone(), select.clone());
        move || {
            let p = selected.get().and_then(|i| placed.get(i))?;
            let m = site.members.get(p.member)?.clone();
            Some(
                view! { <StateDetail site=site.clone() member=m on_close=Callback::new({ let select = select.clone(); move |()| select(None) }) /> },
            )
        }
    };

    // Focus stays on the map; the new selection is announced instead.
    let announcement = RwSignal::new(String::new());
    {
        let site = site.clone();
        Effect::new(move |previous: Option<Option<String>>| {
            let now = state.with(|s| s.selected.clone());
            if let Some(previous) = previous
                && previous != now
            {
                let text = now
                    .as_deref()
                    .and_then(|iso| site.member(iso))
                    .map_or_else(String::new, |m| format!("{} selected; details follow the map.", m.name));
                announcement.set(text);
            }
            now
        });
    }

    // The organisations are a complementary landmark, except inside a
    // partner's frame, whose page owns the landmarks.
    let embedded = crate::embed::in_embed();
    let framed = crate::embed::use_in_frame();
    let aside_role = move || (!(embedded && framed.get())).then_some("complementary");
    let counts = site.key_counts();
    let off_map: Vec<Member> = joined.off_map.iter().filter_map(|iso| site.member(iso).cloned()).collect();
    let unnamed = joined.unnamed;
    let go_off_map = {
        let select_iso = move |iso: String| go.run(MapState { selected: Some(iso), ..state.get_untracked() });
        Callback::new(select_iso)
    };

    view! {
        <figure class="member-map">
            <p class="app-note">"Zooming the map and selecting a state need JavaScript and WebAssembly."</p>
            <div class="map-toolbar app-only" role="group" aria-label="Map view">
                <button type="button" class="tl-button" on:click=move |_| view_box.update(|vb| *vb = vb.zoom(2.0, (0.5, 0.5), full))>
                    <span aria-hidden="true">"+ "</span>"Zoom in"
                </button>
                <button type="button" class="tl-button" on:click=move |_| view_box.update(|vb| *vb = vb.zoom(0.5, (0.5, 0.5), full))>
                    <span aria-hidden="true">"− "</span>"Zoom out"
                </button>
                <button type="button" class="tl-button" on:click=move |_| view_box.set(full)>"Reset view"</button>
                <p class="map-zoom" role="status">{zoom_label}</p>
            </div>
            <div class="map-frame">
                <div
                    class="map-canvas"
                    node_ref=svg_ref
                    on:keydown=on_key
                    on:click=on_click
                    on:mouseover=on_over
                    on:mouseleave=move |_| hover.set(None)
                    on:focusin=on_focus_in
                    on:focusout=move |_| hover.set(None)
                    on:pointerdown=on_pointer_down
                    on:pointermove=on_pointer_move
                    on:pointerup=on_pointer_up
                    on:pointercancel=on_pointer_up
                    on:wheel=on_wheel
                >
                    <svg
                        viewBox=move || view_box.get().attribute()
                        role="group"
                        aria-label="Map of the member states. Arrow keys move between states, Enter selects, Shift and arrows pan, plus and minus zoom."
                        preserveAspectRatio="xMidYMid meet"
                    >
                        <defs>
                            <pattern id="map-hatch" patternUnits="userSpaceOnUse" width="5" height="5" patternTransform="rotate(45)">
                                <rect width="5" height="5" class="map-hatch-bg"></rect>
                                <line x1="0" y1="0" x2="0" y2="5" class="map-hatch-line"></line>
                            </pattern>
                        </defs>
                        <rect class="map-sea" x="0" y="0" width=full.w height=full.h></rect>
                        <g aria-hidden="true">{others}</g>
                        <g>{states}</g>
                        <g>{markers}</g>
                        <g aria-hidden="true">{roles}</g>
                    </svg>
                    {tooltip}
                </div>
                <div class="map-aside" role=aside_role data-page-landmark="" aria-labelledby="map-orgs-heading">
                    <h2 id="map-orgs-heading" class="map-aside__heading">{format!("Participating organisations ({})", counts.organisations)}</h2>
                    <p class="note">"Organisations take part in the dialogue but have no place on a map."</p>
                    <ul class="map-orgs">
                        {site.organisations.iter().map(|o| {
                            let short = o.acronym.clone().unwrap_or_else(|| o.name.clone());
                            view! { <li><abbr title=o.name.clone()>{short}</abbr></li> }
                        }).collect_view()}
                    </ul>
                    {(!embedded).then(|| view! { <p><a href="#organisations">"Full names and notes"</a></p> })}
                </div>
            </div>
            <figcaption class="map-caption">
                <ul class="map-legend" aria-label="Legend">
                    <li><span class="swatch swatch--participating" aria-hidden="true"></span>{format!("Participating states ({})", counts.participating_states)}</li>
                    <li><span class="swatch swatch--observer" aria-hidden="true"></span>{format!("Observer states ({}, hatched)", counts.observer_states)}</li>
                    <li><span class="swatch swatch--other" aria-hidden="true"></span>"Not members"</li>
                    <li><span class="legend-glyph" aria-hidden="true">"★"</span>"Chair "<span class="legend-glyph" aria-hidden="true">"☆"</span>"Co-Chair"</li>
                    <li><span class="swatch swatch--marker" aria-hidden="true"></span>"Small states also have a round marker"</li>
                </ul>
                {(!off_map.is_empty()).then(|| view! {
                    <p class="map-offmap">
                        "Outside this map: "
                        {off_map.iter().map(|m| {
                            let iso = m.iso2.clone().unwrap_or_default();
                            let label = m.accessible_name();
                            view! { <button type="button" class="tl-link-button" on:click=move |_| go_off_map.run(iso.clone())>{label}</button>" " }
                        }).collect_view()}
                    </p>
                })}
                {(unnamed > 0).then(|| view! {
                    <p class="note">{format!("{unnamed} observer state counted by the sources is not yet named, so it is not drawn.")}</p>
                })}
                <p class="map-attribution">
                    {map.attribution.clone()}". Equal Earth projection. Boundaries shown are de facto and do not imply endorsement or acceptance by the Budapest Process or its members."
                </p>
            </figcaption>
        </figure>
        <p class="visually-hidden" aria-live="polite">{move || announcement.get()}</p>
        {detail}
        {move || {
            // A selection outside the drawn shapes (off-map observer).
            let iso = state.with(|s| s.selected.clone())?;
            if selected.get().is_some() { return None; }
            let m = site.member(&iso)?.clone();
            let go = go;
            Some(view! { <StateDetail site=site.clone() member=m on_close=Callback::new(move |()| go.run(MapState { selected: None, ..state.get_untracked() })) /> })
        }}
    }
}

#[component]
fn StateDetail(site: Arc<SiteData>, member: Member, on_close: Callback<()>) -> impl IntoView {
    let data = use_app_data();
    data.ensure_feed();
    let feed = data.feed;
    let name = member.name.clone();
    let related = move || {
        let Remote::Ready(feed) = feed.get() else { return Vec::new() };
        mentioning(&feed, &name, 5).into_iter().map(|i| (item_path(i), i.display_title())).collect::<Vec<_>>()
    };
    let roles: Vec<String> = member.roles.iter().map(|r| site.role_label(r)).collect();
    view! {
        <section
            class="map-detail"
            aria-labelledby="map-detail-heading"
            on:keydown=move |ev: KeyboardEvent| {
                if ev.key() == "Escape" {
                    ev.prevent_default();
                    on_close.run(());
                }
            }
        >
            <h2 id="map-detail-heading">{member.name.clone()}</h2>
            <dl class="facts">
                <dt>"Status"</dt><dd>{status_text(&member)}</dd>
                <dt>"Region"</dt><dd>{member.region.as_deref().and_then(|r| site.region_name(r)).unwrap_or("Not stated").to_owned()}</dd>
                <dt>"Working group"</dt><dd>{groups_text(&site, &member)}</dd>
                {(!roles.is_empty()).then(|| view! { <dt>"Roles"</dt><dd>{roles.join("; ")}</dd> })}
            </dl>
            {member.note.clone().map(|n| view! { <p class="note">{n}</p> })}
            {move || {
                let links = related();
                (!links.is_empty()).then(|| view! {
                    <h3 class="tl-detail__related">"Related news and meetings"</h3>
                    <ul class="tl-related">{links.into_iter().map(|(href, title)| view! { <li><a href=href>{title}</a></li> }).collect_view()}</ul>
                })
            }}
            <button type="button" class="tl-close" on:click=move |_| on_close.run(())>"Close details"</button>
        </section>
    }
}

fn target_id(iso2: &str) -> String {
    format!("map-{iso2}")
}

fn status_class(status: Status) -> &'static str {
    match status {
        Status::Participating => "map-state map-participating",
        Status::Observer => "map-state map-observer",
    }
}

fn status_text(member: &Member) -> String {
    let mut text = match member.status {
        Status::Participating => "Participating state".to_owned(),
        Status::Observer => "Observer state".to_owned(),
    };
    if member.has_role(RoleKind::Chair) {
        text.push_str(" · Chair");
    } else if member.has_role(RoleKind::CoChair) {
        text.push_str(" · Co-Chair");
    }
    text
}

fn groups_text(site: &SiteData, member: &Member) -> String {
    if member.working_groups.is_empty() {
        return "No regional working group".to_owned();
    }
    member
        .working_groups
        .iter()
        .map(|g| {
            let name = site.group(&g.group).map_or(g.group.as_str(), |w| w.name.as_str());
            match g.basis {
                Basis::Confirmed => name.to_owned(),
                Basis::Inferred => format!("{name} (inferred)"),
            }
        })
        .collect::<Vec<_>>()
        .join("; ")
}
