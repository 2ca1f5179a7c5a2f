//! The views whose code the release build splits out of the app's core
//! wasm into chunks, downloaded only by the pages that show them.
//!
//! - [`ChunkView`] names each such view. A route shows one through
//!   [`InChunk`], never by calling the page component itself: a direct call
//!   would pull the view's code back into the core.
//! - The split points (`src/split.rs`) live in the app's binary, because a
//!   split point is a wasm export: in the library, the search worker's wasm
//!   would carry every view too. `main.rs` installs them in release builds
//!   for the browser; `scripts/post-build` then cuts the chunks out.
//! - Everywhere else (the render step, host tests, `trunk serve`) there is
//!   nothing to load, and [`now`] draws the view directly.
//!
//! A pre-rendered page names the chunk views it shows in its record
//! (`crate::rendered`); `startup` readies them while it loads the data, so
//! hydration finds each view in place and stays synchronous.

use std::future::Future;
use std::pin::Pin;

use leptos::prelude::*;

use crate::components::remote::{LoadError, Loading};
use crate::fetch::FetchError;
use crate::i18n::messages::Loadable;

/// A view whose code lives in a chunk of its own in release builds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ChunkView {
    Timeline,
    TimelineWidget,
    Members,
    MapWidget,
    News,
    NewsItem,
    Documents,
    Document,
    Events,
    Event,
    NewsWidget,
    Search,
    /// The search box's suggestions (`components::search::suggestions`):
    /// loaded on the box's first focus, never named by a page.
    Suggestions,
    /// The Embed dialog (`embed::dialog`): loaded at an Embed button's
    /// first click, never named by a page.
    EmbedDialog,
    About,
    Contact,
    /// The app's page for a path it does not know.
    NotFound,
    KeyDataWidget,
}

impl ChunkView {
    pub const ALL: [ChunkView; 18] = [
        ChunkView::Timeline,
        ChunkView::TimelineWidget,
        ChunkView::Members,
        ChunkView::MapWidget,
        ChunkView::News,
        ChunkView::NewsItem,
        ChunkView::Documents,
        ChunkView::Document,
        ChunkView::Events,
        ChunkView::Event,
        ChunkView::NewsWidget,
        ChunkView::Search,
        ChunkView::Suggestions,
        ChunkView::EmbedDialog,
        ChunkView::About,
        ChunkView::Contact,
        ChunkView::NotFound,
        ChunkView::KeyDataWidget,
    ];

    /// The view's name in a page's record (`data-views`).
    pub fn name(self) -> &'static str {
        match self {
            ChunkView::Timeline => "timeline",
            ChunkView::TimelineWidget => "timeline-widget",
            ChunkView::Members => "members",
            ChunkView::MapWidget => "map-widget",
            ChunkView::News => "news",
            ChunkView::NewsItem => "news-item",
            ChunkView::Documents => "documents",
            ChunkView::Document => "document",
            ChunkView::Events => "events",
            ChunkView::Event => "event",
            ChunkView::NewsWidget => "news-widget",
            ChunkView::Search => "search",
            ChunkView::Suggestions => "suggestions",
            ChunkView::EmbedDialog => "embed-dialog",
            ChunkView::About => "about",
            ChunkView::Contact => "contact",
            ChunkView::NotFound => "not-found",
            ChunkView::KeyDataWidget => "key-data-widget",
        }
    }

    pub fn from_name(name: &str) -> Option<ChunkView> {
        ChunkView::ALL.into_iter().find(|v| v.name() == name)
    }

    /// The part of the site data, and of the catalogue, its page reads
    /// (`model::site::part`); `None` for the whole.
    pub fn site_part(self) -> Option<crate::model::site::SitePart> {
        use crate::model::site::SitePart;
        match self {
            ChunkView::Timeline | ChunkView::TimelineWidget => Some(SitePart::Timeline),
            ChunkView::Members | ChunkView::MapWidget | ChunkView::KeyDataWidget => Some(SitePart::Members),
            _ => None,
        }
    }

    /// Whether the catalogue in use has this view's words: the whole has
    /// every view's, a part its own pages' and what is on every page (the
    /// search box's suggestions, the Embed dialog).
    fn has_words(self) -> bool {
        let in_every_part = matches!(self, ChunkView::Suggestions | ChunkView::EmbedDialog);
        crate::i18n::catalogue::part_in_use()
            .is_none_or(|part| in_every_part || self.site_part() == Some(part))
    }

    /// Its own bit in the set of views loaded.
    fn bit(self) -> u32 {
        1 << self as u32
    }
}

/// A chunk's loading, as the split points report it.
pub type LoadFuture = Pin<Box<dyn Future<Output = Result<(), ChunkMissing>>>>;

/// A catalogue's installing (`i18n::catalogue::install`), once its chunk
/// is in: whether the file was read.
pub type CatalogueFuture = Pin<Box<dyn Future<Output = Result<bool, ChunkMissing>>>>;

/// A chunk could not be loaded (the loader logs why to the console).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ChunkMissing;

