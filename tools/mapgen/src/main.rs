//! Builds `public/data/map.json`, the member map's geometry, from Natural
//! Earth 1:50m country shapes (public domain) as packaged by the npm
//! `world-atlas` package (installed by `scripts/setup`).
//!
//!   cargo run -p mapgen --release [-- <countries-50m.json> <out.json>]
//!
//! Steps: decode the TopoJSON; keep rings near the region; project with
//! Equal Earth centred on 37.5°E; crop to the region's rectangle; simplify;
//! write one compact SVG path per country with its centroid and area, so
//! the map can give small states a marker. Re-running on the same input
//! gives the same file.

mod topology;

use std::collections::BTreeMap;

use budapest_process_site::map::geometry::{
    BBox, Point, centroid, clip_ring, path_data, signed_area, simplify,
};
use budapest_process_site::map::projection::project;
use serde_json::{Value, json};

/// The process spans Europe, the Black Sea, Central Asia and the Silk
/// Routes countries up to Bangladesh and western China.
const CENTRAL_MERIDIAN: f64 = 37.5;
const WEST: f64 = -24.5;
const EAST: f64 = 96.0;
const SOUTH: f64 = 19.5;
const NORTH: f64 = 71.5;
/// Output width in SVG units; coordinates are written as integers.
const WIDTH: f64 = 1000.0;
/// Douglas–Peucker tolerance and smallest kept island, in SVG units.
const TOLERANCE: f64 = 0.45;
const MIN_ISLAND: f64 = 1.2;

/// ISO 3166-1 numeric to alpha-2 for every state in the site data, so the
/// map can be joined to the members; Kosovo has no numeric code in Natural
/// Earth and is matched by name.
const ISO: &[(&str, &str)] = &[
    ("004", "AF"),
    ("008", "AL"),
    ("031", "AZ"),
    ("036", "AU"),
    ("040", "AT"),
    ("050", "BD"),
    ("051", "AM"),
    ("056", "BE"),
    ("070", "BA"),
    ("100", "BG"),
    ("112", "BY"),
    ("124", "CA"),
    ("156", "CN"),
    ("191", "HR"),
    ("196", "CY"),
    ("203", "CZ"),
    ("208", "DK"),
    ("233", "EE"),
    ("246", "FI"),
    ("250", "FR"),
    ("268", "GE"),
    ("276", "DE"),
    ("300", "GR"),
    ("348", "HU"),
    ("364", "IR"),
    ("368", "IQ"),
    ("372", "IE"),
    ("380", "IT"),
    ("398", "KZ"),
    ("417", "KG"),
    ("428", "LV"),
    ("438", "LI"),
    ("440", "LT"),
    ("442", "LU"),
    ("470", "MT"),
    ("498", "MD"),
    ("499", "ME"),
    ("528", "NL"),
    ("578", "NO"),
    ("586", "PK"),
    ("616", "PL"),
    ("620", "PT"),
    ("642", "RO"),
    ("643", "RU"),
    ("688", "RS"),
    ("703", "SK"),
    ("705", "SI"),
    ("724", "ES"),
    ("752", "SE"),
    ("756", "CH"),
    ("762", "TJ"),
    ("792", "TR"),
    ("795", "TM"),
    ("804", "UA"),
    ("807", "MK"),
    ("826", "GB"),
    ("840", "US"),
    ("860", "UZ"),
];

fn main() -> Result<(), String> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let input = args.first().map_or("node_modules/world-atlas/countries-50m.json", String::as_str);
    let output = args.get(1).map_or("public/data/map.json", String::as_str);
    let text =
        std::fs::read_to_string(input).map_err(|e| format!("{input}: {e} (run scripts/setup first)"))?;
    let topology: Value = serde_json::from_str(&text).map_err(|e| format!("{input}: {e}"))?;
    let map = build(&topology)?;
    let json = serde_json::to_string(&map).map_err(|e| e.to_string())?;
    std::fs::write(output, &json).map_err(|e| format!("{output}: {e}"))?;
    eprintln!(
        "wrote {output}: {} bytes, {} shapes",
        json.len(),
        map["shapes"].as_array().map_or(0, Vec::len)
    );
    Ok(())
}

