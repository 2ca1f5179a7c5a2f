//! The map's linkable state (selected state, filters) and how it is
//! written into URLs (`interaction::url_state`).

use crate::interaction::url_state::Linkable;
use crate::model::query::MemberFilter;
use crate::paths;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MapState {
    /// ISO code of the selected member.
    pub selected: Option<String>,
    pub filter: MemberFilter,
}

impl Linkable for MapState {
    const SITE_PAGE: &'static str = paths::MEMBERS;
    const SELECTION: &'static str = "highlight";

    fn selected(&self) -> Option<&str> {
        self.selected.as_deref()
    }

    fn params(&self) -> Vec<(&'static str, Option<String>)> {
        vec![
            ("status", self.filter.status.map(|s| s.slug().to_owned())),
            ("region", self.filter.region.clone()),
            ("group", self.filter.group.clone()),
        ]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::interaction::url_state::UrlStyle;
    use crate::model::site::Status;

    #[test]
    fn site_and_embed_urls() {
        let state = MapState {
            selected: Some("TR".into()),
            filter: MemberFilter {
                status: Some(Status::Observer),
                region: None,
                group: Some("silk-routes".into()),
            },
        };
        assert_eq!(UrlStyle::Site.href(&state), "/members/TR?status=observer&group=silk-routes");
        assert_eq!(UrlStyle::Site.href(&MapState::default()), "/members");
        let embed =
            UrlStyle::Embed { path: "/embed/map".into(), keep: vec![("theme".into(), "dark".into())] };
        assert_eq!(
            embed.href(&state),
            "/embed/map?theme=dark&highlight=TR&status=observer&group=silk-routes"
        );
    }
}
