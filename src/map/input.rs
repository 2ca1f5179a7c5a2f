//! The map's keys and gestures.
//!
//! Keyboard: the states are one tab stop; arrow keys move to the nearest
//! state in that direction, Enter or Space select, Escape closes the
//! tooltip and the details, Shift and the arrows pan, the plus and minus
//! keys zoom, 0 resets. Pointer: drag pans, two fingers and Ctrl/Cmd with
//! the wheel zoom, a click selects (not the click that ends a drag). One
//! listener on the canvas serves every state.

use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{FocusEvent, KeyboardEvent, MouseEvent};

use super::nav::{Direction, nearest};
use super::view::MapCtx;
use super::viewport::ViewBox;
use crate::interaction::gestures::{Axes, GestureActions, GestureOptions, Gestures, Point, use_gestures};
use crate::interaction::keys::{Zoom, zoom_key};

/// What a key asks the map to do.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MapKey {
    /// Move the focus to the nearest state that way.
    Move(Direction),
    /// Pan the view that way (Shift + arrow).
    Pan(Direction),
    Select,
    Dismiss,
    Zoom(Zoom),
}

pub fn map_key(key: &str, shift: bool) -> Option<MapKey> {
    let direction = match key {
        "ArrowLeft" => Some(Direction::Left),
        "ArrowRight" => Some(Direction::Right),
        "ArrowUp" => Some(Direction::Up),
        "ArrowDown" => Some(Direction::Down),
        _ => None,
    };
    match (direction, key) {
        (Some(d), _) if shift => Some(MapKey::Pan(d)),
        (Some(d), _) => Some(MapKey::Move(d)),
        (None, "Enter" | " ") => Some(MapKey::Select),
        (None, "Escape") => Some(MapKey::Dismiss),
        (None, key) => zoom_key(key).map(MapKey::Zoom),
    }
}

/// A fifth of the view per Shift + arrow.
fn pan_step(direction: Direction) -> (f64, f64) {
    match direction {
        Direction::Left => (-0.2, 0.0),
        Direction::Right => (0.2, 0.0),
        Direction::Up => (0.0, -0.2),
        Direction::Down => (0.0, 0.2),
    }
}

/// The map's event handlers.
#[derive(Clone)]
pub struct MapInput {
    ctx: MapCtx,
    pub gestures: Gestures,
}

impl MapInput {
    pub fn new(ctx: &MapCtx, canvas: NodeRef<html::Div>) -> MapInput {
        // Where the view was when a drag began.
        let start = StoredValue::new(ctx.full);
        let fraction = move |(x, y): Point| -> Option<(f64, f64, f64)> {
            let rect = canvas.get_untracked()?.get_bounding_client_rect();
            (rect.width() > 0.0)
                .then(|| ((x - rect.left()) / rect.width(), (y - rect.top()) / rect.height(), rect.width()))
        };
        let (view_box, full) = (ctx.view_box, ctx.full);
        let actions = GestureActions {
            start: Callback::new(move |()| start.set_value(view_box.get_untracked())),
            drag: Callback::new(move |(dx, dy): Point| {
                let Some((_, _, width)) = fraction((0.0, 0.0)) else { return };
                let from: ViewBox = start.get_value();
                let units_per_px = from.w / width;
                view_box.set(from.pan(-dx * units_per_px / from.w, -dy * units_per_px / from.h, full));
            }),
            zoom: Callback::new(move |(factor, point): (f64, Point)| {
                if let Some((fx, fy, _)) = fraction(point) {
                    view_box.update(|vb| *vb = vb.zoom(factor, (fx, fy), full));
                }
            }),
        };
        let options = GestureOptions { axes: Axes::Both, touch_drags: true, threshold: 5.0 };
        MapInput { ctx: ctx.clone(), gestures: use_gestures(canvas, actions, options) }
    }

