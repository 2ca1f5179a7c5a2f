//! Polygon helpers for the map: cropping to the region, simplifying,
//! measuring and writing compact SVG paths. Pure, host-tested; used by the
//! map generator (`tools/mapgen`) at build time.

use crate::model::number;

pub type Point = (f64, f64);

/// An axis-aligned box: (min x, min y, max x, max y).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct BBox {
    pub min_x: f64,
    pub min_y: f64,
    pub max_x: f64,
    pub max_y: f64,
}

impl BBox {
    pub fn contains(&self, (x, y): Point) -> bool {
        x >= self.min_x && x <= self.max_x && y >= self.min_y && y <= self.max_y
    }
}

/// Clips a closed ring to `bbox` (Sutherland–Hodgman; a ring's first point
/// is not repeated at its end). The result may be empty.
pub fn clip_ring(ring: &[Point], bbox: BBox) -> Vec<Point> {
    type Inside = fn(Point, BBox) -> bool;
    type Cross = fn(Point, Point, BBox) -> Point;
    // One (inside test, edge crossing) pair per side of the box.
    let edges: [(Inside, Cross); 4] = [
        (|p, b| p.0 >= b.min_x, |a, c, b| (b.min_x, a.1 + (c.1 - a.1) * (b.min_x - a.0) / (c.0 - a.0))),
        (|p, b| p.0 <= b.max_x, |a, c, b| (b.max_x, a.1 + (c.1 - a.1) * (b.max_x - a.0) / (c.0 - a.0))),
        (|p, b| p.1 >= b.min_y, |a, c, b| (a.0 + (c.0 - a.0) * (b.min_y - a.1) / (c.1 - a.1), b.min_y)),
        (|p, b| p.1 <= b.max_y, |a, c, b| (a.0 + (c.0 - a.0) * (b.max_y - a.1) / (c.1 - a.1), b.max_y)),
    ];
    let mut output: Vec<Point> = ring.to_vec();
    for (inside, cross) in edges {
        let input = std::mem::take(&mut output);
        let Some(&last) = input.last() else { break };
        let mut previous = last;
        for &point in &input {
            match (inside(point, bbox), inside(previous, bbox)) {
                (true, true) => output.push(point),
                (true, false) => {
                    output.push(cross(previous, point, bbox));
                    output.push(point);
                }
                (false, true) => output.push(cross(previous, point, bbox)),
                (false, false) => {}
            }
            previous = point;
        }
    }
    output
}

/// Signed area (shoelace): positive when the ring runs counter-clockwise in
/// a y-up system.
pub fn signed_area(ring: &[Point]) -> f64 {
    let n = ring.len();
    (0..n)
        .map(|i| {
            let (a, b) = (ring[i], ring[(i + 1) % n]);
            a.0 * b.1 - b.0 * a.1
        })
        .sum::<f64>()
        / 2.0
}

/// Area-weighted centroid of a ring; its first point if the area is zero.
pub fn centroid(ring: &[Point]) -> Option<Point> {
    let first = *ring.first()?;
    let area = signed_area(ring);
    if area.abs() < 1e-12 {
        return Some(first);
    }
    let n = ring.len();
    let (mut cx, mut cy) = (0.0, 0.0);
    for i in 0..n {
        let (a, b) = (ring[i], ring[(i + 1) % n]);
        let cross = a.0 * b.1 - b.0 * a.1;
        cx += (a.0 + b.0) * cross;
        cy += (a.1 + b.1) * cross;
    }
    Some((cx / (6.0 * area), cy / (6.0 * area)))
}

/// Douglas–Peucker simplification of a closed ring: points closer than
/// `tolerance` to the simplified outline are dropped. Rings that would fall
/// below three points keep their original shape's extreme points.
pub fn simplify(ring: &[Point], tolerance: f64) -> Vec<Point> {
    if ring.len() <= 4 {
        return ring.to_vec();
    }
    // Split the closed ring at its first point and the point farthest from
    // it, and simplify the two open halves.
    let start = ring[0];
    let far = (1..ring.len())
        .max_by(|a, b| distance_sq(ring[*a], start).total_cmp(&distance_sq(ring[*b], start)))
        .unwrap_or(ring.len() / 2);
    let mut first_half: Vec<Point> = ring[..=far].to_vec();
    let mut second_half: Vec<Point> = ring[far..].to_vec();
    second_half.push(start);
    first_half = douglas_peucker(&first_half, tolerance);
    second_half = douglas_peucker(&second_half, tolerance);
    first_half.pop();
    second_half.pop();
    first_half.extend(second_half);
    first_half
}

fn douglas_peucker(line: &[Point], tolerance: f64) -> Vec<Point> {
    if line.len() < 3 {
        return line.to_vec();
    }
    let mut keep = vec![false; line.len()];
    keep[0] = true;
    keep[line.len() - 1] = true;
    let mut stack = vec![(0, line.len() - 1)];
    while let Some((from, to)) = stack.pop() {
        let (mut worst, mut index) = (0.0, from);
        for i in from + 1..to {
            let d = segment_distance(line[i], line[from], line[to]);
            if d > worst {
                (worst, index) = (d, i);
            }
        }
        if worst > tolerance {
            keep[index] = true;
            stack.push((from, index));
            stack.push((index, to));
        }
    }
    line.iter().zip(keep).filter(|(_, k)| *k).map(|(p, _)| *p).collect()
}

