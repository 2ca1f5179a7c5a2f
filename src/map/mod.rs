//! The member map: Natural Earth shapes in an Equal Earth projection,
//! joined to the member list. `projection`, `geometry`, `viewport` and `nav`
//! are pure and host-tested (the map file and its join with the members are
//! read in `model::map`); `view` is the component.

pub mod geometry;
pub mod nav;
pub mod projection;
pub mod state;
pub mod view;
pub mod viewport;
