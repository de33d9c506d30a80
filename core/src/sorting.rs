//! One shared stable sort. Every `sort_by` on a new element type or with a
//! new closure is its own copy of the standard library's sort (about 3 KB of
//! wasm each, some thirty of them in this app); here the sorting itself runs
//! once, on indices with a comparison behind a reference, and each caller
//! only moves its elements into the order found.

use std::cmp::Ordering;

/// Sorts `items` stably by `cmp`, as `items.sort_by(cmp)` does.
pub fn sort_by<T>(items: &mut [T], cmp: impl Fn(&T, &T) -> Ordering) {
    let mut order: Vec<usize> = (0..items.len()).collect();
    sort_indices(&mut order, &|a, b| cmp(&items[a], &items[b]));
    permute(items, order);
}

/// Sorts `items` stably by the key `key` gives, as `sort_by_key` does.
pub fn sort_by_key<T, K: Ord>(items: &mut [T], key: impl Fn(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `items` stably in their natural order, as `sort` does.
pub fn sort<T: Ord>(items: &mut [T]) {
    sort_by(items, T::cmp);
}

/// The only copy of the standard sort: indices, compared through `cmp`.
#[inline(never)]
fn sort_indices(order: &mut [usize], cmp: &dyn Fn(usize, usize) -> Ordering) {
    order.sort_by(|&a, &b| cmp(a, b));
}

/// Moves the elements so that position `i` holds what was at `order[i]`,
/// in place and in linear time: each cycle of the permutation is walked
/// once, every element moving one step along it, and a place is marked done
/// (`order[j] = j`) once it holds its element.
fn permute<T>(items: &mut [T], mut order: Vec<usize>) {
    for start in 0..items.len() {
        let mut at = start;
        // Along the cycle, the element `start` held travels with the swaps
        // until it reaches the place that wants it.
        while order[at] != start {
            let from = order[at];
            items.swap(at, from);
            order[at] = at;
            at = from;
        }
        order[at] = at;
    }
}

// proptest is a native-only dev-dependency.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// The same order as the standard library's stable sort, ties
        /// included (each element carries its first position).
        #[test]
        fn sorts_like_the_standard_stable_sort(keys in proptest::collection::vec(0u8..6, 0..60)) {
            let mut ours: Vec<(u8, usize)> = keys.iter().copied().zip(0..).collect();
            let mut std = ours.clone();
            sort_by_key(&mut ours, |&(k, _)| k);
            std.sort_by_key(|&(k, _)| k);
            prop_assert_eq!(&ours, &std);
            sort_by(&mut ours, |a, b| b.cmp(a));
            std.sort_by(|a, b| b.cmp(a));
            prop_assert_eq!(&ours, &std);
            let mut plain = keys.clone();
            sort(&mut plain);
            let mut expected = keys;
            expected.sort();
            prop_assert_eq!(plain, expected);
        }
    }

    #[test]
    fn moves_owned_values_without_losing_any() {
        let mut names: Vec<String> = ["d", "b", "e", "a", "c", "b"].map(String::from).to_vec();
        sort(&mut names);
        assert_eq!(names, ["a", "b", "b", "c", "d", "e"]);
    }
}
