//! Scoring and recommendations: answers → item scores → area scores → overall,
//! plus the ranked "next steps". Pure functions over the content table.
//!
//! The rules, so they can be explained to a user:
//! - An answer is a step 1..=5. Its item score is `(step - 1) * 25`, so 0, 25,
//!   50, 75 or 100; a reversed item ("it feels too late") is flipped first.
//! - An area's score is the rounded mean of its answered items' scores; an
//!   area with no answers has no score (partial assessments stay honest).
//! - The overall score is the rounded mean of the area scores that exist, so
//!   every area weighs the same however many items it has.
//! - Bands: 0–39 "starting point", 40–69 "growing", 70–100 "strong".
//! - Recommendations: the tips of answered items scoring below 75 ("often" or
//!   "mostly like me" counts as doing it well and is never recommended), lowest
//!   item score first, then lowest area score, then questionnaire order.

use std::collections::BTreeMap;

use super::content::ITEMS;
use super::questionnaire::{Area, Item, ItemId};

/// Saved answers, keyed by the item's stable key.
pub type Answers = BTreeMap<String, u8>;

/// An item score at or above this is "already done well".
pub const DOING_WELL: u8 = 75;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Band {
    Start,
    Growing,
    Strong,
}

impl Band {
    pub fn of(score: u8) -> Band {
        match score {
            0..=39 => Band::Start,
            40..=69 => Band::Growing,
            _ => Band::Strong,
        }
    }
}

pub fn item(id: &str) -> Option<&'static Item> {
    ITEMS.iter().find(|i| i.id.0 == id)
}

pub fn items_in(area: Area) -> impl Iterator<Item = &'static Item> {
    ITEMS.iter().filter(move |i| i.area == area)
}

/// Score 0..=100 of one answered item, or None for a missing or invalid step.
pub fn item_score(item: &Item, answers: &Answers) -> Option<u8> {
    let step = *answers.get(item.id.0)?;
    if !(1..=5).contains(&step) {
        return None;
    }
    let step = if item.reversed { 6 - step } else { step };
    Some((step - 1) * 25)
}

fn rounded_mean(values: impl Iterator<Item = u8>) -> Option<u8> {
    let (sum, n) = values.fold((0u32, 0u32), |(s, n), v| (s + u32::from(v), n + 1));
    // Round half up without floats: (2*sum + n) / (2*n).
    (n > 0).then(|| ((2 * sum + n) / (2 * n)) as u8)
}

pub fn area_score(area: Area, answers: &Answers) -> Option<u8> {
    rounded_mean(items_in(area).filter_map(|i| item_score(i, answers)))
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Scores {
    /// One entry per area, in `Area::ALL` order.
    pub areas: Vec<(Area, Option<u8>)>,
    pub overall: Option<u8>,
}

impl Scores {
    pub fn get(&self, area: Area) -> Option<u8> {
        self.areas
            .iter()
            .find(|(a, _)| *a == area)
            .and_then(|(_, s)| *s)
    }

    /// The highest-scoring area (first in order on ties).
    pub fn strongest(&self) -> Option<(Area, u8)> {
        self.scored().fold(None, |best, (a, s)| match best {
            Some((_, bs)) if bs >= s => best,
            _ => Some((a, s)),
        })
    }

    /// The lowest-scoring area (first in order on ties).
    pub fn weakest(&self) -> Option<(Area, u8)> {
        self.scored().fold(None, |worst, (a, s)| match worst {
            Some((_, ws)) if ws <= s => worst,
            _ => Some((a, s)),
        })
    }

    /// Areas in the "starting point" or "growing" band, lowest first: the
    /// ones whose explanation the results page shows.
    pub fn weak_areas(&self) -> Vec<(Area, u8)> {
        let mut v: Vec<_> = self.scored().filter(|(_, s)| *s < 70).collect();
        v.sort_by_key(|(_, s)| *s);
        v
    }

    fn scored(&self) -> impl Iterator<Item = (Area, u8)> + '_ {
        self.areas.iter().filter_map(|(a, s)| s.map(|s| (*a, s)))
    }
}

pub fn score(answers: &Answers) -> Scores {
    let areas: Vec<_> = Area::ALL
        .iter()
        .map(|&a| (a, area_score(a, answers)))
        .collect();
    let overall = rounded_mean(areas.iter().filter_map(|(_, s)| *s));
    Scores { areas, overall }
}

/// A recommended next step: the item it comes from and its score.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Recommendation {
    pub item: &'static Item,
    pub item_score: u8,
}

impl Recommendation {
    pub fn id(&self) -> ItemId {
        self.item.id
    }
}

