//! The interactive milestones timeline, shared by `/timeline` and the
//! timeline widget.
//!
//! - `scale` and `layout`: the pure maths (dates to pixels, ticks, lanes).
//! - `state`: what is linkable (selection, filter, layout) and its URLs.
//! - `rail` (horizontal axis) and `list` (vertical) render the same
//!   milestones with the same keyboard model; `detail` shows one; `legend`
//!   filters by category; `controls` zoom and pan.
//!
//! Keyboard model (both layouts): the milestones are one tab stop; arrow
//! keys move focus (roving tabindex), Home/End jump to the ends, Enter or
//! Space selects, PageUp/PageDown pan, + / - / 0 zoom. Selection lives in
//! the URL and is announced politely (headline and date only).

pub mod controls;
pub mod detail;
pub mod dom;
pub mod layout;
pub mod legend;
pub mod list;
pub mod rail;
pub mod scale;
pub mod state;

use std::sync::Arc;

use leptos::html;
use leptos::prelude::*;

use crate::components::filters::use_filter_navigate;
use crate::model::milestones::{Step, step};
use crate::model::site::SiteData;
use crate::startup::is_reproducing_html;
use scale::{Extent, TimeScale, extent, fit_domain};
use state::{TimelineState, UrlStyle};

/// Pixels per lane on the axis.
pub const LANE_HEIGHT: f64 = 40.0;
/// At most this many lanes; further overlapping labels are hidden.
pub const MAX_LANES: usize = 7;
/// Closest zoom: one month takes about this many pixels.
const MAX_PX_PER_MONTH: f64 = 160.0;

/// Everything the parts of one timeline share. Cheap to clone.
#[derive(Clone)]
pub struct Ctx {
    pub site: Arc<SiteData>,
    pub extents: Arc<Vec<Extent>>,
    /// Indices (into `site.milestones`) passing the filter, in time order.
    pub visible: Memo<Vec<usize>>,
    pub state: Signal<TimelineState>,
    /// Index of the selected milestone, if it is visible.
    pub selected: Memo<Option<usize>>,
    /// The roving tab stop.
    pub active: RwSignal<Option<usize>>,
    pub is_selected: Selector<Option<usize>>,
    pub go: Callback<TimelineState>,
    /// The URL of a state, for links that also work without the app.
    pub href: Callback<TimelineState, String>,
    /// Drawn for pre-rendered HTML (or hydrating it): every marker is an
    /// ordinary link and tab stop until the app takes over.
    pub static_markup: bool,
    pub view: ViewCtl,
}

impl Ctx {
    pub fn select(&self, index: Option<usize>) {
        if let Some(i) = index {
            self.active.set(Some(i));
        }
        self.go.run(self.state_selecting(index));
    }

    /// The current state with `index` selected (or nothing, for `None`).
    pub fn state_selecting(&self, index: Option<usize>) -> TimelineState {
        let selected = index.and_then(|i| self.site.milestones.get(i)).map(|m| m.id.clone());
        TimelineState { selected, ..self.state.get_untracked() }
    }

    /// Where a link selecting `index` (or closing the details) leads.
    pub fn href_selecting(&self, index: Option<usize>) -> String {
        self.href.run(self.state_selecting(index))
    }

    /// The category's position in the legend, which picks colour and shape.
    pub fn category_slot(&self, category: &str) -> usize {
        self.site.milestone_categories.iter().position(|c| c.id == category).unwrap_or(0) % 9
    }

    /// "Istanbul Declaration…, 19 April 2013, Ministerial conference".
    pub fn accessible_name(&self, index: usize) -> String {
        self.site.milestones.get(index).map_or_else(String::new, |m| {
            format!("{}, {}, {}", m.headline, m.date_label(), self.site.category_label(&m.category))
        })
    }

    /// Makes the marker that received focus (by Tab or click) the roving
    /// tab stop; one listener on the list serves every marker.
    pub fn follow_focus(&self, target: Option<web_sys::EventTarget>) {
        if let Some(index) = dom::marker_index(target)
            && self.active.get_untracked() != Some(index)
        {
            self.active.set(Some(index));
        }
    }

    /// Moves the roving focus by `how`, returning the new active index.
    pub fn step_focus(&self, how: Step) -> Option<usize> {
        let visible = self.visible.get_untracked();
        let current = self.active.get_untracked().and_then(|a| visible.iter().position(|v| *v == a));
        let target = step(visible.len(), current, how).and_then(|i| visible.get(i).copied())?;
        self.active.set(Some(target));
        Some(target)
    }
}

