//! App-wide data: the site data and the feed, each loaded once and shared
//! by every page through a context. Pages never fetch or parse themselves.
//!
//! Data flows one way: `public/data/*.json` -> [`fetch_text`] -> the
//! tolerant parsers in `model` -> [`AppData`] signals -> pages.
//!
//! A pre-rendered page starts with the data it was rendered from already
//! in place (a [`Snapshot`]: on the host the render step reads the files,
//! in the browser `startup` loads them before hydrating), so the first
//! render matches the HTML. If the deployer's feed lives elsewhere, the app
//! then fetches it and the page updates in place ([`AppData::refresh`]).

use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::config::{Config, resolve};
use crate::fetch::{FetchError, fetch_text};
use crate::model::ReadError;
use crate::model::feed::{Feed, parse_feed};
use crate::model::map::{MapData, parse_map};
use crate::model::site::{SiteData, SitePart, parse_site};

/// A value that arrives over the network.
#[derive(Clone, Debug)]
pub enum Remote<T> {
    Loading,
    Ready(Arc<T>),
    Failed(FetchError),
}

/// Data already loaded before the app starts: what the page needs (a news
/// page no site data, the about page no feed, the timeline only its part
/// of the site data); the rest loads when a page asks for it.
#[derive(Clone, Debug, Default)]
pub struct Snapshot {
    pub site: Option<Arc<SiteData>>,
    pub feed: Option<Arc<Feed>>,
    /// Only on the pages that draw the map.
    pub map: Option<Arc<MapData>>,
}

/// Handles to the loaded data; cheap to copy into closures.
#[derive(Clone, Copy)]
pub struct AppData {
    pub site: RwSignal<Remote<SiteData>>,
    pub feed: RwSignal<Remote<Feed>>,
    /// Only pages that show the map ask for it ([`AppData::ensure_map`]).
    pub map: RwSignal<Remote<MapData>>,
    config: StoredValue<Config>,
    /// Bumped by every load, so a slow earlier answer arriving after a
    /// retry cannot overwrite the newer one.
    site_generation: StoredValue<u32>,
    feed_generation: StoredValue<u32>,
    map_generation: StoredValue<u32>,
}

impl AppData {
    fn new(config: Config, snapshot: Option<Snapshot>) -> AppData {
        fn ready<T>(value: Option<Arc<T>>) -> Remote<T> {
            value.map_or(Remote::Loading, Remote::Ready)
        }
        let snapshot = snapshot.unwrap_or_default();
        let (site, feed, map) = (ready(snapshot.site), ready(snapshot.feed), ready(snapshot.map));
        // A value that is already there counts as the first load.
        fn generation<T>(value: &Remote<T>) -> StoredValue<u32> {
            StoredValue::new(u32::from(matches!(value, Remote::Ready(_))))
        }
        AppData {
            site_generation: generation(&site),
            feed_generation: generation(&feed),
            map_generation: generation(&map),
            site: RwSignal::new(site),
            feed: RwSignal::new(feed),
            map: RwSignal::new(map),
            config: StoredValue::new(config),
        }
    }

    pub fn config(&self) -> Config {
        self.config.get_value()
    }

    /// Starts loading the site data the first time a page needs it, or
    /// when the page needs more than the part a first visit loaded
    /// (`model::site::part`): `part`, or the whole (`None`).
    pub fn ensure_site(self, part: Option<SitePart>) {
        let too_little = self.site.with_untracked(|s| matches!(s, Remote::Ready(site) if !site.holds(part)));
        if self.site_generation.get_value() == 0 || too_little {
            self.reload_site();
        }
    }

    /// The site data once it holds `part` (or the whole, for `None`).
    pub fn site_holding(self, part: Option<SitePart>) -> Option<Arc<SiteData>> {
        match self.site.get() {
            Remote::Ready(site) if site.holds(part) => Some(site),
            _ => None,
        }
    }

    /// Starts loading the feed the first time a page needs it.
    pub fn ensure_feed(self) {
        if self.feed_generation.get_value() == 0 {
            self.reload_feed();
        }
    }

    pub fn reload_site(self) {
        self.load_site(Show::Loading);
    }

    pub fn reload_feed(self) {
        self.load_feed(Show::Loading);
    }

