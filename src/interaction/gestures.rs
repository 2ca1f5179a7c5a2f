//! Drag to pan, two-finger pinch and Ctrl/Cmd + wheel to zoom, for any view
//! that can be panned and zoomed. The view says what each gesture does to
//! it ([`GestureActions`]); this module tells the gestures apart.

use leptos::html;
use leptos::prelude::*;
use web_sys::{PointerEvent, WheelEvent};

/// A position in client pixels.
pub type Point = (f64, f64);

/// Which way distances are measured: the timeline pans and zooms along its
/// axis only, the map both ways.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Axes {
    Horizontal,
    Both,
}

/// What a view does with the gestures made on it.
#[derive(Clone, Copy)]
pub struct GestureActions {
    /// A drag begins: the view notes where it is.
    pub start: Callback<()>,
    /// The drag has moved this far (dx, dy) since it began.
    pub drag: Callback<Point>,
    /// Two fingers or Ctrl/Cmd + wheel: zoom by a factor around a point.
    pub zoom: Callback<(f64, Point)>,
}

#[derive(Clone, Copy, Debug)]
pub struct GestureOptions {
    pub axes: Axes,
    /// Whether one finger drags (the map) or scrolls natively (the
    /// timeline's axis, which the browser scrolls).
    pub touch_drags: bool,
    /// How far, in pixels, a press moves before it is a drag, not a click.
    pub threshold: f64,
}

#[derive(Clone, Debug, Default)]
struct State {
    /// Where the dragging pointer went down, and whether it has moved.
    drag_from: Option<Point>,
    dragging: bool,
    /// Whether the last press ended a drag (its click is not a click).
    dragged: bool,
    touches: Vec<(i32, Point)>,
}

/// The gestures on one element: call the handlers from its pointer and
/// wheel events. Cheap to copy into event handlers.
#[derive(Clone, Copy)]
pub struct Gestures {
    state: StoredValue<State>,
    capture: NodeRef<html::Div>,
    actions: GestureActions,
    options: GestureOptions,
}

/// `capture` is the element that keeps the pointer during a drag.
pub fn use_gestures(
    capture: NodeRef<html::Div>,
    actions: GestureActions,
    options: GestureOptions,
) -> Gestures {
    Gestures { state: StoredValue::new(State::default()), capture, actions, options }
}

impl Gestures {
    pub fn pointer_down(&self, ev: &PointerEvent) {
        let point = (f64::from(ev.client_x()), f64::from(ev.client_y()));
        let touch = ev.pointer_type() == "touch";
        if touch {
            self.state.update_value(|s| s.touches.push((ev.pointer_id(), point)));
        }
        if ev.button() == 0 && (!touch || self.options.touch_drags) {
            self.state.update_value(|s| {
                s.drag_from = Some(point);
                s.dragging = false;
            });
            self.actions.start.run(());
        }
    }

    pub fn pointer_move(&self, ev: &PointerEvent) {
        let point = (f64::from(ev.client_x()), f64::from(ev.client_y()));
        if ev.pointer_type() == "touch" && self.state.with_value(|s| s.touches.len()) >= 2 {
            let before = self.state.with_value(|s| s.touches.clone());
            self.state.update_value(|s| {
                if let Some(touch) = s.touches.iter_mut().find(|t| t.0 == ev.pointer_id()) {
                    touch.1 = point;
                }
                // A pinch is not a drag.
                s.drag_from = None;
            });
            let after = self.state.with_value(|s| s.touches.clone());
            if let Some(change) = pinch(&before, &after, self.options.axes) {
                self.actions.zoom.run(change);
            }
            return;
        }
        let Some(from) = self.state.with_value(|s| s.drag_from) else { return };
        let (dx, dy) = (point.0 - from.0, point.1 - from.1);
        let dragging = self.state.with_value(|s| s.dragging);
        if dragging || moved_enough(dx, dy, self.options.threshold, self.options.axes) {
            if !dragging {
                if let Some(element) = self.capture.get_untracked() {
                    let _ = element.set_pointer_capture(ev.pointer_id());
                }
                self.state.update_value(|s| s.dragging = true);
            }
            self.actions.drag.run((dx, dy));
        }
    }

