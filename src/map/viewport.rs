//! Zoom and pan of the map as a viewBox: pure arithmetic, tested here; the
//! component only turns gestures and keys into these calls.

use crate::model::number;

/// The visible part of the map, in SVG units.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ViewBox {
    pub x: f64,
    pub y: f64,
    pub w: f64,
    pub h: f64,
}

/// How far in the map may be zoomed (8× shows Luxembourg comfortably).
pub const MAX_ZOOM: f64 = 12.0;

impl ViewBox {
    pub fn full(width: f64, height: f64) -> ViewBox {
        ViewBox { x: 0.0, y: 0.0, w: width.max(1.0), h: height.max(1.0) }
    }

    /// Zooms by `factor` (> 1 is closer) keeping the point `(ax, ay)`
    /// (fractions of the view, 0.5 = middle) fixed, within `full`.
    pub fn zoom(self, factor: f64, (ax, ay): (f64, f64), full: ViewBox) -> ViewBox {
        let factor = if factor.is_finite() && factor > 0.0 { factor } else { 1.0 };
        let w = number::within(self.w / factor, full.w / MAX_ZOOM, full.w);
        let h = w * full.h / full.w;
        let (ax, ay) = (number::within(ax, 0.0, 1.0), number::within(ay, 0.0, 1.0));
        let px = self.x + ax * self.w;
        let py = self.y + ay * self.h;
        ViewBox { x: px - ax * w, y: py - ay * h, w, h }.clamped(full)
    }

    /// Moves by fractions of the view (positive: right, down).
    pub fn pan(self, dx: f64, dy: f64, full: ViewBox) -> ViewBox {
        ViewBox { x: self.x + dx * self.w, y: self.y + dy * self.h, ..self }.clamped(full)
    }

    /// Centres on a point, keeping the zoom.
    pub fn centre_on(self, (x, y): (f64, f64), full: ViewBox) -> ViewBox {
        ViewBox { x: x - self.w / 2.0, y: y - self.h / 2.0, ..self }.clamped(full)
    }

    /// Whether a point is inside, with a margin (fraction of the view).
    pub fn shows(&self, (x, y): (f64, f64), margin: f64) -> bool {
        let (mx, my) = (self.w * margin, self.h * margin);
        x >= self.x + mx && x <= self.x + self.w - mx && y >= self.y + my && y <= self.y + self.h - my
    }

    pub fn zoom_level(&self, full: ViewBox) -> f64 {
        full.w / self.w
    }

    /// Keeps the view inside the map.
    fn clamped(self, full: ViewBox) -> ViewBox {
        let x = number::within(self.x, full.x, (full.x + full.w - self.w).max(full.x));
        let y = number::within(self.y, full.y, (full.y + full.h - self.h).max(full.y));
        ViewBox { x, y, ..self }
    }

    /// The `viewBox` attribute value.
    pub fn attribute(&self) -> String {
        [self.x, self.y, self.w, self.h].map(|v| number::fixed(v, 1)).join(" ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const FULL: ViewBox = ViewBox { x: 0.0, y: 0.0, w: 1000.0, h: 500.0 };

    #[test]
    fn zooming_keeps_the_anchor_still() {
        let z = FULL.zoom(2.0, (0.25, 0.5), FULL);
        assert_eq!((z.w, z.h), (500.0, 250.0));
        // The point a quarter across stays a quarter across.
        assert_eq!(z.x + 0.25 * z.w, 250.0);
        assert_eq!(z.y + 0.5 * z.h, 250.0);
        assert_eq!(z.zoom_level(FULL), 2.0);
    }

    #[test]
    fn zoom_is_bounded_and_stays_on_the_map() {
        assert_eq!(FULL.zoom(0.5, (0.5, 0.5), FULL), FULL);
        let deep = FULL.zoom(1000.0, (1.0, 1.0), FULL);
        assert_eq!(deep.zoom_level(FULL), MAX_ZOOM);
        assert!(deep.x + deep.w <= 1000.0 + 1e-9 && deep.y + deep.h <= 500.0 + 1e-9);
        assert_eq!(FULL.zoom(f64::NAN, (0.5, 0.5), FULL), FULL);
    }

    #[test]
    fn panning_stops_at_the_edges() {
        let z = FULL.zoom(4.0, (0.5, 0.5), FULL);
        let left = z.pan(-100.0, 0.0, FULL);
        assert_eq!(left.x, 0.0);
        let right = z.pan(0.25, 0.0, FULL);
        assert_eq!(right.x, z.x + 0.25 * z.w);
        assert_eq!(FULL.pan(1.0, 1.0, FULL), FULL, "nothing to pan at full view");
    }

    #[test]
    fn centring_and_visibility() {
        let z = FULL.zoom(4.0, (0.5, 0.5), FULL).centre_on((100.0, 100.0), FULL);
        assert!(z.shows((100.0, 100.0), 0.1));
        assert!(!z.shows((900.0, 400.0), 0.0));
        assert_eq!(FULL.attribute(), "0.0 0.0 1000.0 500.0");
    }
}
