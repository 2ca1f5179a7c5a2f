//! The vertical layout, for narrow screens or on request: the same
//! milestones, keyboard model and details, as a list read top to bottom.
//! The selected milestone opens its details in place.
//!
//! Each milestone is a link to its own page (`/timeline/<id>`), so the
//! pre-rendered list works without the app; in the app a click or Space
//! selects in place instead.

use leptos::prelude::*;
use web_sys::KeyboardEvent;

use super::keys::{TimelineKey, timeline_key};
use super::markers::Shape;
use super::{Ctx, detail::Detail, dom};

#[component]
pub fn VerticalList(ctx: Ctx) -> impl IntoView {
    let on_key = {
        let ctx = ctx.clone();
        move |ev: KeyboardEvent| {
            // Keys pressed inside an open detail panel belong to its buttons.
            let from_marker = ev
                .target()
                .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())
                .is_some_and(|el| el.class_list().contains("tl-vbutton"));
            if !from_marker {
                return;
            }
            if ev.key() == " " {
                // Links answer Enter; the list's markers answer Space too.
                ev.prevent_default();
                toggle(&ctx, dom::marker_index(ev.target()));
                return;
            }
            // The same steps as on the axis; the list has no view to pan
            // or zoom.
            let Some(TimelineKey::Step(how)) = timeline_key(&ev.key(), false) else { return };
            ev.prevent_default();
            if let Some(index) = ctx.step_focus(how) {
                dom::focus_marker(index, true);
            }
        }
    };

    let lang = crate::i18n::use_content_lang();
    let item = {
        let ctx = ctx.clone();
        move |index: usize| {
            let ctx = ctx.clone();
            let Some(milestone) = ctx.site.milestones.get(index).cloned() else {
                return ().into_any();
            };
            let slot = ctx.category_slot(&milestone.category);
            let category = ctx.site.category_label(&milestone.category).to_owned();
            let is_selected = ctx.is_selected.clone();
            let is_selected2 = ctx.is_selected.clone();
            let detail_ctx = ctx.clone();
            // The state at creation; later changes are applied by
            // `sync_markers` to the two markers concerned.
            let open = ctx.selected.get_untracked() == Some(index);
            let href = ctx.href_selecting((!open).then_some(index));
            view! {
                <li class="tl-vitem" class:tl-vitem--selected=move || is_selected.selected(&Some(index))>
                    <a
                        href=href
                        id=dom::marker_id(index)
                        class="tl-vbutton"
                        tabindex=(!ctx.static_markup).then_some("-1")
                        aria-expanded=if open { "true" } else { "false" }
                        aria-current=open.then_some("true")
                    >
                        <Shape variant=slot />
                        <span class="tl-vdate">{milestone.date_label(ctx.locale)}</span>
                        <span class="tl-vheadline" lang=lang>{milestone.headline.clone()}</span>
                        <span class="tl-vcategory" lang=lang>{category}</span>
                    </a>
                    {move || {
                        is_selected2
                            .selected(&Some(index))
                            .then(|| view! { <Detail ctx=detail_ctx.clone() index /> })
                    }}
                </li>
            }
            .into_any()
        }
    };

    // One listener each on the list, not one per item.
    let on_click = {
        let ctx = ctx.clone();
        move |ev: web_sys::MouseEvent| {
            // Modified clicks open the link as the browser would.
            if ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key() || ev.button() != 0 {
                return;
            }
            let Some(index) = dom::marker_index(ev.target()) else { return };
            ev.prevent_default();
            toggle(&ctx, Some(index));
        }
    };
    let on_focus_in = {
        let ctx = ctx.clone();
        move |ev: web_sys::FocusEvent| ctx.follow_focus(ev.target())
    };

    view! {
        <ol class="tl-vlist" aria-label="Milestones in time order" on:keydown=on_key on:click=on_click on:focusin=on_focus_in>
            <For each=move || ctx.visible.get() key=|index| *index children=item />
        </ol>
    }
}

/// Opens a milestone's details, or closes them if they are open.
fn toggle(ctx: &Ctx, index: Option<usize>) {
    let Some(index) = index else { return };
    let open = ctx.selected.get_untracked() == Some(index);
    ctx.select(if open { None } else { Some(index) });
}
