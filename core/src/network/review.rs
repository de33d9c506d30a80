//! The weekly review: what got done this week, who the user was in touch
//! with, who is due next week, and the actions a finished review creates for
//! next week. Weeks run Monday to Sunday.

use chrono::{DateTime, Days, NaiveDate, Utc};

use crate::document::{Action, ActionId, Document, PersonId, Recurrence, Status};
use crate::i18n::Lang;
use crate::people::PeopleIndex;
use crate::plan_text::{
    review_follow_up_title, review_next_title, review_record_title, review_share_title,
};
use crate::questionnaire::{ActionKind, Area};
use crate::schedule::{week_end, week_start};
use crate::sorting;

/// `from_item` of the done action that records a weekly review, so earlier
/// reviews can be listed. (Other actions carry a questionnaire item key.)
pub const REVIEW_MARKER: &str = "review.weekly";

/// What happened this week and what comes next, for the weekly review.
#[derive(Clone, Debug, PartialEq)]
pub struct WeekSummary {
    /// The Monday the week starts on.
    pub week_start: NaiveDate,
    /// Actions completed this week, in completion order.
    pub done: Vec<ActionId>,
    /// People with contact logged this week and how many times, most first.
    pub met: Vec<(PersonId, u32)>,
    /// People whose follow-up is due by the end of next week, soonest first.
    pub due_next_week: Vec<PersonId>,
}

/// The Monday after `today`'s week.
pub fn next_week_start(today: NaiveDate) -> NaiveDate {
    week_start(today) + Days::new(7)
}

/// One pass over actions and the log; people come from the index.
pub fn summarize(doc: &Document, index: &PeopleIndex, today: NaiveDate) -> WeekSummary {
    let start = week_start(today);
    let end = week_end(today);
    let this_week = |d: NaiveDate| start <= d && d <= end;
    let mut done: Vec<&Action> = doc
        .actions
        .iter()
        .filter(|a| {
            a.status == Status::Done
                && a.closed_on.is_some_and(this_week)
                && a.from_item.as_deref() != Some(REVIEW_MARKER)
        })
        .collect();
    sorting::sort_by_key(&mut done, |a| (a.closed_on, a.updated_at));
    let mut counts: std::collections::HashMap<PersonId, u32> = Default::default();
    for i in doc.interactions.iter().filter(|i| this_week(i.date)) {
        *counts.entry(i.person).or_default() += 1;
    }
    let mut met: Vec<(PersonId, u32)> = counts
        .into_iter()
        .filter(|(p, _)| index.row(*p).is_some())
        .collect();
    sorting::sort_by(&mut met, |a, b| {
        b.1.cmp(&a.1)
            .then_with(|| index.name(a.0).cmp(&index.name(b.0)))
    });
    let next_end = week_end(next_week_start(today));
    let mut due: Vec<_> = index
        .rows
        .iter()
        .filter_map(|r| {
            r.next_follow_up
                .filter(|d| *d <= next_end)
                .map(|d| (d, r.id))
        })
        .collect();
    sorting::sort(&mut due);
    WeekSummary {
        week_start: start,
        done: done.iter().map(|a| a.id).collect(),
        met,
        due_next_week: due.into_iter().map(|(_, id)| id).collect(),
    }
}

/// What the user decided in the review form.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ReviewInput {
    /// What the user learned this week, in their words.
    pub learned: String,
    /// People to get in touch with next week.
    pub contact: Vec<PersonId>,
    /// Also plan to share what was learned.
    pub share: bool,
}

/// The actions a review creates: a done record of the review (with what was
/// learned), a follow-up per chosen person (unless one is already open for
/// next week), optionally a "share what I learned", and next week's review.
/// Uses `ids` in order and stops creating when they run out.
pub fn review_actions(
    doc: &Document,
    index: &PeopleIndex,
    input: &ReviewInput,
    lang: Lang,
    today: NaiveDate,
    now: DateTime<Utc>,
    ids: &[ActionId],
) -> Vec<Action> {
    let monday = next_week_start(today);
    let sunday = week_end(monday);
    let mut ids = ids.iter().copied();
    let mut out = Vec::new();
    let learned = input.learned.trim();

    let Some(id) = ids.next() else { return out };
    out.push(record(id, lang, today, learned, now));

    let week = (monday, sunday);
    out.extend(follow_ups(
        doc,
        index,
        &input.contact,
        lang,
        week,
        now,
        &mut ids,
    ));

    if input.share && !learned.is_empty() {
        let Some(id) = ids.next() else { return out };
        let mut a = todo(
            id,
            review_share_title(lang).to_string(),
            ActionKind::ShareProgress,
            Some(monday + Days::new(4)),
            now,
        );
        a.area = Some(Area::Keep);
        a.note = learned.to_string();
        out.push(a);
    }

    let review_planned = doc.actions.iter().any(|a| {
        a.status == Status::Todo
            && a.kind == ActionKind::Reflect
            && a.due.is_some_and(|d| monday <= d && d <= sunday)
    });
    if !review_planned {
        if let Some(id) = ids.next() {
            let title = review_next_title(lang).to_string();
            out.push(todo(id, title, ActionKind::Reflect, Some(sunday), now));
        }
    }
    out
}

