//! Scoring and recommendations: answers → item scores → area scores → overall,
//! plus the ranked "next steps". Pure functions over the content table.
//!
//! The rules, so they can be explained to a user (the README's "The
//! self-check" section says the same in prose):
//! - An answer is a step 1..=5. Its item score is `(step - 1) * 25`, so 0, 25,
//!   50, 75 or 100; a reversed item ("it feels too late") is flipped first.
//! - Some items offer "doesn't apply to me" (stored as `NOT_APPLICABLE`, 0):
//!   someone who has never been to a meetup cannot say whether they prepare
//!   questions for one. Such answers are left out of the area's score
//!   entirely; they neither lower nor raise it.
//! - An area's score is the rounded mean of its scored items, and needs at
//!   least `MIN_SCORED` of them; with fewer (because most did not apply) the
//!   area says "too few answers to score" instead of a number built on one
//!   answer. An area with no answers at all has no score either.
//! - The overall score is the rounded mean of the area scores that exist, so
//!   every area weighs the same (each has 4–5 items).
//! - Bands describe where an area is, never a grade: 0–39 "just starting"
//!   (これから), 40–69 "growing" (育っています), 70–100 "going well"
//!   (よくできています).
//! - Recommendations: the tips of answered items scoring below 75 ("often" or
//!   "somewhat like me" counts as doing it well and is never recommended),
//!   lowest item score first, then lowest area score, then questionnaire
//!   order. An item that does not apply yet gives its reason's first step
//!   instead (once per reason, ranked like a score of 0): "I don't go to
//!   events yet" leads to "find one online event", not "prepare questions".

use std::collections::BTreeMap;

use crate::content::{first_step, ITEMS};
use crate::questionnaire::{Area, Item, ItemId, Tip, NOT_APPLICABLE};
use crate::sorting;

/// Saved answers, keyed by the item's stable key: a step 1..=5, or
/// `NOT_APPLICABLE` for "doesn't apply to me".
pub type Answers = BTreeMap<String, u8>;

/// An item score at or above this is "already done well".
pub const DOING_WELL: u8 = 75;

/// An area needs this many scored (not "doesn't apply") answers for a score.
pub const MIN_SCORED: usize = 2;

/// The wording band a score falls in; never shown as a grade.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Band {
    /// 0–39: just starting.
    Start,
    /// 40–69: growing.
    Growing,
    /// 70–100: going well.
    Strong,
}

impl Band {
    /// Every band, lowest first.
    pub const ALL: [Band; 3] = [Band::Start, Band::Growing, Band::Strong];

    /// The band's words in the string table ("Just starting", …).
    pub fn text(self) -> crate::i18n::UiText {
        use crate::i18n::UiText;
        match self {
            Band::Start => UiText::BandStart,
            Band::Growing => UiText::BandGrowing,
            Band::Strong => UiText::BandStrong,
        }
    }

    /// The band of a 0–100 score.
    pub fn of(score: u8) -> Band {
        match score {
            0..=39 => Band::Start,
            40..=69 => Band::Growing,
            _ => Band::Strong,
        }
    }
}

/// The item with stable key `id`, if any.
pub fn item(id: &str) -> Option<&'static Item> {
    ITEMS.iter().find(|i| i.id.0 == id)
}

/// The items of `area`, in questionnaire order.
pub fn items_in(area: Area) -> impl Iterator<Item = &'static Item> {
    ITEMS.iter().filter(move |i| i.area == area)
}

/// Whether `step` is a valid stored answer to `item`: 1..=5, or
/// "doesn't apply" where the item offers it.
pub fn is_valid_answer(item: &Item, step: u8) -> bool {
    (1..=5).contains(&step) || (step == NOT_APPLICABLE && item.na.is_some())
}

/// Whether the item was answered "doesn't apply to me".
pub fn does_not_apply(item: &Item, answers: &Answers) -> bool {
    item.na.is_some() && answers.get(item.id.0) == Some(&NOT_APPLICABLE)
}

/// Score 0..=100 of one answered item, or None for a missing, invalid or
/// "doesn't apply" answer.
pub fn item_score(item: &Item, answers: &Answers) -> Option<u8> {
    let step = *answers.get(item.id.0)?;
    if !(1..=5).contains(&step) {
        return None;
    }
    let step = if item.reversed { 6 - step } else { step };
    Some((step - 1) * 25)
}

