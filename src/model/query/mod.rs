//! What list pages compute over the feed and the site data (filters,
//! pagination, neighbours, upcoming and past events), kept out of the views
//! so that all of it is tested on the host.
//!
//! - `params`: reading and writing the URL query;
//! - `filters`: the news, document and member filters, as the query spells them;
//! - `items`: lists and facts drawn from the feed's items;
//! - `pagination`: pages of a long list;
//! - `events`: upcoming and past events.

mod events;
mod filters;
mod items;
mod pagination;
mod params;

pub use events::{past_events, upcoming_events};
pub use filters::{DocumentFilter, MemberFilter, NewsFilter, filter_members};
pub use items::{
    all_languages, document_types, documents, languages_of, mentioning, neighbours, news, tag_counts, years,
};
pub use pagination::{
    DOCUMENTS_PER_PAGE, EVENTS_PER_PAGE, NEWS_PER_PAGE, Page, page_number, page_window, paginate,
};
pub use params::{QueryLookup, build_query};

#[cfg(test)]
mod tests;
