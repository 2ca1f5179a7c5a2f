//! `/timeline` and `/timeline/:id`: the interactive milestones timeline.

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::components::filters::use_page_query;
use crate::components::page_meta::PageMeta;
use crate::components::remote::with_site_part;
use crate::data::use_app_data;
use crate::embed::dialog::EmbedButton;
use crate::embed::snippets::WidgetKind;
use crate::interaction::url_state::UrlStyle;
use crate::model::site::SitePart;
use crate::paths;
use crate::timeline::Timeline as TimelineView;
use crate::timeline::state::TimelineState;

#[component]
pub fn Timeline() -> impl IntoView {
    let params = use_params_map();
    let query = use_page_query();
    // A selected milestone names the page (`/timeline/<id>` is its page).
    let data = use_app_data();
    data.ensure_site(Some(SitePart::Timeline));
    let locale = crate::i18n::use_locale();
    let t = &locale.messages().timeline;
    let selected = Memo::new(move |_| {
        let id = params.read().get(paths::segment::ID)?;
        let site = data.site_holding(Some(SitePart::Timeline))?;
        let milestone = site.milestones.iter().find(|m| m.id == id)?;
        Some((format!("{}, {}", milestone.headline, milestone.date_label(locale)), milestone.text.clone()))
    });
    let title = Signal::derive(move || selected.get().map_or_else(|| t.title.to_owned(), |(t, _)| t));
    let description = Signal::derive(move || {
        selected
            .get()
            .map(|(_, text)| text)
            .filter(|t| !t.is_empty())
            .unwrap_or_else(|| t.description.to_owned())
    });
    view! {
        <PageMeta title description />
        <h1>{t.heading}</h1>
        {with_site_part(SitePart::Timeline, move |site| {
            let state = {
                let site = site.clone();
                Memo::new(move |_| {
                    let selected = params.read().get(paths::segment::ID);
                    let query = query.read();
                    TimelineState::read(selected, &|key: &str| query.get(key), &site)
                })
            };
            view! {
                <div class="section-head">
                    <p class="lead">
                        {t.lead.format(locale, site.milestones.len() as u64)}" "{t.lead_more}
                    </p>
                    <EmbedButton kind=WidgetKind::Timeline site=site.clone() />
                </div>
                <TimelineView site state url_style=UrlStyle::Site />
            }
        })}
    }
}
