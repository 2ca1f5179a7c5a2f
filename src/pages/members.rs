//! `/members`: every participating and observer state and organisation,
//! filterable by status, region and working group (filters in the URL).

use std::sync::Arc;

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::components::deferred::after_first_paint;
use crate::components::filters::{FilterSelect, ResultCount, use_filter_navigate, use_page_query};
use crate::components::page_meta::PageMeta;
use crate::components::remote::{Empty, with_site_part};
use crate::components::sources::Sources;
use crate::data::use_app_data;
use crate::embed::dialog::EmbedButton;
use crate::embed::snippets::WidgetKind;
use crate::i18n::{Locale, fill, fill_marked, format, link, use_content_lang, use_locale, use_messages};
use crate::interaction::url_state::UrlStyle;
use crate::map::MemberMap;
use crate::map::state::MapState;
use crate::model::query::{MemberFilter, filter_members};
use crate::model::site::{Member, Organisation, Role, SiteData, SitePart, Status};
use crate::paths;

#[component]
pub fn Members() -> impl IntoView {
    // A selected state names the page (`/members/<iso2>` is its page).
    let params = use_params_map();
    let data = use_app_data();
    data.ensure_site(Some(SitePart::Members));
    let locale = use_locale();
    let t = &locale.messages().members;
    let selected = Memo::new(move |_| {
        let iso = params.read().get(paths::segment::ID)?;
        let site = data.site_holding(Some(SitePart::Members))?;
        let member = site.member(&iso)?;
        let name = member.name_in(locale).to_owned();
        let status = member.status.label(locale);
        // The region's name is the site data's (English).
        let description = match member.region.as_deref().and_then(|r| site.region_name(r)) {
            Some(region) => {
                fill(t.state_description, &[("name", &name), ("status", status), ("region", region)])
            }
            None => fill(t.state_description_no_region, &[("name", &name), ("status", status)]),
        };
        Some((name, description))
    });
    let title = Signal::derive(move || {
        selected.get().map_or_else(|| t.title.to_owned(), |(name, _)| fill(t.state_title, &[("name", &name)]))
    });
    let description =
        Signal::derive(move || selected.get().map(|(_, d)| d).unwrap_or_else(|| t.description.to_owned()));
    view! {
        <PageMeta title description />
        <h1>{t.heading}</h1>
        {with_site_part(SitePart::Members, |site| view! { <MemberDirectory site /> })}
    }
}

