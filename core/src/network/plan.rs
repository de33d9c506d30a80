//! The action plan as the screens see it: actions grouped into overdue,
//! today, this week, later, no date and done; filters by area and person;
//! progress per area; turning a recommended tip into an action; and what a
//! completed action means for the contact log.

use chrono::{DateTime, Datelike, NaiveDate, Utc};

use crate::document::{Action, ActionId, Document, InteractionKind, PersonId, Recurrence, Status};
use crate::i18n::Lang;
use crate::people::PeopleIndex;
use crate::questionnaire::{ActionKind, Area, Item, ItemId, Tip};
use crate::schedule::{classify, week_end, When};
use crate::scoring::recommendations;
use crate::sorting;

/// What the plan list is narrowed to; empty shows every action.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct ActionFilter {
    /// Only actions for this area.
    pub area: Option<Area>,
    /// Only actions linked to this person.
    pub person: Option<PersonId>,
}

impl ActionFilter {
    /// True when action `a` passes the filter.
    pub fn matches(&self, a: &Action) -> bool {
        self.area.is_none_or(|area| a.area == Some(area))
            && self.person.is_none_or(|p| a.people.contains(&p))
    }
}

/// Positions in `doc.actions`, grouped for the plan screen. Open groups are
/// sorted by due date; `done` (done and skipped) newest first.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Groups {
    /// Open actions whose date has passed.
    pub overdue: Vec<usize>,
    /// Open actions due today.
    pub today: Vec<usize>,
    /// Open actions due later this week.
    pub this_week: Vec<usize>,
    /// Open actions due after this week.
    pub later: Vec<usize>,
    /// Open actions with no date.
    pub unscheduled: Vec<usize>,
    /// Done and skipped actions.
    pub done: Vec<usize>,
}

impl Groups {
    /// Open actions due by the end of today's week, overdue first.
    pub fn due_this_week(&self) -> impl Iterator<Item = usize> + '_ {
        self.overdue
            .iter()
            .chain(&self.today)
            .chain(&self.this_week)
            .copied()
    }
}

/// One pass over the actions, then a sort of each group.
pub fn group(actions: &[Action], filter: ActionFilter, today: NaiveDate) -> Groups {
    let mut g = Groups::default();
    for (i, a) in actions.iter().enumerate() {
        if !filter.matches(a) {
            continue;
        }
        if a.status != Status::Todo {
            g.done.push(i);
            continue;
        }
        match classify(a.due, today) {
            When::Overdue => g.overdue.push(i),
            When::Today => g.today.push(i),
            When::ThisWeek => g.this_week.push(i),
            When::Later => g.later.push(i),
            When::Unscheduled => g.unscheduled.push(i),
        }
    }
    let by_due = |v: &mut Vec<usize>| {
        sorting::sort_by(v, |&x, &y| {
            (actions[x].due, actions[x].created_at).cmp(&(actions[y].due, actions[y].created_at))
        })
    };
    by_due(&mut g.overdue);
    by_due(&mut g.today);
    by_due(&mut g.this_week);
    by_due(&mut g.later);
    sorting::sort_by_key(&mut g.unscheduled, |&x| {
        std::cmp::Reverse(actions[x].created_at)
    });
    sorting::sort_by(&mut g.done, |&x, &y| {
        (actions[y].closed_on, actions[y].updated_at)
            .cmp(&(actions[x].closed_on, actions[x].updated_at))
    });
    g
}

/// How many of the plan screen's groups (their sizes in screen order, in
/// `lens`) make its first look: those up to the one that brings the actions
/// shown to `enough`, each group showing at most `page`. A screen paints
/// these first and adds the rest after, so a tap that opens it is answered
/// within a frame; `enough` is chosen to fill a phone's screen and more.
pub fn first_look_groups(lens: &[usize], page: usize, enough: usize) -> usize {
    let mut shown = 0;
    for (i, len) in lens.iter().enumerate() {
        shown += (*len).min(page);
        if shown >= enough {
            return i + 1;
        }
    }
    lens.len()
}

/// How many actions each group of the first look (`first_look_groups`)
/// draws before the paint: in screen order, until `enough` are drawn; the
/// rest of each group's page follows the paint.
pub fn first_look_rows(lens: &[usize], page: usize, enough: usize) -> Vec<usize> {
    let groups = first_look_groups(lens, page, enough);
    let mut left = enough;
    lens[..groups]
        .iter()
        .map(|len| {
            let rows = (*len).min(page).min(left);
            left -= rows;
            rows
        })
        .collect()
}