/// What the app's binary provides in a split build: for each view, its
/// drawing once its chunk is in, and its loading. Each view is readied on
/// its own, even beside another of the same chunk: each split point keeps
/// its own record of being loaded.
pub struct SplitPoints {
    /// The view drawn, or `None` when its chunk is not in (never waits).
    pub view: fn(ChunkView) -> Option<AnyView>,
    pub load: fn(ChunkView) -> LoadFuture,
    /// Reads a catalogue file: the reading of some 500 strings into the
    /// messages, field by field, is code only the pages in a language
    /// other than English need.
    pub catalogue: fn(crate::i18n::Locale, String) -> CatalogueFuture,
    /// Downloads the catalogue's chunk without reading anything yet.
    pub ready_catalogue: fn() -> LoadFuture,
    /// Downloads and installs the whole catalogue where a part is in use
    /// (`i18n::catalogue::load_whole`), with the code of the same chunk.
    pub whole_catalogue: fn(i32) -> CatalogueFuture,
}

static POINTS: std::sync::OnceLock<&'static SplitPoints> = std::sync::OnceLock::new();

/// Called once by the app's binary, before the app starts.
pub fn install(points: &'static SplitPoints) {
    let _ = POINTS.set(points);
}

thread_local! {
    /// The views whose chunk is in (one bit each: `ChunkView::bit`).
    static LOADED: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
}

/// The view, drawn now if its code is here: always but in a split build,
/// where only once [`load`] has finished.
pub fn now(view: ChunkView) -> Option<AnyView> {
    match POINTS.get() {
        Some(points) if LOADED.with(|l| l.get() & view.bit() != 0) => (points.view)(view),
        Some(_) => None,
        None => direct(view),
    }
}

/// Makes [`now`] draw `view`: downloads its chunk in a split build.
pub async fn load(view: ChunkView) -> Result<(), ChunkMissing> {
    let Some(points) = POINTS.get() else { return Ok(()) };
    (points.load)(view).await?;
    LOADED.with(|l| l.set(l.get() | view.bit()));
    Ok(())
}

/// Installs the catalogue file `text` of `locale` (`i18n::catalogue`):
/// false if it does not read. In a split build the reading comes in a
/// chunk of its own.
pub async fn install_catalogue(locale: crate::i18n::Locale, text: String) -> Result<bool, ChunkMissing> {
    match POINTS.get() {
        Some(points) => (points.catalogue)(locale, text).await,
        None => Ok(install_directly(locale, text)),
    }
}

/// Downloads the code [`install_catalogue`] needs, so that it can come
/// alongside the catalogue file rather than after it.
pub async fn ready_catalogue() -> Result<(), ChunkMissing> {
    match POINTS.get() {
        Some(points) => (points.ready_catalogue)().await,
        None => Ok(()),
    }
}

/// Makes the whole catalogue the one in use where a page started with a
/// part of it (`i18n::catalogue::part_of`): false if it could not be had.
pub async fn whole_catalogue() -> bool {
    if crate::i18n::catalogue::part_in_use().is_none() {
        return true;
    }
    // The page's own setting, read when needed: callers may be event
    // handlers, outside the app's context.
    let timeout_ms = crate::config::Config::from_document().timeout_ms;
    match POINTS.get() {
        Some(points) => (points.whole_catalogue)(timeout_ms).await.unwrap_or(false),
        None => whole_directly(timeout_ms).await,
    }
}

#[cfg(not(all(target_arch = "wasm32", not(debug_assertions))))]
fn install_directly(locale: crate::i18n::Locale, text: String) -> bool {
    crate::i18n::catalogue::install(locale, text)
}

#[cfg(not(all(target_arch = "wasm32", not(debug_assertions))))]
async fn whole_directly(timeout_ms: i32) -> bool {
    crate::i18n::catalogue::load_whole(timeout_ms).await
}

/// Reached only through the split point, like the reading.
#[cfg(all(target_arch = "wasm32", not(debug_assertions)))]
async fn whole_directly(_timeout_ms: i32) -> bool {
    false
}

/// Reached only through the split point, so that the reading stays out of
/// the core.
#[cfg(all(target_arch = "wasm32", not(debug_assertions)))]
fn install_directly(_locale: crate::i18n::Locale, _text: String) -> bool {
    false
}

/// Readies several views side by side (a page names them all at once).
pub async fn load_all(views: &[ChunkView]) -> Result<(), ChunkMissing> {
    let results = futures::future::join_all(views.iter().map(|v| load(*v))).await;
    results.into_iter().collect()
}

/// Without split points, the views are part of this build: draw them. In
/// the release build for the browser the views are reached only through
/// the split points, so that they stay out of the core.
#[cfg(not(all(target_arch = "wasm32", not(debug_assertions))))]
fn direct(view: ChunkView) -> Option<AnyView> {
    use views::*;
    Some(match view {
        ChunkView::Timeline => timeline(),
        ChunkView::TimelineWidget => timeline_widget(),
        ChunkView::Members => members(),
        ChunkView::MapWidget => map_widget(),
        ChunkView::News => news(),
        ChunkView::NewsItem => news_item(),
        ChunkView::Documents => documents(),
        ChunkView::Document => document(),
        ChunkView::Events => events(),
        ChunkView::Event => event(),
        ChunkView::NewsWidget => news_widget(),
        ChunkView::Search => search(),
        ChunkView::Suggestions => suggestions(),
        ChunkView::EmbedDialog => embed_dialog(),
        ChunkView::About => about(),
        ChunkView::Contact => contact(),
        ChunkView::NotFound => not_found(),
        ChunkView::KeyDataWidget => key_data_widget(),
    })
}

