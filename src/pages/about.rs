//! `/about`: what the process is, its strengths, governance, working
//! groups, results and plans.

use leptos::prelude::*;

use crate::components::page_meta::PageMeta;
use crate::components::remote::with_site;
use crate::components::sources::Sources;
use crate::model::query::MemberFilter;
use crate::model::site::{GroupKind, Section, SiteData, WorkingGroup};
use crate::paths;

#[component]
pub fn About() -> impl IntoView {
    view! {
        <PageMeta
            title="About"
            description="What the Budapest Process is, how it is governed, its working groups, strengths and main results."
        />
        <h1>"About the Budapest Process"</h1>
        {with_site(|site| {
            let about = site.about.clone();
            view! {
                <p class="lead">{about.summary}</p>
                <section aria-labelledby="strengths-heading">
                    <h2 id="strengths-heading">"Strengths"</h2>
                    <ul class="strengths">
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
    view! {
        <section id=section.id aria-labelledby=labelled_by>
            <h2 id=heading_id>{section.heading}</h2>
            {section.paragraphs.into_iter().map(|p| view! { <p>{p}</p> }).collect_view()}
            {(!section.list.is_empty())
                .then(|| view! { <ul>{section.list.into_iter().map(|i| view! { <li>{i}</li> }).collect_view()}</ul> })}
            <Sources urls=section.sources />
        </section>
    }
}

#[component]
fn WorkingGroups(site: std::sync::Arc<SiteData>) -> impl IntoView {
    let of_kind = |kind| -> Vec<WorkingGroup> {
        site.working_groups.iter().filter(|g| g.kind == kind).cloned().collect()
    };
    view! {
        <section id="working-groups" aria-labelledby="working-groups-heading">
            <h2 id="working-groups-heading">"Working groups"</h2>
            <p>
                "Since 2010 the dialogue has worked through three regional working groups. "
                "Any participating state may join any group; which states take part in which group is not published, "
                "so the members page marks memberships the sources only imply from geography as inferred."
            </p>
            <h3>"Regional working groups"</h3>
            <GroupList groups=of_kind(GroupKind::Regional) />
            <h3>"Thematic formats"</h3>
            <GroupList groups=of_kind(GroupKind::Thematic) />
        </section>
    }
}

#[component]
fn GroupList(groups: Vec<WorkingGroup>) -> impl IntoView {
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
                            <h4>{group.name.clone()}</h4>
                            <dl class="facts">
                                {group.chair.clone().map(|c| view! { <dt>"Chair"</dt><dd>{c}</dd> })}
                                {group.established.map(|y| view! { <dt>"Since"</dt><dd>{y}</dd> })}
                            </dl>
                            <p>{group.description.clone()}</p>
                            {is_regional.then(|| view! {
                                <p><a href=members_href>{format!("States in the {}", group.name)}</a></p>
                            })}
                            <Sources urls=group.sources.clone() />
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}
