//! Which members the map draws and where: the join of the member list and
//! the shapes, in the order of the legend and the accessibility tree.

use crate::model::map::{MapData, join, needs_marker};
use crate::model::order;
use crate::model::site::SiteData;

/// One member drawn on the map.
#[derive(Clone, Debug, PartialEq)]
pub struct Placed {
    pub iso2: String,
    /// Index into `site.members`.
    pub member: usize,
    /// Index into `map.shapes`.
    pub shape: usize,
    pub centroid: (f64, f64),
    /// Too small to find and hit: drawn with a round marker too.
    pub marker: bool,
}

/// The members with a shape, alphabetically by name.
pub fn place(site: &SiteData, map: &MapData) -> Vec<Placed> {
    let joined = join(site, map);
    let mut placed: Vec<Placed> = site
        .members
        .iter()
        .enumerate()
        .filter_map(|(member, m)| {
            let iso2 = m.iso2.clone()?;
            let shape = *joined.shape_of.get(&iso2)?;
            let s = map.shapes.get(shape)?;
            Some(Placed { iso2, member, shape, centroid: s.centroid, marker: needs_marker(s) })
        })
        .collect();
    order::sort_by_key(&mut placed, |p| {
        site.members.get(p.member).map(|m| m.name.clone()).unwrap_or_default()
    });
    placed
}

/// For each placed member, whether it is among `matching` (indices into
/// the placed list): what the layers dim.
pub fn flags(count: usize, matching: &[usize]) -> Vec<bool> {
    let mut flags = vec![false; count];
    for index in matching {
        if let Some(flag) = flags.get_mut(*index) {
            *flag = true;
        }
    }
    flags
}

/// The DOM id of a state's focusable shape or marker.
pub fn target_id(iso2: &str) -> String {
    format!("map-{iso2}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::map::parse_map;
    use crate::model::site::parse_site;

    #[test]
    fn members_with_shapes_alphabetically() {
        let site = parse_site(
            r#"{"members": [
                {"name": "Zed", "iso2": "ZZ", "status": "participating"},
                {"name": "Aland", "iso2": "AA", "status": "observer"},
                {"name": "Faraway", "iso2": "FF", "status": "observer"}
            ]}"#,
        )
        .expect("the test site parses");
        let map = parse_map(
            r#"{"width": 100, "height": 50, "shapes": [
                {"iso2": "ZZ", "name": "Zed", "c": [1, 1], "a": 900, "d": "M0 0z"},
                {"iso2": "AA", "name": "Aland", "c": [2, 2], "a": 1, "d": ""}
            ]}"#,
        )
        .expect("the test map parses");
        let placed = place(&site, &map);
        let order: Vec<&str> = placed.iter().map(|p| p.iso2.as_str()).collect();
        assert_eq!(order, ["AA", "ZZ"]);
        assert!(placed[0].marker && !placed[1].marker, "tiny Aland gets a marker");
        assert_eq!((placed[0].member, placed[0].shape), (1, 1));
    }

    #[test]
    fn flags_mark_the_matching_members() {
        assert_eq!(flags(3, &[0, 2, 7]), [true, false, true]);
        assert_eq!(flags(0, &[1]), Vec::<bool>::new());
    }
}