/// The done action that records this week's review and what was learned.
fn record(id: ActionId, lang: Lang, today: NaiveDate, learned: &str, now: DateTime<Utc>) -> Action {
    let title = review_record_title(lang, week_start(today));
    Action {
        status: Status::Done,
        closed_on: Some(today),
        note: learned.to_string(),
        from_item: Some(REVIEW_MARKER.to_string()),
        ..todo(id, title, ActionKind::Reflect, Some(today), now)
    }
}

/// A new open action with nothing but its title, kind and date.
fn todo(
    id: ActionId,
    title: String,
    kind: ActionKind,
    due: Option<NaiveDate>,
    now: DateTime<Utc>,
) -> Action {
    Action {
        id,
        title,
        kind,
        area: None,
        people: Vec::new(),
        due,
        recurrence: Recurrence::None,
        month_day: None,
        status: Status::Todo,
        closed_on: None,
        note: String::new(),
        from_item: None,
        created_at: now,
        updated_at: now,
    }
}

/// A follow-up next week (`week`: Monday and Sunday) with each chosen person
/// who has none open by then, once each, while `ids` last.
fn follow_ups(
    doc: &Document,
    index: &PeopleIndex,
    contact: &[PersonId],
    lang: Lang,
    (monday, sunday): (NaiveDate, NaiveDate),
    now: DateTime<Utc>,
    ids: &mut impl Iterator<Item = ActionId>,
) -> Vec<Action> {
    let open_by_next_week = |p: PersonId| {
        doc.actions.iter().any(|a| {
            a.status == Status::Todo && a.people.contains(&p) && a.due.is_some_and(|d| d <= sunday)
        })
    };
    let mut seen = Vec::new();
    let mut out = Vec::new();
    for &p in contact {
        let Some(row) = index.row(p) else { continue };
        if seen.contains(&p) || open_by_next_week(p) {
            continue;
        }
        seen.push(p);
        let Some(id) = ids.next() else { break };
        let due = row.next_follow_up.unwrap_or(monday).clamp(monday, sunday);
        let title = review_follow_up_title(lang, &row.name);
        let mut a = todo(id, title, ActionKind::FollowUp, Some(due), now);
        a.area = Some(Area::Keep);
        a.people = vec![p];
        out.push(a);
    }
    out
}

