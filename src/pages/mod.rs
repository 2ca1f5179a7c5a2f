//! One file per route (see the route table in `lib.rs`).

pub mod about;
pub mod contact;
pub mod document;
pub mod documents;
pub mod embed;
pub mod event;
pub mod events;
pub mod feed_item;
pub mod home;
pub mod members;
pub mod news;
pub mod news_item;
pub mod not_found;
pub mod offline;
pub mod search;
pub mod timeline;
