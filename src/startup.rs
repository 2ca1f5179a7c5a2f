//! How the app starts, on either side of the pre-rendering.
//!
//! - The render step (`src/bin/render.rs`) builds a [`Startup`] from the
//!   data files and renders each page to HTML.
//! - In the browser, [`start`] looks at the page. A pre-rendered page is
//!   hydrated with the very data it was rendered from (checked by
//!   fingerprint); a page without a record (`trunk serve`) is rendered in
//!   the browser as a plain single-page app.
//!
//! Until hydration is over the app must draw exactly what the HTML holds,
//! so anything only the browser knows (the URL query, today's date, the
//! screen width, being in a frame) is applied just after: [`use_settled`]
//! turns true, and the views update in place.

use leptos::prelude::*;

use crate::config::Config;
use crate::data::Snapshot;
use crate::model::date::Date;

/// What the app starts with.
#[derive(Clone)]
pub struct Startup {
    pub config: Config,
    /// The data, when it is already loaded (pre-rendering and hydration).
    pub snapshot: Option<Snapshot>,
    /// The day to start with: the render date until hydration is over.
    pub today: Date,
    /// Where the pre-rendered page's data came from, when it was
    /// pre-rendered: (site data URL, feed URL).
    pub rendered_from: Option<(String, String)>,
}

/// Whether the app may draw what only the browser knows. False while it
/// reproduces pre-rendered HTML (on the host, and in the browser until
/// hydration is over).
#[derive(Clone, Copy)]
struct Settled(RwSignal<bool>);

/// Shares the settled flag: already settled when nothing was pre-rendered.
pub fn provide_settled(pre_rendered: bool) -> RwSignal<bool> {
    let settled = RwSignal::new(!pre_rendered);
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
        rendered_from: None,
    };
    leptos::mount::mount_to_body(move || view! { <crate::App startup /> });
}

#[cfg(feature = "hydrate")]
mod browser {
    use std::sync::Arc;

    use leptos::prelude::*;
    use leptos::task::spawn_local;
    use wasm_bindgen::JsCast;

    use super::Startup;
    use crate::App;
    use crate::clock::browser_today;
    use crate::config::{Config, resolve};
    use crate::data::Snapshot;
    use crate::fetch::fetch_text;
    use crate::map::data::parse_map;
    use crate::model::feed::parse_feed;
    use crate::model::fingerprint::fingerprint;
    use crate::model::site::parse_site;
    use crate::rendered::{DataFile, RENDERED, RenderedPage, SNAPSHOT, SnapshotFile, normalise_path};

    pub fn start() {
        // The snapshot loads before hydration starts, on the same executor
        // the app uses (Err only means it is set up already).
        let _ = any_spawner::Executor::init_wasm_bindgen();
        let config = Config::from_document();
        let Some(page) = rendered_page() else {
            // No record: a development page from `trunk serve`.
            mount_fresh(config);
            return;
        };
        let location = web_sys::window().and_then(|w| w.location().pathname().ok()).unwrap_or_default();
        if normalise_path(&location) != page.path {
            // A page served for another path: the not-found page a host
            // returns for unknown paths. It stays as it is, unless the
            // deployer's feed lives elsewhere and may hold newer items than
            // the pages: then the app renders this path from that feed.
            let live = |file: DataFile, configured: &str| {
                page.file(file).is_some_and(|f| resolve(&f.url) != resolve(configured))
            };
            if live(DataFile::Feed, &config.feed_url) || live(DataFile::Site, &config.site_url) {
                mount_fresh(config);
            }
            return;
        }
        spawn_local(async move {
            match load_snapshot(&page, config.timeout_ms).await {
                Ok(snapshot) => hydrate(config, page, snapshot),
                Err(reason) => {
                    web_sys::console::warn_1(
                        &format!("{reason}; drawing the page afresh (re-run scripts/render after changing the data)")
                            .into(),
                    );
                    mount_fresh(config);
                }
            }
        });
    }

    fn hydrate(config: Config, page: RenderedPage, snapshot: Snapshot) {
        // The router reads the address as it is; a host may have added a
        // slash or `index.html` to the path the page was rendered for.
        let location = web_sys::window().map(|w| w.location());
        let shown = location.as_ref().and_then(|l| l.pathname().ok()).unwrap_or_default();
        if shown != page.path
            && let Some(history) = web_sys::window().and_then(|w| w.history().ok())
        {
            let rest = location
                .as_ref()
                .map(|l| format!("{}{}", l.search().unwrap_or_default(), l.hash().unwrap_or_default()))
                .unwrap_or_default();
            let _ = history.replace_state_with_url(
                &wasm_bindgen::JsValue::NULL,
                "",
                Some(&format!("{}{rest}", page.path)),
            );
        }
        let url = |file: DataFile| page.file(file).map(|f| f.url.clone()).unwrap_or_default();
        let startup = Startup {
            config,
            snapshot: Some(snapshot),
            today: page.today,
            rendered_from: Some((url(DataFile::Site), url(DataFile::Feed))),
        };
        leptos::mount::hydrate_body(move || view! { <App startup /> });
    }

    /// Replaces whatever the page holds with the app rendered in the browser.
    fn mount_fresh(config: Config) {
        if let Some(body) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.body()) {
            body.set_text_content(None);
        }
        let startup = Startup { config, snapshot: None, today: browser_today(), rendered_from: None };
        leptos::mount::mount_to_body(move || view! { <App startup /> });
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
                snapshots.push((attr("data-file"), attr("content"), attr("data-hash")));
            }
        }
        RenderedPage::read(|name| rendered.get_attribute(name), snapshots)
    }

    /// Loads the files the page was rendered from, all at once (boot.js
    /// has already started them), and checks each is the same file.
    async fn load_snapshot(page: &RenderedPage, timeout_ms: i32) -> Result<Snapshot, String> {
        let need = |file: DataFile| page.file(file).cloned();
        let site = need(DataFile::Site).ok_or("the page names no site data")?;
        let feed = need(DataFile::Feed).ok_or("the page names no feed")?;
        let map = need(DataFile::Map);
        let (site_text, feed_text, map_text) = futures::future::join3(
            fetch_checked(site, timeout_ms),
            fetch_checked(feed, timeout_ms),
            async move {
                match map {
                    Some(map) => fetch_checked(map, timeout_ms).await.map(Some),
                    None => Ok(None),
                }
            },
        )
        .await;
        let site = parse_site(&site_text?).map_err(|e| format!("site data: {e}"))?;
        let feed = parse_feed(&feed_text?).map_err(|e| format!("feed: {e}"))?;
        let map = match map_text? {
            Some(text) => Some(Arc::new(parse_map(&text).map_err(|e| format!("map: {e}"))?)),
            None => None,
        };
        Ok(Snapshot { site: Arc::new(site), feed: Arc::new(feed), map })
    }

    async fn fetch_checked(file: SnapshotFile, timeout_ms: i32) -> Result<String, String> {
        let url = resolve(&file.url);
        let text = fetch_text(&url, timeout_ms).await.map_err(|e| format!("{url}: {e:?}"))?;
        if fingerprint(text.as_bytes()) != file.hash {
            return Err(format!("{url} is not the file this page was rendered from"));
        }
        Ok(text)
    }
}