fn distance_sq(a: Point, b: Point) -> f64 {
    (a.0 - b.0).powi(2) + (a.1 - b.1).powi(2)
}

fn segment_distance(p: Point, a: Point, b: Point) -> f64 {
    let length = distance_sq(a, b);
    if length == 0.0 {
        return distance_sq(p, a).sqrt();
    }
    let t = number::within(((p.0 - a.0) * (b.0 - a.0) + (p.1 - a.1) * (b.1 - a.1)) / length, 0.0, 1.0);
    distance_sq(p, (a.0 + t * (b.0 - a.0), a.1 + t * (b.1 - a.1))).sqrt()
}

/// Writes rings as a compact SVG path: integer coordinates, the first point
/// absolute and the rest as relative moves, repeated zero moves dropped.
pub fn path_data(rings: &[Vec<Point>]) -> String {
    let mut out = String::new();
    for ring in rings {
        let mut points: Vec<(i64, i64)> =
            ring.iter().map(|(x, y)| (x.round() as i64, y.round() as i64)).collect();
        points.dedup();
        if points.len() > 1 && points.first() == points.last() {
            points.pop();
        }
        if points.len() < 3 {
            continue;
        }
        let (mut px, mut py) = points[0];
        out.push_str(&format!("M{px} {py}"));
        out.push('l');
        let moves: Vec<String> = points[1..]
            .iter()
            .map(|&(x, y)| {
                let step = format!("{} {}", x - px, y - py);
                (px, py) = (x, y);
                step
            })
            .collect();
        out.push_str(&moves.join(" ").replace(" -", "-"));
        out.push('z');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const UNIT: BBox = BBox { min_x: 0.0, min_y: 0.0, max_x: 10.0, max_y: 10.0 };

    #[test]
    fn clipping_keeps_inside_cuts_across_and_drops_outside() {
        let inside = vec![(1.0, 1.0), (5.0, 1.0), (5.0, 5.0)];
        assert_eq!(clip_ring(&inside, UNIT), inside);
        let outside = vec![(20.0, 20.0), (30.0, 20.0), (30.0, 30.0)];
        assert!(clip_ring(&outside, UNIT).is_empty());
        let across = vec![(5.0, 5.0), (15.0, 5.0), (15.0, 8.0), (5.0, 8.0)];
        let clipped = clip_ring(&across, UNIT);
        assert!(clipped.iter().all(|p| UNIT.contains(*p)), "{clipped:?}");
        assert!((signed_area(&clipped).abs() - 15.0).abs() < 1e-9);
        // A ring around the whole box becomes the box.
        let around = vec![(-5.0, -5.0), (15.0, -5.0), (15.0, 15.0), (-5.0, 15.0)];
        assert!((signed_area(&clip_ring(&around, UNIT)).abs() - 100.0).abs() < 1e-9);
        assert!(clip_ring(&[], UNIT).is_empty());
    }

    #[test]
    fn areas_and_centroids() {
        let square = vec![(0.0, 0.0), (2.0, 0.0), (2.0, 2.0), (0.0, 2.0)];
        assert_eq!(signed_area(&square), 4.0);
        assert_eq!(centroid(&square), Some((1.0, 1.0)));
        let reversed: Vec<Point> = square.iter().rev().copied().collect();
        assert_eq!(signed_area(&reversed), -4.0);
        assert_eq!(centroid(&reversed), Some((1.0, 1.0)));
        assert_eq!(centroid(&[(3.0, 3.0), (3.0, 3.0)]), Some((3.0, 3.0)));
        assert_eq!(centroid(&[]), None);
    }

    #[test]
    fn simplification_drops_only_small_wiggles() {
        let mut ring = vec![];
        for i in 0..100 {
            let x = f64::from(i);
            ring.push((x, if i % 2 == 0 { 0.0 } else { 0.1 }));
        }
        ring.extend([(99.0, 50.0), (0.0, 50.0)]);
        let simple = simplify(&ring, 0.5);
        assert!(simple.len() <= 6, "{}", simple.len());
        assert!((signed_area(&simple).abs() - signed_area(&ring).abs()).abs() < 60.0);
        let detailed = simplify(&ring, 0.01);
        assert_eq!(detailed.len(), ring.len());
        let tiny = vec![(0.0, 0.0), (1.0, 0.0), (1.0, 1.0)];
        assert_eq!(simplify(&tiny, 10.0), tiny);
    }

    #[test]
    fn exact_path_strings() {
        let square = vec![(10.0, 10.0), (20.0, 10.0), (20.0, 25.0), (10.0, 25.0)];
        assert_eq!(path_data(std::slice::from_ref(&square)), "M10 10l10 0 0 15-10 0z");
        // Points that round together collapse; degenerate rings vanish.
        let wobbly = vec![(10.0, 10.0), (10.2, 10.1), (20.0, 10.0), (20.0, 25.0)];
        assert_eq!(path_data(&[wobbly]), "M10 10l10 0 0 15z");
        assert_eq!(path_data(&[vec![(1.0, 1.0), (1.2, 1.1)]]), "");
        assert_eq!(path_data(&[square.clone(), square]).matches('M').count(), 2);
    }
}
