//! The map geometry (`public/data/map.json`, made by `tools/mapgen`) and
//! its join with the member list. Read tolerantly: a malformed shape is
//! skipped, and a member without a shape still appears in the list and the
//! legend counts; the join reports which.

use std::collections::HashMap;

use serde::Deserialize;

use super::ReadError;
use super::site::SiteData;

#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct Shape {
    pub iso2: Option<String>,
    pub name: String,
    /// Centroid of the largest part, in SVG units.
    #[serde(rename = "c")]
    pub centroid: (f64, f64),
    /// Area in square SVG units; tiny states get a marker.
    #[serde(rename = "a", default)]
    pub area: f64,
    /// SVG path; empty for states too small to draw.
    #[serde(rename = "d", default)]
    pub path: String,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct MapData {
    pub width: f64,
    pub height: f64,
    pub attribution: String,
    pub shapes: Vec<Shape>,
    pub skipped: Vec<String>,
}

/// Below this area (square SVG units at the default zoom, about 6×6
/// pixels) a state also gets a round marker so it can be found and hit.
pub const SMALL_AREA: f64 = 40.0;

pub fn parse_map(text: &str) -> Result<MapData, ReadError> {
    #[derive(Deserialize)]
    struct Raw {
        width: f64,
        height: f64,
        #[serde(default)]
        attribution: String,
        shapes: Vec<serde_json::Value>,
    }
    // Straight into the outline (no intermediate JSON tree: the shapes are
    // most of the file); the error's category says which failure it was.
    let raw: Raw = serde_json::from_str(text).map_err(|e| match e.classify() {
        serde_json::error::Category::Data => ReadError::not("a map file", e.to_string()),
        _ => ReadError::NotJson(e.to_string()),
    })?;
    if !(raw.width > 0.0 && raw.height > 0.0) {
        return Err(ReadError::not("a map file", "the map has no size"));
    }
    let mut skipped = Vec::new();
    let shapes = raw
        .shapes
        .into_iter()
        .enumerate()
        .filter_map(|(index, value)| match Shape::deserialize(value) {
            Ok(shape) if shape.centroid.0.is_finite() && shape.centroid.1.is_finite() => Some(shape),
            Ok(shape) => {
                skipped.push(format!("shape {:?}: bad centroid; skipped", shape.name));
                None
            }
            Err(e) => {
                skipped.push(format!("shapes[{index}]: {e}; skipped"));
                None
            }
        })
        .collect();
    Ok(MapData { width: raw.width, height: raw.height, attribution: raw.attribution, shapes, skipped })
}

/// How the members meet the map.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Join {
    /// Member ISO code to the index of its shape.
    pub shape_of: HashMap<String, usize>,
    /// Named members with no shape on this map (outside the region, or
    /// missing geometry): listed beside the map instead.
    pub off_map: Vec<String>,
    /// Members the sources count but do not name: never drawn.
    pub unnamed: usize,
}

pub fn join(site: &SiteData, map: &MapData) -> Join {
    let mut join = Join::default();
    for member in &site.members {
        match &member.iso2 {
            None => join.unnamed += 1,
            Some(iso) => match map.shapes.iter().position(|s| s.iso2.as_ref() == Some(iso)) {
                Some(index) => {
                    join.shape_of.insert(iso.clone(), index);
                }
                None => join.off_map.push(iso.clone()),
            },
        }
    }
    join
}

/// Whether a member is drawn with an extra marker (too small to find).
pub fn needs_marker(shape: &Shape) -> bool {
    shape.area < SMALL_AREA
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::site::parse_site;

    const MAP: &str = r#"{"width": 1000, "height": 500, "attribution": "NE", "shapes": [
        {"iso2": "AA", "name": "Aland", "c": [10, 10], "a": 900, "d": "M0 0l10 0 0 10z"},
        {"iso2": "TT", "name": "Tiny", "c": [50, 50], "a": 1, "d": ""},
        {"iso2": null, "name": "Elsewhere", "c": [5, 5], "a": 50, "d": "M1 1l1 0 0 1z"},
        {"name": "Broken"},
        {"iso2": "BB", "name": "Nowhere", "c": ["x", 1]}
    ]}"#;

    #[test]
    fn bad_shapes_are_skipped() {
        let map = parse_map(MAP).expect("the test map reads");
        assert_eq!(map.shapes.len(), 3);
        assert_eq!(map.skipped.len(), 2, "{:?}", map.skipped);
        assert!(matches!(parse_map("[]"), Err(ReadError::NotThisFile { .. })));
        assert!(matches!(parse_map(r#"{"width": 1"#), Err(ReadError::NotJson(_))));
        assert!(parse_map(r#"{"width": 0, "height": 1, "shapes": []}"#).is_err());
    }

    #[test]
    fn the_join_lists_every_member_somewhere() {
        let site = parse_site(
            r#"{"members": [
                {"name": "Aland", "iso2": "AA", "status": "participating"},
                {"name": "Tiny", "iso2": "TT", "status": "participating"},
                {"name": "Faraway", "iso2": "FF", "status": "observer"},
                {"name": "Unnamed", "iso2": null, "status": "observer", "placeholder": true}
            ]}"#,
        )
        .expect("the test site reads");
        let map = parse_map(MAP).expect("the test map reads");
        let join = join(&site, &map);
        assert_eq!(join.shape_of.get("AA"), Some(&0));
        assert_eq!(join.shape_of.get("TT"), Some(&1));
        assert_eq!(join.off_map, ["FF"]);
        assert_eq!(join.unnamed, 1);
        assert_eq!(join.shape_of.len() + join.off_map.len() + join.unnamed, site.members.len());
        assert!(needs_marker(&map.shapes[1]) && !needs_marker(&map.shapes[0]));
    }
}