fn build(topology: &Value) -> Result<Value, String> {
    let iso: BTreeMap<&str, &str> = ISO.iter().copied().collect();
    let features = topology::features(topology, "countries")?;

    // The crop rectangle in projected units: the widest west and east
    // extents and the highest and lowest latitudes of the region.
    let corner = |lon, lat| project(lon, lat, CENTRAL_MERIDIAN);
    let crop = BBox {
        min_x: corner(WEST, SOUTH).0.min(corner(WEST, NORTH).0),
        max_x: corner(EAST, SOUTH).0.max(corner(EAST, NORTH).0),
        min_y: corner(CENTRAL_MERIDIAN, SOUTH).1,
        max_y: corner(CENTRAL_MERIDIAN, NORTH).1,
    };
    let scale = WIDTH / (crop.max_x - crop.min_x);
    let height = ((crop.max_y - crop.min_y) * scale).round();
    // Projected units to SVG units (y down).
    let to_svg = |(x, y): Point| ((x - crop.min_x) * scale, (crop.max_y - y) * scale);

    let mut shapes = Vec::new();
    for feature in features {
        let mut rings: Vec<Vec<Point>> = Vec::new();
        // The unsimplified outline, for states too small to keep a shape.
        let mut full: Vec<Vec<Point>> = Vec::new();
        for ring in &feature.rings {
            // Skip rings far from the region before projecting: a ring that
            // straddles the projection's seam (Alaska) would smear across
            // the map.
            let (lo, hi) = ring.iter().fold((f64::MAX, f64::MIN), |(lo, hi), p| (lo.min(p.0), hi.max(p.0)));
            let (south, north) =
                ring.iter().fold((f64::MAX, f64::MIN), |(lo, hi), p| (lo.min(p.1), hi.max(p.1)));
            if hi < WEST - 20.0 || lo > EAST + 30.0 || north < SOUTH - 10.0 || south > NORTH + 15.0 {
                continue;
            }
            let projected: Vec<Point> = ring.iter().map(|(lon, lat)| corner(*lon, *lat)).collect();
            let clipped = clip_ring(&projected, crop);
            if clipped.len() < 3 {
                continue;
            }
            let svg: Vec<Point> = clipped.into_iter().map(to_svg).collect();
            rings.push(simplify(&svg, TOLERANCE));
            full.push(svg);
        }
        let largest = rings.iter().map(|r| signed_area(r).abs()).fold(0.0, f64::max);
        rings.retain(|r| {
            let area = signed_area(r).abs();
            area >= MIN_ISLAND || area == largest
        });
        let d = path_data(&rings);
        if full.is_empty() {
            continue;
        }
        // A state smaller than a few units (Liechtenstein) keeps an empty
        // path and its centroid: the map draws it as a marker.
        let outline = if d.is_empty() { &full } else { &rings };
        let main_ring = outline.iter().max_by(|a, b| signed_area(a).abs().total_cmp(&signed_area(b).abs()));
        let (cx, cy) = main_ring.and_then(|r| centroid(r)).unwrap_or((0.0, 0.0));
        let area: f64 = rings.iter().map(|r| signed_area(r).abs()).sum();
        let iso2 = feature
            .id
            .as_deref()
            .and_then(|id| iso.get(id).copied())
            .or((feature.name == "Kosovo").then_some("XK"));
        shapes.push(json!({
            "iso2": iso2,
            "name": feature.name,
            "c": [cx.round(), cy.round()],
            "a": area.round(),
            "d": d,
        }));
    }
    shapes.sort_by(|a, b| a["name"].as_str().cmp(&b["name"].as_str()));
    Ok(json!({
        "_about": "Country shapes for the member map, generated by tools/mapgen from Natural Earth 1:50m (public domain) via the world-atlas npm package. Equal Earth projection, central meridian 37.5°E, cropped to the region; coordinates in SVG units. Boundaries are de facto and do not imply endorsement.",
        "attribution": "Made with Natural Earth (public domain)",
        "width": WIDTH,
        "height": height,
        "shapes": shapes,
    }))
}
