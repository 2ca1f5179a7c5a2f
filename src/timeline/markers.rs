//! The milestones' markers, in both layouts: their shapes, and keeping the
//! roving tab stop, `aria-current` and (in the list) `aria-expanded` on the
//! right ones.

use leptos::prelude::*;

use super::{Ctx, dom};

/// Keeps the roving tab stop (`tabindex="0"`), `aria-current` and, in the
/// list, `aria-expanded` on the right markers. Set on the two markers that
/// change rather than through a reactive attribute on each of a thousand
/// markers; re-applied after any re-render (filter, layout switch).
pub fn sync_markers(ctx: &Ctx, vertical: Memo<bool>) {
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
