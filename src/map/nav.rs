//! Keyboard movement between states on the map: an arrow key goes to the
//! nearest state in that direction, so moving around feels like looking
//! around the map rather than reading a list.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    Left,
    Right,
    Up,
    Down,
}

/// The index of the point nearest to `from` in `direction`; points mostly
/// sideways count as farther, so Right goes right before it goes up.
/// `None` when nothing lies that way.
pub fn nearest(points: &[(f64, f64)], from: usize, direction: Direction) -> Option<usize> {
    let (x0, y0) = *points.get(from)?;
    points
        .iter()
        .enumerate()
        .filter(|(i, _)| *i != from)
        .filter_map(|(i, &(x, y))| {
            let (dx, dy) = (x - x0, y - y0);
            // Along: distance in the wanted direction; across: sideways.
            let (along, across) = match direction {
                Direction::Right => (dx, dy),
                Direction::Left => (-dx, dy),
                Direction::Down => (dy, dx),
                Direction::Up => (-dy, dx),
            };
            (along > 0.0 && across.abs() <= along * 2.5).then_some((i, along + 2.0 * across.abs()))
        })
        .min_by(|a, b| a.1.total_cmp(&b.1))
        .map(|(i, _)| i)
}

#[cfg(test)]
mod tests {
    use super::*;

    // A small map:    0 (0,0)   1 (10,0)   2 (20,1)
    //                           3 (10,10)
    //                 4 (0,30)
    const POINTS: [(f64, f64); 5] = [(0.0, 0.0), (10.0, 0.0), (20.0, 1.0), (10.0, 10.0), (0.0, 30.0)];

    #[test]
    fn arrows_go_to_the_nearest_state_that_way() {
        assert_eq!(nearest(&POINTS, 0, Direction::Right), Some(1));
        assert_eq!(nearest(&POINTS, 1, Direction::Right), Some(2));
        assert_eq!(nearest(&POINTS, 1, Direction::Down), Some(3));
        assert_eq!(nearest(&POINTS, 3, Direction::Up), Some(1));
        assert_eq!(nearest(&POINTS, 2, Direction::Left), Some(1));
        assert_eq!(nearest(&POINTS, 3, Direction::Down), Some(4));
    }

    #[test]
    fn nothing_that_way_is_none() {
        assert_eq!(nearest(&POINTS, 2, Direction::Right), None);
        assert_eq!(nearest(&POINTS, 0, Direction::Up), None);
        assert_eq!(nearest(&POINTS, 99, Direction::Up), None);
        assert_eq!(nearest(&[], 0, Direction::Up), None);
    }
}
