//! Search as an app-wide context. The engine runs in a Web Worker of its
//! own (`src/bin/search-worker.rs`, a second, smaller wasm): nothing of it
//! is downloaded until a visitor first focuses the search box or opens
//! `/search`. Then the worker starts, loads the site data and the feed (its
//! titles first, where the render step wrote them) and builds the index;
//! the page sends it questions and shows its answers.
//! The messages are `search::protocol`, written by `search::wire`.

use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::Closure;
use web_sys::{MessageEvent, Worker};

use crate::clock::use_today;
use crate::config::{Config, resolve};
use crate::data::use_app_data;
use crate::fetch::FetchError;
use crate::model::date::Date;
use crate::search::protocol::{
    Answer, Ask, Asker, FromWorker, FullText, Limit, Load, Order, Ready, ToWorker,
};
use crate::search::{Kind, SearchParams, wire};

/// Starts the worker (public/search-loader.js). Trunk names a worker's
/// files after its binary, with no hash, so that this can name them.
const WORKER_URL: &str = "/search-loader.js";

/// Where the index is.
#[derive(Clone, Debug, PartialEq)]
pub enum SearchIndex {
    /// Nobody has searched yet.
    Idle,
    Loading,
    /// The data it is built from, or the worker itself, did not load.
    Failed(FetchError),
    Ready(Arc<Ready>),
}

#[derive(Clone, Copy)]
pub struct Search {
    index: RwSignal<SearchIndex>,
    box_answer: RwSignal<Option<Arc<Answer>>>,
    page_answer: RwSignal<Option<Arc<Answer>>>,
    widget_answer: RwSignal<Option<Arc<Answer>>>,
    worker: StoredValue<Option<Worker>, LocalStorage>,
    config: StoredValue<Config>,
    today: Signal<Date>,
    locale: crate::i18n::Locale,
}

impl Search {
    pub fn index(self) -> SearchIndex {
        self.index.get()
    }

    /// Whether the feed's texts are searched yet, once the index answers
    /// (tracked).
    pub fn full_text(self) -> Option<FullText> {
        self.index.with(|index| match index {
            SearchIndex::Ready(ready) => Some(ready.full_text.clone()),
            _ => None,
        })
    }

    /// Starts the worker (once); the index loads.
    pub fn want(self) {
        if self.index.get_untracked() == SearchIndex::Idle {
            self.start();
        }
    }

    /// Loads again after a failure (of everything, or of the feed after
    /// its titles), with a new worker if the last one did not start.
    pub fn retry(self) {
        let failed = match self.index.get_untracked() {
            SearchIndex::Failed(_) => true,
            SearchIndex::Ready(ready) => matches!(ready.full_text, FullText::Failed(_)),
            SearchIndex::Idle | SearchIndex::Loading => false,
        };
        if failed {
            self.start();
        }
    }

    /// Asks the worker for the header box's suggestions; each answer
    /// arrives in [`Search::answer`] for its asker ([`Asker::Box`] here).
    pub fn ask_suggestions(self, params: SearchParams) {
        self.post(&ToWorker::Ask(Ask {
            asker: Asker::Box,
            params,
            limit: Limit::SUGGESTIONS,
            order: Order::Relevance,
        }));
    }

    /// Asks for the `/search` page's results ([`Asker::Page`]).
    pub fn ask_results(self, params: SearchParams) {
        self.post(&ToWorker::Ask(Ask {
            asker: Asker::Page,
            params,
            limit: Limit::PAGE,
            order: Order::Relevance,
        }));
    }

    /// Asks for the newest `count` news items that match `text` (the news
    /// widget's `?q=`); the answer arrives for [`Asker::Widget`].
    pub fn ask_latest_news(self, text: String, count: usize) {
        let params = SearchParams { text, kind: Some(Kind::News), year: None };
        // An answer to an earlier question (another count or tag) must not
        // stand for this one.
        self.widget_answer.set(None);
        self.post(&ToWorker::Ask(Ask {
            asker: Asker::Widget,
            params,
            limit: Limit::of(count),
            order: Order::Newest,
        }));
    }

