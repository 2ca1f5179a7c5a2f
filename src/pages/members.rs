//! `/members`: every participating and observer state and organisation,
//! filterable by status, region and working group (filters in the URL).

use std::sync::Arc;

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::components::deferred::after_first_paint;
use crate::components::filters::{FilterSelect, ResultCount, use_filter_navigate, use_page_query};
use crate::components::page_meta::PageMeta;
use crate::components::remote::{Empty, with_site};
use crate::components::sources::Sources;
use crate::data::{Remote, use_app_data};
use crate::embed::dialog::EmbedButton;
use crate::embed::snippets::WidgetKind;
use crate::interaction::url_state::UrlStyle;
use crate::map::MemberMap;
use crate::map::state::MapState;
use crate::model::query::{MemberFilter, filter_members};
use crate::model::site::{Member, Organisation, SiteData, Status};
use crate::paths;

#[component]
pub fn Members() -> impl IntoView {
    // A selected state names the page (`/members/<iso2>` is its page).
    let params = use_params_map();
    let data = use_app_data();
    data.ensure_site();
    let selected = Memo::new(move |_| {
        let iso = params.read().get(paths::segment::ID)?;
        let Remote::Ready(site) = data.site.get() else { return None };
        let member = site.member(&iso)?;
        let region = member.region.as_deref().and_then(|r| site.region_name(r));
        let description = match region {
            Some(region) => {
                format!("{}: {} of the Budapest Process ({region}).", member.name, member.status.label())
            }
            None => format!("{}: {} of the Budapest Process.", member.name, member.status.label()),
        };
        Some((member.name.clone(), description))
    });
    let title = Signal::derive(move || {
        selected.get().map_or_else(|| "Members".to_owned(), |(name, _)| format!("{name} · Members"))
    });
    let description = Signal::derive(move || {
        selected.get().map(|(_, d)| d).unwrap_or_else(|| {
            "The participating and observer states and the participating organisations of the Budapest Process, by region and working group.".to_owned()
        })
    });
    view! {
        <PageMeta title description />
        <h1>"Members"</h1>
        {with_site(|site| view! { <MemberDirectory site /> })}
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

    let counts = site.key_counts();
    let status_options: Vec<(String, String)> =
        Status::ALL.iter().map(|s| (s.slug().to_owned(), s.plural_heading().to_owned())).collect();
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
            let summary = if filter.is_empty() {
                format!("Showing all {total} states.")
            } else {
                format!("Showing {} of {total} states.", shown.len())
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
                        "No states match these filters. "
                        <a href=crate::i18n::link(paths::MEMBERS)>"Show all states"</a>
                    </Empty>
                })}
                {tables}
            }
        }
    };

    view! {
        <p class="lead">
            {format!(
                "{} participating states, {} observer states and {} organisations take part in the dialogue.",
                counts.participating_states, counts.observer_states, counts.organisations
            )}
        </p>
        <p class="app-note">"Filtering needs JavaScript and WebAssembly; every state is listed in the tables below."</p>
        <form class="filters app-only" role="search" aria-label="Filter states" on:submit=|ev| ev.prevent_default()>
            <FilterSelect
                label="Status"
                name="status"
                all_label="All statuses"
                options=status_options
                selected=Signal::derive(move || filter.get().status.map(|s| s.slug().to_owned()))
                on_select=set(|f, v| f.status = v.and_then(|v| Status::from_slug(&v)))
            />
            <FilterSelect
                label="Region"
                name="region"
                all_label="All regions"
                options=region_options
                selected=Signal::derive(move || filter.get().region)
                on_select=set(|f, v| f.region = v)
            />
            <FilterSelect
                label="Working group"
                name="group"
                all_label="All working groups"
                options=group_options
                selected=Signal::derive(move || filter.get().group)
                on_select=set(|f, v| f.group = v)
            />
        </form>
        <div class="section-head">
            <h2 class="visually-hidden">"Map"</h2>
            <EmbedButton kind=WidgetKind::Map site=site.clone() />
        </div>
        <MemberMap site=site.clone() state=map_state url_style=UrlStyle::Site />
        {move || painted.get().then(&listing)}
        <p class="notice">
            "Working-group memberships marked “inferred” are not published by the process; the sources only imply them from geography. "
            "The membership lists follow the most complete named lists available (2013–2015)."
        </p>
        <Organisations title="Participating organisations" id="organisations" list=site.organisations.clone() />
        {(!site.other_partners.is_empty()).then(|| view! {
            <Organisations
                title="Other partners named in sources"
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
    view! {
        <section aria-labelledby=labelled_by>
            <h2 id=heading_id>{format!("{} ({count})", status.plural_heading())}</h2>
            {(count > 0).then(|| view! {
                <div class="table-scroll">
                    <table class="members-table">
                        <thead>
                            <tr>
                                <th scope="col">"State"</th>
                                <th scope="col">"Region"</th>
                                <th scope="col">"Working group"</th>
                                <th scope="col">"Roles and notes"</th>
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
    let region = member.region.as_deref().and_then(|r| site.region_name(r)).unwrap_or("—").to_owned();
    let groups = site.group_labels(&member);
    let roles: Vec<String> = member.roles.iter().map(|r| site.role_label(r)).collect();
    let row_id = member.iso2.clone().map(|iso| format!("state-{iso}"));
    view! {
        <tr id=row_id class:placeholder=member.placeholder>
            <th scope="row">
                <span class="state-name">{member.name.clone()}</span>
                {member.iso2.clone().map(|iso| view! { <span class="iso"><abbr title="ISO 3166-1 code">{iso}</abbr></span> })}
                {member.placeholder.then(|| view! { <span class="badge badge--warning">"Name to be confirmed"</span> })}
            </th>
            <td>{region}</td>
            <td>
                {if groups.is_empty() {
                    "—".into_any()
                } else {
                    view! { <ul class="plain">{groups.into_iter().map(|g| view! { <li>{g}</li> }).collect_view()}</ul> }.into_any()
                }}
            </td>
            <td>
                {(!roles.is_empty()).then(|| view! {
                    <ul class="plain roles">{roles.into_iter().map(|r| view! { <li class="role">{r}</li> }).collect_view()}</ul>
                })}
                {member.note.clone().map(|n| view! { <p class="note">{n}</p> })}
                <Sources urls=member.sources.clone() />
            </td>
        </tr>
    }
}

#[component]
fn Organisations(title: &'static str, id: &'static str, list: Vec<Organisation>) -> impl IntoView {
    let heading_id = format!("{id}-heading");
    let labelled_by = heading_id.clone();
    let count = list.len();
    view! {
        <section id=id aria-labelledby=labelled_by>
            <h2 id=heading_id>{format!("{title} ({count})")}</h2>
            <ul class="organisations">
                {list
                    .into_iter()
                    .map(|org| view! {
                        <li>
                            <span class="org-name">{org.name}</span>
                            {org.acronym.map(|a| view! { <span class="org-acronym">{format!(" ({a})")}</span> })}
                            {org.level.map(|l| view! { <span class="badge">{l}</span> })}
                            {org.note.map(|n| view! { <p class="note">{n}</p> })}
                        </li>
                    })
                    .collect_view()}
            </ul>
        </section>
    }
}
