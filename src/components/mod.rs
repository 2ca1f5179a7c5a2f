//! Pieces shared by pages (and, later, by the embeddable widgets).

pub mod article;
pub mod deferred;
pub mod filters;
pub mod item_summary;
pub mod key_data;
pub mod layout;
pub mod page_meta;
pub mod pagination;
pub mod remote;
pub mod sources;
