//! The member map: Natural Earth shapes in an Equal Earth projection,
//! joined to the member list. `projection`, `geometry`, `viewport`, `nav`
//! and `data` are pure and host-tested; `view` is the component.

pub mod data;
pub mod geometry;
pub mod nav;
pub mod projection;
pub mod state;
pub mod view;
pub mod viewport;
