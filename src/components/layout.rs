//! The frame around every page: skip link, header with navigation, footer.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::components::search::search_box::SearchBox;
use crate::data::use_app_data;
use crate::i18n::messages::Chrome;
use crate::i18n::{link, use_messages};
use crate::paths;

/// Navigation entries: (path, label) in the page's language.
fn nav(t: &'static Chrome) -> [(&'static str, &'static str); 7] {
    [
        (paths::ABOUT, t.about),
        (paths::TIMELINE, t.timeline),
        (paths::MEMBERS, t.members),
        (paths::NEWS, t.news),
        (paths::EVENTS, t.events),
        (paths::DOCUMENTS, t.documents),
        (paths::CONTACT, t.contact),
    ]
}

/// Moves keyboard focus (not just the scroll position) to the main region:
/// a fragment link alone leaves focus behind in some browsers and the
/// router would treat it as a navigation.
#[component]
pub fn SkipLink() -> impl IntoView {
    view! {
        <a
            class="skip-link"
            href="#main"
            on:click=move |ev| {
                ev.prevent_default();
                focus_main();
            }
        >
            {use_messages().chrome.skip_link}
        </a>
    }
}

/// The site header. `current` is the path being shown, for the
/// `aria-current` marks; plain links, which the router (when there is one)
/// turns into in-app navigations.
#[component]
pub fn Header(#[prop(into)] current: Signal<String>) -> impl IntoView {
    let mark = move |href: &'static str| move || paths::is_current(href, &current.get()).then_some("page");
    let t = &use_messages().chrome;
    view! {
        <header class="site-header">
            <div class="site-header__inner">
                <a href=link(paths::HOME) class="brand" aria-current=mark(paths::HOME)>
                    <span class="brand__mark" aria-hidden="true">"BP"</span>
                    <span class="brand__name">{t.brand}</span>
                </a>
                <SearchBox />
                <nav aria-label=t.main_navigation>
                    <ul class="nav-list">
                        {nav(t)
                            .into_iter()
                            .map(|(href, label)| view! { <li><a href=link(href) aria-current=mark(href)>{label}</a></li> })
                            .collect_view()}
                    </ul>
                </nav>
                <LanguageSwitch current />
            </div>
            // Notices about the connection and about a new version of the
            // site. public/boot.js writes them, with or without the app;
            // the app renders the region empty and never touches it.
            <div class="site-notices" data-site-notices="" role="status"></div>
        </header>
    }
}

/// Links to the page being shown in each other language, with the same
/// selection and filters (the path and the query carry them). A full page
/// load, as the other language is another set of pages: `target="_self"`
/// keeps the router out of it. public/boot.js remembers the choice.
#[component]
fn LanguageSwitch(current: Signal<String>) -> impl IntoView {
    let here = crate::i18n::use_locale();
    let search = leptos_router::hooks::use_location().search;
    let settled = crate::startup::use_settled();
    // The pre-rendered page has no query; the link gains it once the app runs.
    let query = move || if settled.get() { search.get() } else { String::new() };
    let others = crate::i18n::Locale::ALL.iter().copied().filter(move |l| *l != here);
    view! {
        <nav class="language-switch" aria-label=use_messages().chrome.languages><ul>
            {others
                .map(|locale| {
                    // The router keeps the query without its "?".
                    let href = move || {
                        let (path, query) = (locale.path(&current.get()), query());
                        if query.is_empty() { path } else { format!("{path}?{query}") }
                    };
                    view! {
                        <li>
                            <a href=href hreflang=locale.tag() lang=locale.tag() target="_self" data-language=locale.tag()>
                                {locale.own_name()}
                            </a>
                        </li>
                    }
                })
                .collect_view()}
        </ul></nav>
    }
}

#[component]
pub fn Footer() -> impl IntoView {
    let feed_url = use_app_data().config().feed_url;
    let t = &use_messages().chrome;
    view! {
        <footer class="site-footer">
            <div class="site-footer__inner">
                <p>{t.footer_summary}</p>
                <ul class="footer-links">
                    <li><a href=feed_url type="application/feed+json">{t.json_feed}</a></li>
                    <li><a href=paths::ATOM_FEED type="application/atom+xml">{t.atom_feed}</a></li>
                    <li><a href=link(paths::CONTACT)>{t.contact_secretariat}</a></li>
                    <li><a href="https://www.budapestprocess.org" rel="external">"budapestprocess.org"</a></li>
                </ul>
                <p class="fine-print">{t.fine_print}</p>
            </div>
        </footer>
    }
}

/// After navigating to another page, moves keyboard focus to the main
/// region so screen-reader users hear the new page instead of staying on the
/// link they clicked. Query-only changes (filters) leave focus alone.
#[component]
pub fn RouteFocus() -> impl IntoView {
    let pathname = crate::i18n::use_route_path();
    Effect::new(move |previous: Option<String>| {
        let current = pathname.get();
        if previous.as_ref().is_some_and(|p| *p != current && !paths::same_view(p, &current)) {
            focus_main();
        }
        current
    });
}

fn focus_main() {
    let main = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("main"))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(main) = main {
        let _ = main.focus();
    }
}