    pub fn pointer_up(&self, ev: &PointerEvent) {
        self.state.update_value(|s| {
            s.touches.retain(|t| t.0 != ev.pointer_id());
            s.dragged = s.drag_from.is_some() && s.dragging;
            s.drag_from = None;
            s.dragging = false;
        });
    }

    pub fn wheel(&self, ev: &WheelEvent) {
        if !(ev.ctrl_key() || ev.meta_key()) {
            return;
        }
        ev.prevent_default();
        let point = (f64::from(ev.client_x()), f64::from(ev.client_y()));
        self.actions.zoom.run((wheel_factor(ev.delta_y()), point));
    }

    /// Whether the press that just ended was a drag, whose click must not
    /// count as a click; asking forgets it.
    pub fn take_dragged(&self) -> bool {
        self.state.try_update_value(|s| std::mem::take(&mut s.dragged)).unwrap_or(false)
    }
}

/// Whether a press has moved far enough to be a drag.
pub fn moved_enough(dx: f64, dy: f64, threshold: f64, axes: Axes) -> bool {
    match axes {
        Axes::Horizontal => dx.abs() > threshold,
        Axes::Both => dx.abs() + dy.abs() > threshold,
    }
}

/// How two touch points moving apart or together zoom: the factor and the
/// point it happens around, once both are far enough apart to measure.
pub fn pinch(before: &[(i32, Point)], after: &[(i32, Point)], axes: Axes) -> Option<(f64, Point)> {
    let ([(_, a0), (_, b0), ..], [(_, a1), (_, b1), ..]) = (before, after) else { return None };
    let spread = |a: &Point, b: &Point| match axes {
        Axes::Horizontal => (a.0 - b.0).abs(),
        Axes::Both => ((a.0 - b.0).powi(2) + (a.1 - b.1).powi(2)).sqrt(),
    };
    let (was, now) = (spread(a0, b0), spread(a1, b1));
    (was > 10.0 && now > 10.0).then(|| (now / was, ((a1.0 + b1.0) / 2.0, (a1.1 + b1.1) / 2.0)))
}

/// Ctrl/Cmd + wheel: a notch (about 100 pixels) zooms by about a fifth.
pub fn wheel_factor(delta_y: f64) -> f64 {
    (-delta_y * 0.002).exp()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_small_wobble_is_still_a_click() {
        assert!(!moved_enough(3.0, 0.0, 4.0, Axes::Horizontal));
        assert!(moved_enough(-5.0, 0.0, 4.0, Axes::Horizontal));
        assert!(!moved_enough(0.0, 50.0, 4.0, Axes::Horizontal), "the timeline ignores vertical moves");
        assert!(moved_enough(3.0, 3.0, 5.0, Axes::Both));
        assert!(!moved_enough(2.0, 2.0, 5.0, Axes::Both));
    }

    #[test]
    fn fingers_apart_zoom_in_around_their_middle() {
        let before = [(1, (100.0, 100.0)), (2, (200.0, 100.0))];
        let after = [(1, (50.0, 100.0)), (2, (250.0, 100.0))];
        assert_eq!(pinch(&before, &after, Axes::Horizontal), Some((2.0, (150.0, 100.0))));
        let diagonal = [(1, (0.0, 0.0)), (2, (30.0, 40.0))];
        let wider = [(1, (0.0, 0.0)), (2, (60.0, 80.0))];
        assert_eq!(pinch(&diagonal, &wider, Axes::Both), Some((2.0, (30.0, 40.0))));
    }

    #[test]
    fn a_pinch_needs_two_fingers_apart() {
        assert_eq!(pinch(&[(1, (0.0, 0.0))], &[(1, (5.0, 0.0))], Axes::Both), None);
        let close = [(1, (0.0, 0.0)), (2, (5.0, 0.0))];
        assert_eq!(pinch(&close, &close, Axes::Horizontal), None);
    }

    #[test]
    fn the_wheel_zooms_gently_both_ways() {
        assert!(wheel_factor(-100.0) > 1.2 && wheel_factor(-100.0) < 1.25);
        assert!((wheel_factor(100.0) * wheel_factor(-100.0) - 1.0).abs() < 1e-12);
        assert_eq!(wheel_factor(0.0), 1.0);
    }
}
