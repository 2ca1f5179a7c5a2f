//! The one fetch helper. Every network read in the app (and in the search
//! worker) goes through [`fetch_text`], which checks the HTTP status before
//! anything is decoded and gives up after a deadline so a stalled server
//! shows an error with a retry button instead of an endless spinner.
//!
//! `public/boot.js` starts the site-data and feed downloads before the wasm
//! has arrived, so they travel alongside it instead of after it. The first
//! read of such a URL takes over that download ([`take_early`]); every
//! later read (a retry) fetches afresh.

use std::cell::Cell;
use std::rc::Rc;

use js_sys::{Array, Function, Promise, Reflect};
use wasm_bindgen::prelude::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{AbortController, RequestCache, RequestInit, Response, Window, WorkerGlobalScope};

/// Where boot.js leaves its downloads: URL -> `{ response, controller }`,
/// the promise of a Response (or of `null` if that download failed; the app
/// then tries once more itself) and the AbortController that can stop it.
const EARLY_DOWNLOADS: &str = "__bpEarlyData";

/// Why data could not be loaded; each case gets its own message
/// (`i18n::messages::Status::reason`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FetchError {
    /// No answer: offline, DNS, CORS, or the request was refused.
    Network,
    /// No complete answer before the deadline.
    Timeout,
    /// The server answered with an error status.
    Status(u16),
    /// An answer arrived but is not the expected format.
    Decode(String),
}

/// GETs `url` and returns the body as text.
pub async fn fetch_text(url: &str, timeout_ms: i32) -> Result<String, FetchError> {
    let scope = Scope::current().ok_or(FetchError::Network)?;
    let early = match &scope {
        Scope::Page(window) => take_early(window, url),
        Scope::Worker(_) => None,
    };
    // One controller for whichever download this is, so the deadline and an
    // error status stop it.
    let controller = match &early {
        Some(download) => download.controller.clone(),
        None => AbortController::new().map_err(|_| FetchError::Network)?,
    };
    let timed_out = Rc::new(Cell::new(false));
    let deadline = arm_deadline(&scope, &controller, timed_out.clone(), timeout_ms);
    let classify = |_| if timed_out.get() { FetchError::Timeout } else { FetchError::Network };

    let early = match early {
        Some(download) => {
            JsFuture::from(race(&download.response, &deadline)).await.map_err(classify)?.dyn_into().ok()
        }
        None => None,
    };
    let response: Response = match early {
        Some(response) => response,
        None => {
            let request = start(&scope, url, &controller);
            JsFuture::from(race(&request, &deadline)).await.map_err(classify)?.dyn_into().map_err(classify)?
        }
    };
    if !response.ok() {
        controller.abort();
        return Err(FetchError::Status(response.status()));
    }
    // The deadline still applies while the body streams in.
    let body = response.text().map_err(classify)?;
    let text = JsFuture::from(race(&body, &deadline)).await.map_err(classify)?;
    text.as_string().ok_or(FetchError::Network)
}

/// Where the code runs: a page, or the search worker (which has no
/// window, but the same fetch and timers on its global scope).
enum Scope {
    Page(Window),
    Worker(WorkerGlobalScope),
}

impl Scope {
    fn current() -> Option<Scope> {
        match web_sys::window() {
            Some(window) => Some(Scope::Page(window)),
            None => js_sys::global().dyn_into::<WorkerGlobalScope>().ok().map(Scope::Worker),
        }
    }

    fn fetch(&self, url: &str, init: &RequestInit) -> Promise {
        match self {
            Scope::Page(window) => window.fetch_with_str_and_init(url, init),
            Scope::Worker(worker) => worker.fetch_with_str_and_init(url, init),
        }
    }

    fn set_timeout(&self, callback: &Function, ms: i32) {
        let _ = match self {
            Scope::Page(window) => window.set_timeout_with_callback_and_timeout_and_arguments_0(callback, ms),
            Scope::Worker(worker) => {
                worker.set_timeout_with_callback_and_timeout_and_arguments_0(callback, ms)
            }
        };
    }
}

fn start(scope: &Scope, url: &str, controller: &AbortController) -> Promise {
    let init = RequestInit::new();
    init.set_method("GET");
    // Revalidate: a deployer's new feed should show on the next visit.
    init.set_cache(RequestCache::NoCache);
    init.set_signal(Some(&controller.signal()));
    scope.fetch(url, &init)
}

/// A download boot.js started: `{ response, controller }` in JavaScript.
struct EarlyDownload {
    response: Promise,
    controller: AbortController,
}

/// Takes over boot.js's download of `url`, if there is one; at most once.
fn take_early(window: &Window, url: &str) -> Option<EarlyDownload> {
    let downloads = Reflect::get(window, &JsValue::from_str(EARLY_DOWNLOADS)).ok()?;
    if !downloads.is_object() {
        return None;
    }
    let key = JsValue::from_str(url);
    let entry = Reflect::get(&downloads, &key).ok()?;
    let _ = Reflect::delete_property(downloads.unchecked_ref::<js_sys::Object>(), &key);
    let field = |name: &str| Reflect::get(&entry, &JsValue::from_str(name)).ok();
    Some(EarlyDownload {
        response: field("response")?.dyn_into().ok()?,
        controller: field("controller")?.dyn_into().ok()?,
    })
}

/// A promise that rejects after `timeout_ms`, aborting the request and
/// recording that it was the deadline. It never settles if no timer can be
/// set; the request then simply has no deadline.
fn arm_deadline(
    scope: &Scope,
    controller: &AbortController,
    flag: Rc<Cell<bool>>,
    timeout_ms: i32,
) -> Promise {
    let controller = controller.clone();
    Promise::new(&mut move |_resolve, reject: Function| {
        let flag = flag.clone();
        let controller = controller.clone();
        let on_deadline = Closure::once_into_js(move || {
            flag.set(true);
            controller.abort();
            let _ = reject.call0(&JsValue::NULL);
        });
        scope.set_timeout(on_deadline.unchecked_ref(), timeout_ms);
    })
}

fn race(work: &Promise, deadline: &Promise) -> Promise {
    Promise::race(&Array::of2(work, deadline))
}
