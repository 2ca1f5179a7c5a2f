//! The timeline's keys, in both layouts: the arrows step between
//! milestones (mirrored on the axis in right-to-left pages), Home and End
//! jump to the ends; on the axis Page Up and Page Down pan and the zoom
//! keys zoom (`interaction::keys`).

use crate::interaction::keys::{Zoom, zoom_key};
use crate::model::milestones::Step;

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum TimelineKey {
    /// Move the roving focus.
    Step(Step),
    /// Pan by a fraction of the visible width (negative: earlier).
    Pan(f64),
    Zoom(Zoom),
}

/// What `key` does; `rtl` when the axis runs right to left.
pub fn timeline_key(key: &str, rtl: bool) -> Option<TimelineKey> {
    let step = match key {
        "ArrowRight" if rtl => Step::Previous,
        "ArrowLeft" if rtl => Step::Next,
        "ArrowRight" | "ArrowDown" => Step::Next,
        "ArrowLeft" | "ArrowUp" => Step::Previous,
        "Home" => Step::First,
        "End" => Step::Last,
        "PageUp" => return Some(TimelineKey::Pan(-0.8)),
        "PageDown" => return Some(TimelineKey::Pan(0.8)),
        other => return zoom_key(other).map(TimelineKey::Zoom),
    };
    Some(TimelineKey::Step(step))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arrows_follow_the_reading_direction() {
        assert_eq!(timeline_key("ArrowRight", false), Some(TimelineKey::Step(Step::Next)));
        assert_eq!(timeline_key("ArrowRight", true), Some(TimelineKey::Step(Step::Previous)));
        assert_eq!(timeline_key("ArrowLeft", true), Some(TimelineKey::Step(Step::Next)));
        assert_eq!(
            timeline_key("ArrowDown", true),
            Some(TimelineKey::Step(Step::Next)),
            "down is always later"
        );
        assert_eq!(timeline_key("Home", false), Some(TimelineKey::Step(Step::First)));
        assert_eq!(timeline_key("End", true), Some(TimelineKey::Step(Step::Last)));
    }

    #[test]
    fn view_keys() {
        assert_eq!(timeline_key("PageUp", false), Some(TimelineKey::Pan(-0.8)));
        assert_eq!(timeline_key("PageDown", false), Some(TimelineKey::Pan(0.8)));
        assert_eq!(timeline_key("-", false), Some(TimelineKey::Zoom(Zoom::Out)));
        assert_eq!(timeline_key("0", false), Some(TimelineKey::Zoom(Zoom::Reset)));
        assert_eq!(timeline_key("Enter", false), None, "Enter belongs to the marker");
        assert_eq!(timeline_key("x", false), None);
    }
}