    pub fn key(&self) -> impl Fn(KeyboardEvent) + 'static {
        let ctx = self.ctx.clone();
        move |ev: KeyboardEvent| {
            let Some(action) = map_key(&ev.key(), ev.shift_key()) else { return };
            ev.prevent_default();
            match action {
                MapKey::Pan(direction) => {
                    let (dx, dy) = pan_step(direction);
                    let full = ctx.full;
                    ctx.view_box.update(|vb| *vb = vb.pan(dx, dy, full));
                }
                MapKey::Move(direction) => {
                    let candidates = ctx.matching.get_untracked();
                    let points: Vec<(f64, f64)> =
                        candidates.iter().filter_map(|i| ctx.placed.get(*i).map(|p| p.centroid)).collect();
                    let from =
                        ctx.active.get_untracked().and_then(|a| candidates.iter().position(|c| *c == a));
                    let next = match from {
                        Some(from) => {
                            nearest(&points, from, direction).and_then(|i| candidates.get(i).copied())
                        }
                        None => candidates.first().copied(),
                    };
                    if let Some(next) = next {
                        ctx.hover.set(Some(next));
                        ctx.focus(next);
                    }
                }
                MapKey::Select => {
                    if let Some(active) = ctx.active.get_untracked() {
                        ctx.select(Some(active));
                    }
                }
                MapKey::Dismiss => {
                    ctx.hover.set(None);
                    if ctx.selected.get_untracked().is_some() {
                        ctx.select(None);
                    }
                }
                MapKey::Zoom(Zoom::In) => ctx.zoom(2.0, (0.5, 0.5)),
                MapKey::Zoom(Zoom::Out) => ctx.zoom(0.5, (0.5, 0.5)),
                MapKey::Zoom(Zoom::Reset) => ctx.view_box.set(ctx.full),
            }
        }
    }

    pub fn click(&self) -> impl Fn(MouseEvent) + 'static {
        let (ctx, gestures) = (self.ctx.clone(), self.gestures);
        move |ev: MouseEvent| {
            if gestures.take_dragged() {
                return;
            }
            if let Some(index) = state_of(&ctx, ev.target()) {
                ctx.active.set(Some(index));
                ctx.select(Some(index));
            }
        }
    }

    pub fn over(&self) -> impl Fn(MouseEvent) + 'static {
        let ctx = self.ctx.clone();
        move |ev: MouseEvent| ctx.hover.set(state_of(&ctx, ev.target()))
    }

    pub fn focus_in(&self) -> impl Fn(FocusEvent) + 'static {
        let ctx = self.ctx.clone();
        move |ev: FocusEvent| {
            if let Some(index) = state_of(&ctx, ev.target()) {
                ctx.active.set(Some(index));
                ctx.hover.set(Some(index));
            }
        }
    }
}

/// The placed state an event happened on (its shape or its marker).
fn state_of(ctx: &MapCtx, target: Option<web_sys::EventTarget>) -> Option<usize> {
    let element = target?.dyn_into::<web_sys::Element>().ok()?;
    let iso = element.closest("[data-iso]").ok()??.get_attribute("data-iso")?;
    ctx.placed.iter().position(|p| p.iso2 == iso)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arrows_move_and_shift_arrows_pan() {
        assert_eq!(map_key("ArrowLeft", false), Some(MapKey::Move(Direction::Left)));
        assert_eq!(map_key("ArrowUp", true), Some(MapKey::Pan(Direction::Up)));
        assert_eq!(pan_step(Direction::Up), (0.0, -0.2));
    }

    #[test]
    fn other_keys() {
        assert_eq!(map_key("Enter", false), Some(MapKey::Select));
        assert_eq!(map_key(" ", false), Some(MapKey::Select));
        assert_eq!(map_key("Escape", false), Some(MapKey::Dismiss));
        assert_eq!(map_key("+", false), Some(MapKey::Zoom(Zoom::In)));
        assert_eq!(map_key("0", false), Some(MapKey::Zoom(Zoom::Reset)));
        assert_eq!(map_key("Tab", false), None, "Tab leaves the map");
        assert_eq!(map_key("a", false), None);
    }
}
