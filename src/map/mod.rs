//! The member map on `/members` and in the map widget: states coloured and
//! patterned by status, chair and co-chair marked, small states given
//! markers, a tooltip on hover and focus, details on selection, zoom and
//! pan by mouse, touch and keyboard. The list of members below the map
//! stays the full alternative; both follow the same filters in the URL.
//!
//! - pure and host-tested: `projection` (Equal Earth), `geometry`
//!   (cropping, simplification, SVG paths; used by `tools/mapgen`),
//!   `viewport` (zoom and pan), `nav` (the nearest state in a direction),
//!   `placed` (which members are drawn where) and `state` (the URL);
//! - the component: `view` (the shared [`view::MapCtx`] and the layout),
//!   `layers` (the SVG layers), `input` (keys and gestures), `tooltip` and
//!   `panel` (organisations, legend, details).
//!
//! The map file and its join with the members are read in `model::map`;
//! `in_page` reads the geometry back from a pre-rendered map page.

pub mod geometry;
pub mod in_page;
pub mod input;
pub mod layers;
pub mod nav;
pub mod panel;
pub mod placed;
pub mod projection;
pub mod state;
pub mod tooltip;
pub mod view;
pub mod viewport;

use std::sync::Arc;

use leptos::prelude::*;

use crate::components::deferred::after_first_paint;
use crate::components::remote::{LoadError, Loading};
use crate::data::{Remote, use_app_data};
use crate::i18n::messages::Loadable;
use crate::interaction::url_state::UrlStyle;
use crate::model::site::SiteData;
use state::MapState;
use view::MapView;

/// Loads the map geometry (only pages with a map do) and draws the map.
#[component]
pub fn MemberMap(
    site: Arc<SiteData>,
    #[prop(into)] state: Signal<MapState>,
    #[prop(into)] url_style: Signal<UrlStyle>,
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
            view! { <LoadError error what=Loadable::Map retry=move |()| data.reload_map() /> }.into_any()
        }
        // Holds the map's place while it loads (or waits for the first
        // paint), so the list below does not jump when it arrives.
        _ => view! { <div class="map-placeholder"><Loading what=Loadable::Map /></div> }.into_any(),
    }
}
