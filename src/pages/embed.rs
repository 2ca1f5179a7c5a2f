//! `/embed/timeline`, `/embed/map`, `/embed/key-data`, `/embed/news`: the
//! widgets partner sites put in an iframe (see docs/embedding.md). They
//! render the site's own components inside [`EmbedFrame`].

use crate::i18n::use_messages;
use std::collections::HashMap;
use std::sync::Arc;

use leptos::prelude::*;
use leptos_router::params::ParamsMap;

use crate::components::filters::use_page_query;
use crate::components::item_summary::{ItemList, Level};
use crate::components::key_data::KeyData;
use crate::components::page_meta::PageMeta;
use crate::components::remote::{LoadError, Loading, with_feed, with_site_part};
use crate::components::search::{SearchIndex, use_search};
use crate::embed::EmbedFrame;
use crate::embed::options::{Common, NewsOptions, map_options, timeline_options};
use crate::i18n::fill;
use crate::i18n::messages::Loadable;
use crate::interaction::url_state::{Linkable, UrlStyle};
use crate::map::MemberMap;
use crate::map::state::MapState;
use crate::model::feed::{Feed, FeedItem};
use crate::model::query::{NewsFilter, QueryLookup, news};
use crate::model::site::{SiteData, SitePart};
use crate::paths;
use crate::search::protocol::{Asker, FullText};
use crate::timeline::Timeline;
use crate::timeline::state::{LayoutChoice, TimelineState};

fn common() -> Memo<Common> {
    let query = use_page_query();
    Memo::new(move |_| {
        let query = query.read();
        Common::from_query(&|key: &str| query.get(key))
    })
}

/// How the widget at `path` writes its state into its own URL, keeping its
/// options.
fn embed_style(common: Memo<Common>, path: &'static str) -> Signal<UrlStyle> {
    Signal::derive(move || UrlStyle::Embed { path: path.to_owned(), keep: common.with(Common::keep) })
}

/// A widget showing one of the interactive views: its state read from the
/// widget's own URL (`read`), the view drawn by `show` from its `part` of
/// the site data, and the frame with a link to the same view on the full
/// site.
fn interactive_widget<S, V>(
    path: &'static str,
    part: SitePart,
    heading: &'static str,
    read: fn(&ParamsMap, &SiteData) -> S,
    show: fn(Arc<SiteData>, Memo<S>, Signal<UrlStyle>) -> V,
) -> impl IntoView
where
    S: Linkable + Clone + PartialEq + Send + Sync + 'static,
    V: IntoView + 'static,
{
    let query = use_page_query();
    let common = common();
    let url_style = embed_style(common, path);
    with_site_part(part, move |site| {
        let state = {
            let site = site.clone();
            Memo::new(move |_| query.with(|query| read(query, &site)))
        };
        let full_site = Signal::derive(move || state.with(|state| UrlStyle::Site.href(state)));
        view! {
            <EmbedFrame common full_site>
                <h1 class="embed__title">{heading}</h1>
                {show(site, state, url_style)}
            </EmbedFrame>
        }
    })
}

fn read_timeline(query: &ParamsMap, site: &SiteData) -> TimelineState {
    let lookup = |key: &str| query.get(key);
    let (selected, filter) = timeline_options(&lookup, site);
    TimelineState { selected, filter, layout: LayoutChoice::from_param(lookup.param("layout").as_deref()) }
}

fn read_map(query: &ParamsMap, site: &SiteData) -> MapState {
    let (selected, filter) = map_options(&|key: &str| query.get(key), site);
    MapState { selected, filter }
}

#[component]
pub fn EmbedTimeline() -> impl IntoView {
    let t = &use_messages().widgets;
    view! {
        <PageMeta title=t.timeline_title description=t.timeline_description />
        {interactive_widget(paths::EMBED_TIMELINE, SitePart::Timeline, t.timeline_heading, read_timeline, |site, state, url_style| {
            view! { <Timeline site state url_style /> }
        })}
    }
}

