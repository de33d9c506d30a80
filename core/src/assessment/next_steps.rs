//! What the results screen leads with: the strongest areas, then a few next
//! steps drawn from different areas with room to grow (so three steps are
//! not three variations on one theme).

use crate::content::ITEMS;
use crate::questionnaire::Area;
use crate::scoring::{self, Answers, Recommendation, Scores};
use crate::sorting;

/// The `n` highest-scoring areas, highest first (area order on ties).
pub fn strengths(scores: &Scores, n: usize) -> Vec<(Area, u8)> {
    let mut v: Vec<(Area, u8)> = scores
        .areas
        .iter()
        .filter_map(|(a, s)| s.map(|s| (*a, s)))
        .collect();
    sorting::sort_by_key(&mut v, |(_, s)| std::cmp::Reverse(*s));
    v.truncate(n);
    v
}

/// Up to `n` recommended steps, lowest-scoring items first, one per area
/// while there are areas left; then the next lowest items of any area.
pub fn next_steps(answers: &Answers, n: usize) -> Vec<Recommendation> {
    let all = scoring::recommendations(answers, ITEMS.len());
    let mut picked: Vec<Recommendation> = Vec::with_capacity(n);
    for r in &all {
        if picked.len() < n && !picked.iter().any(|p| p.item.area == r.item.area) {
            picked.push(*r);
        }
    }
    for r in &all {
        if picked.len() < n && !picked.iter().any(|p| p.item.id == r.item.id) {
            picked.push(*r);
        }
    }
    picked
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answers(step_of: impl Fn(usize) -> u8) -> Answers {
        ITEMS
            .iter()
            .enumerate()
            .map(|(i, item)| (item.id.0.to_string(), step_of(i)))
            .collect()
    }

    /// The step that scores `high` or low on item `i` (some items are reversed).
    fn step(i: usize, high: bool) -> u8 {
        if ITEMS[i].reversed == high {
            1
        } else {
            5
        }
    }

    #[test]
    fn steps_come_from_different_areas_when_possible() {
        // Every item low: many candidates in every area.
        let steps = next_steps(&answers(|i| step(i, false)), 3);
        assert_eq!(steps.len(), 3);
        let areas: Vec<_> = steps.iter().map(|r| r.item.area).collect();
        assert!(
            areas[0] != areas[1] && areas[1] != areas[2] && areas[0] != areas[2],
            "{areas:?}"
        );
    }

    #[test]
    fn one_weak_area_still_gives_several_steps() {
        let weak = ITEMS[0].area;
        let only_one = answers(|i| step(i, ITEMS[i].area != weak));
        let steps = next_steps(&only_one, 3);
        assert!(!steps.is_empty());
        assert!(steps.iter().all(|r| r.item.area == weak));
        let ids: Vec<_> = steps.iter().map(|r| r.item.id).collect();
        let mut unique = ids.clone();
        unique.dedup();
        assert_eq!(ids, unique, "no step twice");
    }

    #[test]
    fn strengths_are_the_highest_areas_first() {
        let weak = ITEMS[0].area;
        let s = scoring::score(&answers(|i| step(i, ITEMS[i].area != weak)));
        let top = strengths(&s, 2);
        assert_eq!(top.len(), 2);
        assert!(top.iter().all(|(a, _)| *a != weak));
        assert!(top[0].1 >= top[1].1);
    }
}