#[cfg(all(target_arch = "wasm32", not(debug_assertions)))]
fn direct(_view: ChunkView) -> Option<AnyView> {
    None
}

/// One function per view, each drawing its page component: what a split
/// point calls inside its chunk.
pub mod views {
    use leptos::prelude::*;

    use crate::pages;

    pub fn timeline() -> AnyView {
        view! { <pages::timeline::Timeline /> }.into_any()
    }
    pub fn timeline_widget() -> AnyView {
        view! { <pages::embed::EmbedTimeline /> }.into_any()
    }
    pub fn members() -> AnyView {
        view! { <pages::members::Members /> }.into_any()
    }
    pub fn map_widget() -> AnyView {
        view! { <pages::embed::EmbedMap /> }.into_any()
    }
    pub fn news() -> AnyView {
        view! { <pages::news::News /> }.into_any()
    }
    pub fn news_item() -> AnyView {
        view! { <pages::news_item::NewsItem /> }.into_any()
    }
    pub fn documents() -> AnyView {
        view! { <pages::documents::Documents /> }.into_any()
    }
    pub fn document() -> AnyView {
        view! { <pages::document::Document /> }.into_any()
    }
    pub fn events() -> AnyView {
        view! { <pages::events::Events /> }.into_any()
    }
    pub fn event() -> AnyView {
        view! { <pages::event::Event /> }.into_any()
    }
    pub fn news_widget() -> AnyView {
        view! { <pages::embed::EmbedNews /> }.into_any()
    }
    pub fn search() -> AnyView {
        view! { <pages::search::Search /> }.into_any()
    }
    pub fn suggestions() -> AnyView {
        view! { <crate::components::search::suggestions::SearchSuggestions /> }.into_any()
    }
    pub fn embed_dialog() -> AnyView {
        view! { <crate::embed::dialog::EmbedDialog /> }.into_any()
    }
    pub fn about() -> AnyView {
        view! { <pages::about::About /> }.into_any()
    }
    pub fn contact() -> AnyView {
        view! { <pages::contact::Contact /> }.into_any()
    }
    pub fn not_found() -> AnyView {
        view! { <pages::not_found::NotFound /> }.into_any()
    }
    pub fn key_data_widget() -> AnyView {
        view! { <pages::embed::EmbedKeyData /> }.into_any()
    }
}

/// Where a view's code is, as [`fetch`] follows it.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Progress {
    /// Not asked for yet.
    Idle,
    Loading,
    Ready,
    Failed,
}

/// Downloads `view`'s chunk unless it is in or on its way (again after a
/// failure), and the whole catalogue if the part in use does not have the
/// view's words; `progress` follows.
pub fn fetch(view: ChunkView, progress: RwSignal<Progress>) {
    if matches!(progress.get_untracked(), Progress::Idle | Progress::Failed) {
        progress.set(Progress::Loading);
        let needs_words = !view.has_words();
        leptos::task::spawn_local(async move {
            let words = async move { !needs_words || whole_catalogue().await };
            let (code, words) = futures::future::join(load(view), words).await;
            let outcome = if code.is_ok() && words { Progress::Ready } else { Progress::Failed };
            // The view that asked may be gone.
            let _ = progress.try_set(outcome);
        });
    }
}

/// A route's view that may live in a chunk: drawn at once when its code is
/// here (always while rendering and hydrating a page that names it),
/// otherwise a loading note, then the view, or an error with a retry. A
/// chunk that does not load leaves the rest of the site working.
#[component]
pub fn InChunk(view: ChunkView) -> impl IntoView {
    crate::components::page_meta::note_chunk_view(view);
    if view.has_words()
        && let Some(drawn) = now(view)
    {
        return drawn;
    }
    let progress = RwSignal::new(Progress::Idle);
    fetch(view, progress);
    let failed = move || {
        view! { <LoadError error=FetchError::Network what=Loadable::PageCode retry=move |()| fetch(view, progress) /> }
            .into_any()
    };
    (move || match progress.get() {
        Progress::Idle | Progress::Loading => view! { <Loading what=Loadable::PageCode /> }.into_any(),
        Progress::Ready => now(view).unwrap_or_else(failed),
        Progress::Failed => failed(),
    })
    .into_any()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip_and_differ() {
        for view in ChunkView::ALL {
            assert_eq!(ChunkView::from_name(view.name()), Some(view));
        }
        let bits: u32 = ChunkView::ALL.iter().fold(0, |all, v| {
            assert_eq!(all & v.bit(), 0, "{v:?} shares a bit");
            all | v.bit()
        });
        assert_eq!(bits.count_ones() as usize, ChunkView::ALL.len());
        assert_eq!(ChunkView::from_name("weather"), None);
    }
}
