//! `/embed/timeline`, `/embed/map`, `/embed/key-data`, `/embed/news`: the
//! widgets partner sites put in an iframe (see docs/embedding.md). They
//! render the site's own components inside [`EmbedFrame`].

use leptos::prelude::*;

use crate::components::filters::use_page_query;

use crate::components::item_summary::{ItemSummary, Level};
use crate::components::key_data::KeyData;
use crate::components::page_meta::PageMeta;
use crate::components::remote::{Empty, with_feed, with_site};
use crate::embed::EmbedFrame;
use crate::embed::options::{Common, NewsOptions, map_options, timeline_options};
use crate::map::state::{MapState, MapUrlStyle};
use crate::map::view::MemberMap;
use crate::model::query::news;
use crate::paths;
use crate::timeline::Timeline;
use crate::timeline::state::{LayoutChoice, TimelineState, UrlStyle};

fn common() -> Memo<Common> {
    let query = use_page_query();
    Memo::new(move |_| {
        let query = query.read();
        Common::from_query(&|key: &str| query.get(key))
    })
}

/// The widget's own URL for a state: its path, the options to keep, and
/// the state's parameters.
fn embed_style<S>(
    common: Memo<Common>,
    path: &'static str,
    style: fn(String, Vec<(String, String)>) -> S,
) -> Signal<S>
where
    S: Send + Sync + 'static,
{
    Signal::derive(move || style(path.to_owned(), common.with(Common::keep)))
}

#[component]
pub fn EmbedTimeline() -> impl IntoView {
    let query = use_page_query();
    let common = common();
    let style = embed_style(common, paths::EMBED_TIMELINE, |path, keep| UrlStyle::Embed { path, keep });
    view! {
        <PageMeta title="Milestones timeline (widget)" description="The Budapest Process milestones timeline, for embedding." />
        {with_site(move |site| {
            let state = {
                let site = site.clone();
                Memo::new(move |_| {
                    let query = query.read();
                    let lookup = |key: &str| query.get(key);
                    let (selected, filter) = timeline_options(&lookup, &site);
                    let layout = LayoutChoice::from_param(query.get("layout").as_deref());
                    TimelineState { selected, filter, layout }
                })
            };
            let full_site = Signal::derive(move || UrlStyle::Site.href(&state.get()));
            view! {
                <EmbedFrame common full_site>
                    <h1 class="embed__title">"Budapest Process milestones"</h1>
                    <Timeline site state url_style=style />
                </EmbedFrame>
            }
        })}
    }
}

#[component]
pub fn EmbedMap() -> impl IntoView {
    let query = use_page_query();
    let common = common();
    let style = embed_style(common, paths::EMBED_MAP, |path, keep| MapUrlStyle::Embed { path, keep });
    view! {
        <PageMeta title="Member map (widget)" description="The Budapest Process member map, for embedding." />
        {with_site(move |site| {
            let state = {
                let site = site.clone();
                Memo::new(move |_| {
                    let query = query.read();
                    let (selected, filter) = map_options(&|key: &str| query.get(key), &site);
                    MapState { selected, filter }
                })
            };
            let full_site = Signal::derive(move || MapUrlStyle::Site.href(&state.get()));
            view! {
                <EmbedFrame common full_site>
                    <h1 class="embed__title">"Budapest Process member states"</h1>
                    <MemberMap site state url_style=style />
                </EmbedFrame>
            }
        })}
    }
}

#[component]
pub fn EmbedKeyData() -> impl IntoView {
    let common = common();
    view! {
        <PageMeta title="Key data (widget)" description="Key data of the Budapest Process, for embedding." />
        <EmbedFrame common full_site=paths::HOME.to_owned()>
            <h1 class="embed__title">"Budapest Process: key data"</h1>
            {with_site(|site| view! { <KeyData site=Some(site) /> })}
        </EmbedFrame>
    }
}

#[component]
pub fn EmbedNews() -> impl IntoView {
    let query = use_page_query();
    let common = common();
    let options = Memo::new(move |_| {
        let query = query.read();
        NewsOptions::from_query(&|key: &str| query.get(key))
    });
    let full_site = Signal::derive(move || format!("{}{}", paths::NEWS, options.get().filter.to_query()));
    view! {
        <PageMeta title="Latest news (widget)" description="The latest news of the Budapest Process, for embedding." />
        <EmbedFrame common full_site>
            <h1 class="embed__title">"Budapest Process: latest news"</h1>
            {with_feed(move |feed| {
                let NewsOptions { count, filter } = options.get();
                let items: Vec<_> = news(&feed).into_iter().filter(|i| filter.matches(i)).take(count).cloned().collect();
                if items.is_empty() {
                    return view! { <Empty>"There is no news to show."</Empty> }.into_any();
                }
                view! {
                    <ul class="item-list">
                        {items.into_iter().map(|item| view! { <li><ItemSummary item level=Level::H2 /></li> }).collect_view()}
                    </ul>
                }
                .into_any()
            })}
        </EmbedFrame>
    }
}
