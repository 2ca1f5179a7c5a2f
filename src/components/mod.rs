//! Pieces shared by pages and widgets. Nothing here imports a page.

pub mod deferred;
pub mod filters;
pub mod frame;
pub mod item_summary;
pub mod key_data;
pub mod layout;
pub mod page_meta;
pub mod pagination;
pub mod related;
pub mod remote;
pub mod search;
pub mod share;
pub mod sources;
