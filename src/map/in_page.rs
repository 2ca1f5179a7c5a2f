//! The map's geometry as a pre-rendered page holds it, so that hydrating
//! the page does not download `map.json` again.
//!
//! A map page's HTML draws every shape of the map file: it already carries
//! the geometry (10 KB brotli on `/members`), and fetching the file to
//! hydrate it would bring the same paths a second time. So the layers
//! write what the drawing alone does not show into `data-` attributes: the
//! map's size on the `<svg>`, each member state's centroid and area on its
//! shape. The render step marks the map file of such a page as in the page
//! (`rendered::SnapshotFile::in_page`); `public/boot.js` then rebuilds the
//! file's text from the drawing instead of downloading it, and `startup`
//! reads that text as it reads the file. If the drawing does not give it
//! back whole, boot.js downloads the file as before.
//!
//! The rebuilding is in boot.js rather than here: a few lines of script
//! cost every page less than the DOM calls would add to the core's wasm.

use crate::model::number;

/// A number as JSON: two decimals are finer than the map's SVG units.
fn json_number(value: f64) -> String {
    number::fixed(value, 2)
}

/// `data-size` on the map's `<svg>`: `[width,height]`.
pub fn size_attribute(width: f64, height: f64) -> String {
    format!("[{},{}]", json_number(width), json_number(height))
}

/// `data-c` on a state's shape: its centroid, `[x,y]` (`c` in the file).
pub fn centroid_attribute((x, y): (f64, f64)) -> String {
    format!("[{},{}]", json_number(x), json_number(y))
}

/// `data-a` on a state's shape: its area (`a` in the file).
pub fn area_attribute(area: f64) -> String {
    json_number(area)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::{Value, json};

    #[test]
    fn the_attributes_are_the_files_numbers_as_json() {
        let read = |text: String| serde_json::from_str::<Value>(&text).ok();
        assert_eq!(read(size_attribute(1000.0, 472.5)), Some(json!([1000.0, 472.5])));
        assert_eq!(read(centroid_attribute((-3.25, 240.0))), Some(json!([-3.25, 240.0])));
        assert_eq!(read(area_attribute(5089.0)), Some(json!(5089.0)));
        assert_eq!(read(area_attribute(0.4)), Some(json!(0.4)));
    }
}