/// The tip to show for an item given its answer: the first step of its
/// "doesn't apply" reason when it does not apply yet, else its own tip.
pub fn tip_for(item: &'static Item, answers: &Answers) -> &'static Tip {
    if does_not_apply(item, answers) {
        if let Some(tip) = item.na.and_then(first_step) {
            return tip;
        }
    }
    &item.tip
}

fn rounded_mean(values: impl Iterator<Item = u8>) -> Option<u8> {
    let (sum, n) = values.fold((0u32, 0u32), |(s, n), v| (s + u32::from(v), n + 1));
    // Round half up without floats: (2*sum + n) / (2*n).
    (n > 0).then(|| ((2 * sum + n) / (2 * n)) as u8)
}

/// Where an area stands for a set of answers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AreaStatus {
    /// Enough applicable answers: the area's 0–100 score.
    Scored(u8),
    /// Answered, but fewer than `MIN_SCORED` items applied.
    TooFewAnswers,
    /// No item of the area answered yet.
    Unanswered,
}

/// Whether `area` has a score for `answers`, too few applicable answers, or none.
pub fn area_status(area: Area, answers: &Answers) -> AreaStatus {
    let scored: Vec<u8> = items_in(area)
        .filter_map(|i| item_score(i, answers))
        .collect();
    if scored.len() >= MIN_SCORED {
        rounded_mean(scored.into_iter()).map_or(AreaStatus::Unanswered, AreaStatus::Scored)
    } else if items_in(area).any(|i| does_not_apply(i, answers)) || !scored.is_empty() {
        AreaStatus::TooFewAnswers
    } else {
        AreaStatus::Unanswered
    }
}

/// The area's 0–100 score, when it has one.
pub fn area_score(area: Area, answers: &Answers) -> Option<u8> {
    match area_status(area, answers) {
        AreaStatus::Scored(s) => Some(s),
        _ => None,
    }
}

/// All the scores of one set of answers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Scores {
    /// One entry per area, in `Area::ALL` order.
    pub areas: Vec<(Area, Option<u8>)>,
    /// The mean of the area scores, when at least one area has a score.
    pub overall: Option<u8>,
    /// Areas answered but with too few applicable answers to score.
    pub too_few: Vec<Area>,
}

impl Scores {
    /// The score of `area`, if it has one.
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

    /// Areas in the "going well" band, highest first: what the results lead
    /// with.
    pub fn strong_areas(&self) -> Vec<(Area, u8)> {
        let mut v: Vec<_> = self.scored().filter(|(_, s)| *s >= 70).collect();
        sorting::sort_by_key(&mut v, |(_, s)| std::cmp::Reverse(*s));
        v
    }

    /// Areas in the "just starting" or "growing" band, lowest first: the
    /// ones whose explanation the results page shows.
    pub fn weak_areas(&self) -> Vec<(Area, u8)> {
        let mut v: Vec<_> = self.scored().filter(|(_, s)| *s < 70).collect();
        sorting::sort_by_key(&mut v, |(_, s)| *s);
        v
    }

    fn scored(&self) -> impl Iterator<Item = (Area, u8)> + '_ {
        self.areas.iter().filter_map(|(a, s)| s.map(|s| (*a, s)))
    }
}

/// Scores every area and the overall mean for `answers`.
pub fn score(answers: &Answers) -> Scores {
    let statuses: Vec<_> = Area::ALL
        .iter()
        .map(|&a| (a, area_status(a, answers)))
        .collect();
    let areas: Vec<_> = statuses
        .iter()
        .map(|&(a, st)| match st {
            AreaStatus::Scored(s) => (a, Some(s)),
            _ => (a, None),
        })
        .collect();
    let too_few = statuses
        .iter()
        .filter(|(_, st)| *st == AreaStatus::TooFewAnswers)
        .map(|(a, _)| *a)
        .collect();
    let overall = rounded_mean(areas.iter().filter_map(|(_, s)| *s));
    Scores {
        areas,
        overall,
        too_few,
    }
}

/// The change of a score since last time, for wording such as
/// 「前回より7点上がりました」.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Change {
    /// Higher by this many points.
    Up(u8),
    /// Lower by this many points.
    Down(u8),
    /// Unchanged.
    Same,
}

