//! "Share" on the pages of single items (news, documents, events, member
//! states, milestones): the device's own share sheet where the browser has
//! one (the Web Share API: phones, tablets, Windows, macOS), otherwise the
//! page's address is copied, with a visible (and announced) "Link copied".
//! It needs the app, so it is hidden without it; the address bar is the
//! share button then.

use js_sys::Reflect;
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{Navigator, ShareData};

use crate::i18n::{fill, use_messages};
use crate::paths;

#[component]
pub fn ShareButton(
    /// The item's own page (`/news/…`, `/members/TR`).
    path: String,
    title: String,
) -> impl IntoView {
    // A widget links to the site instead; sharing is the site's.
    if paths::is_embed(&crate::i18n::use_route_path().get_untracked()) {
        return None;
    }
    let status = RwSignal::new(String::new());
    let t = &use_messages().share;
    let locale = crate::i18n::use_locale();
    let share = move |_| {
        let Some(window) = web_sys::window() else { return };
        let url = format!("{}{}", window.location().origin().unwrap_or_default(), locale.path(&path));
        let navigator = window.navigator();
        let title = title.clone();
        status.set(String::new());
        spawn_local(async move {
            let outcome = match share_sheet(&navigator, &title, &url) {
                Some(shared) => match JsFuture::from(shared).await {
                    Ok(_) => Outcome::Shared,
                    // The visitor closed the sheet: nothing to say.
                    Err(error) if is_abort(&error) => Outcome::Shared,
                    Err(_) => copy(&navigator, &url).await,
                },
                None => copy(&navigator, &url).await,
            };
            let message = match outcome {
                Outcome::Shared => String::new(),
                Outcome::Copied => t.copied.to_owned(),
                Outcome::Failed => fill(t.failed, &[("url", &url)]),
            };
            // The visitor may have left the page meanwhile.
            let _ = status.try_set(message);
        });
    };
    Some(view! {
        <div class="share app-only">
            <button type="button" class="tl-button share__button" on:click=share>{t.button}<span class="visually-hidden">{t.button_more}</span></button>
            <p class="share__status" role="status">{move || status.get()}</p>
        </div>
    })
}

enum Outcome {
    Shared,
    Copied,
    Failed,
}

/// Opens the share sheet, if this browser has one for a link.
fn share_sheet(navigator: &Navigator, title: &str, url: &str) -> Option<js_sys::Promise> {
    // Calling a method the browser lacks would throw through the wasm.
    let has = |name: &str| Reflect::has(navigator, &JsValue::from_str(name)).unwrap_or(false);
    if !has("share") || !has("canShare") {
        return None;
    }
    let data = ShareData::new();
    data.set_title(title);
    data.set_url(url);
    navigator.can_share_with_data(&data).then(|| navigator.share_with_data(&data))
}

async fn copy(navigator: &Navigator, url: &str) -> Outcome {
    let has_clipboard = Reflect::has(navigator, &JsValue::from_str("clipboard")).unwrap_or(false);
    if has_clipboard && JsFuture::from(navigator.clipboard().write_text(url)).await.is_ok() {
        Outcome::Copied
    } else {
        Outcome::Failed
    }
}

fn is_abort(error: &JsValue) -> bool {
    error.dyn_ref::<js_sys::Error>().is_some_and(|e| e.name() == "AbortError")
}