/// How far the plan has come in one area.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AreaProgress {
    /// The area.
    pub area: Area,
    /// Actions done in it.
    pub done: usize,
    /// Done plus still to do; skipped actions were never really planned.
    pub planned: usize,
}

/// Progress per area, in `Area::ALL` order, only areas with any plan.
pub fn progress(actions: &[Action]) -> Vec<AreaProgress> {
    let mut counts = [(0usize, 0usize); Area::ALL.len()];
    for a in actions {
        let Some(area) = a.area else { continue };
        let i = Area::ALL.iter().position(|x| *x == area).unwrap_or(0);
        match a.status {
            Status::Done => {
                counts[i].0 += 1;
                counts[i].1 += 1;
            }
            Status::Todo => counts[i].1 += 1,
            Status::Skipped => {}
        }
    }
    Area::ALL
        .iter()
        .zip(counts)
        .filter(|(_, (_, planned))| *planned > 0)
        .map(|(&area, (done, planned))| AreaProgress {
            area,
            done,
            planned,
        })
        .collect()
}

/// A plan action made from a recommendation's tip, due at the end of this
/// week: small steps are meant for now.
pub fn action_from_tip(
    item: &Item,
    lang: Lang,
    id: ActionId,
    today: NaiveDate,
    now: DateTime<Utc>,
) -> Action {
    action_from(item, &item.tip, lang, id, today, now)
}

/// As `action_from_tip`, with the tip given: a first step replaces the
/// item's own tip when the item does not apply yet.
pub fn action_from(
    item: &Item,
    tip: &Tip,
    lang: Lang,
    id: ActionId,
    today: NaiveDate,
    now: DateTime<Utc>,
) -> Action {
    Action {
        id,
        title: tip.action.get(lang).to_string(),
        kind: tip.kind,
        area: Some(item.area),
        people: Vec::new(),
        due: Some(week_end(today)),
        recurrence: Recurrence::None,
        month_day: None,
        status: Status::Todo,
        closed_on: None,
        note: tip.why.get(lang).to_string(),
        from_item: Some(item.id.0.to_string()),
        created_at: now,
        updated_at: now,
    }
}

/// The tips an action made from `item_key` can carry: the item's own and
/// the first step of its "doesn't apply" reason.
fn tips_of(item_key: &str) -> impl Iterator<Item = &'static Tip> {
    let item = crate::scoring::item(item_key);
    item.map(|i| &i.tip)
        .into_iter()
        .chain(item.and_then(|i| i.na).and_then(crate::content::first_step))
}

/// The words of a tip-made text in `lang`, when `text` is that tip's text in
/// either language (so not rewritten by the user).
fn tip_words(
    a: &Action,
    text: &str,
    part: fn(&Tip) -> &crate::questionnaire::Bilingual,
    lang: Lang,
) -> Option<&'static str> {
    let key = a.from_item.as_deref()?;
    tips_of(key)
        .map(part)
        .find(|b| b.ja == text || b.en == text)
        .map(|b| b.get(lang))
}

/// An action's title as shown: a title the app wrote from a tip follows the
/// current language (the same step read in English after switching); a
/// title the user typed stays exactly as typed.
pub fn shown_title(a: &Action, lang: Lang) -> std::borrow::Cow<'_, str> {
    tip_words(a, &a.title, |t| &t.action, lang)
        .map_or(std::borrow::Cow::Borrowed(&a.title), Into::into)
}

/// An action's note as shown, by the same rule as `shown_title`.
pub fn shown_note(a: &Action, lang: Lang) -> std::borrow::Cow<'_, str> {
    tip_words(a, &a.note, |t| &t.why, lang).map_or(std::borrow::Cow::Borrowed(&a.note), Into::into)
}

/// Whether the tip of `item_key` is already in the plan and still open, so
/// the results page shows it as added instead of adding it twice.
pub fn tip_is_planned(doc: &Document, item_key: &str) -> bool {
    doc.actions
        .iter()
        .any(|a| a.status == Status::Todo && a.from_item.as_deref() == Some(item_key))
}

