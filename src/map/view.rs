//! The member map itself: the state every part shares ([`MapCtx`]), and
//! the component that puts the parts together: the toolbar, the SVG with
//! its layers (`layers`), the tooltip (`tooltip`), the organisations beside
//! it, the legend below and the details of a selected state (`panel`).
//! Keys and gestures are in `input`.

use crate::i18n::{fill, format, use_locale};
use std::sync::Arc;

use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::input::MapInput;
use super::layers::{Land, Markers, RoleGlyphs, States};
use super::panel::{Caption, OrganisationsAside, StateDetail};
use super::placed::{Placed, flags, place, target_id};
use super::state::MapState;
use super::tooltip::Tooltip;
use super::viewport::ViewBox;
use crate::components::filters::use_filter_navigate;
use crate::interaction::announce::{LiveRegion, use_announcement};
use crate::interaction::roving::use_roving_tab_stop;
use crate::interaction::size::use_width;
use crate::interaction::url_state::UrlStyle;
use crate::model::map::MapData;
use crate::model::number;
use crate::model::site::SiteData;

/// Everything the parts of one map share. Cheap to clone.
#[derive(Clone)]
pub struct MapCtx {
    pub site: Arc<SiteData>,
    pub map: Arc<MapData>,
    pub placed: Arc<Vec<Placed>>,
    pub state: Signal<MapState>,
    pub go: Callback<MapState>,
    /// Placed members that pass the filter, in order.
    pub matching: Memo<Vec<usize>>,
    /// The same, as one flag per placed member.
    pub is_matching: Memo<Vec<bool>>,
    pub selected: Memo<Option<usize>>,
    pub is_selected: Selector<Option<usize>>,
    /// The roving tab stop.
    pub active: RwSignal<Option<usize>>,
    pub is_active: Selector<Option<usize>>,
    /// The state under the pointer or keyboard focus (the tooltip's).
    pub hover: RwSignal<Option<usize>>,
    pub view_box: RwSignal<ViewBox>,
    pub full: ViewBox,
    /// SVG units per screen pixel: markers and glyphs keep a constant size
    /// on screen whatever the zoom and the screen.
    pub unit: Signal<f64>,
}

impl MapCtx {
    pub fn select(&self, index: Option<usize>) {
        let iso = index.and_then(|i| self.placed.get(i)).map(|p| p.iso2.clone());
        self.select_iso(iso);
    }

    /// Selects by ISO code: also the members outside the map.
    pub fn select_iso(&self, iso: Option<String>) {
        self.go.run(MapState { selected: iso, ..self.state.get_untracked() });
    }

    /// Pans just enough to show a point, if it is out of view.
    pub fn reveal(&self, point: (f64, f64)) {
        let vb = self.view_box.get_untracked();
        if !vb.shows(point, 0.05) {
            self.view_box.set(vb.centre_on(point, self.full));
        }
    }

    /// Makes a state the tab stop, brings it into view and focuses it.
    pub fn focus(&self, index: usize) {
        let Some(p) = self.placed.get(index) else { return };
        self.active.set(Some(index));
        self.reveal(p.centroid);
        let target = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(&target_id(&p.iso2)))
            .and_then(|e| e.dyn_into::<web_sys::SvgElement>().ok());
        if let Some(target) = target {
            let _ = target.focus();
        }
    }

    /// Zooms by `factor` around a point given as fractions of the view.
    pub fn zoom(&self, factor: f64, around: (f64, f64)) {
        let full = self.full;
        self.view_box.update(|vb| *vb = vb.zoom(factor, around, full));
    }
}