/// Zoom and pan of the horizontal axis.
#[derive(Clone, Copy)]
pub struct ViewCtl {
    pub viewport: NodeRef<html::Div>,
    /// Width of the timeline's box, in pixels.
    pub width: RwSignal<f64>,
    /// 1 = everything fits; 2 = twice as wide as the box, and so on.
    pub zoom: RwSignal<f64>,
    /// Scroll position from the inline start, for the range readout.
    pub scrolled: RwSignal<f64>,
    pub domain: Memo<(f64, f64)>,
    pub scale: Memo<TimeScale>,
}

impl ViewCtl {
    fn max_zoom(&self) -> f64 {
        let (start, end) = self.domain.get_untracked();
        let months = (end - start) / 30.44;
        (months * MAX_PX_PER_MONTH / self.width.get_untracked().max(1.0)).max(1.0)
    }

    /// Zooms by `factor`, keeping the date under `anchor` (pixels from the
    /// viewport's start; the middle by default) where it is.
    pub fn zoom_by(&self, factor: f64, anchor: Option<f64>) {
        let Some(viewport) = self.viewport.get_untracked() else { return };
        let width = self.width.get_untracked();
        let anchor = anchor.unwrap_or(width / 2.0);
        let before = self.scale.get_untracked();
        let anchor_day = before.day_at(dom::scroll_start(&viewport) + anchor);
        let zoom = (self.zoom.get_untracked() * factor).clamp(1.0, self.max_zoom());
        self.zoom.set(zoom);
        let (start, end) = self.domain.get_untracked();
        let after = TimeScale::new(start, end, width * zoom);
        let target = after.x(anchor_day) - anchor;
        // The track is resized by the next render; scroll once it is.
        request_animation_frame(move || {
            dom::set_scroll_start(&viewport, target);
        });
    }

    pub fn fit(&self) {
        self.zoom.set(1.0);
        if let Some(viewport) = self.viewport.get_untracked() {
            dom::set_scroll_start(&viewport, 0.0);
        }
    }

    /// Pans by a fraction of the visible width (negative: earlier).
    pub fn pan(&self, fraction: f64) {
        let Some(viewport) = self.viewport.get_untracked() else { return };
        let start = dom::scroll_start(&viewport) + fraction * self.width.get_untracked();
        dom::set_scroll_start(&viewport, start);
    }

    /// Scrolls (without animation) so that `x` is comfortably in view.
    pub fn reveal(&self, x: f64) {
        let Some(viewport) = self.viewport.get_untracked() else { return };
        let width = self.width.get_untracked();
        let start = dom::scroll_start(&viewport);
        if x < start + 24.0 || x > start + width - 220.0 {
            dom::set_scroll_start(&viewport, x - width / 3.0);
        }
    }
}

