//! How the app starts, on either side of the pre-rendering.
//!
//! - The render step (`src/bin/render.rs`) builds a [`Startup`] from the
//!   data files and renders each page to HTML.
//! - In the browser, [`start`] looks at the page. A pre-rendered page is
//!   hydrated with the very data it was rendered from (checked by
//!   fingerprint), once the code of the views it shows is in (a release
//!   build downloads most pages' views in chunks: `crate::chunks`); a page
//!   without a record (`trunk serve`) is rendered in the browser as a plain
//!   single-page app.
//!
//! Until hydration is over the app must draw exactly what the HTML holds,
//! so anything only the browser knows (the URL query, today's date, the
//! screen width, being in a frame) is applied just after: [`use_settled`]
//! turns true, and the views update in place.

use leptos::prelude::*;

use crate::config::Config;
use crate::data::Snapshot;
use crate::i18n::Locale;
use crate::model::date::Date;

/// What the app starts with.
#[derive(Clone)]
pub struct Startup {
    pub config: Config,
    /// The data, when it is already loaded (always when rendering or
    /// hydrating; in the browser also when the data changed since the
    /// pages were rendered).
    pub snapshot: Option<Snapshot>,
    /// The day to start with: the render date until hydration is over.
    pub today: Date,
    pub mode: Mode,
    /// Where the snapshot came from (site data URL, feed URL): the app
    /// fetches the deployer's live files where they differ.
    pub loaded_from: Option<(String, String)>,
    /// The interface language, from the page's path (`/ru/…`).
    pub locale: Locale,
}

/// How this run of the app meets the page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Mode {
    /// Rendering HTML in the render step.
    Render,
    /// Hydrating a pre-rendered page.
    Hydrate,
    /// Drawing the page in the browser.
    Fresh,
}

/// Whether the app may draw what only the browser knows. False while it
/// reproduces pre-rendered HTML (on the host, and in the browser until
/// hydration is over).
#[derive(Clone, Copy)]
struct Settled(RwSignal<bool>);

/// Shares the settled flag: settled from the start when the page is drawn
/// in the browser, after hydration when it was pre-rendered.
pub fn provide_settled(mode: &Mode) -> RwSignal<bool> {
    let settled = RwSignal::new(*mode == Mode::Fresh);
    provide_context(Settled(settled));
    settled
}

pub fn use_settled() -> Signal<bool> {
    match use_context::<Settled>() {
        Some(Settled(settled)) => settled.into(),
        None => Signal::stored(true),
    }
}

/// True while drawing must match the pre-rendered HTML. For choices made
/// once, when a component is created.
pub fn is_reproducing_html() -> bool {
    !use_settled().get_untracked()
}

/// The language of the address the browser shows.
pub fn locale_of_address() -> Locale {
    let path = web_sys::window().and_then(|w| w.location().pathname().ok()).unwrap_or_default();
    Locale::split_path(&path).0
}

