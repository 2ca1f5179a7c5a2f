//! The search worker: a wasm of its own, started by the page the first time
//! a visitor searches (`components/search/index.rs`), so the engine and its
//! stemmers cost nothing on pages where nobody does. It loads the site data
//! and the feed itself (the feed's titles first, where the render step
//! wrote them: `search::titles`), builds the index, and answers questions; the
//! messages are in `search::protocol`. Built by Trunk from the second
//! `rel="rust"` link in index.html (`data-type="worker"`).

fn main() {
    #[cfg(target_arch = "wasm32")]
    worker::start();
}

#[cfg(target_arch = "wasm32")]
mod worker {
    use std::cell::{Cell, RefCell};

    use budapest_process_site::fetch::{FetchError, fetch_text};
    use budapest_process_site::i18n::Locale;
    use budapest_process_site::model::ReadError;
    use budapest_process_site::model::date::Date;
    use budapest_process_site::model::feed::parse_feed;
    use budapest_process_site::model::site::parse_site;
    use budapest_process_site::search::protocol::{FromWorker, FullText, Load, Ready, ToWorker, answer};
    use budapest_process_site::search::{Index, documents, wire};
    use wasm_bindgen::JsCast;
    use wasm_bindgen::prelude::Closure;
    use wasm_bindgen_futures::spawn_local;
    use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

    thread_local! {
        static INDEX: RefCell<Option<Index>> = const { RefCell::new(None) };
        /// Bumped by every load, so a slow earlier load cannot replace a
        /// newer one.
        static LOADS: Cell<u32> = const { Cell::new(0) };
    }

    pub fn start() {
        console_error_panic_hook::set_once();
        let Some(scope) = scope() else { return };
        let on_message = Closure::<dyn FnMut(MessageEvent)>::new(|event: MessageEvent| {
            let Some(text) = event.data().as_string() else { return };
            match wire::read_to_worker(&text) {
                Some(ToWorker::Load(load)) => spawn_local(build(load)),
                Some(ToWorker::Ask(ask)) => {
                    // Before the index is in, the page does not ask.
                    if let Some(reply) = INDEX.with_borrow(|index| index.as_ref().map(|i| answer(i, &ask))) {
                        send(&FromWorker::Answer(reply));
                    }
                }
                None => {}
            }
        });
        scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        // The worker lives as long as the page that started it.
        on_message.forget();
    }

    /// Builds the index in two steps where the page names a titles file:
    /// from the site data and the feed's titles first (a fraction of the
    /// feed's bytes, so the first answers come early), then from the whole
    /// feed, downloaded after the titles so that the two do not share the
    /// connection. Each step says `Ready`; the views ask again. Without a
    /// titles file, or if it fails, the first step is the whole feed.
    async fn build(load: Load) {
        let this_load = LOADS.get().wrapping_add(1);
        LOADS.set(this_load);
        let current = move || LOADS.get() == this_load;
        let titles = async {
            match &load.titles_url {
                Some(url) => Some(fetch_text(url, load.timeout_ms).await),
                None => None,
            }
        };
        let (site, titles) = futures::join!(fetch_text(&load.site_url, load.timeout_ms), titles);
        if !current() {
            return;
        }
        let site = match site.and_then(|site| parse_site(&site).map_err(decode)) {
            Ok(site) => site,
            Err(error) => return send(&FromWorker::Failed(error)),
        };
        let today = Date::from_days_since_epoch(load.today);
        let locale = Locale::from_tag(&load.language).unwrap_or_default();
        if let Some(text) = &load.catalogue
            && locale.needs_catalogue()
        {
            // Unreadable, results are described in English.
            let _ = budapest_process_site::i18n::catalogue::install(locale, text.clone());
        }
        // A titles file that did not load or read is passed over: the
        // feed follows anyway.
        let from_titles = titles.and_then(Result::ok).and_then(|text| parse_feed(&text).ok());
        let answering = from_titles.is_some();
        if let Some(titles) = from_titles {
            put(Index::new(documents(&site, &titles, today, locale)), FullText::Loading);
        }
        let feed = fetch_text(&load.feed_url, load.timeout_ms).await;
        if !current() {
            return;
        }
        match feed.and_then(|feed| parse_feed(&feed).map_err(decode)) {
            Ok(feed) => put(Index::new(documents(&site, &feed, today, locale)), FullText::In),
            // The titles stay searchable; the page offers to try again.
            Err(error) if answering => {
                let ready =
                    INDEX.with_borrow(|index| index.as_ref().map(|i| Ready::of(i, FullText::Failed(error))));
                if let Some(ready) = ready {
                    send(&FromWorker::Ready(ready));
                }
            }
            Err(error) => send(&FromWorker::Failed(error)),
        }
    }

    fn put(index: Index, full_text: FullText) {
        send(&FromWorker::Ready(Ready::of(&index, full_text)));
        INDEX.set(Some(index));
    }

    fn decode(e: ReadError) -> FetchError {
        FetchError::Decode(e.to_string())
    }

    fn send(message: &FromWorker) {
        if let Some(scope) = scope() {
            let _ = scope.post_message(&wire::write_from_worker(message).into());
        }
    }

    fn scope() -> Option<DedicatedWorkerGlobalScope> {
        js_sys::global().dyn_into().ok()
    }
}
