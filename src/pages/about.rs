//! `/about`: what the process is, its strengths, governance, working
//! groups, results and plans.

use leptos::prelude::*;

use crate::components::page_meta::PageMeta;
use crate::components::remote::with_site;
use crate::components::sources::Sources;
use crate::i18n::{fill_marked, use_content_lang, use_messages};
use crate::model::query::MemberFilter;
use crate::model::site::{GroupKind, Section, SiteData, WorkingGroup};
use crate::paths;

#[component]
pub fn About() -> impl IntoView {
    let t = &use_messages().about;
    view! {
        <PageMeta title=t.title description=t.description />
        <h1>{t.heading}</h1>
        {with_site(move |site| {
            let about = site.about.clone();
            let lang = use_content_lang();
            view! {
                <p class="lead" lang=lang>{about.summary}</p>
                <section aria-labelledby="strengths-heading">
                    <h2 id="strengths-heading">{t.strengths}</h2>
                    <ul class="strengths" lang=lang>
                        {about
                            .strengths
                            .into_iter()
                            .map(|s| view! { <li><h3>{s.title}</h3><p>{s.text}</p></li> })
                            .collect_view()}
                    </ul>
                </section>
                {about.sections.into_iter().map(|section| view! { <TextSection section /> }).collect_view()}
                <WorkingGroups site=site.clone() />
            }
        })}
    }
}

#[component]
fn TextSection(section: Section) -> impl IntoView {
    let heading_id = format!("{}-heading", section.id);
    let labelled_by = heading_id.clone();
    let lang = use_content_lang();
    view! {
        <section id=section.id aria-labelledby=labelled_by>
            <h2 id=heading_id lang=lang>{section.heading}</h2>
            {section.paragraphs.into_iter().map(|p| view! { <p lang=lang>{p}</p> }).collect_view()}
            {(!section.list.is_empty())
                .then(|| view! { <ul lang=lang>{section.list.into_iter().map(|i| view! { <li>{i}</li> }).collect_view()}</ul> })}
            <Sources urls=section.sources />
        </section>
    }
}

#[component]
fn WorkingGroups(site: std::sync::Arc<SiteData>) -> impl IntoView {
    let of_kind = |kind| -> Vec<WorkingGroup> {
        site.working_groups.iter().filter(|g| g.kind == kind).cloned().collect()
    };
    let t = &use_messages().about;
    view! {
        <section id="working-groups" aria-labelledby="working-groups-heading">
            <h2 id="working-groups-heading">{t.working_groups}</h2>
            <p>{t.working_groups_text}</p>
            <h3>{t.regional_working_groups}</h3>
            <GroupList groups=of_kind(GroupKind::Regional) />
            <h3>{t.thematic_formats}</h3>
            <GroupList groups=of_kind(GroupKind::Thematic) />
        </section>
    }
}

#[component]
fn GroupList(groups: Vec<WorkingGroup>) -> impl IntoView {
    let t = &use_messages().about;
    let lang = use_content_lang();
    view! {
        <ul class="groups">
            {groups
                .into_iter()
                .map(|group| {
                    let filter = MemberFilter { group: Some(group.id.clone()), ..Default::default() };
                    let members_href = format!("{}{}", paths::MEMBERS, filter.to_query());
                    let is_regional = group.kind == GroupKind::Regional;
                    view! {
                        <li class="group">
                            <h4 lang=lang>{group.name.clone()}</h4>
                            <dl class="facts">
                                {group.chair.clone().map(|c| view! { <dt>{t.chair}</dt><dd lang=lang>{c}</dd> })}
                                {group.established.map(|y| view! { <dt>{t.since}</dt><dd>{y}</dd> })}
                            </dl>
                            <p lang=lang>{group.description.clone()}</p>
                            {is_regional.then(|| view! {
                                <p><a href=crate::i18n::link(members_href)>{fill_marked(t.states_in_group, &[("group", group.name.clone())], lang)}</a></p>
                            })}
                            <Sources urls=group.sources.clone() />
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}
