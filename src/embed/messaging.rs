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

use crate::components::frame::in_frame;
use wasm_bindgen::prelude::Closure;

/// Reports the document's height to the parent window whenever it
/// changes, until dropped (or [`HeightReporter::stop`]ped); `None` when the
/// page is not in a frame.
pub struct HeightReporter {
    observer: web_sys::ResizeObserver,
    // Kept for as long as the observer may call it.
    _callback: Closure<dyn FnMut()>,
}

impl HeightReporter {
    pub fn start(embed_id: Option<String>) -> Option<HeightReporter> {
        if !in_frame() {
            return None;
        }
        let document = web_sys::window()?.document()?;
        let root = document.document_element()?;
        let last = Cell::new(0i32);
        let measure = move || {
            let Some(body) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.body()) else {
                return;
            };
            let height = body.scroll_height().max(body.offset_height());
            if height != last.replace(height) {
                post(embed_id.as_deref(), height);
            }
        };
        measure();
        let callback = Closure::<dyn FnMut()>::new(measure);
        let observer = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()).ok()?;
        observer.observe(&root);
        if let Some(body) = document.body() {
            observer.observe(&body);
        }
        Some(HeightReporter { observer, _callback: callback })
    }

    pub fn stop(self) {
        self.observer.disconnect();
    }
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
