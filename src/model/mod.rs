//! The content model: plain data types and pure functions over them, with
//! no Leptos and no browser, so all of it is tested with `cargo test`.

pub mod date;
pub mod feed;
pub mod fingerprint;
pub mod milestones;
pub mod query;
pub mod site;
pub mod url;
