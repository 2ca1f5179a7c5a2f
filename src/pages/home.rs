//! `/`: key data, latest news, upcoming events and the ways in.

use leptos::prelude::*;

use crate::clock::use_today;
use crate::components::item_summary::{ItemList, Level};
use crate::components::key_data::KeyData;
use crate::components::page_meta::PageMeta;
use crate::components::remote::{LoadError, with_feed, with_site};
use crate::data::{Remote, use_app_data};
use crate::embed::dialog::EmbedButton;
use crate::embed::snippets::WidgetKind;
use crate::i18n::messages::Loadable;
use crate::i18n::{Messages, use_content_lang, use_messages};
use crate::model::query::{news, upcoming_events};
use crate::model::site::SitePart;
use crate::paths;

/// How many stories the home page shows.
const LATEST_NEWS: usize = 3;

#[component]
pub fn Home() -> impl IntoView {
    let data = use_app_data();
    data.ensure_site(None);
    let today = use_today();
    let t = &use_messages().home;
    view! {
        <PageMeta title="" description=t.description />
        <section class="hero">
            <h1>{t.heading}</h1>
            <div class="hero__lead">
                {with_site(|site| view! { <p class="lead" lang=use_content_lang()>{site.about.summary.clone()}</p> })}
            </div>
        </section>

        <section aria-labelledby="key-data-heading">
            <div class="section-head">
                <h2 id="key-data-heading">{t.key_data}</h2>
                <EmbedButton kind=WidgetKind::KeyData />
            </div>
            {move || match data.site.get() {
                Remote::Ready(site) if site.holds(Some(SitePart::Members)) => {
                    view! { <KeyData site=Some(site) /> }.into_any()
                }
                Remote::Loading | Remote::Ready(_) => view! { <KeyData site=None /> }.into_any(),
                Remote::Failed(error) => {
                    view! { <LoadError error what=Loadable::SiteData retry=move |()| data.reload_site() /> }.into_any()
                }
            }}
        </section>

        <div class="columns home-columns">
            <section aria-labelledby="latest-news-heading">
                <div class="section-head">
                    <h2 id="latest-news-heading">{t.latest_news}</h2>
                    <EmbedButton kind=WidgetKind::News />
                </div>
                {with_feed(|feed| {
                    let latest: Vec<_> = news(&feed).into_iter().take(LATEST_NEWS).cloned().collect();
                    view! { <ItemList items=latest level=Level::H3 empty=|| t.no_news /> }
                })}
                <p><a class="more" href=crate::i18n::link(paths::NEWS)>{t.all_news}</a></p>
            </section>

            <section aria-labelledby="upcoming-heading">
                <h2 id="upcoming-heading">{t.upcoming_events}</h2>
                {with_feed(move |feed| {
                    let upcoming: Vec<_> =
                        upcoming_events(&feed, today.get()).into_iter().take(3).cloned().collect();
                    view! {
                        <ItemList items=upcoming level=Level::H3 empty=|| t.no_upcoming_events />
                    }
                })}
                <p><a class="more" href=crate::i18n::link(paths::EVENTS)>{t.all_events}</a></p>
            </section>
        </div>

        <section aria-labelledby="explore-heading">
            <h2 id="explore-heading">{t.explore}</h2>
            <ul class="explore">
                {explore(use_messages())
                    .into_iter()
                    .map(|(href, title, text)| {
                        view! {
                            <li>
                                <a href=crate::i18n::link(href)>
                                    <span class="explore__title">{title}</span>
                                    <span class="explore__text">{text}</span>
                                </a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </section>
    }
}

/// The ways into the site below the news: where, what, and why go there.
fn explore(t: &'static Messages) -> [(&'static str, &'static str, &'static str); 3] {
    [
        (paths::TIMELINE, t.home.milestones, t.home.milestones_text),
        (paths::MEMBERS, t.chrome.members, t.home.members_text),
        (paths::DOCUMENTS, t.chrome.documents, t.home.documents_text),
    ]
}