/// How a completed action linked to someone appears in their contact log.
pub fn logged_as(kind: ActionKind) -> InteractionKind {
    match kind {
        ActionKind::Thank | ActionKind::ThankAfterMeeting => InteractionKind::Thanked,
        ActionKind::ShareUseful => InteractionKind::Helped,
        ActionKind::Congratulate => InteractionKind::Congratulated,
        ActionKind::ShareProgress => InteractionKind::SharedNews,
        ActionKind::Introduce => InteractionKind::Introduced,
        ActionKind::KeepPromise => InteractionKind::Helped,
        ActionKind::AttendEvent => InteractionKind::Met,
        ActionKind::FollowUp
        | ActionKind::InviteForCoffee
        | ActionKind::ReplyToOffer
        | ActionKind::AskAdvice
        | ActionKind::AskIntroduction
        | ActionKind::PostOrComment
        | ActionKind::PrepareSelfIntro
        | ActionKind::PrepareQuestions
        | ActionKind::Reflect
        | ActionKind::Custom => InteractionKind::Message,
    }
}

/// The day of the month a monthly series aims for, from its first due date.
pub fn month_day_for(recurrence: Recurrence, due: Option<NaiveDate>) -> Option<u8> {
    match (recurrence, due) {
        (Recurrence::Monthly, Some(d)) => u8::try_from(d.day()).ok(),
        _ => None,
    }
}

/// The one next step the home screen suggests.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NextStep {
    /// No self-check finished yet: take it first.
    TakeAssessment,
    /// An open action that is overdue or due today.
    DoAction(ActionId),
    /// Someone whose follow-up date has come.
    FollowUp(PersonId),
    /// The top recommendation that is not in the plan yet.
    AddTip(ItemId),
    /// No people yet: add someone.
    AddPerson,
    /// Nothing else is due: do the weekly review.
    WeeklyReview,
}

/// Picks the next step: first the self-check, then what is due now (plan
/// before people), then growing the plan, then the weekly review.
pub fn next_step(
    doc: &Document,
    groups: &Groups,
    index: &PeopleIndex,
    today: NaiveDate,
) -> NextStep {
    let Some(latest) = doc.latest_assessment() else {
        return NextStep::TakeAssessment;
    };
    if let Some(&i) = groups.overdue.first().or(groups.today.first()) {
        return NextStep::DoAction(doc.actions[i].id);
    }
    if let Some(row) = index
        .due_by_week_end(today)
        .into_iter()
        .find(|r| r.next_follow_up.is_some_and(|d| d <= today))
    {
        return NextStep::FollowUp(row.id);
    }
    if let Some(rec) = recommendations(&latest.answers, 10)
        .into_iter()
        .find(|r| !tip_is_planned(doc, r.item.id.0))
    {
        return NextStep::AddTip(rec.item.id);
    }
    if doc.people.is_empty() {
        return NextStep::AddPerson;
    }
    NextStep::WeeklyReview
}

#[cfg(test)]
mod shown_tests {
    use super::*;
    use crate::content::ITEMS;
    use chrono::TimeZone;

    #[test]
    fn progress_counts_every_area_including_the_last() {
        let now = Utc.with_ymd_and_hms(2026, 11, 23, 9, 0, 0).unwrap();
        let day = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        let actions: Vec<_> = Area::ALL
            .iter()
            .enumerate()
            .map(|(i, area)| {
                let item = ITEMS.iter().find(|it| it.area == *area).unwrap();
                action_from_tip(item, Lang::Ja, ActionId(i as u64), day, now)
            })
            .collect();
        let p = progress(&actions);
        assert_eq!(p.len(), Area::ALL.len());
        assert_eq!(
            p.last().map(|x| (x.area, x.planned)),
            Some((Area::Mindset, 1))
        );
    }