#[component]
fn MemberDirectory(site: Arc<SiteData>) -> impl IntoView {
    let query = use_page_query();
    let params = use_params_map();
    let navigate = use_filter_navigate();
    let filter = {
        let site = site.clone();
        Memo::new(move |_| {
            let query = query.read();
            MemberFilter::from_query(&|key: &str| query.get(key), &site)
        })
    };
    let map_state = {
        let site = site.clone();
        Memo::new(move |_| MapState {
            selected: params.read().get(paths::segment::ID).filter(|iso| site.member(iso).is_some()),
            filter: filter.get(),
        })
    };
    // Filter changes keep the selected state.
    let set = move |change: fn(&mut MemberFilter, Option<String>)| {
        Callback::new(move |value: Option<String>| {
            let mut next = map_state.get_untracked();
            change(&mut next.filter, value);
            navigate.run(UrlStyle::Site.href(&next));
        })
    };

    let locale = use_locale();
    let t = &locale.messages().members;
    let counts = site.key_counts();
    let status_options: Vec<(String, String)> =
        Status::ALL.iter().map(|s| (s.slug().to_owned(), s.plural_heading(locale).to_owned())).collect();
    let region_options: Vec<(String, String)> =
        site.regions.iter().map(|r| (r.id.clone(), r.name.clone())).collect();
    let group_options: Vec<(String, String)> = site
        .working_groups
        .iter()
        .filter(|g| site.members.iter().any(|m| m.in_group(&g.id)))
        .map(|g| (g.id.clone(), g.name.clone()))
        .collect();

    // Sixty table rows: rendered after the lead and the filters have painted.
    let painted = after_first_paint();
    let listing = {
        let site = site.clone();
        move || {
            let filter = filter.get();
            let shown = filter_members(&site, &filter);
            let total = site.members.len();
            let number = |n: usize| format::number(locale, n as u64);
            let summary = if filter.is_empty() {
                fill(t.showing_all, &[("total", &number(total))])
            } else {
                fill(t.showing_some, &[("shown", &number(shown.len())), ("total", &number(total))])
            };
            let tables = Status::ALL
                .into_iter()
                .filter(|status| filter.status.is_none_or(|s| s == *status))
                .map(|status| {
                    let rows: Vec<Member> =
                        shown.iter().filter(|m| m.status == status).map(|m| (*m).clone()).collect();
                    view! { <MemberTable status rows site=site.clone() /> }
                })
                .collect_view();
            view! {
                <ResultCount text=summary />
                {shown.is_empty().then(|| view! {
                    <Empty>
                        {t.no_match}" "
                        <a href=link(paths::MEMBERS)>{t.show_all}</a>
                    </Empty>
                })}
                {tables}
            }
        }
    };

    view! {
        <p class="lead">
            {fill(t.lead, &[
                ("participating", &format::number(locale, counts.participating_states as u64)),
                ("observer", &format::number(locale, counts.observer_states as u64)),
                ("organisations", &format::number(locale, counts.organisations as u64)),
            ])}
        </p>
        <p class="app-note">{t.filtering_needs_app}</p>
        <form class="filters app-only" role="search" aria-label=t.filter_states on:submit=|ev| ev.prevent_default()>
            <FilterSelect
                label=t.status
                name="status"
                all_label=t.all_statuses
                options=status_options
                selected=Signal::derive(move || filter.get().status.map(|s| s.slug().to_owned()))
                on_select=set(|f, v| f.status = v.and_then(|v| Status::from_slug(&v)))
            />
            <FilterSelect
                label=t.region
                name="region"
                all_label=t.all_regions
                options=region_options
                options_lang=use_content_lang()
                selected=Signal::derive(move || filter.get().region)
                on_select=set(|f, v| f.region = v)
            />
            <FilterSelect
                label=t.working_group
                name="group"
                all_label=t.all_working_groups
                options=group_options
                options_lang=use_content_lang()
                selected=Signal::derive(move || filter.get().group)
                on_select=set(|f, v| f.group = v)
            />
        </form>
        <div class="section-head">
            <h2 class="visually-hidden">{t.map_heading}</h2>
            <EmbedButton kind=WidgetKind::Map site=site.clone() />
        </div>
        <MemberMap site=site.clone() state=map_state url_style=UrlStyle::Site />
        {move || painted.get().then(&listing)}
        <p class="notice">{t.inferred_note}" "{t.lists_note}</p>
        <Organisations title=t.organisations id="organisations" list=site.organisations.clone() />
        {(!site.other_partners.is_empty()).then(|| view! {
            <Organisations
                title=t.other_partners
                id="other-partners"
                list=site.other_partners.clone()
            />
        })}
    }
}

#[component]
fn MemberTable(status: Status, rows: Vec<Member>, site: Arc<SiteData>) -> impl IntoView {
    let heading_id = format!("{}-heading", status.slug());
    let labelled_by = heading_id.clone();
    let count = rows.len();
    let locale = use_locale();
    let t = &locale.messages().members;
    view! {
        <section aria-labelledby=labelled_by>
            <h2 id=heading_id>{format!("{} ({})", status.plural_heading(locale), format::number(locale, count as u64))}</h2>
            {(count > 0).then(|| view! {
                <div class="table-scroll">
                    <table class="members-table">
                        <thead>
                            <tr>
                                <th scope="col">{t.state}</th>
                                <th scope="col">{t.region}</th>
                                <th scope="col">{t.working_group}</th>
                                <th scope="col">{t.roles_and_notes}</th>
                            </tr>
                        </thead>
                        <tbody>
                            {rows.into_iter().map(|m| view! { <MemberRow member=m site=site.clone() /> }).collect_view()}
                        </tbody>
                    </table>
                </div>
            })}
        </section>
    }
}

