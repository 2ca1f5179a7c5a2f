//! The few direct DOM operations the timeline needs, in one place: focus
//! without scrolling, and scroll positions measured from the inline start
//! so right-to-left pages work the same way.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

/// The DOM id of a milestone's marker (by its index in the site data).
pub fn marker_id(index: usize) -> String {
    format!("tl-m-{index}")
}

fn element(id: &str) -> Option<HtmlElement> {
    web_sys::window()?.document()?.get_element_by_id(id)?.dyn_into::<HtmlElement>().ok()
}

/// Moves keyboard focus to a marker; false if it is not on the page (yet).
/// `scroll` lets the browser bring it into view (vertical list); the axis
/// scrolls itself instead.
pub fn focus_marker(index: usize, scroll: bool) -> bool {
    let Some(marker) = element(&marker_id(index)) else { return false };
    let options = web_sys::FocusOptions::new();
    options.set_prevent_scroll(!scroll);
    marker.focus_with_options(&options).is_ok()
}

/// The milestone index of the marker an event happened in, if any: one
/// listener on the list serves every marker.
pub fn marker_index(target: Option<web_sys::EventTarget>) -> Option<usize> {
    let element = target?.dyn_into::<Element>().ok()?;
    let marker = element.closest("[id^='tl-m-']").ok()??;
    marker.id().strip_prefix("tl-m-")?.parse().ok()
}

/// Sets or removes an attribute on a marker, if it is on the page.
pub fn set_marker_attribute(index: usize, name: &str, value: Option<&str>) {
    let Some(marker) = element(&marker_id(index)) else { return };
    let _ = match value {
        Some(value) => marker.set_attribute(name, value),
        None => marker.remove_attribute(name),
    };
}

/// Rewrites the inline style of the list item holding a marker.
pub fn set_item_style(index: usize, style: &str) {
    let item = element(&marker_id(index)).and_then(|marker| marker.parent_element());
    if let Some(item) = item {
        let _ = item.set_attribute("style", style);
    }
}

pub fn is_rtl(element: &Element) -> bool {
    web_sys::window()
        .and_then(|w| w.get_computed_style(element).ok().flatten())
        .and_then(|style| style.get_property_value("direction").ok())
        .is_some_and(|d| d == "rtl")
}

/// How far the content is scrolled from its inline start, in pixels (in
/// right-to-left layouts browsers report this as a negative `scrollLeft`).
pub fn scroll_start(viewport: &Element) -> f64 {
    let left = f64::from(viewport.scroll_left());
    if is_rtl(viewport) { -left } else { left }
}

pub fn set_scroll_start(viewport: &Element, start: f64) {
    let start = start.max(0.0).round() as i32;
    viewport.set_scroll_left(if is_rtl(viewport) { -start } else { start });
}

/// A pointer's distance from the viewport's inline start edge.
pub fn offset_from_start(viewport: &Element, client_x: f64) -> f64 {
    let rect = viewport.get_bounding_client_rect();
    if is_rtl(viewport) { rect.right() - client_x } else { client_x - rect.left() }
}
