//! The Budapest Process website: a Leptos single-page app.
//!
//! `App` provides the shared contexts (page metadata, loaded data, today's
//! date) and the one route table. The same `App` is rendered to HTML at
//! build time (`src/bin/render.rs`, feature `ssr`) and hydrated in the
//! browser (`startup`, feature `hydrate`). Pages live in `pages/`, one file
//! per route; shared pieces in `components/`; everything testable without a
//! browser in `model/`. Most routes show their page through `chunks`, whose
//! code the release build for the browser downloads only where it is shown.

// The page views nest deeply enough for the optimised host build (the
// render program) to need more than the default type-layout depth.
#![recursion_limit = "256"]

pub mod chunks;
pub mod clock;
pub mod components;
pub mod config;
pub mod data;
pub mod embed;
pub mod fetch;
pub mod i18n;
pub mod interaction;
pub mod map;
pub mod model;
pub mod pages;
pub mod paths;
#[cfg(feature = "ssr")]
pub mod prerender;
pub mod rendered;
pub mod sanitize;
pub mod search;
pub mod startup;
pub mod timeline;

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::{OptionalParamSegment, ParamSegment, StaticSegment};

use chunks::{ChunkView, InChunk};
use components::layout::{Footer, Header, RouteFocus, SkipLink};
use paths::segment;
use startup::{Mode, Startup, provide_settled};

#[component]
pub fn App(startup: Startup) -> impl IntoView {
    let settled = provide_settled(&startup.mode);
    // One language per page load: its pages live under its prefix, which
    // the router matches and adds to every path it navigates to.
    let base = startup.locale.prefix();
    provide_context(startup.locale);
    clock::provide_today(startup.today);
    let data = data::provide_app_data(startup.config, startup.snapshot);
    components::search::provide_search();
    // Effects run only in the browser, and only once hydration is over:
    // then the views may use what only the browser knows (the query, the
    // date, the screen), and a deployer's live data replaces the snapshot.
    // After a hydration, in a task of its own: the views that change then
    // do not lengthen hydration's long task (the page shows the same
    // pre-rendered state in between).
    let hydrating = startup.mode == Mode::Hydrate;
    let loaded_from = StoredValue::new(startup.loaded_from);
    Effect::new(move |_| {
        leptos::task::spawn_local_scoped(async move {
            if hydrating {
                startup::next_task().await;
                settled.set(true);
                clock::catch_up();
            }
            if let Some((site_url, feed_url)) = loaded_from.get_value() {
                data.refresh(&site_url, &feed_url);
            }
            // The document is marked once the app runs and has settled
            // (tests wait for it; a hydrated page looks the same before).
            if let Some(root) =
                web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element())
            {
                let _ = root.class_list().add_1("app-ready");
            }
        });
    });

    view! {
        <Router base>
            <RouteFocus />
            <SiteChrome>
            <MainRegion>
                <Routes fallback=|| view! { <InChunk view=ChunkView::NotFound /> }>
                    <Route path=StaticSegment("") view=pages::home::Home />
                    <Route path=StaticSegment(segment::ABOUT) view=|| view! { <InChunk view=ChunkView::About /> } />
                    <Route
                        path=(StaticSegment(segment::TIMELINE), OptionalParamSegment(segment::ID))
                        view=|| view! { <InChunk view=ChunkView::Timeline /> }
                    />
                    <Route
                        path=(StaticSegment(segment::MEMBERS), OptionalParamSegment(segment::ID))
                        view=|| view! { <InChunk view=ChunkView::Members /> }
                    />
                    <Route path=StaticSegment(segment::NEWS) view=|| view! { <InChunk view=ChunkView::News /> } />
                    <Route
                        path=(StaticSegment(segment::NEWS), StaticSegment(segment::PAGE), ParamSegment(segment::PAGE_NUMBER))
                        view=|| view! { <InChunk view=ChunkView::News /> }
                    />
                    <Route
                        path=(StaticSegment(segment::NEWS), ParamSegment(segment::ID))
                        view=|| view! { <InChunk view=ChunkView::NewsItem /> }
                    />
                    <Route path=StaticSegment(segment::DOCUMENTS) view=|| view! { <InChunk view=ChunkView::Documents /> } />
                    <Route
                        path=(StaticSegment(segment::DOCUMENTS), StaticSegment(segment::PAGE), ParamSegment(segment::PAGE_NUMBER))
                        view=|| view! { <InChunk view=ChunkView::Documents /> }
                    />
                    <Route
                        path=(StaticSegment(segment::DOCUMENTS), ParamSegment(segment::ID))
                        view=|| view! { <InChunk view=ChunkView::Document /> }
                    />
                    <Route path=StaticSegment(segment::EVENTS) view=|| view! { <InChunk view=ChunkView::Events /> } />
                    <Route
                        path=(StaticSegment(segment::EVENTS), StaticSegment(segment::PAGE), ParamSegment(segment::PAGE_NUMBER))
                        view=|| view! { <InChunk view=ChunkView::Events /> }
                    />
                    <Route
                        path=(StaticSegment(segment::EVENTS), ParamSegment(segment::ID))
                        view=|| view! { <InChunk view=ChunkView::Event /> }
                    />
                    <Route path=StaticSegment(segment::CONTACT) view=|| view! { <InChunk view=ChunkView::Contact /> } />
                    <Route path=StaticSegment(segment::SEARCH) view=|| view! { <InChunk view=ChunkView::Search /> } />
                    <Route path=StaticSegment(segment::OFFLINE) view=pages::offline::Offline />
                    <Route
                        path=(StaticSegment(segment::EMBED), StaticSegment(paths::widget_segment::TIMELINE))
                        view=|| view! { <InChunk view=ChunkView::TimelineWidget /> }
                    />
                    <Route
                        path=(StaticSegment(segment::EMBED), StaticSegment(paths::widget_segment::MAP))
                        view=|| view! { <InChunk view=ChunkView::MapWidget /> }
                    />
                    <Route
                        path=(StaticSegment(segment::EMBED), StaticSegment(paths::widget_segment::KEY_DATA))
                        view=|| view! { <InChunk view=ChunkView::KeyDataWidget /> }
                    />
                    <Route
                        path=(StaticSegment(segment::EMBED), StaticSegment(paths::widget_segment::NEWS))
                        view=|| view! { <InChunk view=ChunkView::NewsWidget /> }
                    />
                </Routes>
            </MainRegion>
            </SiteChrome>
        </Router>
    }
}

/// Header, skip link and footer around the page, except on widget pages,
/// which partners frame inside their own sites.
#[component]
fn SiteChrome(children: Children) -> impl IntoView {
    let pathname = i18n::use_route_path();
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
/// The pre-rendered page cannot know: `data-page-landmark` lets boot.js
/// drop the role in a frame before the app runs.
#[component]
fn MainRegion(children: Children) -> impl IntoView {
    let pathname = i18n::use_route_path();
    let framed = components::frame::use_in_frame();
    let is_embed = move || paths::is_embed(&pathname.get());
    let role = move || (!(framed.get() && is_embed())).then_some("main");
    view! {
        <div id="main" tabindex="-1" role=role data-page-landmark="" class:main--embed=is_embed>
            {children()}
        </div>
    }
}
