//! `/offline` (written as `offline.html`): what the service worker
//! (`public/sw.js`) answers with when the visitor is offline and asks for a
//! page this device never saved. The worker fills in the saved pages, so
//! the page works as it is, without the app (boot.js does not start it
//! here: the visitor asked for another address, which the app would try to
//! show).

use leptos::prelude::*;

use crate::components::page_meta::PageMeta;
use crate::paths;

#[component]
pub fn Offline() -> impl IntoView {
    view! {
        <PageMeta
            title="You are offline"
            description="This page was not saved on this device; pages opened before still work offline."
        />
        <div class="offline-page" data-offline-page="">
            <h1>"You are offline"</h1>
            <p>
                "This page was not saved on this device, so it can only be shown once you are back online. "
                <a href="">"Try again"</a>
            </p>
            // sw.js writes the list of saved pages into this element.
            <div class="saved-pages" data-saved-pages=""></div>
            <p>
                "Pages you open while online are saved for reading offline, starting with the "
                <a href=paths::HOME>"home page"</a>
                "."
            </p>
        </div>
    }
}
