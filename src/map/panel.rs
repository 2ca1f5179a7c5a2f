//! What surrounds the map: the organisations beside it, the legend and
//! notes below it, and the details of a selected state.

use std::sync::Arc;

use leptos::prelude::*;

use crate::components::share::ShareButton;
use web_sys::KeyboardEvent;

use super::tooltip::groups_text;
use super::view::MapCtx;
use crate::components::frame::{in_embed, use_in_frame};
use crate::data::{Remote, use_app_data};
use crate::model::map::join;
use crate::model::query::mentioning;
use crate::model::site::{Member, SiteData};
use crate::paths;

/// The organisations: a complementary landmark, except inside a partner's
/// frame, whose page owns the landmarks.
#[component]
pub fn OrganisationsAside(site: Arc<SiteData>) -> impl IntoView {
    let embedded = in_embed();
    let framed = use_in_frame();
    let role = move || (!(embedded && framed.get())).then_some("complementary");
    let count = site.key_counts().organisations;
    view! {
        <div class="map-aside" role=role data-page-landmark="" aria-labelledby="map-orgs-heading">
            <h2 id="map-orgs-heading" class="map-aside__heading">{format!("Participating organisations ({count})")}</h2>
            <p class="note">"Organisations take part in the dialogue but have no place on a map."</p>
            <ul class="map-orgs">
                {site.organisations.iter().map(|o| {
                    let short = o.acronym.clone().unwrap_or_else(|| o.name.clone());
                    view! { <li><abbr title=o.name.clone()>{short}</abbr></li> }
                }).collect_view()}
            </ul>
            {(!embedded).then(|| view! { <p><a href="#organisations">"Full names and notes"</a></p> })}
        </div>
    }
}

/// The legend, the members outside the map (selectable from here), the
/// unnamed observer, and the map's sources and disclaimer.
#[component]
pub fn Caption(ctx: MapCtx) -> impl IntoView {
    let counts = ctx.site.key_counts();
    let joined = join(&ctx.site, &ctx.map);
    let off_map: Vec<Member> =
        joined.off_map.iter().filter_map(|iso| ctx.site.member(iso).cloned()).collect();
    let unnamed = joined.unnamed;
    view! {
        <figcaption class="map-caption">
            <ul class="map-legend" aria-label="Legend">
                <li><span class="swatch swatch--participating" aria-hidden="true"></span>{format!("Participating states ({})", counts.participating_states)}</li>
                <li><span class="swatch swatch--observer" aria-hidden="true"></span>{format!("Observer states ({}, hatched)", counts.observer_states)}</li>
                <li><span class="swatch swatch--other" aria-hidden="true"></span>"Not members"</li>
                <li><span class="legend-glyph" aria-hidden="true">"★"</span>"Chair "<span class="legend-glyph" aria-hidden="true">"☆"</span>"Co-Chair"</li>
                <li><span class="swatch swatch--marker" aria-hidden="true"></span>"Small states also have a round marker"</li>
            </ul>
            {(!off_map.is_empty()).then(|| view! {
                <p class="map-offmap">
                    "Outside this map: "
                    {off_map.iter().map(|m| {
                        let iso = m.iso2.clone();
                        let label = m.accessible_name();
                        let ctx = ctx.clone();
                        view! { <button type="button" class="tl-link-button" on:click=move |_| ctx.select_iso(iso.clone())>{label}</button>" " }
                    }).collect_view()}
                </p>
            })}
            {(unnamed > 0).then(|| view! {
                <p class="note">{format!("{unnamed} observer state counted by the sources is not yet named, so it is not drawn.")}</p>
            })}
            <p class="map-attribution">
                {ctx.map.attribution.clone()}". Equal Earth projection. Boundaries shown are de facto and do not imply endorsement or acceptance by the Budapest Process or its members."
            </p>
        </figcaption>
    }
}

/// The details of one state, with the news that mentions it. Escape, or
/// the close button, closes them.
#[component]
pub fn StateDetail(site: Arc<SiteData>, member: Member, on_close: Callback<()>) -> impl IntoView {
    let data = use_app_data();
    data.ensure_feed();
    let feed = data.feed;
    let name = member.name.clone();
    let related = move || {
        let Remote::Ready(feed) = feed.get() else { return Vec::new() };
        mentioning(&feed, &name, 5)
            .into_iter()
            .map(|i| (crate::i18n::link(paths::item(i)), i.display_title()))
            .collect::<Vec<_>>()
    };
    let roles: Vec<String> = member.roles.iter().map(|r| site.role_label(r)).collect();
    let region =
        member.region.as_deref().and_then(|r| site.region_name(r)).unwrap_or("Not stated").to_owned();
    view! {
        <section
            class="map-detail"
            aria-labelledby="map-detail-heading"
            on:keydown=move |ev: KeyboardEvent| {
                if ev.key() == "Escape" {
                    ev.prevent_default();
                    on_close.run(());
                }
            }
        >
            <h2 id="map-detail-heading">{member.name.clone()}</h2>
            <dl class="facts">
                <dt>"Status"</dt><dd>{member.status_text()}</dd>
                <dt>"Region"</dt><dd>{region}</dd>
                <dt>"Working group"</dt><dd>{groups_text(&site.group_labels(&member))}</dd>
                {(!roles.is_empty()).then(|| view! { <dt>"Roles"</dt><dd>{roles.join("; ")}</dd> })}
            </dl>
            {member.note.clone().map(|n| view! { <p class="note">{n}</p> })}
            {move || {
                let links = related();
                (!links.is_empty()).then(|| view! {
                    <h3 class="tl-detail__related">"Related news and meetings"</h3>
                    <ul class="tl-related">{links.into_iter().map(|(href, title)| view! { <li><a href=href>{title}</a></li> }).collect_view()}</ul>
                })
            }}
            {member.iso2.as_deref().map(|iso2| view! { <ShareButton path=paths::member(iso2) title=member.name.clone() /> })}
            <button type="button" class="tl-close" on:click=move |_| on_close.run(())>"Close details"</button>
        </section>
    }
}
