//! `/timeline`: the milestones as an ordered, accessible list.

use leptos::prelude::*;

use crate::components::page_meta::PageMeta;
use crate::components::remote::{Empty, with_site};
use crate::components::sources::Sources;

#[component]
pub fn Timeline() -> impl IntoView {
    view! {
        <PageMeta
            title="Milestones"
            description="Milestones of the Budapest Process since 1991: ministerial conferences, chairmanships, working groups and projects."
        />
        <h1>"Milestones"</h1>
        {with_site(|site| {
            if site.milestones.is_empty() {
                return view! { <Empty>"No milestones are listed."</Empty> }.into_any();
            }
            view! {
                <p class="lead">
                    {format!("{} milestones, from the first ministerial conference to today.", site.milestones.len())}
                </p>
                <ol class="milestones">
                    {site
                        .milestones
                        .iter()
                        .map(|m| {
                            let category = site.category_label(&m.category).to_owned();
                            let heading_id = format!("milestone-{}", m.id);
                            let labelled_by = heading_id.clone();
                            view! {
                                <li id=m.id.clone()>
                                    <article aria-labelledby=labelled_by>
                                        <p class="milestone__date">{m.date_label()}</p>
                                        <h2 id=heading_id>{m.headline.clone()}</h2>
                                        <p class="badge">{category}</p>
                                        <p>{m.text.clone()}</p>
                                        <Sources urls=m.sources.clone() />
                                    </article>
                                </li>
                            }
                        })
                        .collect_view()}
                </ol>
            }
            .into_any()
        })}
    }
}