/// Up to `limit` recommendations, following the rules in the module doc.
pub fn recommendations(answers: &Answers, limit: usize) -> Vec<Recommendation> {
    let scores = score(answers);
    let mut recs: Vec<(u8, u8, usize, Recommendation)> = ITEMS
        .iter()
        .enumerate()
        .filter_map(|(order, item)| {
            let s = item_score(item, answers)?;
            (s < DOING_WELL).then(|| {
                let area = scores.get(item.area).unwrap_or(100);
                (
                    s,
                    area,
                    order,
                    Recommendation {
                        item,
                        item_score: s,
                    },
                )
            })
        })
        .collect();
    recs.sort_by_key(|(s, a, o, _)| (*s, *a, *o));
    recs.into_iter().take(limit).map(|(.., r)| r).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all(step: u8) -> Answers {
        ITEMS.iter().map(|i| (i.id.0.to_string(), step)).collect()
    }

    /// Answers as if every behaviour were at `step`, with reversed items
    /// answered to mean the same thing.
    fn all_meaning(step: u8) -> Answers {
        ITEMS
            .iter()
            .map(|i| (i.id.0.to_string(), if i.reversed { 6 - step } else { step }))
            .collect()
    }

    #[test]
    fn all_lowest_scores_zero_everywhere() {
        let s = score(&all_meaning(1));
        assert_eq!(s.overall, Some(0));
        assert!(s.areas.iter().all(|(_, v)| *v == Some(0)));
        assert_eq!(Band::of(0), Band::Start);
    }

    #[test]
    fn all_highest_scores_hundred_everywhere() {
        let s = score(&all_meaning(5));
        assert_eq!(s.overall, Some(100));
        assert!(s.areas.iter().all(|(_, v)| *v == Some(100)));
        assert!(recommendations(&all_meaning(5), 10).is_empty());
    }

    #[test]
    fn reversed_item_is_flipped() {
        let rev = ITEMS.iter().find(|i| i.reversed).expect("a reversed item");
        let mut a = Answers::new();
        a.insert(rev.id.0.into(), 5);
        assert_eq!(item_score(rev, &a), Some(0));
        a.insert(rev.id.0.into(), 1);
        assert_eq!(item_score(rev, &a), Some(100));
    }

    #[test]
    fn all_same_raw_answer_differs_only_through_reversed_items() {
        let s = score(&all(3));
        assert_eq!(s.overall, Some(50));
    }

    #[test]
    fn mixed_answers_score_by_area_mean_and_equal_area_weight() {
        // Hobbies: steps 5,5,1,1 → 100,100,0,0 → 50; every other area: 4 → 75
        // (reversed mindset item answered 2 → 75).
        let mut a = all_meaning(4);
        let hob: Vec<_> = items_in(Area::Hobbies).collect();
        for (i, item) in hob.iter().enumerate() {
            a.insert(item.id.0.into(), if i < 2 { 5 } else { 1 });
        }
        let s = score(&a);
        assert_eq!(s.get(Area::Hobbies), Some(50));
        assert_eq!(s.get(Area::Trust), Some(75));
        // (50 + 6*75) / 7 = 71.43 → 71
        assert_eq!(s.overall, Some(71));
        assert_eq!(s.weakest(), Some((Area::Hobbies, 50)));
        assert_eq!(s.strongest().map(|(_, v)| v), Some(75));
    }

    #[test]
    fn rounding_is_half_up() {
        // Two items: 25 and 50 → 37.5 → 38.
        let items: Vec<_> = items_in(Area::Events).take(2).collect();
        let mut a = Answers::new();
        a.insert(items[0].id.0.into(), 2);
        a.insert(items[1].id.0.into(), 3);
        assert_eq!(area_score(Area::Events, &a), Some(38));
    }

    #[test]
    fn partial_answers_leave_unanswered_areas_unscored() {
        let mut a = Answers::new();
        let first = items_in(Area::Social).next().unwrap();
        a.insert(first.id.0.into(), 4);
        let s = score(&a);
        assert_eq!(s.get(Area::Social), Some(75));
        assert_eq!(s.get(Area::Hobbies), None);
        assert_eq!(s.overall, Some(75));
        assert_eq!(score(&Answers::new()).overall, None);
    }

    #[test]
    fn invalid_steps_and_unknown_keys_are_ignored() {
        let mut a = Answers::new();
        a.insert("no.such.item".into(), 5);
        let first = &ITEMS[0];
        a.insert(first.id.0.into(), 9);
        assert_eq!(score(&a).overall, None);
        assert!(recommendations(&a, 5).is_empty());
    }

    #[test]
    fn recommendations_rank_lowest_items_first_and_skip_done_well() {
        let mut a = all_meaning(4); // everything "done well"
        let low = &ITEMS[5];
        let lower = &ITEMS[20];
        let mid = &ITEMS[12];
        let set = |a: &mut Answers, i: &Item, meaning: u8| {
            a.insert(
                i.id.0.into(),
                if i.reversed { 6 - meaning } else { meaning },
            );
        };
        set(&mut a, low, 2);
        set(&mut a, lower, 1);
        set(&mut a, mid, 3);
        let recs = recommendations(&a, 10);
        let ids: Vec<_> = recs.iter().map(|r| r.item.id).collect();
        assert_eq!(ids, vec![lower.id, low.id, mid.id]);
        assert!(recs.iter().all(|r| r.item_score < DOING_WELL));
        assert_eq!(recommendations(&a, 2).len(), 2);
    }

    #[test]
    fn equal_item_scores_rank_weaker_area_first() {
        let mut a = all_meaning(5);
        let hob: Vec<_> = items_in(Area::Hobbies).collect();
        let trust: Vec<_> = items_in(Area::Trust).collect();
        // One trust item at 0 (trust area stays high), two hobby items at 0.
        a.insert(trust[0].id.0.into(), 1);
        a.insert(hob[0].id.0.into(), 1);
        a.insert(hob[1].id.0.into(), 1);
        let recs = recommendations(&a, 3);
        assert_eq!(recs[0].item.area, Area::Hobbies);
        assert_eq!(recs[1].item.area, Area::Hobbies);
        assert_eq!(recs[2].item.area, Area::Trust);
    }

    #[test]
    fn bands() {
        assert_eq!(Band::of(39), Band::Start);
        assert_eq!(Band::of(40), Band::Growing);
        assert_eq!(Band::of(69), Band::Growing);
        assert_eq!(Band::of(70), Band::Strong);
        assert_eq!(Band::of(100), Band::Strong);
    }
}
