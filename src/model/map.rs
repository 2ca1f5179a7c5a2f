//! The map geometry (`public/data/map.json`, made by `tools/mapgen`) and
//! its join with the member list. Read tolerantly: a malformed shape is
//! skipped, and a member without a shape still appears in the list and the
//! legend counts; the join reports which.

use std::collections::HashMap;

use serde_json::Value;

use super::ReadError;
use super::json_text;
use super::site::SiteData;

#[derive(Clone, Debug, PartialEq)]
pub struct Shape {
    pub iso2: Option<String>,
    pub name: String,
    /// Centroid of the largest part, in SVG units (`c` in the file).
    pub centroid: (f64, f64),
    /// Area in square SVG units (`a`, 0 if absent); tiny states get a
    /// marker.
    pub area: f64,
    /// SVG path (`d`); empty for states too small to draw.
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

/// Reads the map file. Written by hand over a JSON tree, as the feed is:
/// the tree's reader is in every page's wasm already, while derived
/// readers would add their own code for this one file (about 3 KB brotli).
/// The tree's strings move into the shapes (the paths are most of the file).
pub fn parse_map(text: &str) -> Result<MapData, ReadError> {
    let top = json_text::parse(text).map_err(|e| ReadError::NotJson(e.to_string()))?;
    let not_a_map = |why: &str| ReadError::not("a map file", why.to_owned());
    let Value::Object(mut top) = top else { return Err(not_a_map("not a JSON object")) };
    let size = |key: &str| top.get(key).and_then(Value::as_f64).filter(|v| *v > 0.0 && v.is_finite());
    let (Some(width), Some(height)) = (size("width"), size("height")) else {
        return Err(not_a_map("the map has no size"));
    };
    let attribution = match top.remove("attribution") {
        None | Some(Value::Null) => String::new(),
        Some(Value::String(text)) => text,
        Some(_) => return Err(not_a_map("`attribution` is not text")),
    };
    let Some(Value::Array(list)) = top.remove("shapes") else { return Err(not_a_map("no list of `shapes`")) };
    let mut skipped = Vec::new();
    let shapes = list
        .into_iter()
        .enumerate()
        .filter_map(|(index, value)| match read_shape(value) {
            Ok(shape) => Some(shape),
            Err(why) => {
                skipped.push(format!("shapes[{index}]: {why}; skipped"));
                None
            }
        })
        .collect();
    Ok(MapData { width, height, attribution, shapes, skipped })
}

/// One shape, or why it cannot be drawn.
fn read_shape(value: Value) -> Result<Shape, String> {
    let Value::Object(mut shape) = value else { return Err("not a JSON object".into()) };
    let mut text = |key: &str| match shape.remove(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(text)) => Ok(Some(text)),
        Some(_) => Err(format!("`{key}` is not text")),
    };
    let name = text("name")?.ok_or("no `name`")?;
    let (iso2, path) = (text("iso2")?, text("d")?.unwrap_or_default());
    let centroid = match shape.get("c").and_then(Value::as_array).map(Vec::as_slice) {
        Some([x, y]) => match (x.as_f64(), y.as_f64()) {
            (Some(x), Some(y)) if x.is_finite() && y.is_finite() => (x, y),
            _ => return Err(format!("{name:?}: bad centroid `c`")),
        },
        _ => return Err(format!("{name:?}: no centroid `c` (two numbers)")),
    };
    let area = match shape.get("a") {
        None => 0.0,
        Some(a) => a.as_f64().ok_or_else(|| format!("{name:?}: area `a` is not a number"))?,
    };
    Ok(Shape { iso2, path, name, centroid, area })
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
        assert_eq!(
            map.skipped,
            [
                "shapes[3]: \"Broken\": no centroid `c` (two numbers); skipped",
                "shapes[4]: \"Nowhere\": bad centroid `c`; skipped"
            ]
        );
        assert_eq!(
            map.shapes[1],
            Shape {
                iso2: Some("TT".into()),
                name: "Tiny".into(),
                centroid: (50.0, 50.0),
                area: 1.0,
                path: String::new()
            }
        );
        assert_eq!(
            (map.shapes[2].iso2.as_deref(), map.width, map.attribution.as_str()),
            (None, 1000.0, "NE")
        );
        let odd = parse_map(
            r#"{"width": 1, "height": 1, "shapes": [7, {"c": [1, 1]}, {"name": 5, "c": [1, 1]},
                {"name": "A", "c": [1, 1], "a": "big"}, {"name": "B", "c": [1, 1, 1]}, {"name": "C", "c": [1, 2]}]}"#,
        )
        .expect("the odd map reads");
        assert_eq!(odd.shapes.len(), 1);
        assert_eq!(
            odd.skipped,
            [
                "shapes[0]: not a JSON object; skipped",
                "shapes[1]: no `name`; skipped",
                "shapes[2]: `name` is not text; skipped",
                "shapes[3]: \"A\": area `a` is not a number; skipped",
                "shapes[4]: \"B\": no centroid `c` (two numbers); skipped"
            ]
        );
        assert!(parse_map(r#"{"width": 1, "height": 1}"#).is_err());
        assert!(parse_map(r#"{"width": 1, "height": 1, "attribution": 3, "shapes": []}"#).is_err());
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