#[component]
pub fn EmbedMap() -> impl IntoView {
    let t = &use_messages().widgets;
    view! {
        <PageMeta title=t.map_title description=t.map_description />
        {interactive_widget(paths::EMBED_MAP, SitePart::Members, t.map_heading, read_map, |site, state, url_style| {
            view! { <MemberMap site state url_style /> }
        })}
    }
}

#[component]
pub fn EmbedKeyData() -> impl IntoView {
    let common = common();
    let t = &use_messages().widgets;
    view! {
        <PageMeta title=t.key_data_title description=t.key_data_description />
        <EmbedFrame common full_site=paths::HOME.to_owned()>
            <h1 class="embed__title">{t.key_data_heading}</h1>
            {with_site_part(SitePart::Members, |site| view! { <KeyData site=Some(site) /> })}
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
    let full_site = Signal::derive(move || options.with(NewsOptions::full_site));
    let search = use_search();
    Effect::new(move |_| {
        let Some((text, ask_for)) = options.with(|o| o.query.clone().map(|q| (q, o.ask_for()))) else {
            return;
        };
        search.want();
        // Not from the titles alone, which could miss a match in the texts:
        // once the whole feed is in (or failed, leaving the titles).
        if search.full_text().is_some_and(|full| full != FullText::Loading) {
            search.ask_latest_news(text, ask_for);
        }
    });
    let t = &use_messages().widgets;
    view! {
        <PageMeta title=t.news_title description=t.news_description />
        <EmbedFrame common full_site>
            <h1 class="embed__title">{t.news_heading}</h1>
            {with_feed(move |feed| {
                let NewsOptions { count, filter, query } = options.get();
                let Some(text) = query else {
                    let items: Vec<_> =
                        news(&feed).into_iter().filter(|i| filter.matches(i)).take(count).cloned().collect();
                    return view! { <ItemList items level=Level::H2 empty=|| use_messages().widgets.no_news /> }
                        .into_any();
                };
                view! { <NewsFound feed text filter count /> }.into_any()
            })}
        </EmbedFrame>
    }
}

/// The news widget's `?q=`: the news items the site's search finds, newest
/// first, in the widget's usual list; the loading state while the search
/// works, a sentence when it finds nothing, an alert with a retry when it
/// cannot load.
#[component]
fn NewsFound(feed: Arc<Feed>, text: String, filter: NewsFilter, count: usize) -> impl IntoView {
    let search = use_search();
    let t = &use_messages().widgets;
    // Results name their pages: each news item's place in the feed by its
    // page, worked out once.
    let by_path: HashMap<String, usize> = feed
        .items
        .iter()
        .enumerate()
        .filter(|(_, item)| item.is_news())
        .map(|(at, item)| (paths::item(item), at))
        .collect();
    move || {
        let said = |template: &str| fill(template, &[("query", &text)]);
        let answer = match search.index() {
            SearchIndex::Failed(error) => {
                let title = said(t.news_search_failed);
                return view! { <LoadError error what=Loadable::SearchIndex retry=move |()| search.retry() title /> }
                    .into_any();
            }
            // Asking clears the last answer, so one that is here answers
            // this question (the text is checked in case another was asked).
            SearchIndex::Ready(_) => search.answer(Asker::Widget).filter(|a| a.params.text == text),
            SearchIndex::Idle | SearchIndex::Loading => None,
        };
        let Some(answer) = answer else {
            return view! { <Loading what=Loadable::SearchIndex text=said(t.news_searching) /> }.into_any();
        };
        let items: Vec<FeedItem> = answer
            .groups
            .iter()
            .flat_map(|group| &group.found)
            .filter_map(|found| feed.items.get(*by_path.get(&found.path)?))
            .filter(|item| filter.matches(item))
            .take(count)
            .cloned()
            .collect();
        let none = said(t.news_no_match);
        view! { <ItemList items level=Level::H2 empty=move || none.clone() /> }.into_any()
    }
}
