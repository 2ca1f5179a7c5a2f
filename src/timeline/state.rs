//! The timeline's linkable state (selected milestone, category filter,
//! layout) and how it is written into URLs (`interaction::url_state`), so
//! any view can be shared, bookmarked or embedded.

use crate::interaction::url_state::Linkable;
use crate::model::milestones::CategoryFilter;
use crate::model::query::QueryLookup;
use crate::model::site::SiteData;
use crate::paths;

/// Horizontal axis or vertical list; `Auto` picks by available width.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum LayoutChoice {
    #[default]
    Auto,
    Horizontal,
    Vertical,
}

impl LayoutChoice {
    pub fn from_param(value: Option<&str>) -> LayoutChoice {
        match value {
            Some("horizontal") => LayoutChoice::Horizontal,
            Some("vertical") => LayoutChoice::Vertical,
            _ => LayoutChoice::Auto,
        }
    }

    fn param(self) -> Option<String> {
        match self {
            LayoutChoice::Auto => None,
            LayoutChoice::Horizontal => Some("horizontal".into()),
            LayoutChoice::Vertical => Some("vertical".into()),
        }
    }

    /// Whether to draw the vertical list for a container `width` pixels wide.
    pub fn is_vertical(self, width: f64) -> bool {
        match self {
            LayoutChoice::Vertical => true,
            LayoutChoice::Horizontal => false,
            LayoutChoice::Auto => width < NARROW,
        }
    }
}

/// Below this container width the axis gets too cramped to read.
pub const NARROW: f64 = 640.0;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TimelineState {
    pub selected: Option<String>,
    pub filter: CategoryFilter,
    pub layout: LayoutChoice,
}

impl TimelineState {
    /// Reads the state from a route (`selected` from the path or an
    /// embed parameter) and the query; unknown ids select nothing.
    pub fn read(selected: Option<String>, query: &impl QueryLookup, site: &SiteData) -> TimelineState {
        TimelineState {
            selected: selected.filter(|id| site.milestones.iter().any(|m| &m.id == id)),
            filter: CategoryFilter::from_query(query, site),
            layout: LayoutChoice::from_param(query.param("layout").as_deref()),
        }
    }
}

impl Linkable for TimelineState {
    const SITE_PAGE: &'static str = paths::TIMELINE;
    const SELECTION: &'static str = "milestone";

    fn selected(&self) -> Option<&str> {
        self.selected.as_deref()
    }

    fn params(&self) -> Vec<(&'static str, Option<String>)> {
        vec![("category", self.filter.param()), ("layout", self.layout.param())]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::interaction::url_state::UrlStyle;

    #[test]
    fn site_urls_put_the_selection_in_the_path() {
        let state = TimelineState {
            selected: Some("istanbul-2013".into()),
            filter: CategoryFilter { shown: vec!["project".into(), "strategy".into()] },
            layout: LayoutChoice::Vertical,
        };
        assert_eq!(
            UrlStyle::Site.href(&state),
            "/timeline/istanbul-2013?category=project%2Cstrategy&layout=vertical"
        );
        assert_eq!(UrlStyle::Site.href(&TimelineState::default()), "/timeline");
    }

    #[test]
    fn embed_urls_keep_their_own_parameters() {
        let style =
            UrlStyle::Embed { path: "/embed/timeline".into(), keep: vec![("theme".into(), "dark".into())] };
        let state = TimelineState { selected: Some("a b".into()), ..Default::default() };
        assert_eq!(style.href(&state), "/embed/timeline?theme=dark&milestone=a%20b");
    }

    #[test]
    fn layout_choice() {
        assert_eq!(LayoutChoice::from_param(Some("sideways")), LayoutChoice::Auto);
        assert!(LayoutChoice::Auto.is_vertical(375.0));
        assert!(!LayoutChoice::Auto.is_vertical(1200.0));
        assert!(!LayoutChoice::Horizontal.is_vertical(300.0));
        assert!(LayoutChoice::Vertical.is_vertical(1200.0));
    }
}
