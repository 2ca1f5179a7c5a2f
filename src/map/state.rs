//! The map's linkable state (selected state, filters) and its URLs.

use crate::model::query::{MemberFilter, build_query};
use crate::model::url::encode_component;
use crate::paths;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MapState {
    /// ISO code of the selected member.
    pub selected: Option<String>,
    pub filter: MemberFilter,
}

/// Where a map lives decides how its state is spelled in the URL.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MapUrlStyle {
    /// `/members/<iso2>?status=…&region=…&group=…`
    Site,
    /// `<path>?highlight=<iso2>&status=…` plus the embed's own parameters.
    Embed { path: String, keep: Vec<(String, String)> },
}

impl MapUrlStyle {
    pub fn href(&self, state: &MapState) -> String {
        let filter = [
            ("status", state.filter.status.map(|s| s.slug().to_owned())),
            ("region", state.filter.region.clone()),
            ("group", state.filter.group.clone()),
        ];
        match self {
            MapUrlStyle::Site => {
                let path = match &state.selected {
                    Some(iso) => format!("{}/{}", paths::MEMBERS, encode_component(iso)),
                    None => paths::MEMBERS.to_owned(),
                };
                format!("{path}{}", build_query(&filter))
            }
            MapUrlStyle::Embed { path, keep } => {
                let mut pairs: Vec<(&str, Option<String>)> =
                    keep.iter().map(|(k, v)| (k.as_str(), Some(v.clone()))).collect();
                pairs.push(("highlight", state.selected.clone()));
                pairs.extend(filter);
                format!("{path}{}", build_query(&pairs))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
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
        assert_eq!(MapUrlStyle::Site.href(&state), "/members/TR?status=observer&group=silk-routes");
        assert_eq!(MapUrlStyle::Site.href(&MapState::default()), "/members");
        let embed =
            MapUrlStyle::Embed { path: "/embed/map".into(), keep: vec![("theme".into(), "dark".into())] };
        assert_eq!(
            embed.href(&state),
            "/embed/map?theme=dark&highlight=TR&status=observer&group=silk-routes"
        );
    }
}
