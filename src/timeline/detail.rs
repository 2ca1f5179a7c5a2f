//! The details of the selected milestone, with previous / next and links to
//! related news and documents from the feed.

use crate::i18n::messages::Timeline;
use leptos::prelude::*;

use super::Ctx;
use super::markers::Shape;
use crate::components::related::{RelatedLink, related_links};
use crate::components::share::ShareButton;
use crate::components::sources::Sources;
use crate::paths;

#[component]
pub fn Detail(ctx: Ctx, index: usize) -> impl IntoView {
    let Some(milestone) = ctx.site.milestones.get(index).cloned() else {
        return ().into_any();
    };
    let visible = ctx.visible.get_untracked();
    let position = visible.iter().position(|v| *v == index);
    let neighbour = |offset: isize| {
        position
            .and_then(|p| p.checked_add_signed(offset))
            .and_then(|p| visible.get(p).copied())
            .and_then(|i| ctx.site.milestones.get(i).map(|m| (i, m.headline.clone())))
    };
    let (previous, next) = (neighbour(-1), neighbour(1));
    let slot = ctx.category_slot(&milestone.category);
    let category = ctx.site.category_label(&milestone.category).to_owned();
    let t = &ctx.locale.messages().timeline;
    let lang = crate::i18n::use_content_lang();
    let related_ids = milestone.related.clone();
    let related = related_links(".tl-detail .tl-related", move |feed| {
        related_ids
            .iter()
            .filter_map(|id| feed.items.iter().find(|i| &i.id == id))
            .map(|i| RelatedLink {
                href: crate::i18n::link(paths::item(i)),
                title: i.display_title(),
                kind: Some(kind_label(t, i).to_owned()),
            })
            .collect()
    });
    // Links, so that they also work on the pre-rendered page without the
    // app; in the app they select in place.
    let nav_ctx = ctx.clone();
    let nav_link = move |target: Option<(usize, String)>, label: &'static str, class: &'static str| {
        let ctx = nav_ctx.clone();
        target.map(|(i, headline)| {
            let href = ctx.href_selecting(Some(i));
            view! {
                <a href=href class=format!("tl-nav {class}") on:click=move |ev| select_instead(&ev, &ctx, Some(i))>
                    <span class="tl-nav__label">{label}</span>
                    <span class="tl-nav__title" lang=lang>{headline}</span>
                </a>
            }
        })
    };
    let close_ctx = ctx.clone();
    let close_href = ctx.href_selecting(None);
    view! {
        <section class="tl-detail" aria-labelledby="tl-detail-heading">
            <p class="tl-detail__date">{milestone.date_label(ctx.locale)}</p>
            <h2 id="tl-detail-heading" lang=lang>{milestone.headline.clone()}</h2>
            <p class="tl-detail__category"><Shape variant=slot /><span lang=lang>{category}</span></p>
            <p class="tl-detail__text" lang=lang>{milestone.text.clone()}</p>
            {move || {
                let links = related();
                (!links.is_empty()).then(|| view! {
                    <h3 class="tl-detail__related">{t.related}</h3>
                    <ul class="tl-related">
                        {links.into_iter().map(|l| view! {
                            <li><span class="badge">{l.kind.unwrap_or_default()}</span>" "<a href=l.href lang=lang>{l.title}</a></li>
                        }).collect_view()}
                    </ul>
                })
            }}
            <Sources urls=milestone.sources.clone() />
            <ShareButton path=paths::milestone(&milestone.id) title=milestone.headline.clone() />
            <div class="tl-detail__nav">
                {nav_link(previous, t.previous, "tl-nav--prev")}
                {nav_link(next, t.next, "tl-nav--next")}
                <a href=close_href class="tl-close" on:click=move |ev| select_instead(&ev, &close_ctx, None)>
                    {t.close}
                </a>
            </div>
        </section>
    }
    .into_any()
}

/// A plain click on one of the panel's links selects in place; modified
/// clicks (new tab, new window) follow the link.
fn select_instead(ev: &web_sys::MouseEvent, ctx: &Ctx, index: Option<usize>) {
    if ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key() || ev.button() != 0 {
        return;
    }
    ev.prevent_default();
    ctx.select(index);
}

fn kind_label(t: &'static Timeline, item: &crate::model::feed::FeedItem) -> &'static str {
    match item.kind {
        crate::model::feed::ItemKind::News => t.kind_news,
        crate::model::feed::ItemKind::Event { .. } => t.kind_event,
        crate::model::feed::ItemKind::Document { .. } => t.kind_document,
    }
}
