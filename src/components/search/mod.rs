//! Site-wide search in the interface: the index as an app-wide context,
//! built on first use from the data the app loads anyway (`index`), the
//! combobox in the header (`search_box`, in every page's code) and its
//! suggestions (`suggestions`, in a chunk loaded on first focus), and how a
//! result reads (`result`). The `/search` page is `pages/search.rs`; the engine, with no
//! Leptos in it, is `crate::search`.

pub mod index;
pub mod result;
pub mod search_box;
pub mod suggestions;

pub use index::{SearchIndex, provide_search, use_search};
