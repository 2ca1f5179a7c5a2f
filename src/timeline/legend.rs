//! Category legend that doubles as the filter: shape, colour, name and
//! count per category, each a checkbox. The filter lives in the URL.

use leptos::prelude::*;

use super::Ctx;
use super::markers::Shape;
use super::state::TimelineState;
use crate::model::milestones::category_counts;

#[component]
pub fn Legend(ctx: Ctx) -> impl IntoView {
    let t = &crate::i18n::use_messages().timeline;
    let lang = crate::i18n::use_content_lang();
    let counts = category_counts(&ctx.site);
    let all = ctx.site.milestone_categories.clone();
    let state = ctx.state;
    let go = ctx.go;
    let boxes = counts
        .into_iter()
        .map(|(category, count)| {
            let slot = ctx.category_slot(&category.id);
            let id = category.id.clone();
            let initially = state.with_untracked(|s| s.filter.includes(&id));
            let checked = {
                let id = id.clone();
                move || state.with(|s| s.filter.includes(&id))
            };
            let all = all.clone();
            view! {
                <li>
                    <label class="tl-legend__item">
                        <input
                            type="checkbox"
                            // The attribute for the pre-rendered page, the
                            // property for the live one.
                            checked=initially
                            prop:checked=checked
                            on:change=move |_| {
                                let current = state.get_untracked();
                                let filter = current.filter.toggled(&id, &all);
                                go.run(TimelineState { filter, ..current });
                            }
                        />
                        <Shape variant=slot />
                        <span lang=lang>{category.label}</span>
                        " "
                        <span class="tl-legend__count">{format!("({count})")}</span>
                    </label>
                </li>
            }
        })
        .collect_view();
    view! {
        <fieldset class="tl-legend">
            <legend>{t.categories}</legend>
            <ul>{boxes}</ul>
            <Show when=move || !state.with(|s| s.filter.is_all())>
                <button type="button" class="tl-link-button" on:click=move |_| {
                    go.run(TimelineState { filter: Default::default(), ..state.get_untracked() })
                }>{t.show_all_categories}</button>
            </Show>
        </fieldset>
    }
}
