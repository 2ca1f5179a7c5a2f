//! `/offline` (written as `offline.html`): what the service worker
//! (`public/sw.js`) answers with when the visitor is offline and asks for a
//! page this device never saved. The worker fills in the saved pages, so
//! the page works as it is, without the app (boot.js does not start it
//! here: the visitor asked for another address, which the app would try to
//! show).

use leptos::prelude::*;

use crate::components::page_meta::PageMeta;
use crate::i18n::{link, use_locale};
use crate::paths;

#[component]
pub fn Offline() -> impl IntoView {
    let locale = use_locale();
    let t = &locale.messages().offline;
    let (before, after) = t.later.split_once("{home}").unwrap_or((t.later, ""));
    view! {
        <PageMeta title=t.title description=t.description />
        // Its language on the region itself: the worker may put it into a
        // saved page of another language.
        <div class="offline-page" data-offline-page="" lang=locale.tag() dir=locale.dir()>
            <h1>{t.title}</h1>
            <p>{t.not_saved}" "<a href="">{t.try_again}</a></p>
            // sw.js writes the list of saved pages into this element.
            <div class="saved-pages" data-saved-pages=""></div>
            <p>{before}<a href=link(paths::HOME)>{t.home}</a>{after}</p>
        </div>
    }
}
