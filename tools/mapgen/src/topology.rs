//! Just enough TopoJSON to read `world-atlas`: quantised, delta-encoded
//! arcs, and Polygon / MultiPolygon geometries that reference them.

use serde_json::Value;

pub type Ring = Vec<(f64, f64)>;

pub struct Feature {
    /// ISO 3166-1 numeric code as a string ("008"); absent for some areas.
    pub id: Option<String>,
    pub name: String,
    /// Rings in longitude/latitude degrees (outer rings and holes alike).
    pub rings: Vec<Ring>,
}

/// Decodes every geometry of the object `object` in a topology.
pub fn features(topology: &Value, object: &str) -> Result<Vec<Feature>, String> {
    let arcs = decode_arcs(topology)?;
    let geometries = topology["objects"][object]["geometries"]
        .as_array()
        .ok_or_else(|| format!("no objects.{object}.geometries"))?;
    geometries
        .iter()
        .map(|geometry| {
            let polygons: Vec<&Value> = match geometry["type"].as_str() {
                Some("Polygon") => vec![&geometry["arcs"]],
                Some("MultiPolygon") => {
                    geometry["arcs"].as_array().map(|p| p.iter().collect()).unwrap_or_default()
                }
                _ => Vec::new(),
            };
            let mut rings = Vec::new();
            for polygon in polygons {
                for ring in polygon.as_array().into_iter().flatten() {
                    rings.push(stitch(ring, &arcs)?);
                }
            }
            Ok(Feature {
                id: geometry["id"].as_str().map(str::to_owned),
                name: geometry["properties"]["name"].as_str().unwrap_or("").to_owned(),
                rings,
            })
        })
        .collect()
}

/// Absolute coordinates of every arc, undoing quantisation and deltas.
fn decode_arcs(topology: &Value) -> Result<Vec<Ring>, String> {
    let transform = &topology["transform"];
    let number = |v: &Value| v.as_f64().ok_or("transform is not numeric");
    let (sx, sy) = (number(&transform["scale"][0])?, number(&transform["scale"][1])?);
    let (tx, ty) = (number(&transform["translate"][0])?, number(&transform["translate"][1])?);
    let arcs = topology["arcs"].as_array().ok_or("no arcs")?;
    Ok(arcs
        .iter()
        .map(|arc| {
            let (mut x, mut y) = (0.0, 0.0);
            arc.as_array()
                .into_iter()
                .flatten()
                .map(|point| {
                    x += point[0].as_f64().unwrap_or(0.0);
                    y += point[1].as_f64().unwrap_or(0.0);
                    (x * sx + tx, y * sy + ty)
                })
                .collect()
        })
        .collect())
}

/// Joins a ring's arcs; index `!i` (negative) means arc `i` reversed. Each
/// arc after the first repeats the previous arc's last point, dropped here.
fn stitch(ring: &Value, arcs: &[Ring]) -> Result<Ring, String> {
    let mut points: Ring = Vec::new();
    for index in ring.as_array().ok_or("ring is not a list")? {
        let index = index.as_i64().ok_or("arc index is not a number")?;
        let (arc, reversed) = if index < 0 { (!index, true) } else { (index, false) };
        let arc = arcs.get(arc as usize).ok_or(format!("arc {arc} does not exist"))?;
        let mut part: Ring = arc.clone();
        if reversed {
            part.reverse();
        }
        if !points.is_empty() && !part.is_empty() {
            part.remove(0);
        }
        points.extend(part);
    }
    if points.len() > 1 && points.first() == points.last() {
        points.pop();
    }
    Ok(points)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn decodes_a_small_topology() {
        // Two squares side by side; the third geometry walks the first one
        // backwards through reversed arcs (`!i`).
        let topology = json!({
            "type": "Topology",
            "transform": {"scale": [0.5, 0.5], "translate": [10.0, 20.0]},
            "arcs": [
                [[0, 0], [2, 0], [0, 2]],
                [[2, 2], [-2, 0], [0, -2]],
                [[2, 0], [2, 0], [0, 2], [-2, 0]],
                [[2, 2], [0, -2]]
            ],
            "objects": {"countries": {"type": "GeometryCollection", "geometries": [
                {"type": "Polygon", "id": "001", "properties": {"name": "West"}, "arcs": [[0, 1]]},
                {"type": "MultiPolygon", "id": "002", "properties": {"name": "East"}, "arcs": [[[2, 3]]]},
                {"type": "Polygon", "properties": {"name": "Nameless"}, "arcs": [[-2, -1]]}
            ]}}
        });
        let decoded = features(&topology, "countries").unwrap_or_default();
        assert_eq!(decoded.len(), 3);
        assert_eq!(decoded[0].rings[0], vec![(10.0, 20.0), (11.0, 20.0), (11.0, 21.0), (10.0, 21.0)]);
        assert_eq!(decoded[1].id.as_deref(), Some("002"));
        assert_eq!(decoded[1].rings[0].len(), 4);
        assert_eq!(decoded[2].id, None);
        assert_eq!(decoded[2].rings[0], vec![(10.0, 20.0), (10.0, 21.0), (11.0, 21.0), (11.0, 20.0)]);
        assert!(features(&json!({}), "countries").is_err());
    }
}
