//! The site's icon: "BP" in white strokes on the brand colour, as an SVG
//! (committed as `public/icons/icon.svg`, so `trunk serve` has it too) and
//! as PNGs at the sizes phones and the web app manifest ask for, drawn here
//! from the same geometry when the render step runs. Full-bleed, with the
//! letters inside the middle 60%, so it also works as a maskable icon.

use flate2::Compression;
use flate2::Crc;
use flate2::write::ZlibEncoder;
use std::io::Write;

/// The brand colour (`--brand` in style/main.css).
const BRAND: [u8; 3] = [0x0b, 0x4f, 0x6c];
const WHITE: [u8; 3] = [0xff, 0xff, 0xff];
/// The icon is drawn on a 100 x 100 grid.
const GRID: f64 = 100.0;
const STROKE: f64 = 7.0;

/// PNG sizes written beside the SVG (`icons/icon-<size>.png`): the
/// manifest's two and Apple's touch icon.
pub const PNG_SIZES: [u32; 3] = [180, 192, 512];

/// A stroke: a straight segment, or a clockwise half circle from `from`
/// (top) round the right side to the point below it.
enum Stroke {
    Line { from: (f64, f64), to: (f64, f64) },
    HalfCircle { centre: (f64, f64), radius: f64 },
}

/// "B" and "P", each a stem and bowls of lines and half circles.
fn strokes() -> Vec<Stroke> {
    let (top, middle, bottom) = (30.0, 49.0, 70.0);
    let mut strokes = Vec::new();
    // B: stem, upper bowl, lower (slightly wider) bowl.
    let b = 22.0;
    strokes.push(Stroke::Line { from: (b, top), to: (b, bottom) });
    bowl(&mut strokes, b, 36.0, top, middle);
    bowl(&mut strokes, b, 38.0, middle, bottom);
    // P: stem and one bowl.
    let p = 58.0;
    strokes.push(Stroke::Line { from: (p, top), to: (p, bottom) });
    bowl(&mut strokes, p, 72.0, top, middle + 2.0);
    strokes
}

/// A bowl from the stem at `x`: across at `top`, round, and back at `bottom`.
fn bowl(strokes: &mut Vec<Stroke>, x: f64, turn: f64, top: f64, bottom: f64) {
    let radius = (bottom - top) / 2.0;
    strokes.push(Stroke::Line { from: (x, top), to: (turn, top) });
    strokes.push(Stroke::HalfCircle { centre: (turn, top + radius), radius });
    strokes.push(Stroke::Line { from: (turn, bottom), to: (x, bottom) });
}

/// The icon as SVG.
pub fn svg() -> String {
    let mut path = String::new();
    for stroke in strokes() {
        match stroke {
            Stroke::Line { from, to } => path.push_str(&format!("M{} {}L{} {}", from.0, from.1, to.0, to.1)),
            Stroke::HalfCircle { centre, radius } => path.push_str(&format!(
                "M{} {}A{radius} {radius} 0 0 1 {} {}",
                centre.0,
                centre.1 - radius,
                centre.0,
                centre.1 + radius
            )),
        }
    }
    let hex = |c: [u8; 3]| format!("#{:02x}{:02x}{:02x}", c[0], c[1], c[2]);
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {GRID} {GRID}\">\
         <rect width=\"{GRID}\" height=\"{GRID}\" fill=\"{}\"/>\
         <path d=\"{path}\" fill=\"none\" stroke=\"{}\" stroke-width=\"{STROKE}\" stroke-linecap=\"round\" stroke-linejoin=\"round\"/>\
         </svg>\n",
        hex(BRAND),
        hex(WHITE)
    )
}

/// How far `(x, y)` is from the stroke's centre line.
fn distance(stroke: &Stroke, (x, y): (f64, f64)) -> f64 {
    match *stroke {
        Stroke::Line { from, to } => {
            let (dx, dy) = (to.0 - from.0, to.1 - from.1);
            let length = dx * dx + dy * dy;
            let t = if length == 0.0 {
                0.0
            } else {
                (((x - from.0) * dx + (y - from.1) * dy) / length).clamp(0.0, 1.0)
            };
            (x - from.0 - t * dx).hypot(y - from.1 - t * dy)
        }
        Stroke::HalfCircle { centre, radius } => {
            if x >= centre.0 {
                ((x - centre.0).hypot(y - centre.1) - radius).abs()
            } else {
                // Left of the centre the ends are the nearest points.
                let top = (x - centre.0).hypot(y - (centre.1 - radius));
                let bottom = (x - centre.0).hypot(y - (centre.1 + radius));
                top.min(bottom)
            }
        }
    }
}