    /// The latest answer to `asker` (tracked).
    pub fn answer(self, asker: Asker) -> Option<Arc<Answer>> {
        self.answer_signal(asker).get()
    }

    fn answer_signal(self, asker: Asker) -> RwSignal<Option<Arc<Answer>>> {
        match asker {
            Asker::Box => self.box_answer,
            Asker::Page => self.page_answer,
            Asker::Widget => self.widget_answer,
        }
    }

    fn start(self) {
        // Only a browser runs workers; the render step shows the loading
        // state, as before any search.
        if cfg!(feature = "ssr") {
            return;
        }
        // A retry of the feed after its titles keeps them searchable.
        if !matches!(self.index.get_untracked(), SearchIndex::Ready(_)) {
            self.index.set(SearchIndex::Loading);
        }
        // The worker reads the language's whole catalogue (its names of
        // kinds and languages), which a member or timeline page has only
        // in part so far.
        if crate::i18n::catalogue::part_in_use().is_some() {
            leptos::task::spawn_local(async move {
                if crate::chunks::whole_catalogue().await {
                    self.start();
                } else {
                    self.index.set(SearchIndex::Failed(FetchError::Network));
                }
            });
            return;
        }
        if self.worker.with_value(Option::is_none) {
            match spawn(self) {
                Some(worker) => self.worker.set_value(Some(worker)),
                None => {
                    self.index.set(SearchIndex::Failed(FetchError::Network));
                    return;
                }
            }
        }
        let config = self.config.get_value();
        self.post(&ToWorker::Load(Load {
            site_url: resolve(&config.site_url),
            feed_url: resolve(&config.feed_url),
            titles_url: config.search_titles_url.as_deref().map(resolve),
            timeout_ms: config.timeout_ms,
            today: self.today.get_untracked().days_since_epoch(),
            language: self.locale.tag().to_owned(),
            catalogue: crate::i18n::catalogue::loaded(self.locale).map(|l| l.text.to_owned()),
        }));
    }

    fn post(self, message: &ToWorker) {
        let text = wire::write_to_worker(message);
        self.worker.with_value(|worker| {
            if let Some(worker) = worker {
                let _ = worker.post_message(&text.into());
            }
        });
    }

    fn receive(self, message: FromWorker) {
        match message {
            FromWorker::Ready(ready) => self.index.set(SearchIndex::Ready(Arc::new(ready))),
            FromWorker::Failed(error) => self.index.set(SearchIndex::Failed(error)),
            FromWorker::Answer(answer) => self.answer_signal(answer.asker).set(Some(Arc::new(answer))),
        }
    }

    /// The worker could not start, or stopped: a retry starts a new one.
    fn lost(self) {
        if let Some(worker) = self.worker.try_update_value(Option::take).flatten() {
            worker.terminate();
        }
        self.index.set(SearchIndex::Failed(FetchError::Network));
    }
}

/// Starts the worker and wires its messages to `search`. The handlers live
/// as long as the page: the worker is started at most once per failure.
fn spawn(search: Search) -> Option<Worker> {
    let worker = Worker::new(WORKER_URL).ok()?;
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
        let message = event.data().as_string().and_then(|text| wire::read_from_worker(&text));
        if let Some(message) = message {
            search.receive(message);
        }
    });
    let on_error = Closure::<dyn FnMut(web_sys::Event)>::new(move |_| search.lost());
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    on_message.forget();
    on_error.forget();
    Some(worker)
}

pub fn provide_search() -> Search {
    let search = Search {
        index: RwSignal::new(SearchIndex::Idle),
        box_answer: RwSignal::new(None),
        page_answer: RwSignal::new(None),
        widget_answer: RwSignal::new(None),
        worker: StoredValue::new_local(None),
        config: StoredValue::new(use_app_data().config()),
        today: use_today(),
        locale: crate::i18n::use_locale(),
    };
    provide_context(search);
    search
}

pub fn use_search() -> Search {
    use_context::<Search>().unwrap_or_else(provide_search)
}
