//! What surrounds the map: the organisations beside it, the legend and
//! notes below it, and the details of a selected state.

use std::sync::Arc;

use leptos::prelude::*;

use crate::components::share::ShareButton;
use web_sys::KeyboardEvent;

use super::tooltip::groups_text;
use super::view::MapCtx;
use crate::components::frame::{in_embed, use_in_frame};
use crate::components::related::{RelatedLink, related_links};
use crate::i18n::{fill, format, use_content_lang, use_locale};
use crate::model::map::join;
use crate::model::query::mentioning;
use crate::model::site::{Member, SiteData};
use crate::pages::members::{organisation_name, role_view};
use crate::paths;

/// The organisations: a complementary landmark, except inside a partner's
/// frame, whose page owns the landmarks.
#[component]
pub fn OrganisationsAside(site: Arc<SiteData>) -> impl IntoView {
    let embedded = in_embed();
    let framed = use_in_frame();
    let role = move || (!(embedded && framed.get())).then_some("complementary");
    let locale = use_locale();
    let t = &locale.messages().map;
    let count = format::number(locale, site.key_counts().organisations as u64);
    view! {
        <div class="map-aside" role=role data-page-landmark="" aria-labelledby="map-orgs-heading">
            <h2 id="map-orgs-heading" class="map-aside__heading">{fill(t.organisations, &[("count", &count)])}</h2>
            <p class="note">{t.organisations_note}</p>
            <ul class="map-orgs">
                {site.organisations.iter().map(|o| {
                    let (name, acronym, lang) = organisation_name(o, locale);
                    let short = acronym.unwrap_or_else(|| name.clone());
                    view! { <li><abbr title=name lang=lang>{short}</abbr></li> }
                }).collect_view()}
            </ul>
            {(!embedded).then(|| view! { <p><a href="#organisations">{t.full_names}</a></p> })}
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
    let locale = use_locale();
    let t = &locale.messages().map;
    let labels = &locale.messages().labels;
    let number = |n: usize| format::number(locale, n as u64);
    view! {
        <figcaption class="map-caption">
            <ul class="map-legend" aria-label=t.legend>
                <li><span class="swatch swatch--participating" aria-hidden="true"></span>{fill(t.legend_participating, &[("count", &number(counts.participating_states))])}</li>
                <li><span class="swatch swatch--observer" aria-hidden="true"></span>{fill(t.legend_observer, &[("count", &number(counts.observer_states))])}</li>
                <li><span class="swatch swatch--other" aria-hidden="true"></span>{t.legend_other}</li>
                <li><span class="legend-glyph" aria-hidden="true">"★"</span>{labels.chair}" "<span class="legend-glyph" aria-hidden="true">"☆"</span>{labels.co_chair}</li>
                <li><span class="swatch swatch--marker" aria-hidden="true"></span>{t.legend_markers}</li>
            </ul>
            {(!off_map.is_empty()).then(|| view! {
                <p class="map-offmap">
                    {t.outside}" "
                    {off_map.iter().map(|m| {
                        let iso = m.iso2.clone();
                        let (name, lang, status) = (m.name_in(locale).to_owned(), m.name_lang(locale), m.status.label(locale));
                        let ctx = ctx.clone();
                        view! {
                            <button type="button" class="tl-link-button" on:click=move |_| ctx.select_iso(iso.clone())>
                                <span lang=lang>{name}</span>", "{status}
                            </button>" "
                        }
                    }).collect_view()}
                </p>
            })}
            {(unnamed > 0).then(|| view! {
                <p class="note">{t.unnamed.format(locale, unnamed as u64)}</p>
            })}
            <p class="map-attribution">
                <span lang=use_content_lang()>{ctx.map.attribution.clone()}</span>". "{t.projection_note}
            </p>
        </figcaption>
    }
}

/// The details of one state, with the news that mentions it. Escape, or
/// the close button, closes them.
#[component]
pub fn StateDetail(site: Arc<SiteData>, member: Member, on_close: Callback<()>) -> impl IntoView {
    let name = member.name.clone();
    let related = related_links(".map-detail .tl-related", move |feed| {
        mentioning(feed, &name, 5)
            .into_iter()
            .map(|i| RelatedLink {
                href: crate::i18n::link(paths::item(i)),
                title: i.display_title(),
                kind: None,
            })
            .collect()
    });
    let locale = use_locale();
    let t = &locale.messages().map;
    let lang = use_content_lang();
    let roles: Vec<Vec<AnyView>> = member.roles.iter().map(|r| role_view(&site, r)).collect();
    let (region, region_lang) = match member.region.as_deref().and_then(|r| site.region_name(r)) {
        Some(region) => (region.to_owned(), lang),
        None => (t.region_not_stated.to_owned(), None),
    };
    let groups = site.group_labels(&member, locale);
    let groups_lang = (!groups.is_empty()).then_some(lang).flatten();
    let name = member.name_in(locale).to_owned();
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
            <h2 id="map-detail-heading" lang=member.name_lang(locale)>{name.clone()}</h2>
            <dl class="facts">
                <dt>{t.status}</dt><dd>{member.status_text(locale)}</dd>
                <dt>{t.region}</dt><dd lang=region_lang>{region}</dd>
                <dt>{t.working_group}</dt><dd lang=groups_lang>{groups_text(&groups, locale)}</dd>
                {(!roles.is_empty()).then(|| {
                    let roles = roles
                        .into_iter()
                        .enumerate()
                        .map(|(i, role)| view! { {(i > 0).then_some("; ")}{role} })
                        .collect_view();
                    view! { <dt>{t.roles}</dt><dd>{roles}</dd> }
                })}
            </dl>
            {member.note.clone().map(|n| view! { <p class="note" lang=lang>{n}</p> })}
            {move || {
                let links = related();
                (!links.is_empty()).then(|| view! {
                    <h3 class="tl-detail__related">{t.related}</h3>
                    <ul class="tl-related" lang=lang>{links.into_iter().map(|l| view! { <li><a href=l.href>{l.title}</a></li> }).collect_view()}</ul>
                })
            }}
            {member.iso2.as_deref().map(|iso2| view! { <ShareButton path=paths::member(iso2) title=name.clone() /> })}
            <button type="button" class="tl-close" on:click=move |_| on_close.run(())>{t.close}</button>
        </section>
    }
}
