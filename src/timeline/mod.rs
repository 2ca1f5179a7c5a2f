//! The interactive milestones timeline, shared by `/timeline` and the
//! timeline widget.
//!
//! - `scale` and `layout`: the pure maths (dates to pixels, ticks, lanes).
//! - `state`: what is linkable (selection, filter, layout) and its URLs.
//! - `rail` (horizontal axis) and `list` (vertical) render the same
//!   milestones with the same keyboard model (`keys`) and markers
//!   (`markers`); `detail` shows one; `legend` filters by category;
//!   `controls` and `zoom` zoom and pan.
//! - The roving tab stop, announcements, gestures and measuring are the
//!   shared ones in `interaction`.
//!
//! Keyboard model (both layouts): the milestones are one tab stop; arrow
//! keys move focus (roving tabindex), Home/End jump to the ends, Enter or
//! Space selects, PageUp/PageDown pan, + / - / 0 zoom. Selection lives in
//! the URL and is announced politely (headline and date only).

pub mod controls;
pub mod detail;
pub mod dom;
pub mod keys;
pub mod layout;
pub mod legend;
pub mod list;
pub mod markers;
pub mod placement;
pub mod rail;
pub mod scale;
pub mod state;
pub mod zoom;

use std::sync::Arc;

use leptos::html;
use leptos::prelude::*;

use crate::components::filters::use_filter_navigate;
use crate::interaction::announce::{LiveRegion, use_announcement};
use crate::interaction::print::use_printing;
use crate::interaction::roving::use_roving_tab_stop;
use crate::interaction::size::use_width;
use crate::interaction::url_state::UrlStyle;
use crate::model::milestones::{Step, step};
use crate::model::site::SiteData;
use crate::startup::is_reproducing_html;
use scale::{Extent, TimeScale, extent, fit_domain};
use state::TimelineState;
use zoom::ViewCtl;

/// Pixels per lane on the axis.
pub const LANE_HEIGHT: f64 = 40.0;
/// At most this many lanes; further overlapping labels are hidden.
pub const MAX_LANES: usize = 7;

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
    /// The page's language, for dates and names.
    pub locale: crate::i18n::Locale,
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
            format!(
                "{}, {}, {}",
                m.headline,
                m.date_label(self.locale),
                self.site.category_label(&m.category)
            )
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

/// The timeline. `state` comes from the URL; changes are written back to
/// the URL in `url_style`.
#[component]
pub fn Timeline(
    site: Arc<SiteData>,
    #[prop(into)] state: Signal<TimelineState>,
    #[prop(into)] url_style: Signal<UrlStyle>,
) -> impl IntoView {
    let navigate = use_filter_navigate();
    let locale = crate::i18n::use_locale();
    // The router adds the language to the paths it is given; a link needs
    // it written in.
    let route = move |state: &TimelineState| url_style.with_untracked(|style| style.href(state));
    let href = Callback::new(move |state: TimelineState| locale.path(&route(&state)));
    let go = Callback::new(move |next: TimelineState| navigate.run(route(&next)));
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
    // Measure the box before drawing milestones (while it is still cheap
    // to lay out): a thousand markers placed at a guessed width and then
    // at the real one would be laid out twice.
    let root = NodeRef::<html::Section>::new();
    let (width, measured) = use_width(root, if static_markup { NARROW_GUESS } else { initial_width() });
    let zoom = RwSignal::new(1.0);
    let scale = Memo::new(move |_| {
        let (start, end) = domain.get();
        TimeScale::new(start, end, width.get().max(200.0) * zoom.get())
    });
    let view = ViewCtl {
        viewport: NodeRef::new(),
        width,
        zoom,
        scrolled: RwSignal::new(0.0),
        domain,
        scale,
        scrolls: StoredValue::new(0),
    };
    let active = use_roving_tab_stop(visible, selected);
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
        locale,
        static_markup,
        view,
    };

    let vertical = Memo::new(move |_| state.with(|s| s.layout).is_vertical(width.get()));
    markers::sync_markers(&ctx, vertical);
    // Only the headline and date of a new selection are announced.
    let announcement = {
        let site = ctx.site.clone();
        use_announcement(
            move || selected.get(),
            move |now| {
                now.and_then(|i| site.milestones.get(i))
                    .map_or_else(String::new, |m| format!("{}, {}", m.headline, m.date_label(locale)))
            },
        )
    };
    // Pre-rendered HTML holds the list (an ordered list of links, readable
    // without the app); once the box is measured the app may switch to the
    // axis. Drawn in the browser from the start, nothing shows until then,
    // so a thousand markers are not laid out twice.
    // On paper the list, whatever the screen showed: an axis would be cut
    // at the page's edge.
    let printing = use_printing();
    let stage = Memo::new(move |_| match (measured.get(), vertical.get()) {
        _ if printing.get() => Stage::List,
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
        <section class="timeline" node_ref=root aria-label=locale.messages().timeline.region_label>
            <p class="app-note">{locale.messages().timeline.needs_app}</p>
            <div class="tl-toolbar app-only">
                <legend::Legend ctx=ctx.clone() />
                <controls::Controls ctx=ctx.clone() vertical measured />
            </div>
            // Until the box is measured (the pre-rendered page), the
            // stylesheet keeps the axis's room on wide screens.
            <div class="tl-stage" class:tl-stage--static=move || static_markup && !measured.get()>{body}</div>
            <LiveRegion text=announcement />
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

#[component]
fn EmptyTimeline(ctx: Ctx) -> impl IntoView {
    let filtered = move || !ctx.state.with(|s| s.filter.is_all());
    let state = ctx.state;
    let go = ctx.go;
    let t = &crate::i18n::use_messages().timeline;
    view! {
        <div class="status status--empty tl-empty">
            <p>{move || if filtered() { t.none_in_categories } else { t.none }}</p>
            <Show when=filtered>
                <button type="button" class="button" on:click=move |_| {
                    go.run(TimelineState { filter: Default::default(), ..state.get_untracked() })
                }>{t.show_all_categories}</button>
            </Show>
        </div>
    }
}

/// Best guess before the first measurement: the window's width.
fn initial_width() -> f64 {
    web_sys::window().and_then(|w| w.inner_width().ok()).and_then(|w| w.as_f64()).unwrap_or(1024.0)
}
