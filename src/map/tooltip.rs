//! The tooltip of the state under the pointer or the keyboard focus: name,
//! status, region and working groups, placed beside the state and flipped
//! to its other side near the right edge.

use leptos::prelude::*;

use super::view::MapCtx;

#[component]
pub fn Tooltip(ctx: MapCtx) -> impl IntoView {
    move || {
        let index = ctx.hover.get()?;
        let p = ctx.placed.get(index)?;
        let m = ctx.site.members.get(p.member)?;
        let vb = ctx.view_box.get();
        let left = ((p.centroid.0 - vb.x) / vb.w * 100.0).clamp(0.0, 100.0);
        let top = ((p.centroid.1 - vb.y) / vb.h * 100.0).clamp(0.0, 100.0);
        let class = if left > 60.0 { "map-tooltip map-tooltip--left" } else { "map-tooltip" };
        let region = m
            .region
            .as_deref()
            .and_then(|r| ctx.site.region_name(r))
            .unwrap_or("Region not stated")
            .to_owned();
        Some(view! {
            <div class=class role="tooltip" id="map-tooltip" style=format!("left:{left:.1}%;top:{top:.1}%")>
                <strong>{m.name.clone()}</strong>
                <span>{m.status_text()}</span>
                <span>{region}</span>
                <span>{groups_text(&ctx.site.group_labels(m))}</span>
            </div>
        })
    }
}

/// The working groups in one line, or that there is none.
pub fn groups_text(labels: &[String]) -> String {
    if labels.is_empty() { "No regional working group".to_owned() } else { labels.join("; ") }
}
