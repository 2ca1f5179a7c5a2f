//! The Equal Earth projection (Šavrič, Patterson and Jenny, 2018): an
//! equal-area world projection, so the map does not inflate the northern
//! members the way Mercator would. Pure maths, used by the map generator
//! (`tools/mapgen`) and tested here.

use crate::model::number;

const A1: f64 = 1.340264;
const A2: f64 = -0.081106;
const A3: f64 = 0.000893;
const A4: f64 = 0.003796;

fn m() -> f64 {
    3f64.sqrt() / 2.0
}

/// Longitude and latitude in degrees to projected x, y on the unit sphere
/// (y grows northwards; x is 0 on the central meridian `lon0`).
pub fn project(lon: f64, lat: f64, lon0: f64) -> (f64, f64) {
    let lambda = wrap_degrees(lon - lon0).to_radians();
    let phi = number::within(lat, -90.0, 90.0).to_radians();
    let theta = (m() * phi.sin()).asin();
    let t2 = theta * theta;
    let t6 = t2 * t2 * t2;
    let denominator = 3.0 * (9.0 * A4 * t6 * t2 + 7.0 * A3 * t6 + 3.0 * A2 * t2 + A1);
    let x = 2.0 * 3f64.sqrt() * lambda * theta.cos() / denominator;
    let y = theta * (A1 + A2 * t2 + t6 * (A3 + A4 * t2));
    (x, y)
}

/// Degrees folded into [-180, 180).
fn wrap_degrees(deg: f64) -> f64 {
    (deg + 180.0).rem_euclid(360.0) - 180.0
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The inverse of [`project`], to check it: Newton's method on θ, which
    /// converges in a handful of steps everywhere on the map.
    fn invert(x: f64, y: f64, lon0: f64) -> (f64, f64) {
        let mut theta = y;
        for _ in 0..12 {
            let t2 = theta * theta;
            let t6 = t2 * t2 * t2;
            let f = theta * (A1 + A2 * t2 + t6 * (A3 + A4 * t2)) - y;
            let derivative = A1 + 3.0 * A2 * t2 + t6 * (7.0 * A3 + 9.0 * A4 * t2);
            let delta = f / derivative;
            theta -= delta;
            if delta.abs() < 1e-12 {
                break;
            }
        }
        let t2 = theta * theta;
        let t6 = t2 * t2 * t2;
        let lambda = 3.0 * x * (9.0 * A4 * t6 * t2 + 7.0 * A3 * t6 + 3.0 * A2 * t2 + A1)
            / (2.0 * 3f64.sqrt() * theta.cos());
        let phi = number::within(theta.sin() / m(), -1.0, 1.0).asin();
        (wrap_degrees(lambda.to_degrees() + lon0), phi.to_degrees())
    }

    fn close(a: f64, b: f64, eps: f64) -> bool {
        (a - b).abs() < eps
    }

    #[test]
    fn known_points() {
        assert_eq!(project(0.0, 0.0, 0.0), (0.0, 0.0));
        // On the equator θ = 0, so x = 2√3·λ / (3·A1).
        let (x, y) = project(180.0 - 1e-9, 0.0, 0.0);
        assert!(close(x, 2.0 * 3f64.sqrt() * std::f64::consts::PI / (3.0 * A1), 1e-6), "{x}");
        assert_eq!(y, 0.0);
        // The pole is a line (flat-polar), at θ = π/3.
        let t = std::f64::consts::FRAC_PI_3;
        let pole = t * (A1 + A2 * t * t + t.powi(6) * (A3 + A4 * t * t));
        assert!(close(project(40.0, 90.0, 0.0).1, pole, 1e-12));
        assert!(close(project(40.0, 90.0, 0.0).0, project(-40.0, 90.0, 0.0).0.abs(), 1e-12));
    }

    #[test]
    fn symmetric_and_centred_on_lon0() {
        let (x1, y1) = project(37.6, 55.75, 0.0);
        let (x2, y2) = project(-37.6, -55.75, 0.0);
        assert!(close(x1, -x2, 1e-12) && close(y1, -y2, 1e-12));
        assert!(close(project(50.0, 30.0, 50.0).0, 0.0, 1e-12));
    }

    #[test]
    fn inverse_round_trips() {
        for lon in (-179..180).step_by(7) {
            for lat in (-89..90).step_by(5) {
                let (x, y) = project(f64::from(lon), f64::from(lat), 45.0);
                let (lon2, lat2) = invert(x, y, 45.0);
                assert!(close(lon2, f64::from(lon), 1e-7), "{lon},{lat} -> {lon2}");
                assert!(close(lat2, f64::from(lat), 1e-7), "{lon},{lat} -> {lat2}");
            }
        }
    }

    /// The defining property: equal areas on the globe stay equal on the
    /// map. A 1°×1° cell's projected area, divided by its area on the unit
    /// sphere, is the same at the equator, in Vienna and in Tashkent.
    #[test]
    fn areas_are_preserved() {
        let ratio = |lon: f64, lat: f64| {
            let d = 1.0;
            let corners = [(lon, lat), (lon + d, lat), (lon + d, lat + d), (lon, lat + d)];
            let p: Vec<(f64, f64)> = corners.iter().map(|(a, b)| project(*a, *b, 0.0)).collect();
            let area = (0..4)
                .map(|i| {
                    let (a, b) = (p[i], p[(i + 1) % 4]);
                    a.0 * b.1 - b.0 * a.1
                })
                .sum::<f64>()
                .abs()
                / 2.0;
            let sphere = d.to_radians() * ((lat + d).to_radians().sin() - lat.to_radians().sin());
            area / sphere
        };
        let equator = ratio(10.0, 0.0);
        for (lon, lat) in [(16.4, 48.2), (69.2, 41.3), (-9.1, 38.7), (90.4, 23.8), (30.0, 69.0)] {
            assert!(
                close(ratio(lon, lat) / equator, 1.0, 2e-3),
                "{lon},{lat}: {}",
                ratio(lon, lat) / equator
            );
        }
    }

    #[test]
    fn wraps_longitudes() {
        assert!(close(wrap_degrees(190.0), -170.0, 1e-12));
        assert!(close(wrap_degrees(-190.0), 170.0, 1e-12));
        assert!(close(project(370.0, 10.0, 0.0).0, project(10.0, 10.0, 0.0).0, 1e-12));
    }
}
