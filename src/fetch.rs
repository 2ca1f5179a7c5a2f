//! The one fetch helper. Every network read in the app goes through
//! [`fetch_text`], which checks the HTTP status before anything is decoded
//! and gives up after a deadline so a stalled server shows an error with a
//! retry button instead of an endless spinner.

use std::cell::Cell;
use std::rc::Rc;

use gloo_net::http::Request;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::Closure;

/// Why data could not be loaded; each case gets its own message.
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

impl FetchError {
    /// What to tell a visitor; `what` is e.g. "the news feed".
    pub fn message(&self, what: &str) -> String {
        match self {
            FetchError::Network => {
                format!("We could not reach the server to load {what}. Check your connection and try again.")
            }
            FetchError::Timeout => {
                format!(
                    "Loading {what} is taking too long; the connection may be slow. Try again in a moment."
                )
            }
            FetchError::Status(404) => format!("{} could not be found on the server.", capitalise(what)),
            FetchError::Status(code) => {
                format!("The server could not deliver {what} right now (error {code}). Try again later.")
            }
            FetchError::Decode(_) => {
                format!("{} arrived, but it is damaged or in an unexpected format.", capitalise(what))
            }
        }
    }
}

fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

/// GETs `url` and returns the body as text.
pub async fn fetch_text(url: &str, timeout_ms: i32) -> Result<String, FetchError> {
    let controller = web_sys::AbortController::new().map_err(|_| FetchError::Network)?;
    let timed_out = Rc::new(Cell::new(false));
    arm_deadline(&controller, timed_out.clone(), timeout_ms);
    let classify = |_| if timed_out.get() { FetchError::Timeout } else { FetchError::Network };

    let response = Request::get(url)
        // Revalidate: a deployer's new feed should show on the next visit.
        .cache(web_sys::RequestCache::NoCache)
        .abort_signal(Some(&controller.signal()))
        .send()
        .await
        .map_err(classify)?;
    if !response.ok() {
        controller.abort();
        return Err(FetchError::Status(response.status()));
    }
    // The deadline stays armed while the body streams in; firing it after
    // the read has finished is harmless.
    response.text().await.map_err(classify)
}

/// Aborts the request after `timeout_ms`, recording that it was the deadline.
fn arm_deadline(controller: &web_sys::AbortController, flag: Rc<Cell<bool>>, timeout_ms: i32) {
    let Some(window) = web_sys::window() else { return };
    let controller = controller.clone();
    let on_deadline = Closure::once_into_js(move || {
        flag.set(true);
        controller.abort();
    });
    // If the timer cannot be set the request simply has no deadline.
    let _ =
        window.set_timeout_with_callback_and_timeout_and_arguments_0(on_deadline.unchecked_ref(), timeout_ms);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_are_plain_and_specific() {
        assert!(FetchError::Status(500).message("the news feed").contains("error 500"));
        assert!(
            FetchError::Status(404).message("the news feed").starts_with("The news feed could not be found")
        );
        assert!(FetchError::Timeout.message("x").contains("too long"));
        assert!(FetchError::Network.message("x").contains("connection"));
        assert!(FetchError::Decode("e".into()).message("the site data").starts_with("The site data arrived"));
    }
}
