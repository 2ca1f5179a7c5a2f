//! A widget tells the page embedding it how tall it is, whenever that
//! changes, so the iframe can always fit its content.
//!
//! Message (posted to the parent window, any origin: it carries nothing
//! but a height): `{"type": "bp:resize", "id": "<embed-id>", "height": 812}`.
//! AMP pages get their own format as well:
//! `{"sentinel": "amp", "type": "embed-size", "height": 812}`.
//! See docs/embedding.md.

use std::cell::Cell;

use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::Closure;

thread_local! {
    static STARTED: Cell<bool> = const { Cell::new(false) };
}

/// Starts reporting the document's height to the parent window, once per
/// page; does nothing when the page is not in a frame.
pub fn report_height(embed_id: Option<String>) {
    if STARTED.with(|s| s.replace(true)) {
        return;
    }
    let Some(window) = web_sys::window() else { return };
    let in_frame = window.parent().ok().flatten().is_some_and(|parent| parent != window);
    if !in_frame {
        return;
    }
    let Some(root) = window.document().and_then(|d| d.document_element()) else { return };
    let last = Cell::new(0i32);
    let measure = move || {
        let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
        let Some(body) = document.body() else { return };
        let height = body.scroll_height().max(body.offset_height());
        if height != last.replace(height) {
            post(embed_id.as_deref(), height);
        }
    };
    measure();
    let callback = Closure::<dyn FnMut()>::new(measure);
    if let Ok(observer) = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()) {
        observer.observe(&root);
        if let Some(body) = window.document().and_then(|d| d.body()) {
            observer.observe(&body);
        }
    }
    // The observer lives as long as the page: keep its callback alive.
    callback.forget();
}

fn post(embed_id: Option<&str>, height: i32) {
    let Some(parent) = web_sys::window().and_then(|w| w.parent().ok().flatten()) else { return };
    let set = |object: &js_sys::Object, key: &str, value: wasm_bindgen::JsValue| {
        let _ = js_sys::Reflect::set(object, &key.into(), &value);
    };
    let ours = js_sys::Object::new();
    set(&ours, "type", "bp:resize".into());
    set(&ours, "id", embed_id.map_or(wasm_bindgen::JsValue::NULL, Into::into));
    set(&ours, "height", height.into());
    let _ = parent.post_message(&ours, "*");
    let amp = js_sys::Object::new();
    set(&amp, "sentinel", "amp".into());
    set(&amp, "type", "embed-size".into());
    set(&amp, "height", height.into());
    let _ = parent.post_message(&amp, "*");
}