impl Change {
    /// The change from `before` to `now`.
    pub fn between(before: u8, now: u8) -> Change {
        match now.cmp(&before) {
            std::cmp::Ordering::Greater => Change::Up(now - before),
            std::cmp::Ordering::Less => Change::Down(before - now),
            std::cmp::Ordering::Equal => Change::Same,
        }
    }
}

/// A recommended next step: the item it comes from, the tip to show (its
/// own, or a first step when the item does not apply yet) and its rank score.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Recommendation {
    /// The item the step comes from.
    pub item: &'static Item,
    /// The tip to show.
    pub tip: &'static Tip,
    /// The item's 0–100 score (0 for a first step); lower scores come first.
    pub item_score: u8,
    /// True when this is a first step for something not begun yet.
    pub first_step: bool,
}

impl Recommendation {
    /// The stable key of the item.
    pub fn id(&self) -> ItemId {
        self.item.id
    }
}

/// Up to `limit` recommendations, following the rules in the module doc.
pub fn recommendations(answers: &Answers, limit: usize) -> Vec<Recommendation> {
    let scores = score(answers);
    let mut seen_reasons = Vec::new();
    let mut recs: Vec<(u8, u8, usize, Recommendation)> = Vec::new();
    for (order, item) in ITEMS.iter().enumerate() {
        let area = scores.get(item.area).unwrap_or(0);
        if does_not_apply(item, answers) {
            let Some(na) = item.na else { continue };
            let Some(tip) = first_step(na) else { continue };
            if seen_reasons.contains(&na) {
                continue;
            }
            seen_reasons.push(na);
            let rec = Recommendation {
                item,
                tip,
                item_score: 0,
                first_step: true,
            };
            recs.push((0, area, order, rec));
            continue;
        }
        let Some(s) = item_score(item, answers) else {
            continue;
        };
        if s < DOING_WELL {
            let rec = Recommendation {
                item,
                tip: &item.tip,
                item_score: s,
                first_step: false,
            };
            recs.push((s, area, order, rec));
        }
    }
    sorting::sort_by_key(&mut recs, |(s, a, o, _)| (*s, *a, *o));
    recs.into_iter().take(limit).map(|(.., r)| r).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::questionnaire::NotApplicable;

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
        // (50 + 7*75) / 8 = 71.875 → 72
        assert_eq!(s.overall, Some(72));
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
        for item in items_in(Area::Social).take(2) {
            a.insert(item.id.0.into(), 4);
        }
        let s = score(&a);
        assert_eq!(s.get(Area::Social), Some(75));
        assert_eq!(s.get(Area::Hobbies), None);
        assert_eq!(area_status(Area::Hobbies, &a), AreaStatus::Unanswered);
        assert_eq!(s.overall, Some(75));
        assert!(s.too_few.is_empty());
        assert_eq!(score(&Answers::new()).overall, None);
    }

    /// The events area with its "I don't go to events yet" items answered so.
    fn events_not_begun(step_for_others: u8) -> Answers {
        let mut a = all_meaning(step_for_others);
        for item in items_in(Area::Events).filter(|i| i.na.is_some()) {
            a.insert(item.id.0.into(), NOT_APPLICABLE);
        }
        a
    }

    #[test]
    fn does_not_apply_is_left_out_of_the_area_score() {
        // Hobbies: two items don't apply, the other two score 100 and 50.
        let mut a = all_meaning(4);
        let hob: Vec<_> = items_in(Area::Hobbies).collect();
        let (na, applies): (Vec<&Item>, Vec<&Item>) = hob.iter().partition(|i| i.na.is_some());
        assert_eq!((na.len(), applies.len()), (2, 2));
        for i in &na {
            a.insert(i.id.0.into(), NOT_APPLICABLE);
        }
        a.insert(applies[0].id.0.into(), 5);
        a.insert(applies[1].id.0.into(), 3);
        // 75 if "doesn't apply" were left out, lower if it counted as 0.
        assert_eq!(area_score(Area::Hobbies, &a), Some(75));
        assert!(does_not_apply(na[0], &a));
        assert_eq!(item_score(na[0], &a), None);
    }

    #[test]
    fn an_area_with_too_few_applicable_answers_says_so_instead_of_scoring() {
        // Events: three of four items don't apply; one answer is not a score.
        let a = events_not_begun(5);
        assert_eq!(area_status(Area::Events, &a), AreaStatus::TooFewAnswers);
        let s = score(&a);
        assert_eq!(s.get(Area::Events), None);
        assert_eq!(s.too_few, vec![Area::Events]);
        // The other areas still score, and the overall leaves Events out.
        assert_eq!(s.overall, Some(100));
        // Social with every item "doesn't apply": too few as well.
        let mut b = all_meaning(3);
        for i in items_in(Area::Social) {
            b.insert(i.id.0.into(), NOT_APPLICABLE);
        }
        assert_eq!(area_status(Area::Social, &b), AreaStatus::TooFewAnswers);
    }

    #[test]
    fn does_not_apply_only_counts_where_the_item_offers_it() {
        let fixed = ITEMS.iter().find(|i| i.na.is_none()).unwrap();
        let open = ITEMS.iter().find(|i| i.na.is_some()).unwrap();
        assert!(!is_valid_answer(fixed, NOT_APPLICABLE));
        assert!(is_valid_answer(open, NOT_APPLICABLE));
        assert!(!is_valid_answer(open, 6));
        let mut a = Answers::new();
        a.insert(fixed.id.0.into(), NOT_APPLICABLE);
        assert!(!does_not_apply(fixed, &a));
        assert!(recommendations(&a, 10).is_empty());
    }

    #[test]
    fn not_going_to_events_yet_gives_one_first_step_not_preparation_tips() {
        let a = events_not_begun(5);
        let recs = recommendations(&a, 10);
        assert_eq!(recs.len(), 1, "one first step for the one reason");
        let r = recs[0];
        assert!(r.first_step);
        assert_eq!(r.item.area, Area::Events);
        let first = crate::content::first_step(NotApplicable::NoEvents).unwrap();
        assert_eq!(r.tip, first);
        assert_ne!(r.tip, &r.item.tip, "not the preparation tip");
        assert_eq!(tip_for(r.item, &a), first);
        // First steps come before ordinary tips.
        let mut b = events_not_begun(4);
        b.insert(ITEMS[0].id.0.into(), 2);
        assert!(recommendations(&b, 10)[0].first_step);
    }

    #[test]
    fn a_choice_not_to_do_something_gets_no_tip() {
        let side = item("car.side").unwrap();
        assert_eq!(side.na, Some(NotApplicable::NotConsidering));
        let mut a = all_meaning(5);
        a.insert(side.id.0.into(), NOT_APPLICABLE);
        assert!(recommendations(&a, 10).is_empty());
        assert_eq!(score(&a).get(Area::Career), Some(100));
    }

    #[test]
    fn change_since_last_time() {
        assert_eq!(Change::between(50, 57), Change::Up(7));
        assert_eq!(Change::between(57, 50), Change::Down(7));
        assert_eq!(Change::between(50, 50), Change::Same);
    }

    #[test]
    fn strong_areas_lead_highest_first() {
        let mut a = all_meaning(5);
        for i in items_in(Area::Keep) {
            a.insert(i.id.0.into(), 4);
        }
        for i in items_in(Area::Social) {
            a.insert(i.id.0.into(), 2);
        }
        let s = score(&a);
        let strong = s.strong_areas();
        assert_eq!(strong.last(), Some(&(Area::Keep, 75)));
        assert!(strong.iter().all(|(a, _)| *a != Area::Social));
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

#[cfg(test)]
mod enum_tests {
    use super::*;
    use crate::enum_check::check_all;
    use crate::i18n::Lang;

    /// Exhaustive: a new variant does not compile until it has a place in `ALL`.
    fn band_position(b: Band) -> usize {
        match b {
            Band::Start => 0,
            Band::Growing => 1,
            Band::Strong => 2,
        }
    }

    #[test]
    fn bands_are_listed_once_reachable_and_worded_in_both_languages() {
        check_all(&Band::ALL, band_position);
        let reached: Vec<Band> = (0..=100).map(Band::of).collect();
        for b in Band::ALL {
            assert!(reached.contains(&b), "{b:?} is never reached");
            assert_ne!(Lang::Ja.t(b.text()), Lang::En.t(b.text()));
        }
    }
}