/// The icon drawn at `size` x `size` pixels, RGB, with 4 x 4 samples per
/// pixel for smooth edges.
pub fn pixels(size: u32) -> Vec<u8> {
    const SAMPLES: u32 = 4;
    let strokes = strokes();
    let scale = GRID / f64::from(size);
    let mut out = Vec::with_capacity((size * size * 3) as usize);
    for row in 0..size {
        for column in 0..size {
            let mut covered = 0u32;
            for sy in 0..SAMPLES {
                for sx in 0..SAMPLES {
                    let x = (f64::from(column) + (f64::from(sx) + 0.5) / f64::from(SAMPLES)) * scale;
                    let y = (f64::from(row) + (f64::from(sy) + 0.5) / f64::from(SAMPLES)) * scale;
                    if strokes.iter().any(|s| distance(s, (x, y)) <= STROKE / 2.0) {
                        covered += 1;
                    }
                }
            }
            let share = f64::from(covered) / f64::from(SAMPLES * SAMPLES);
            for (brand, white) in BRAND.iter().zip(WHITE) {
                let value = f64::from(*brand) + (f64::from(white) - f64::from(*brand)) * share;
                out.push(value.round().clamp(0.0, 255.0) as u8);
            }
        }
    }
    out
}

/// The icon as a PNG file (8-bit RGB).
pub fn png(size: u32) -> Result<Vec<u8>, String> {
    let rgb = pixels(size);
    let row = size as usize * 3;
    let mut raw = Vec::with_capacity(rgb.len() + size as usize);
    for line in rgb.chunks(row) {
        raw.push(0); // no filter
        raw.extend_from_slice(line);
    }
    let mut encoder = ZlibEncoder::new(Vec::new(), Compression::best());
    encoder.write_all(&raw).map_err(|e| e.to_string())?;
    let data = encoder.finish().map_err(|e| e.to_string())?;

    let mut header = Vec::with_capacity(13);
    header.extend_from_slice(&size.to_be_bytes());
    header.extend_from_slice(&size.to_be_bytes());
    header.extend_from_slice(&[8, 2, 0, 0, 0]); // 8 bits, RGB, deflate, no filter, no interlace
    let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
    chunk(&mut png, b"IHDR", &header);
    chunk(&mut png, b"IDAT", &data);
    chunk(&mut png, b"IEND", &[]);
    Ok(png)
}

fn chunk(png: &mut Vec<u8>, kind: &[u8; 4], data: &[u8]) {
    png.extend_from_slice(&(data.len() as u32).to_be_bytes());
    png.extend_from_slice(kind);
    png.extend_from_slice(data);
    let mut crc = Crc::new();
    crc.update(kind);
    crc.update(data);
    png.extend_from_slice(&crc.sum().to_be_bytes());
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_committed_svg_is_the_one_drawn_here() {
        let committed = std::fs::read_to_string("public/icons/icon.svg").unwrap_or_default();
        if std::env::var_os("BP_WRITE_ICON").is_some() {
            std::fs::write("public/icons/icon.svg", svg()).expect("writes the icon");
            return;
        }
        assert_eq!(committed, svg(), "run BP_WRITE_ICON=1 cargo test --features ssr icons to update it");
    }

    /// The chunks of a PNG file, each checked against its CRC.
    fn chunks(png: &[u8]) -> Vec<(String, Vec<u8>)> {
        assert_eq!(png.get(..8), Some(&b"\x89PNG\r\n\x1a\n"[..]), "PNG signature");
        let mut found = Vec::new();
        let mut at = 8;
        while at < png.len() {
            let length = u32::from_be_bytes(png[at..at + 4].try_into().expect("a length")) as usize;
            let kind = &png[at + 4..at + 8];
            let data = &png[at + 8..at + 8 + length];
            let stored =
                u32::from_be_bytes(png[at + 8 + length..at + 12 + length].try_into().expect("a CRC"));
            let mut crc = Crc::new();
            crc.update(kind);
            crc.update(data);
            assert_eq!(crc.sum(), stored, "CRC of {}", String::from_utf8_lossy(kind));
            found.push((String::from_utf8_lossy(kind).into_owned(), data.to_vec()));
            at += 12 + length;
        }
        found
    }

    #[test]
    fn pngs_decode_to_the_drawing() {
        use std::io::Read;
        for size in PNG_SIZES {
            let png = png(size).expect("encodes");
            let chunks = chunks(&png);
            let names: Vec<&str> = chunks.iter().map(|(n, _)| n.as_str()).collect();
            assert_eq!(names, ["IHDR", "IDAT", "IEND"]);
            let header = &chunks[0].1;
            assert_eq!(&header[..8], [size.to_be_bytes(), size.to_be_bytes()].concat());
            let mut raw = Vec::new();
            flate2::read::ZlibDecoder::new(&chunks[1].1[..]).read_to_end(&mut raw).expect("inflates");
            let row = size as usize * 3 + 1;
            assert_eq!(raw.len(), row * size as usize);
            let pixel = |x: f64, y: f64| {
                let (column, line) =
                    ((x / GRID * f64::from(size)) as usize, (y / GRID * f64::from(size)) as usize);
                raw[line * row + 1 + column * 3..line * row + 4 + column * 3].to_vec()
            };
            assert_eq!(pixel(2.0, 2.0), BRAND, "the corner is the brand colour");
            assert_eq!(pixel(22.0, 60.0), WHITE, "the stem of the B is white");
            assert_eq!(pixel(32.0, 39.5), BRAND, "inside the upper bowl of the B");
            assert_eq!(pixel(45.5, 39.5), WHITE, "the curve of the upper bowl");
        }
    }
}