/// Resolves in a later task of the browser's event loop: the work after it
/// does not lengthen the task before (a long task holds the page).
pub async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _reject| {
        let later = web_sys::window()
            .is_some_and(|w| w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0).is_ok());
        if !later {
            let _ = resolve.call0(&wasm_bindgen::JsValue::NULL);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

#[cfg(feature = "hydrate")]
pub use browser::start;

/// Without the `hydrate` feature (host builds of the browser entry point,
/// which never run) there is nothing to hydrate: render in the browser.
#[cfg(not(feature = "hydrate"))]
pub fn start() {
    let startup = Startup {
        config: Config::from_document(),
        snapshot: None,
        today: crate::clock::browser_today(),
        mode: Mode::Fresh,
        loaded_from: None,
        locale: locale_of_address(),
    };
    leptos::mount::mount_to_body(move || view! { <crate::App startup /> });
}

#[cfg(feature = "hydrate")]
mod browser {
    use std::sync::Arc;

    use leptos::prelude::*;
    use leptos::task::spawn_local;
    use wasm_bindgen::{JsCast, JsValue};

    use super::{Mode, Startup, locale_of_address, next_task};
    use crate::App;
    use crate::clock::browser_today;
    use crate::config::{Config, meta, resolve};
    use crate::data::Snapshot;
    use crate::fetch::fetch_text;
    use crate::i18n::Locale;
    use crate::model::feed::FeedReading;
    use crate::model::fingerprint::fingerprint;
    use crate::model::map::parse_map;
    use crate::model::site::parse_site;
    use crate::rendered::{DataFile, RENDERED, RenderedPage, SNAPSHOT, SnapshotFile, normalise_path};

    pub fn start() {
        // The snapshot loads before hydration starts, on the same executor
        // the app uses (Err only means it is set up already).
        let _ = any_spawner::Executor::init_wasm_bindgen();
        spawn_local(async move {
            // The browser finishes compiling and instantiating the wasm in
            // the task that calls `main`: the page's first reading (its
            // settings, its record, the data's fingerprints) waits for a
            // task of its own, so that neither holds the page for long.
            next_task().await;
            let config = Config::from_document();
            let page = rendered_page();
            let locale = page.as_ref().map_or_else(locale_of_address, |p| Locale::split_path(&p.path).0);
            if locale.needs_catalogue()
                && let Err(reason) = load_catalogue(locale, config.timeout_ms).await
            {
                warn(&format!("{reason}; the page stays as it was pre-rendered"));
                if page.is_some() {
                    mark_no_app();
                    return;
                }
            }
            let Some(page) = page else {
                // No record: a development page from `trunk serve`.
                mount_fresh(config, None);
                return;
            };
            // The page's views whose code comes in chunks download beside
            // the data: hydration must find them in place.
            let (snapshot, views) = futures::future::join(
                load_snapshot(&page, config.timeout_ms),
                crate::chunks::load_all(&page.views),
            )
            .await;
            match snapshot {
                Ok(_) if views.is_err() => {
                    // As with a data file that does not load: the page is
                    // complete as it is.
                    warn("this page's code could not be loaded; the page stays as it was pre-rendered");
                    mark_no_app();
                }
                Ok(snapshot) => {
                    // Hydration in a task of its own, after the reading.
                    next_task().await;
                    hydrate(config, page, snapshot)
                }
                Err(Unusable::Changed(reason, snapshot)) => {
                    // The deployer replaced the data without re-rendering:
                    // show the new data rather than hydrate the old page.
                    warn(&format!(
                        "{reason}; drawing the page afresh (run scripts/render after changing the data)"
                    ));
                    mount_fresh(config, Some((*snapshot, loaded_from(&page))));
                }
                Err(Unusable::Unavailable(reason)) => {
                    // The page is complete as it is; only the app's extras
                    // (filters, zoom, the Embed dialog) are missing, and the
                    // page's notes say so.
                    warn(&format!("{reason}; the page stays as it was pre-rendered"));
                    mark_no_app();
                }
            }
        });
    }

    /// Reads the page's language from its catalogue file (named in the
    /// page's head; boot.js has started the download).
    async fn load_catalogue(locale: Locale, timeout_ms: i32) -> Result<(), String> {
        let named = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.query_selector(&format!("meta[name=\"{}\"]", meta::CATALOGUE)).ok().flatten())
            .and_then(|m| m.get_attribute("content"));
        let url = resolve(&named.or_else(|| locale.catalogue_file()).unwrap_or_default());
        // The code that reads it downloads alongside.
        let (text, _) =
            futures::future::join(fetch_text(&url, timeout_ms), crate::chunks::ready_catalogue()).await;
        let text = text.map_err(|e| format!("{url}: {e:?}"))?;
        match crate::chunks::install_catalogue(locale, text).await {
            Ok(true) => Ok(()),
            Ok(false) => Err(format!("{url} is not a catalogue of this build")),
            Err(_) => Err("the code that reads catalogues could not be loaded".to_owned()),
        }
    }

    /// Hydrates the page at the path it was rendered for, then moves the
    /// router to the address actually requested if that is another page
    /// (a host serves its not-found page, rendered for `/404`, for every
    /// unknown path): the app then shows that path from its data (a newer
    /// item of a live feed, say) or its own not-found page.
    fn hydrate(config: Config, page: RenderedPage, snapshot: Snapshot) {
        let Some(window) = web_sys::window() else { return };
        let location = window.location();
        let requested = location.pathname().unwrap_or_default();
        let rest =
            format!("{}{}", location.search().unwrap_or_default(), location.hash().unwrap_or_default());
        let history = window.history().ok();
        // The router reads the address as it is when it starts.
        if requested != page.path
            && let Some(history) = &history
        {
            let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&format!("{}{rest}", page.path)));
        }
        let startup = Startup {
            config,
            snapshot: Some(snapshot),
            today: page.today,
            mode: Mode::Hydrate,
            loaded_from: Some(loaded_from(&page)),
            locale: Locale::split_path(&page.path).0,
        };
        leptos::mount::hydrate_body(move || view! { <App startup /> });
        // `/news/` and `/news/index.html` are `/news`; another path is
        // another page, which the router is told about as if the visitor
        // had gone there.
        if normalise_path(&requested) != page.path
            && let Some(history) = &history
        {
            let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&format!("{requested}{rest}")));
            if let Ok(event) = web_sys::Event::new("popstate") {
                let _ = window.dispatch_event(&event);
            }
        }
    }

    /// The snapshot's URLs: (site data, feed).
    fn loaded_from(page: &RenderedPage) -> (String, String) {
        let url = |file: DataFile| page.file(file).map(|f| f.url.clone()).unwrap_or_default();
        (url(DataFile::Site), url(DataFile::Feed))
    }

    /// Replaces whatever the page holds with the app rendered in the
    /// browser, from the data already loaded (and where from) if there is.
    fn mount_fresh(config: Config, loaded: Option<(Snapshot, (String, String))>) {
        if let Some(body) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.body()) {
            body.set_text_content(None);
        }
        let (snapshot, loaded_from) = loaded.map_or((None, None), |(s, from)| (Some(s), Some(from)));
        let startup = Startup {
            config,
            snapshot,
            today: browser_today(),
            mode: Mode::Fresh,
            loaded_from,
            locale: locale_of_address(),
        };
        leptos::mount::mount_to_body(move || view! { <App startup /> });
    }

    /// As boot.js does without WebAssembly: the page's notes on what needs
    /// the app show, its app-only controls hide.
    fn mark_no_app() {
        if let Some(root) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
            let _ = root.class_list().add_1("no-app");
        }
    }

    fn warn(message: &str) {
        web_sys::console::warn_1(&message.into());
    }

    fn rendered_page() -> Option<RenderedPage> {
        let document = web_sys::window()?.document()?;
        let rendered = document.query_selector(&format!("meta[name=\"{RENDERED}\"]")).ok().flatten()?;
        let mut snapshots = Vec::new();
        if let Ok(list) = document.query_selector_all(&format!("meta[name=\"{SNAPSHOT}\"]")) {
            for index in 0..list.length() {
                let Some(tag) = list.item(index).and_then(|n| n.dyn_into::<web_sys::Element>().ok()) else {
                    continue;
                };
                let attr = |name: &str| tag.get_attribute(name).unwrap_or_default();
                snapshots.push((
                    attr("data-file"),
                    attr("content"),
                    attr("data-hash"),
                    tag.has_attribute("data-in-page"),
                    tag.get_attribute("data-part"),
                ));
            }
        }
        RenderedPage::read(|name| rendered.get_attribute(name), snapshots)
    }

    /// Why the rendered page cannot be hydrated.
    enum Unusable {
        /// A data file is not the one the page was rendered from; the files
        /// as they are now, read.
        Changed(String, Box<Snapshot>),
        /// A data file could not be loaded or read (a changed file that
        /// cannot be read is no better than the page as rendered).
        Unavailable(String),
    }

    /// Loads the files the page was rendered from, side by side (boot.js
    /// has already started them), reads them, and checks each is the same
    /// file.
    async fn load_snapshot(page: &RenderedPage, timeout_ms: i32) -> Result<Snapshot, Unusable> {
        // Each file the page names (a news page no site data, the about
        // page no feed), side by side.
        let fetch = |file: DataFile| {
            let named = page.file(file).cloned();
            async move {
                match named {
                    // The related links are read back from the page
                    // (`components::related`); the feed loads when a page
                    // asks for more.
                    Some(named) if named.in_page && file == DataFile::Feed => Ok(None),
                    Some(named)
                        if named.in_page
                            && let Some(text) = text_from_page() =>
                    {
                        Ok(Some(Fetched { url: resolve(&named.url), text, unchanged: true }))
                    }
                    Some(named) => fetch_checked(named, timeout_ms).await.map(Some),
                    None => Ok(None),
                }
            }
        };
        let (site_text, feed_text, map_text) =
            futures::future::join3(fetch(DataFile::Site), fetch(DataFile::Feed), fetch(DataFile::Map)).await;
        let (site_text, feed_text, map_text) = (site_text?, feed_text?, map_text?);
        let unreadable = |what: &str, e: String| Unusable::Unavailable(format!("{what}: {e}"));
        next_task().await;
        let site = match &site_text {
            Some(f) => {
                Some(Arc::new(parse_site(&f.text).map_err(|e| unreadable("site data", e.to_string()))?))
            }
            None => None,
        };
        let feed = match &feed_text {
            Some(f) => {
                Some(Arc::new(read_feed(&f.text).await.map_err(|e| unreadable("feed", e.to_string()))?))
            }
            None => None,
        };
        let map = match &map_text {
            Some(f) => Some(Arc::new(parse_map(&f.text).map_err(|e| unreadable("map", e.to_string()))?)),
            None => None,
        };
        let snapshot = Snapshot { site, feed, map };
        let changed: Vec<&str> = [site_text.as_ref(), feed_text.as_ref(), map_text.as_ref()]
            .into_iter()
            .flatten()
            .filter(|f| !f.unchanged)
            .map(|f| f.url.as_str())
            .collect();
        if changed.is_empty() {
            Ok(snapshot)
        } else {
            let reason = format!("{} changed since this page was rendered", changed.join(", "));
            Err(Unusable::Changed(reason, Box::new(snapshot)))
        }
    }

    /// Reads a feed a few hundred items at a time, letting the browser
    /// answer the visitor in between: a feed of ten thousand items would
    /// otherwise hold the page for one long task.
    async fn read_feed(text: &str) -> Result<crate::model::feed::Feed, crate::model::ReadError> {
        const ITEMS_PER_TASK: usize = 400;
        let mut reading = FeedReading::start(text)?;
        loop {
            next_task().await;
            if reading.read(ITEMS_PER_TASK) {
                break;
            }
        }
        Ok(reading.finish())
    }

    /// The text of a file the page holds itself (the map's geometry, which
    /// `public/boot.js` rebuilds from the drawing: `map::in_page`), if
    /// boot.js could rebuild it; taken once.
    fn text_from_page() -> Option<String> {
        const KEY: &str = "__bpFromPage";
        let window = web_sys::window()?;
        let text = js_sys::Reflect::get(&window, &KEY.into()).ok()?.as_string();
        let _ = js_sys::Reflect::delete_property(&window, &KEY.into());
        text
    }

    /// A downloaded data file, and whether it is the one the page names.
    struct Fetched {
        url: String,
        text: String,
        unchanged: bool,
    }

    async fn fetch_checked(file: SnapshotFile, timeout_ms: i32) -> Result<Fetched, Unusable> {
        let url = resolve(file.download());
        let text =
            fetch_text(&url, timeout_ms).await.map_err(|e| Unusable::Unavailable(format!("{url}: {e:?}")))?;
        let unchanged = fingerprint(text.as_bytes()) == file.hash;
        Ok(Fetched { url, text, unchanged })
    }
}
