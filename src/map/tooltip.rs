//! The tooltip of the state under the pointer or the keyboard focus: name,
//! status, region and working groups, placed beside the state and flipped
//! to its other side near the right edge.

use leptos::prelude::*;

use super::view::MapCtx;
use crate::i18n::{Locale, use_content_lang, use_locale};
use crate::model::number;

#[component]
pub fn Tooltip(ctx: MapCtx) -> impl IntoView {
    let locale = use_locale();
    let t = &locale.messages().map;
    let lang = use_content_lang();
    move || {
        let index = ctx.hover.get()?;
        let p = ctx.placed.get(index)?;
        let m = ctx.site.members.get(p.member)?;
        let vb = ctx.view_box.get();
        let left = number::within((p.centroid.0 - vb.x) / vb.w * 100.0, 0.0, 100.0);
        let top = number::within((p.centroid.1 - vb.y) / vb.h * 100.0, 0.0, 100.0);
        let class = if left > 60.0 { "map-tooltip map-tooltip--left" } else { "map-tooltip" };
        // Region and group names are the site data's (English) words.
        let (region, region_lang) = match m.region.as_deref().and_then(|r| ctx.site.region_name(r)) {
            Some(region) => (region.to_owned(), lang),
            None => (t.region_not_stated.to_owned(), None),
        };
        let groups = ctx.site.group_labels(m, locale);
        let groups_lang = (!groups.is_empty()).then_some(lang).flatten();
        Some(view! {
            <div class=class role="tooltip" id="map-tooltip" style=format!("left:{}%;top:{}%", number::fixed(left, 1), number::fixed(top, 1))>
                <strong lang=m.name_lang(locale)>{m.name_in(locale).to_owned()}</strong>
                <span>{m.status_text(locale)}</span>
                <span lang=region_lang>{region}</span>
                <span lang=groups_lang>{groups_text(&groups, locale)}</span>
            </div>
        })
    }
}

/// The working groups in one line, or that there is none.
pub fn groups_text(labels: &[String], locale: Locale) -> String {
    if labels.is_empty() { locale.messages().map.no_regional_group.to_owned() } else { labels.join("; ") }
}
