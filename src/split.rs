//! The split points of the release build for the browser: one per view of
//! `budapest_process_site::chunks`, grouped into the chunks that
//! `scripts/post-build` cuts out of the app's wasm (with `wasm-split-cli`).
//!
//! - `timeline`: the timeline page and its widget;
//! - `members`: the members page (the map) and the map widget;
//! - `lists`: the news, documents and events lists;
//! - `items`: a news item's, document's or event's own page (apart from
//!   the lists, so that a list page does not download the item pages'
//!   code: 16 KB brotli less on a first visit to `/news`);
//! - `search`: the views that talk to the search worker: the results page,
//!   the search box's suggestions (loaded on the box's first focus) and the
//!   news widget (its `?q=`). In `lists`, the widget brought the worker's
//!   client to every list page: 15 KB brotli.
//! - `embed`: the Embed dialog, loaded at an Embed button's first click
//!   (the buttons are on the home, timeline and members pages).
//! - `pages`: the about, contact and not-found pages and the key-data
//!   widget: out of the core, which the map and timeline pages download
//!   too. The home page stays in the core: most visits start there.
//! - `catalogue`: the reading of a catalogue file (`i18n::catalogue`),
//!   which only pages in a language other than English need: code that
//!   stores some 500 strings one by one (1.9 KB brotli; 3.0 KB in the core
//!   before it read them in place).
//!
//! A split point is a wasm export, so they live in the app's binary: in the
//! library, every other binary built from it (the search worker) would
//! carry every view as well.

use budapest_process_site::chunks::{
    CatalogueFuture, ChunkMissing, ChunkView, LoadFuture, SplitPoints, views,
};
use budapest_process_site::i18n::Locale;
use futures::FutureExt;
use futures::future::LocalBoxFuture;
use leptos::prelude::AnyView;
use leptos::wasm_split::{SplitLoaderError, wasm_split};

/// A split point's view, or why its chunk did not load.
type Drawn = Result<AnyView, SplitLoaderError>;

/// For each `chunk: view => (split point, its loading)`, the split point
/// (drawing the view inside the chunk), and the two functions of
/// [`SplitPoints`] that pick one by [`ChunkView`].
macro_rules! split_points {
    ($($chunk:ident: $($view:ident => ($point:ident, $ready:ident)),+;)+) => {
        $($(
            #[wasm_split($chunk, wasm_split_path = ::leptos::wasm_split, fallible, preload($ready))]
            fn $point() -> Drawn {
                Ok(views::$point())
            }
        )+)+

        /// The view, if its split point answers at once: its chunk is in.
        fn view(view: ChunkView) -> Option<AnyView> {
            match view {
                $($(ChunkView::$view => $point().now_or_never()?.ok(),)+)+
            }
        }

        fn load(view: ChunkView) -> LoadFuture {
            match view {
                $($(ChunkView::$view => Box::pin($ready().map(|r| r.map_err(|_| ChunkMissing))),)+)+
            }
        }
    };
}

split_points! {
    timeline:
        Timeline => (timeline, ready_timeline),
        TimelineWidget => (timeline_widget, ready_timeline_widget);
    members:
        Members => (members, ready_members),
        MapWidget => (map_widget, ready_map_widget);
    lists:
        News => (news, ready_news),
        Documents => (documents, ready_documents),
        Events => (events, ready_events);
    items:
        NewsItem => (news_item, ready_news_item),
        Document => (document, ready_document),
        Event => (event, ready_event);
    search:
        Search => (search, ready_search),
        Suggestions => (suggestions, ready_suggestions),
        NewsWidget => (news_widget, ready_news_widget);
    embed:
        EmbedDialog => (embed_dialog, ready_embed_dialog);
    pages:
        About => (about, ready_about),
        Contact => (contact, ready_contact),
        NotFound => (not_found, ready_not_found),
        KeyDataWidget => (key_data_widget, ready_key_data_widget);
}

#[wasm_split(catalogue, wasm_split_path = ::leptos::wasm_split, fallible, preload(ready_catalogue_chunk))]
fn install_catalogue(locale: Locale, text: String) -> Result<bool, SplitLoaderError> {
    Ok(budapest_process_site::i18n::catalogue::install(locale, text))
}

fn catalogue(locale: Locale, text: String) -> CatalogueFuture {
    Box::pin(install_catalogue(locale, text).map(|r| r.map_err(|_| ChunkMissing)))
}

fn ready_catalogue() -> LoadFuture {
    Box::pin(ready_catalogue_chunk().map(|r| r.map_err(|_| ChunkMissing)))
}

/// The download of the whole catalogue where a page started with a part:
/// in the same chunk, so that its code stays out of the core too.
#[wasm_split(catalogue, wasm_split_path = ::leptos::wasm_split, fallible, preload(ready_whole_catalogue))]
fn load_whole_catalogue(timeout_ms: i32) -> Result<LocalBoxFuture<'static, bool>, SplitLoaderError> {
    Ok(budapest_process_site::i18n::catalogue::load_whole(timeout_ms))
}

fn whole_catalogue(timeout_ms: i32) -> CatalogueFuture {
    Box::pin(async move {
        match load_whole_catalogue(timeout_ms).await {
            Ok(loading) => Ok(loading.await),
            Err(_) => Err(ChunkMissing),
        }
    })
}

pub static POINTS: SplitPoints = SplitPoints { view, load, catalogue, ready_catalogue, whole_catalogue };
