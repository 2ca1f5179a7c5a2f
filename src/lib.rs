//! The Budapest Process website: a Leptos single-page app.
//!
//! `App` provides the shared contexts (page metadata, loaded data) and the
//! one route table. `HomeApp` is the home page alone, the small bundle a
//! first visit to `/` loads (`src/bin/home.rs`). Pages live in `pages/`,
//! one file per route; shared pieces in `components/`; everything testable
//! without a browser in `model/`.

pub mod clock;
pub mod components;
pub mod config;
pub mod data;
pub mod embed;
pub mod fetch;
pub mod map;
pub mod model;
pub mod pages;
pub mod paths;
pub mod sanitize;
pub mod timeline;

use leptos::prelude::*;
use leptos_meta::{Title, provide_meta_context};
use leptos_router::components::{Route, Router, Routes};
use leptos_router::hooks::use_location;
use leptos_router::{OptionalParamSegment, ParamSegment, StaticSegment};

use components::layout::{Footer, Header, RouteFocus, SkipLink};
use paths::segment;

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    data::provide_app_data();

    view! {
        <SiteTitle />
        <Router>
            <RouteFocus />
            <SiteChrome>
            <MainRegion>
                <Routes fallback=pages::not_found::NotFound>
                    <Route path=StaticSegment("") view=pages::home::Home />
                    <Route path=StaticSegment(segment::ABOUT) view=pages::about::About />
                    <Route
                        path=(StaticSegment(segment::TIMELINE), OptionalParamSegment(segment::ID))
                        view=pages::timeline::Timeline
                    />
                    <Route
                        path=(StaticSegment(segment::MEMBERS), OptionalParamSegment(segment::ID))
                        view=pages::members::Members
                    />
                    <Route path=StaticSegment(segment::NEWS) view=pages::news::News />
                    <Route
                        path=(StaticSegment(segment::NEWS), ParamSegment(segment::ID))
                        view=pages::news_item::NewsItem
                    />
                    <Route path=StaticSegment(segment::DOCUMENTS) view=pages::documents::Documents />
                    <Route
                        path=(StaticSegment(segment::DOCUMENTS), ParamSegment(segment::ID))
                        view=pages::document::Document
                    />
                    <Route path=StaticSegment(segment::EVENTS) view=pages::events::Events />
                    <Route
                        path=(StaticSegment(segment::EVENTS), ParamSegment(segment::ID))
                        view=pages::event::Event
                    />
                    <Route path=StaticSegment(segment::CONTACT) view=pages::contact::Contact />
                    <Route
                        path=(StaticSegment(segment::EMBED), StaticSegment(segment::TIMELINE_WIDGET))
                        view=pages::embed::EmbedTimeline
                    />
                    <Route
                        path=(StaticSegment(segment::EMBED), StaticSegment(segment::MAP_WIDGET))
                        view=pages::embed::EmbedMap
                    />
                    <Route
                        path=(StaticSegment(segment::EMBED), StaticSegment(segment::KEY_DATA_WIDGET))
                        view=pages::embed::EmbedKeyData
                    />
                    <Route
                        path=(StaticSegment(segment::EMBED), StaticSegment(segment::NEWS_WIDGET))
                        view=pages::embed::EmbedNews
                    />
                </Routes>
            </MainRegion>
            </SiteChrome>
        </Router>
    }
}

/// The home page without the router or any other page. Its links are
/// ordinary page loads, which bring in the full app; every other path
/// loads `App` (public/boot.js chooses).
#[component]
pub fn HomeApp() -> impl IntoView {
    provide_meta_context();
    data::provide_app_data();

    view! {
        <SiteTitle />
        <SkipLink />
        <Header current=Signal::stored(paths::HOME.to_owned()) />
        <div id="main" tabindex="-1" role="main">
            <pages::home::Home />
        </div>
        <Footer />
    }
}

/// "Page · Budapest Process", or the name alone on the home page.
#[component]
fn SiteTitle() -> impl IntoView {
    view! {
        <Title formatter=|page: String| {
            if page.is_empty() { "Budapest Process".to_owned() } else { format!("{page} · Budapest Process") }
        } />
    }
}

/// Header, skip link and footer around the page, except on widget pages,
/// which partners frame inside their own sites.
#[component]
fn SiteChrome(children: Children) -> impl IntoView {
    let pathname = use_location().pathname;
    let is_embed = Memo::new(move |_| paths::is_embed(&pathname.get()));
    view! {
        <Show when=move || !is_embed.get()>
            <SkipLink />
            <Header current=pathname />
        </Show>
        {children()}
        <Show when=move || !is_embed.get()>
            <Footer />
        </Show>
    }
}

/// The page's main landmark. A widget framed in a partner's page is a part
/// of that page, which has its own landmarks, so there it adds none (the
/// iframe's title names it); opened on its own, a widget is a page again.
#[component]
fn MainRegion(children: Children) -> impl IntoView {
    let pathname = use_location().pathname;
    let framed = embed::in_frame();
    let role = move || (!(framed && paths::is_embed(&pathname.get()))).then_some("main");
    view! {
        <div id="main" tabindex="-1" role=role>
            {children()}
        </div>
    }
}