#[component]
pub fn MapView(
    site: Arc<SiteData>,
    map: Arc<MapData>,
    state: Signal<MapState>,
    #[prop(into)] url_style: Signal<UrlStyle>,
) -> impl IntoView {
    let navigate = use_filter_navigate();
    let go = Callback::new(move |next: MapState| {
        navigate.run(url_style.with_untracked(|style| style.href(&next)))
    });
    let placed = Arc::new(place(&site, &map));
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
    let active = use_roving_tab_stop(matching, selected);
    let count = placed.len();
    let full = ViewBox::full(map.width, map.height);
    let view_box = RwSignal::new(full);
    let canvas = NodeRef::<html::Div>::new();
    let (canvas_width, _) = use_width(canvas, full.w);
    let ctx = MapCtx {
        site: site.clone(),
        map: map.clone(),
        placed: placed.clone(),
        state,
        go,
        matching,
        is_matching: Memo::new(move |_| matching.with(|m| flags(count, m))),
        selected,
        is_selected: Selector::new(move || selected.get()),
        active,
        is_active: Selector::new(move || active.get()),
        hover: RwSignal::new(None),
        view_box,
        full,
        unit: Signal::derive(move || view_box.get().w / canvas_width.get()),
    };

    // Keep the selected state in view when it changes (deep links included).
    {
        let ctx = ctx.clone();
        Effect::new(move |_| {
            if let Some(p) = ctx.selected.get().and_then(|i| ctx.placed.get(i)) {
                ctx.reveal(p.centroid);
            }
        });
    }
    let locale = use_locale();
    let t = &locale.messages().map;
    // Focus stays on the map; the new selection is announced instead.
    let announcement = {
        let site = site.clone();
        use_announcement(
            move || state.with(|s| s.selected.clone()),
            move |now| {
                now.as_deref()
                    .and_then(|iso| site.member(iso))
                    .map_or_else(String::new, |m| fill(t.selected, &[("name", m.name_in(locale))]))
            },
        )
    };
    let input = MapInput::new(&ctx, canvas);
    let zoom_label = move || {
        let level = view_box.get().zoom_level(full);
        if level < 1.05 {
            t.whole_map.to_owned()
        } else {
            fill(t.zoom_level, &[("level", &format::decimal(locale, level, 1))])
        }
    };
    let (zoom_in, zoom_out) = (ctx.clone(), ctx.clone());

    view! {
        <figure class="member-map">
            <p class="app-note">{t.needs_app}</p>
            <div class="map-toolbar app-only" role="group" aria-label=t.view_controls>
                <button type="button" class="tl-button" on:click=move |_| zoom_in.zoom(2.0, (0.5, 0.5))>
                    <span aria-hidden="true">"+ "</span>{t.zoom_in}
                </button>
                <button type="button" class="tl-button" on:click=move |_| zoom_out.zoom(0.5, (0.5, 0.5))>
                    <span aria-hidden="true">"− "</span>{t.zoom_out}
                </button>
                <button type="button" class="tl-button" on:click=move |_| view_box.set(full)>{t.reset}</button>
                <p class="map-zoom" role="status">{zoom_label}</p>
            </div>
            <div class="map-frame">
                <div
                    class="map-canvas"
                    node_ref=canvas
                    on:keydown=input.key()
                    on:click=input.click()
                    on:mouseover=input.over()
                    on:mouseleave=move |_| ctx.hover.set(None)
                    on:focusin=input.focus_in()
                    on:focusout=move |_| ctx.hover.set(None)
                    on:pointerdown=move |ev| input.gestures.pointer_down(&ev)
                    on:pointermove=move |ev| input.gestures.pointer_move(&ev)
                    on:pointerup=move |ev| input.gestures.pointer_up(&ev)
                    on:pointercancel=move |ev| input.gestures.pointer_up(&ev)
                    on:wheel=move |ev| input.gestures.wheel(&ev)
                >
                    <svg
                        viewBox=move || view_box.get().attribute()
                        data-size=super::in_page::size_attribute(full.w, full.h)
                        role="group"
                        aria-label=t.label
                        preserveAspectRatio="xMidYMid meet"
                    >
                        <defs>
                            <pattern id="map-hatch" patternUnits="userSpaceOnUse" width="5" height="5" patternTransform="rotate(45)">
                                <rect width="5" height="5" class="map-hatch-bg"></rect>
                                <line x1="0" y1="0" x2="0" y2="5" class="map-hatch-line"></line>
                            </pattern>
                        </defs>
                        <rect class="map-sea" x="0" y="0" width=number::fixed(full.w, 1) height=number::fixed(full.h, 1)></rect>
                        <Land ctx=ctx.clone() />
                        <States ctx=ctx.clone() />
                        <Markers ctx=ctx.clone() />
                        <RoleGlyphs ctx=ctx.clone() />
                    </svg>
                    <Tooltip ctx=ctx.clone() />
                </div>
                <OrganisationsAside site=site.clone() />
            </div>
            <Caption ctx=ctx.clone() />
        </figure>
        <LiveRegion text=announcement />
        <SelectedDetail ctx />
    }
}

/// The details of the selected state: one drawn on the map, or one of the
/// members outside it (an observer beyond the region).
#[component]
fn SelectedDetail(ctx: MapCtx) -> impl IntoView {
    move || {
        let iso = ctx.state.with(|s| s.selected.clone())?;
        let member = ctx.site.member(&iso)?.clone();
        let close = ctx.clone();
        Some(
            view! { <StateDetail site=ctx.site.clone() member on_close=Callback::new(move |()| close.select_iso(None)) /> },
        )
    }
}
