//! App-wide data: the site data and the feed, each loaded once and shared
//! by every page through a context. Pages never fetch or parse themselves.
//!
//! Data flows one way: `public/data/*.json` -> [`fetch_text`] -> the
//! tolerant parsers in `model` -> [`AppData`] signals -> pages.

use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::config::Config;
use crate::fetch::{FetchError, fetch_text};
use crate::map::data::{MapData, parse_map};
use crate::model::feed::{Feed, parse_feed};
use crate::model::site::{SiteData, parse_site};

/// A value that arrives over the network.
#[derive(Clone, Debug)]
pub enum Remote<T> {
    Loading,
    Ready(Arc<T>),
    Failed(FetchError),
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
    fn new(config: Config) -> AppData {
        AppData {
            site: RwSignal::new(Remote::Loading),
            feed: RwSignal::new(Remote::Loading),
            map: RwSignal::new(Remote::Loading),
            config: StoredValue::new(config),
            site_generation: StoredValue::new(0),
            feed_generation: StoredValue::new(0),
            map_generation: StoredValue::new(0),
        }
    }

    pub fn config(&self) -> Config {
        self.config.get_value()
    }

    pub fn reload_site(self) {
        let config = self.config();
        load(self.site, self.site_generation, config.site_url, config.timeout_ms, |text| {
            parse_site(text).map(|site| (site.skipped.clone(), site)).map_err(|e| e.to_string())
        });
    }

    pub fn reload_feed(self) {
        let config = self.config();
        load(self.feed, self.feed_generation, config.feed_url, config.timeout_ms, |text| {
            parse_feed(text).map(|feed| (feed.skipped.clone(), feed)).map_err(|e| e.to_string())
        });
    }
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
        load(self.map, self.map_generation, config.map_url, config.timeout_ms, |text| {
            parse_map(text).map(|map| (map.skipped.clone(), map))
        });
    }
}

/// Turns fetched text into a value plus notes on what was skipped.
type Parser<T> = fn(&str) -> Result<(Vec<String>, T), String>;

/// Fetches `url`, parses it, and stores the outcome in `target`, logging
/// whatever the parser skipped to the console for whoever maintains the data.
fn load<T: Send + Sync + 'static>(
    target: RwSignal<Remote<T>>,
    generation: StoredValue<u32>,
    url: String,
    timeout_ms: i32,
    parse: Parser<T>,
) {
    let this_load = generation.get_value().wrapping_add(1);
    generation.set_value(this_load);
    target.set(Remote::Loading);
    spawn_local(async move {
        let outcome = match fetch_text(&url, timeout_ms).await {
            Ok(text) => parse(&text).map_err(FetchError::Decode),
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
            Err(error) => {
                log::error(&format!("{url}: {error:?}"));
                Remote::Failed(error)
            }
        };
        // The signal may be gone if the app was unmounted meanwhile.
        let _ = target.try_set(next);
    });
}

/// Creates the data handles, starts both loads and shares them.
pub fn provide_app_data() -> AppData {
    let data = AppData::new(Config::from_document());
    data.reload_site();
    data.reload_feed();
    provide_context(data);
    data
}

/// The shared data; if a component is somehow rendered outside the app, it
/// gets its own loader rather than a panic.
pub fn use_app_data() -> AppData {
    use_context::<AppData>().unwrap_or_else(provide_app_data)
}

mod log {
    pub fn warn(message: &str) {
        web_sys::console::warn_1(&message.into());
    }

    pub fn error(message: &str) {
        web_sys::console::error_1(&message.into());
    }
}