#[component]
fn MemberRow(member: Member, site: Arc<SiteData>) -> impl IntoView {
    let locale = use_locale();
    let t = &locale.messages().members;
    // Region, group names, role periods and notes are the site data's
    // (English) words.
    let lang = use_content_lang();
    let region = member.region.as_deref().and_then(|r| site.region_name(r)).map(str::to_owned);
    let region_lang = region.is_some().then_some(lang).flatten();
    let groups = group_list(&site, &member);
    let roles: Vec<_> = member.roles.iter().map(|r| role_view(&site, r)).collect();
    let row_id = member.iso2.clone().map(|iso| format!("state-{iso}"));
    let name_lang = member.name_lang(locale);
    view! {
        <tr id=row_id class:placeholder=member.placeholder>
            <th scope="row">
                <span class="state-name" lang=name_lang>{member.name_in(locale).to_owned()}</span>
                {member.iso2.clone().map(|iso| view! { <span class="iso"><abbr title=t.iso_code>{iso}</abbr></span> })}
                {member.placeholder.then(|| view! { <span class="badge badge--warning">{t.name_unconfirmed}</span> })}
            </th>
            <td lang=region_lang>{region.unwrap_or_else(|| "—".to_owned())}</td>
            <td>
                {groups}
            </td>
            <td>
                {(!roles.is_empty()).then(|| view! {
                    <ul class="plain roles">{roles.into_iter().map(|r| view! { <li class="role">{r}</li> }).collect_view()}</ul>
                })}
                {member.note.clone().map(|n| view! { <p class="note" lang=lang>{n}</p> })}
                <Sources urls=member.sources.clone() />
            </td>
        </tr>
    }
}

/// An organisation's name and acronym in `locale`: its official name there
/// if the site data gives one, else the English one (marked as English).
pub fn organisation_name(
    org: &Organisation,
    locale: Locale,
) -> (String, Option<String>, Option<&'static str>) {
    match org.official(locale) {
        Some(official) => (official.name.clone(), official.acronym.clone(), None),
        None => (org.name.clone(), org.acronym.clone(), (locale != Locale::En).then_some("en")),
    }
}

/// The organisation's level in `locale`; a word the catalogue does not
/// know stays as the data writes it (in English).
fn level_text(org: &Organisation, locale: Locale) -> Option<(String, Option<&'static str>)> {
    let level = org.level.as_deref()?;
    Some(match org.level_label(locale) {
        Some(word) => (word.to_owned(), None),
        None => (level.to_owned(), (locale != Locale::En).then_some("en")),
    })
}

/// A role in the page's language, the site data's words in it marked.
pub fn role_view(site: &SiteData, role: &Role) -> Vec<AnyView> {
    let (template, values) = site.role_parts(role, use_locale());
    fill_marked(&template, &values, use_content_lang())
}

/// The member's working groups as a list ("—" for none), those only
/// implied by geography marked "(inferred)".
pub fn group_list(site: &SiteData, member: &Member) -> AnyView {
    let memberships = site.group_memberships(member);
    if memberships.is_empty() {
        return "—".into_any();
    }
    let inferred = use_messages().labels.inferred;
    let lang = use_content_lang();
    let items = memberships
        .into_iter()
        .map(|(name, guessed)| {
            let text = if guessed {
                fill_marked(inferred, &[("group", name.to_owned())], lang).into_any()
            } else {
                view! { <span lang=lang>{name.to_owned()}</span> }.into_any()
            };
            view! { <li>{text}</li> }
        })
        .collect_view();
    view! { <ul class="plain">{items}</ul> }.into_any()
}

#[component]
fn Organisations(title: &'static str, id: &'static str, list: Vec<Organisation>) -> impl IntoView {
    let heading_id = format!("{id}-heading");
    let labelled_by = heading_id.clone();
    let locale = use_locale();
    let count = format::number(locale, list.len() as u64);
    let lang = use_content_lang();
    view! {
        <section id=id aria-labelledby=labelled_by>
            <h2 id=heading_id>{format!("{title} ({count})")}</h2>
            <ul class="organisations">
                {list
                    .into_iter()
                    .map(|org| {
                        let (name, acronym, name_lang) = organisation_name(&org, locale);
                        let (level, level_lang) = level_text(&org, locale).unzip();
                        view! {
                            <li>
                                <span class="org-name" lang=name_lang>{name}</span>
                                {acronym.map(|a| view! { <span class="org-acronym" lang=name_lang>{format!(" ({a})")}</span> })}
                                {level.map(|l| view! { <span class="badge" lang=level_lang.flatten()>{l}</span> })}
                                {org.note.map(|n| view! { <p class="note" lang=lang>{n}</p> })}
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </section>
    }
}