    /// Fetches the deployer's live files where they differ from the ones the
    /// page was rendered from; the page keeps showing the rendered data
    /// until the new data is in (no blank moment), and keeps it if the
    /// live file cannot be loaded.
    pub fn refresh(self, rendered_site: &str, rendered_feed: &str) {
        let config = self.config();
        // Only what the page already shows; the rest loads from the live
        // location when a page asks for it. A page names the files it was
        // rendered from: the feed may be among them without having loaded,
        // when the page holds what it shows of it (`components::related`).
        let shown =
            |generation: StoredValue<u32>, rendered: &str| generation.get_value() > 0 || !rendered.is_empty();
        if shown(self.site_generation, rendered_site) && resolve(&config.site_url) != resolve(rendered_site) {
            self.load_site(Show::Previous);
        }
        if shown(self.feed_generation, rendered_feed) && resolve(&config.feed_url) != resolve(rendered_feed) {
            self.load_feed(Show::Previous);
        }
    }

    fn load_site(self, show: Show) {
        let config = self.config();
        load(self.site, self.site_generation, resolve(&config.site_url), config.timeout_ms, show, |text| {
            parse_site(text).map(|site| (site.skipped.clone(), site))
        });
    }

    fn load_feed(self, show: Show) {
        let config = self.config();
        load(self.feed, self.feed_generation, resolve(&config.feed_url), config.timeout_ms, show, |text| {
            parse_feed(text).map(|feed| (feed.skipped.clone(), feed))
        });
    }
}

/// What a page shows while a load is under way.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Show {
    /// The loading state (first loads, and retries after an error).
    Loading,
    /// What it already shows; a failure then leaves it as it is.
    Previous,
}

impl AppData {
    /// Starts loading the map geometry the first time a page needs it.
    pub fn ensure_map(self) {
        if self.map_generation.get_value() == 0 {
            self.reload_map();
        }
    }

    pub fn reload_map(self) {
        let config = self.config();
        load(
            self.map,
            self.map_generation,
            resolve(&config.map_url),
            config.timeout_ms,
            Show::Loading,
            |text| parse_map(text).map(|map| (map.skipped.clone(), map)),
        );
    }
}

/// Turns fetched text into a value plus notes on what was skipped.
type Parser<T> = fn(&str) -> Result<(Vec<String>, T), ReadError>;

/// Fetches `url`, parses it, and stores the outcome in `target`, logging
/// whatever the parser skipped to the console for whoever maintains the data.
fn load<T: Send + Sync + 'static>(
    target: RwSignal<Remote<T>>,
    generation: StoredValue<u32>,
    url: String,
    timeout_ms: i32,
    show: Show,
    parse: Parser<T>,
) {
    // The render step renders from its snapshot and never fetches: a page
    // drawn without data it needs shows its loading state, which the
    // render step refuses to publish.
    if cfg!(feature = "ssr") {
        return;
    }
    let this_load = generation.get_value().wrapping_add(1);
    generation.set_value(this_load);
    if show == Show::Loading {
        target.set(Remote::Loading);
    }
    spawn_local(async move {
        let outcome = match fetch_text(&url, timeout_ms).await {
            Ok(text) => parse(&text).map_err(|e| FetchError::Decode(e.to_string())),
            Err(e) => Err(e),
        };
        if generation.try_get_value() != Some(this_load) {
            return;
        }
        let next = match outcome {
            Ok((skipped, value)) => {
                for note in &skipped {
                    log::warn(&format!("{url}: {note}"));
                }
                Remote::Ready(Arc::new(value))
            }
            // Unless there is nothing before it (a page that shows the
            // feed only through its related links, `components::related`).
            Err(error)
                if show == Show::Previous
                    && target.try_with_untracked(|t| !matches!(t, Remote::Loading)).unwrap_or(true) =>
            {
                log::warn(&format!("{url}: {error:?}; showing the data the page was built with"));
                return;
            }
            Err(error) => {
                log::error(&format!("{url}: {error:?}"));
                Remote::Failed(error)
            }
        };
        // The signal may be gone if the app was unmounted meanwhile.
        let _ = target.try_set(next);
    });
}

/// Creates the data handles and shares them. Whatever the snapshot does not
/// hold loads when a page first asks for it ([`AppData::ensure_site`] and
/// friends; `components::remote` asks for every page).
pub fn provide_app_data(config: Config, snapshot: Option<Snapshot>) -> AppData {
    let data = AppData::new(config, snapshot);
    provide_context(data);
    data
}

/// The shared data; if a component is somehow rendered outside the app, it
/// gets its own loader (with the document's settings) rather than a panic.
pub fn use_app_data() -> AppData {
    use_context::<AppData>().unwrap_or_else(|| provide_app_data(Config::from_document(), None))
}

mod log {
    pub fn warn(message: &str) {
        web_sys::console::warn_1(&message.into());
    }

    pub fn error(message: &str) {
        web_sys::console::error_1(&message.into());
    }
}