    #[test]
    fn tip_titles_follow_the_language_but_typed_ones_stay() {
        let now = Utc.with_ymd_and_hms(2026, 11, 23, 9, 0, 0).unwrap();
        let day = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        let item = &ITEMS[7];
        let mut a = action_from_tip(item, Lang::Ja, ActionId(1), day, now);
        assert_eq!(shown_title(&a, Lang::En), item.tip.action.en);
        assert_eq!(shown_note(&a, Lang::En), item.tip.why.en);
        assert_eq!(shown_title(&a, Lang::Ja), item.tip.action.ja);
        // A first step made from the same item follows the language too.
        let first = crate::content::first_step(item.na.unwrap()).unwrap();
        a.title = first.action.en.into();
        assert_eq!(shown_title(&a, Lang::Ja), first.action.ja);
        // The user's own words are never translated.
        a.title = "山田さんに電話".into();
        assert_eq!(shown_title(&a, Lang::En), "山田さんに電話");
        a.from_item = None;
        a.title = item.tip.action.ja.into();
        assert_eq!(
            shown_title(&a, Lang::En),
            item.tip.action.ja,
            "only tip-made actions"
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::ITEMS;
    use chrono::TimeZone;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn the_first_look_holds_groups_until_enough_actions_are_shown() {
        // One full group is enough.
        assert_eq!(first_look_groups(&[9, 3, 4, 0, 0, 2], 5, 5), 1);
        // Empty and small groups add up until enough are shown.
        assert_eq!(first_look_groups(&[0, 2, 2, 4, 0, 0], 5, 5), 4);
        // Each group counts only the page it shows.
        assert_eq!(first_look_groups(&[0, 3, 40, 9, 0, 0], 5, 6), 3);
        // Too few actions for a full look: every group.
        assert_eq!(first_look_groups(&[0, 1, 0, 0, 1, 30], 5, 40), 6);
        assert_eq!(first_look_groups(&[], 5, 5), 0);
    }

    #[test]
    fn the_first_look_draws_enough_actions_and_no_more() {
        // A long first group: its first actions only.
        assert_eq!(first_look_rows(&[9, 3, 4, 0, 0], 5, 3), vec![3]);
        // Small groups add up; the last one drawn gives what is left.
        assert_eq!(first_look_rows(&[2, 9, 4, 0, 0], 5, 3), vec![2, 1]);
        assert_eq!(first_look_rows(&[0, 2, 2, 4, 0], 5, 5), vec![0, 2, 2, 1]);
        // Too few actions: every group, each whole.
        assert_eq!(
            first_look_rows(&[0, 1, 0, 0, 1], 5, 40),
            vec![0, 1, 0, 0, 1]
        );
        assert_eq!(first_look_rows(&[], 5, 3), Vec::<usize>::new());
    }

    fn action(id: u64, due: Option<NaiveDate>, status: Status) -> Action {
        let at = Utc.with_ymd_and_hms(2026, 11, 1, 9, 0, 0).unwrap()
            + chrono::Duration::minutes(id as i64);
        Action {
            id: ActionId(id),
            title: format!("a{id}"),
            kind: ActionKind::FollowUp,
            area: Some(Area::Keep),
            people: Vec::new(),
            due,
            recurrence: Recurrence::None,
            month_day: None,
            status,
            closed_on: (status != Status::Todo).then(|| d(2026, 11, id as u32 % 28 + 1)),
            note: String::new(),
            from_item: None,
            created_at: at,
            updated_at: at,
        }
    }

    #[test]
    fn groups_by_due_relative_to_the_week() {
        let today = d(2026, 11, 25); // Wednesday
        let actions = vec![
            action(0, Some(d(2026, 12, 1)), Status::Todo),
            action(1, Some(d(2026, 11, 20)), Status::Todo),
            action(2, Some(d(2026, 11, 25)), Status::Todo),
            action(3, Some(d(2026, 11, 29)), Status::Todo),
            action(4, None, Status::Todo),
            action(5, Some(d(2026, 11, 10)), Status::Todo),
            action(6, Some(d(2026, 11, 10)), Status::Done),
            action(7, None, Status::Skipped),
        ];
        let g = group(&actions, ActionFilter::default(), today);
        assert_eq!(g.overdue, vec![5, 1]);
        assert_eq!(g.today, vec![2]);
        assert_eq!(g.this_week, vec![3]);
        assert_eq!(g.later, vec![0]);
        assert_eq!(g.unscheduled, vec![4]);
        // Closed 8 Nov (7) is newer than closed 7 Nov (6).
        assert_eq!(g.done, vec![7, 6]);
        assert_eq!(g.due_this_week().collect::<Vec<_>>(), vec![5, 1, 2, 3]);
    }

    #[test]
    fn filters_by_area_and_person() {
        let today = d(2026, 11, 25);
        let mut a = action(0, Some(today), Status::Todo);
        a.people = vec![PersonId(9)];
        let mut b = action(1, Some(today), Status::Todo);
        b.area = Some(Area::Trust);
        let c = action(2, Some(today), Status::Todo);
        let actions = vec![a, b, c];
        let by_person = ActionFilter {
            person: Some(PersonId(9)),
            ..ActionFilter::default()
        };
        assert_eq!(group(&actions, by_person, today).today, vec![0]);
        let by_area = ActionFilter {
            area: Some(Area::Keep),
            ..ActionFilter::default()
        };
        assert_eq!(group(&actions, by_area, today).today, vec![0, 2]);
        let both = ActionFilter {
            area: Some(Area::Trust),
            person: Some(PersonId(9)),
        };
        assert!(group(&actions, both, today).today.is_empty());
    }

    #[test]
    fn progress_counts_done_against_planned_without_skips() {
        let mut actions = vec![
            action(0, None, Status::Done),
            action(1, None, Status::Todo),
            action(2, None, Status::Skipped),
            action(3, None, Status::Done),
        ];
        actions[3].area = Some(Area::Hobbies);
        let mut no_area = action(4, None, Status::Done);
        no_area.area = None;
        actions.push(no_area);
        assert_eq!(
            progress(&actions),
            vec![
                AreaProgress {
                    area: Area::Hobbies,
                    done: 1,
                    planned: 1
                },
                AreaProgress {
                    area: Area::Keep,
                    done: 1,
                    planned: 2
                },
            ]
        );
    }

    #[test]
    fn tips_become_actions_due_this_sunday() {
        let item = &ITEMS[7];
        let now = Utc.with_ymd_and_hms(2026, 11, 25, 9, 0, 0).unwrap();
        let a = action_from_tip(item, Lang::Ja, ActionId(5), d(2026, 11, 25), now);
        assert_eq!(a.title, item.tip.action.ja);
        assert_eq!(a.kind, item.tip.kind);
        assert_eq!(a.area, Some(item.area));
        assert_eq!(a.due, Some(d(2026, 11, 29)));
        assert_eq!(a.from_item.as_deref(), Some(item.id.0));
        let mut doc = Document::default();
        assert!(!tip_is_planned(&doc, item.id.0));
        doc.actions.push(a);
        assert!(tip_is_planned(&doc, item.id.0));
        doc.actions[0].status = Status::Done;
        assert!(!tip_is_planned(&doc, item.id.0));
    }

    #[test]
    fn next_step_follows_the_priorities() {
        use crate::document::{Assessment, AssessmentId, Cadence};
        use crate::people::tests_support::person;
        let today = d(2026, 11, 25);
        let step = |doc: &Document| {
            let g = group(&doc.actions, ActionFilter::default(), today);
            next_step(doc, &g, &PeopleIndex::build(doc), today)
        };
        let mut doc = Document::default();
        assert_eq!(step(&doc), NextStep::TakeAssessment);
        // Everything answered "rarely": plenty of recommendations.
        let answers = ITEMS
            .iter()
            .map(|i| (i.id.0.to_string(), if i.reversed { 4 } else { 2 }))
            .collect();
        doc.assessments.push(Assessment {
            id: AssessmentId(1),
            date: today,
            completed_at: Utc.with_ymd_and_hms(2026, 11, 25, 9, 0, 0).unwrap(),
            answers,
        });
        let first = recommendations(&doc.assessments[0].answers, 1)[0].item;
        assert_eq!(step(&doc), NextStep::AddTip(first.id));
        doc.actions.push(action_from_tip(
            first,
            Lang::Ja,
            ActionId(1),
            today,
            Utc.with_ymd_and_hms(2026, 11, 25, 9, 0, 0).unwrap(),
        ));
        assert!(matches!(step(&doc), NextStep::AddTip(id) if id != first.id));
        let mut p = person(7, "A", Cadence::Weekly);
        p.met_on = Some(d(2026, 11, 10));
        doc.people.push(p);
        assert_eq!(step(&doc), NextStep::FollowUp(PersonId(7)));
        doc.actions
            .push(action(2, Some(d(2026, 11, 24)), Status::Todo));
        assert_eq!(step(&doc), NextStep::DoAction(ActionId(2)));
    }

    #[test]
    fn month_day_only_for_monthly() {
        assert_eq!(
            month_day_for(Recurrence::Monthly, Some(d(2026, 1, 31))),
            Some(31)
        );
        assert_eq!(
            month_day_for(Recurrence::Weekly, Some(d(2026, 1, 31))),
            None
        );
        assert_eq!(month_day_for(Recurrence::Monthly, None), None);
        assert_eq!(logged_as(ActionKind::Thank), InteractionKind::Thanked);
    }
}
