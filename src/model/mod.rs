//! The content model: plain data types and pure functions over them, with
//! no Leptos and no browser, so all of it is tested with `cargo test`.

pub mod calendar;
pub mod date;
mod error;
pub mod feed;
pub mod fingerprint;
pub mod json_text;
pub mod language;
pub mod map;
pub mod milestones;
pub mod number;
pub mod order;
pub mod query;
pub mod site;
pub mod url;

pub use error::ReadError;