/// The timeline. `state` comes from the URL; changes are written back to
/// the URL in `url_style`.
#[component]
pub fn Timeline(
    site: Arc<SiteData>,
    #[prop(into)] state: Signal<TimelineState>,
    #[prop(into)] url_style: Signal<UrlStyle>,
) -> impl IntoView {
    let navigate = use_filter_navigate();
    let href =
        Callback::new(move |state: TimelineState| url_style.with_untracked(|style| style.href(&state)));
    let go = Callback::new(move |next: TimelineState| navigate.run(href.run(next)));
    let static_markup = is_reproducing_html();

    let extents: Arc<Vec<Extent>> = Arc::new(site.milestones.iter().map(extent).collect());
    let visible = {
        let site = site.clone();
        Memo::new(move |_: Option<&Vec<usize>>| {
            state.with(|s| {
                site.milestones
                    .iter()
                    .enumerate()
                    .filter(|(_, m)| s.filter.matches(m))
                    .map(|(i, _)| i)
                    .collect()
            })
        })
    };
    let selected = {
        let site = site.clone();
        Memo::new(move |_: Option<&Option<usize>>| {
            let id = state.with(|s| s.selected.clone())?;
            let index = site.milestones.iter().position(|m| m.id == id)?;
            visible.with(|v| v.contains(&index)).then_some(index)
        })
    };
    let domain = {
        let extents = extents.clone();
        Memo::new(move |_| {
            let shown: Vec<Extent> =
                visible.with(|v| v.iter().filter_map(|i| extents.get(*i).copied()).collect());
            fit_domain(&shown)
        })
    };
    let width = RwSignal::new(if static_markup { NARROW_GUESS } else { initial_width() });
    let zoom = RwSignal::new(1.0);
    let scale = Memo::new(move |_| {
        let (start, end) = domain.get();
        TimeScale::new(start, end, width.get().max(200.0) * zoom.get())
    });
    let view = ViewCtl { viewport: NodeRef::new(), width, zoom, scrolled: RwSignal::new(0.0), domain, scale };
    let active = RwSignal::new(None::<usize>);
    let ctx = Ctx {
        site,
        extents,
        visible,
        state,
        selected,
        active,
        is_selected: Selector::new(move || selected.get()),
        go,
        href,
        static_markup,
        view,
    };

    // The tab stop follows the selection, and starts on the first milestone.
    Effect::new(move |_| {
        let first = visible.with(|v| v.first().copied());
        match selected.get() {
            Some(index) => active.set(Some(index)),
            None if active.get_untracked().is_none_or(|a| !visible.with_untracked(|v| v.contains(&a))) => {
                active.set(first)
            }
            None => {}
        }
    });

    // Measure the box before drawing milestones (while it is still cheap
    // to lay out): a thousand markers placed at a guessed width and then
    // at the real one would be laid out twice.
    let root = NodeRef::<html::Section>::new();
    let measured = RwSignal::new(false);
    let remeasure = move || {
        if let Some(section) = root.get_untracked() {
            let now = f64::from(section.client_width());
            if now > 0.0 && (now - width.get_untracked()).abs() > 1.0 {
                width.set(now);
            }
        }
    };
    Effect::new(move |_| {
        if root.get().is_some() {
            remeasure();
            measured.set(true);
        }
    });
    let resize = window_event_listener(leptos::ev::resize, move |_| remeasure());
    on_cleanup(move || resize.remove());

    let vertical = Memo::new(move |_| state.with(|s| s.layout).is_vertical(width.get()));
    sync_markers(&ctx, vertical);
    let announcement = announcement(&ctx);
    // Pre-rendered HTML holds the list (an ordered list of links, readable
    // without the app); once the box is measured the app may switch to the
    // axis. Drawn in the browser from the start, nothing shows until then,
    // so a thousand markers are not laid out twice.
    let stage = Memo::new(move |_| match (measured.get(), vertical.get()) {
        (false, _) if static_markup => Stage::List,
        (false, _) => Stage::Nothing,
        (true, true) => Stage::List,
        (true, false) => Stage::Axis,
    });
    let body = {
        let ctx = ctx.clone();
        move || {
            let stage = stage.get();
            if stage == Stage::Nothing {
                return ().into_any();
            }
            if ctx.visible.with(Vec::is_empty) {
                return view! { <EmptyTimeline ctx=ctx.clone() /> }.into_any();
            }
            if stage == Stage::List {
                view! { <list::VerticalList ctx=ctx.clone() /> }.into_any()
            } else {
                view! {
                    <rail::Rail ctx=ctx.clone() />
                    {
                        let ctx = ctx.clone();
                        move || ctx.selected.get().map(|index| view! { <detail::Detail ctx=ctx.clone() index /> })
                    }
                }
                .into_any()
            }
        }
    };

    view! {
        <section class="timeline" node_ref=root aria-label="Interactive timeline">
            <p class="app-note">
                "The timeline's axis, zoom and category filter need JavaScript and WebAssembly; "
                "the milestones are listed below in date order, each with a page of its own."
            </p>
            <div class="tl-toolbar app-only">
                <legend::Legend ctx=ctx.clone() />
                <controls::Controls ctx=ctx.clone() vertical measured />
            </div>
            // Until the box is measured (the pre-rendered page), the
            // stylesheet keeps the axis's room on wide screens.
            <div class="tl-stage" class:tl-stage--static=move || static_markup && !measured.get()>{body}</div>
            <p class="visually-hidden" aria-live="polite" aria-atomic="true">{move || announcement.get()}</p>
        </section>
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Stage {
    Nothing,
    List,
    Axis,
}

/// The width assumed until the box is measured when drawing for
/// pre-rendered HTML: narrow, so the list (which every screen can show) is
/// what the HTML holds.
const NARROW_GUESS: f64 = 360.0;

/// Keeps the roving tab stop (`tabindex="0"`), `aria-current` and, in the
/// list, `aria-expanded` on the right markers. Set on the two markers that
/// change rather than through a reactive attribute on each of a thousand
/// markers; re-applied after any re-render (filter, layout switch).
fn sync_markers(ctx: &Ctx, vertical: Memo<bool>) {
    let (active, selected, visible) = (ctx.active, ctx.selected, ctx.visible);
    Effect::new(move |previous: Option<(Option<usize>, Option<usize>)>| {
        visible.track();
        let is_list = vertical.get();
        let now = (active.get(), selected.get());
        let all = visible.get_untracked();
        // After the next paint, when re-rendered markers are in the page.
        request_animation_frame(move || {
            if previous.is_none() {
                // Pre-rendered markers are all plain tab stops: make them
                // one roving tab stop.
                for index in all.iter().filter(|i| Some(**i) != now.0) {
                    dom::set_marker_attribute(*index, "tabindex", Some("-1"));
                }
            }
            if let Some((was_active, was_selected)) = previous {
                for index in was_active.into_iter().filter(|i| Some(*i) != now.0) {
                    dom::set_marker_attribute(index, "tabindex", Some("-1"));
                }
                for index in was_selected.into_iter().filter(|i| Some(*i) != now.1) {
                    dom::set_marker_attribute(index, "aria-current", None);
                    dom::set_marker_attribute(index, "aria-expanded", is_list.then_some("false"));
                }
            }
            if let Some(index) = now.0 {
                dom::set_marker_attribute(index, "tabindex", Some("0"));
            }
            if let Some(index) = now.1 {
                dom::set_marker_attribute(index, "aria-current", Some("true"));
                dom::set_marker_attribute(index, "aria-expanded", is_list.then_some("true"));
            }
        });
        now
    });
}

/// The text the live region reads: only the headline and date of a new
/// selection, never on first load.
fn announcement(ctx: &Ctx) -> RwSignal<String> {
    let text = RwSignal::new(String::new());
    let site = ctx.site.clone();
    let selected = ctx.selected;
    Effect::new(move |previous: Option<Option<usize>>| {
        let now = selected.get();
        if let Some(previous) = previous
            && previous != now
        {
            let message = now
                .and_then(|i| site.milestones.get(i))
                .map_or_else(String::new, |m| format!("{}, {}", m.headline, m.date_label()));
            text.set(message);
        }
        now
    });
    text
}

#[component]
fn EmptyTimeline(ctx: Ctx) -> impl IntoView {
    let filtered = move || !ctx.state.with(|s| s.filter.is_all());
    let state = ctx.state;
    let go = ctx.go;
    view! {
        <div class="status status--empty tl-empty">
            <p>{move || if filtered() { "No milestones in the chosen categories." } else { "No milestones to show." }}</p>
            <Show when=filtered>
                <button type="button" class="button" on:click=move |_| {
                    go.run(TimelineState { filter: Default::default(), ..state.get_untracked() })
                }>"Show all categories"</button>
            </Show>
        </div>
    }
}

/// Best guess before the first measurement: the window's width.
fn initial_width() -> f64 {
    web_sys::window().and_then(|w| w.inner_width().ok()).and_then(|w| w.as_f64()).unwrap_or(1024.0)
}

/// The marker for a category's legend position (`variant`): a CSS shape
/// (circle, square, diamond, triangles, hexagon, star, cross, pentagon)
/// filled with the category colour and outlined in the text colour, so
/// colour is never the only cue. One element, cheap to draw a thousand times.
#[component]
pub fn Shape(variant: usize) -> impl IntoView {
    view! { <span class=shape_class(variant) aria-hidden="true"></span> }
}

/// The class list of a marker shape (static strings: no allocation).
fn shape_class(variant: usize) -> &'static str {
    const CLASSES: [&str; 9] = [
        "tl-dot cat-0",
        "tl-dot cat-1",
        "tl-dot cat-2",
        "tl-dot cat-3",
        "tl-dot cat-4",
        "tl-dot cat-5",
        "tl-dot cat-6",
        "tl-dot cat-7",
        "tl-dot cat-8",
    ];
    CLASSES[variant % CLASSES.len()]
}
