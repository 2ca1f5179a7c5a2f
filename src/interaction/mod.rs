//! Interaction code the timeline and the member map share, each piece
//! written once:
//!
//! - `url_state`: a view's state (a selection and its parameters) spelled
//!   as a URL on the site or inside a widget;
//! - `roving`: the single tab stop of a composite widget;
//! - `announce`: the polite live region that says what changed;
//! - `gestures`: drag, two-finger pinch and Ctrl/Cmd + wheel zoom;
//! - `size`: an element's width, kept up to date;
//! - `keys`: the zoom keys both views answer;
//! - `print`: whether the page is being printed.
//!
//! The arithmetic behind each is pure and host-tested.

pub mod announce;
pub mod gestures;
pub mod keys;
pub mod print;
pub mod roving;
pub mod size;
pub mod url_state;
