//! An element's width in pixels, kept up to date as it changes (a window
//! resize, a sidebar opening) by a `ResizeObserver` that is disconnected
//! when the component that asked goes away.

use leptos::html::ElementType;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::Closure;

/// The width of `node` (`initial` until it is measured), and whether it
/// has been measured yet.
pub fn use_width<E>(node: NodeRef<E>, initial: f64) -> (RwSignal<f64>, RwSignal<bool>)
where
    E: ElementType,
    E::Output: JsCast + Clone + AsRef<web_sys::Element> + 'static,
{
    let width = RwSignal::new(initial);
    let measured = RwSignal::new(false);
    let observer = StoredValue::new_local(None::<(web_sys::ResizeObserver, Closure<dyn FnMut()>)>);
    // Observer callbacks are queued by the browser: one can arrive after
    // the component is gone, so nothing here assumes it is still there.
    let measure = move || {
        let Some(Some(element)) = node.try_get_untracked() else { return };
        let element: &web_sys::Element = element.as_ref();
        let now = f64::from(element.client_width());
        // A hidden element measures 0: keep the last width.
        if now > 0.0 && width.try_get_untracked().is_some_and(|was| (now - was).abs() > 1.0) {
            let _ = width.try_set(now);
        }
    };
    Effect::new(move |_| {
        let Some(element) = node.get() else { return };
        measure();
        measured.set(true);
        if observer.with_value(Option::is_some) {
            return;
        }
        let callback = Closure::<dyn FnMut()>::new(measure);
        if let Ok(watcher) = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()) {
            let target: &web_sys::Element = element.as_ref();
            watcher.observe(target);
            observer.set_value(Some((watcher, callback)));
        }
    });
    on_cleanup(move || {
        if let Some(Some((watcher, _callback))) = observer.try_update_value(Option::take) {
            watcher.disconnect();
        }
    });
    (width, measured)
}
