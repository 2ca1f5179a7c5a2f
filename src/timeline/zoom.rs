//! Zoom and pan of the horizontal axis: how wide the track is drawn, and
//! where the viewport is scrolled to.

use leptos::html;
use leptos::prelude::*;

use super::dom;
use super::scale::TimeScale;
use crate::interaction::keys::Zoom;
use crate::model::number;

/// Closest zoom: one month takes about this many pixels.
const MAX_PX_PER_MONTH: f64 = 160.0;

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
    /// Counts the scrolls asked for; a scroll deferred to the next frame
    /// happens only if none was asked for since (see [`ViewCtl::zoom_by`]).
    pub scrolls: StoredValue<u32>,
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
        let zoom = number::within(self.zoom.get_untracked() * factor, 1.0, self.max_zoom());
        self.zoom.set(zoom);
        let (start, end) = self.domain.get_untracked();
        let after = TimeScale::new(start, end, width * zoom);
        let target = after.x(anchor_day) - anchor;
        // The track is resized by the next render; scroll once it is,
        // unless another scroll was asked for meanwhile ("Fit all", or a
        // key that moved focus to a milestone, must not be undone by this
        // late one) or the timeline is gone.
        let asked = self.ask_scroll();
        let scrolls = self.scrolls;
        request_animation_frame(move || {
            if scrolls.try_get_value() == Some(asked) {
                dom::set_scroll_start(&viewport, target);
            }
        });
    }

    /// The zoom keys and buttons.
    pub fn apply(&self, zoom: Zoom) {
        match zoom {
            Zoom::In => self.zoom_by(2.0, None),
            Zoom::Out => self.zoom_by(0.5, None),
            Zoom::Reset => self.fit(),
        }
    }

    /// Records a scroll request and returns its number.
    fn ask_scroll(&self) -> u32 {
        self.scrolls
            .try_update_value(|n| {
                *n = n.wrapping_add(1);
                *n
            })
            .unwrap_or_default()
    }

    pub fn fit(&self) {
        self.ask_scroll();
        self.zoom.set(1.0);
        if let Some(viewport) = self.viewport.get_untracked() {
            dom::set_scroll_start(&viewport, 0.0);
        }
    }

    /// Pans by a fraction of the visible width (negative: earlier).
    pub fn pan(&self, fraction: f64) {
        self.ask_scroll();
        let Some(viewport) = self.viewport.get_untracked() else { return };
        let start = dom::scroll_start(&viewport) + fraction * self.width.get_untracked();
        dom::set_scroll_start(&viewport, start);
    }

    /// Scrolls (without animation) so that `x` is comfortably in view.
    pub fn reveal(&self, x: f64) {
        // Called a frame later too, when the timeline may be gone.
        let (Some(Some(viewport)), Some(width)) =
            (self.viewport.try_get_untracked(), self.width.try_get_untracked())
        else {
            return;
        };
        self.ask_scroll();
        let start = dom::scroll_start(&viewport);
        if x < start + 24.0 || x > start + width - 220.0 {
            dom::set_scroll_start(&viewport, x - width / 3.0);
        }
    }
}