/// Earlier review records, newest first.
pub fn past_reviews(doc: &Document) -> Vec<&Action> {
    let mut v: Vec<&Action> = doc
        .actions
        .iter()
        .filter(|a| a.from_item.as_deref() == Some(REVIEW_MARKER))
        .collect();
    sorting::sort_by_key(&mut v, |a| std::cmp::Reverse((a.closed_on, a.created_at)));
    v
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{Cadence, Interaction, InteractionId, InteractionKind};
    use crate::people::tests_support::person;
    use chrono::TimeZone;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn now() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, 27, 18, 0, 0).unwrap()
    }

    fn doc() -> Document {
        let mut doc = Document::default();
        let mut a = person(1, "Aoki", Cadence::Weekly);
        a.met_on = Some(d(2026, 11, 1));
        let mut b = person(2, "Baba", Cadence::Monthly);
        b.met_on = Some(d(2026, 11, 5)); // due 5 Dec: next week (Mon 30 Nov – Sun 6 Dec)
        let c = person(3, "Chiba", Cadence::None);
        doc.people = vec![a, b, c];
        for (i, (p, date)) in [
            (1, d(2026, 11, 24)),
            (3, d(2026, 11, 25)),
            (3, d(2026, 11, 26)),
            (2, d(2026, 11, 22)),
        ]
        .into_iter()
        .enumerate()
        {
            doc.interactions.push(Interaction {
                id: InteractionId(i as u64),
                person: PersonId(p),
                date,
                kind: InteractionKind::Met,
                note: String::new(),
                created_at: now(),
                updated_at: now(),
            });
        }
        let mut done = crate::plan::action_from_tip(
            &crate::content::ITEMS[0],
            Lang::Ja,
            ActionId(50),
            d(2026, 11, 23),
            now(),
        );
        done.status = Status::Done;
        done.closed_on = Some(d(2026, 11, 23));
        let mut last_week = done.clone();
        last_week.id = ActionId(51);
        last_week.closed_on = Some(d(2026, 11, 22));
        doc.actions = vec![done, last_week];
        doc
    }

    #[test]
    fn summary_covers_monday_to_sunday() {
        let doc = doc();
        let idx = PeopleIndex::build(&doc);
        let s = summarize(&doc, &idx, d(2026, 11, 27)); // Friday
        assert_eq!(s.week_start, d(2026, 11, 23));
        assert_eq!(s.done, vec![ActionId(50)]);
        // Chiba twice, Aoki once; Baba's Sunday-before contact is last week.
        assert_eq!(s.met, vec![(PersonId(3), 2), (PersonId(1), 1)]);
        // Aoki: last contact 24 Nov + 1 week = 1 Dec; Baba: 22 Nov + 1 month = 22 Dec (not due).
        assert_eq!(s.due_next_week, vec![PersonId(1)]);
    }

    #[test]
    fn review_creates_next_weeks_actions() {
        let doc = doc();
        let idx = PeopleIndex::build(&doc);
        let input = ReviewInput {
            learned: " 聞く方が話すより学べる ".into(),
            contact: vec![PersonId(1), PersonId(3), PersonId(1), PersonId(99)],
            share: true,
        };
        let ids: Vec<ActionId> = (100..110).map(ActionId).collect();
        let today = d(2026, 11, 27);
        let out = review_actions(&doc, &idx, &input, Lang::Ja, today, now(), &ids);
        let summary: Vec<_> = out
            .iter()
            .map(|a| (a.id.0, a.kind, a.status, a.due, a.people.clone()))
            .collect();
        assert_eq!(
            summary,
            vec![
                (100, ActionKind::Reflect, Status::Done, Some(today), vec![]),
                // Aoki's follow-up (1 Dec) falls inside next week.
                (
                    101,
                    ActionKind::FollowUp,
                    Status::Todo,
                    Some(d(2026, 12, 1)),
                    vec![PersonId(1)]
                ),
                // Chiba has no cadence: next Monday.
                (
                    102,
                    ActionKind::FollowUp,
                    Status::Todo,
                    Some(d(2026, 11, 30)),
                    vec![PersonId(3)]
                ),
                (
                    103,
                    ActionKind::ShareProgress,
                    Status::Todo,
                    Some(d(2026, 12, 4)),
                    vec![]
                ),
                (
                    104,
                    ActionKind::Reflect,
                    Status::Todo,
                    Some(d(2026, 12, 6)),
                    vec![]
                ),
            ]
        );
        assert_eq!(out[0].note, "聞く方が話すより学べる");
        assert_eq!(out[0].title, "週の振り返り（2026年11月23日の週）");
        assert_eq!(out[1].title, "Aokiさんに連絡する");
        assert_eq!(out[0].from_item.as_deref(), Some(REVIEW_MARKER));

        // Applying it: no duplicate follow-ups or reviews the second time.
        let mut doc2 = doc.clone();
        doc2.actions.extend(out);
        assert_eq!(past_reviews(&doc2).len(), 1);
        let idx2 = PeopleIndex::build(&doc2);
        let again = review_actions(&doc2, &idx2, &input, Lang::En, today, now(), &ids[5..]);
        let kinds: Vec<_> = again.iter().map(|a| a.kind).collect();
        assert_eq!(kinds, vec![ActionKind::Reflect, ActionKind::ShareProgress]);
        // Review records do not count as "done this week".
        assert_eq!(summarize(&doc2, &idx2, today).done, vec![ActionId(50)]);
    }

    #[test]
    fn no_learning_no_share_and_ids_run_out_safely() {
        let doc = doc();
        let idx = PeopleIndex::build(&doc);
        let input = ReviewInput {
            learned: "  ".into(),
            contact: vec![PersonId(1)],
            share: true,
        };
        let today = d(2026, 11, 27);
        let out = review_actions(
            &doc,
            &idx,
            &input,
            Lang::En,
            today,
            now(),
            &[ActionId(1), ActionId(2)],
        );
        assert_eq!(out.len(), 2);
        assert!(out.iter().all(|a| a.kind != ActionKind::ShareProgress));
        assert!(review_actions(&doc, &idx, &input, Lang::En, today, now(), &[]).is_empty());
    }
}
