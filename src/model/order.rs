//! The crate's one stable sort.
//!
//! The standard library's `sort_by` is generic over the element and the
//! comparison, so each call site with its own types gets its own copy of
//! the whole sort in the wasm (about 3 KB each, nine of them). Here the
//! sorting happens once, on positions, through a `dyn` comparison; a call
//! site adds only the few instructions that move its elements into the
//! order found. The one exception is the search worker's per-keystroke
//! sort of hits (`search::index`), where sorting in place is faster.

use std::cmp::Ordering;

/// Sorts `items` by `compare`, stably: equal elements keep their order.
pub fn sort_by<T>(items: &mut Vec<T>, compare: impl Fn(&T, &T) -> Ordering) {
    let order = positions_sorted_by(items.len(), &|a, b| match (items.get(a), items.get(b)) {
        (Some(a), Some(b)) => compare(a, b),
        _ => Ordering::Equal,
    });
    let mut slots: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(order.into_iter().filter_map(|at| slots.get_mut(at).and_then(Option::take)));
}

/// Sorts `items` by the key `key` gives each, stably.
pub fn sort_by_key<T, K: Ord>(items: &mut Vec<T>, key: impl Fn(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `items` in their natural order (stably, which only matters for
/// elements that are equal without being the same).
pub fn sort<T: Ord>(items: &mut Vec<T>) {
    sort_by(items, T::cmp);
}

/// The positions `0..len` in the order `compare` puts them, equal ones in
/// their first order. The only place that runs the standard sort.
pub fn positions_sorted_by(len: usize, compare: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..len).collect();
    order.sort_by(|&a, &b| compare(a, b));
    order
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_by_the_comparison_and_keeps_equal_elements_in_order() {
        let mut words = vec![("pear", 2), ("fig", 1), ("apple", 2), ("kiwi", 1), ("plum", 3)];
        sort_by(&mut words, |a, b| a.1.cmp(&b.1));
        assert_eq!(words, [("fig", 1), ("kiwi", 1), ("pear", 2), ("apple", 2), ("plum", 3)]);
        sort_by(&mut words, |a, b| b.1.cmp(&a.1));
        assert_eq!(words, [("plum", 3), ("pear", 2), ("apple", 2), ("fig", 1), ("kiwi", 1)]);
    }

    #[test]
    fn sorts_by_key_and_naturally() {
        let mut words = vec!["ccc".to_owned(), "a".to_owned(), "bb".to_owned(), "d".to_owned()];
        sort_by_key(&mut words, |w| std::cmp::Reverse(w.len()));
        assert_eq!(words, ["ccc", "bb", "a", "d"]);
        sort(&mut words);
        assert_eq!(words, ["a", "bb", "ccc", "d"]);
    }

    #[test]
    fn matches_the_standard_stable_sort_on_many_inputs() {
        // A small linear congruential sequence: many lengths, many ties.
        let mut seed: u32 = 12_345;
        for len in 0..200 {
            let mut items: Vec<(u32, usize)> = (0..len)
                .map(|at| {
                    seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                    ((seed >> 16) % 17, at)
                })
                .collect();
            let mut expected = items.clone();
            expected.sort_by_key(|item| item.0);
            sort_by_key(&mut items, |item| item.0);
            assert_eq!(items, expected, "length {len}");
        }
    }

    #[test]
    fn empty_and_single_lists_stay_as_they_are() {
        let mut none: Vec<i32> = Vec::new();
        sort(&mut none);
        assert!(none.is_empty());
        let mut one = vec![7];
        sort(&mut one);
        assert_eq!(one, [7]);
    }
}
