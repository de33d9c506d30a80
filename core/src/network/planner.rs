//! Messages of the planner and people screens and their pure handler. They
//! reach `update` as `Msg::Plan(PlanMsg)`; fresh ids and the date and time
//! come inside each message, so handling is deterministic and tested here.

use chrono::{DateTime, NaiveDate, Utc};

use crate::document::{
    Action, ActionId, Document, Interaction, InteractionId, Person, PersonId, Status,
};
use crate::forms::{ActionFields, InteractionFields, PersonFields};
use crate::i18n::Lang;
use crate::people::PeopleIndex;
use crate::plan::{action_from, logged_as, month_day_for, tip_is_planned};
use crate::questionnaire::ItemId;
use crate::review::{review_actions, ReviewInput};
use crate::schedule::next_due_after_close;
use crate::scoring;

/// A change to people, the contact log or the plan, as sent by a screen.
#[derive(Clone, Debug, PartialEq)]
pub enum PlanMsg {
    /// Adds the person, or updates them when `id` exists.
    SavePerson {
        /// The person's id (fresh for a new person).
        id: PersonId,
        /// The validated form.
        fields: PersonFields,
        /// The current time, for the created/updated stamps.
        now: DateTime<Utc>,
    },
    /// Removes the person, their contact log, and their links from actions.
    DeletePerson {
        /// The person to remove.
        id: PersonId,
    },
    /// Adds an entry to the contact log.
    LogInteraction {
        /// A fresh id for the entry.
        id: InteractionId,
        /// The person it was with.
        person: PersonId,
        /// The validated form.
        fields: InteractionFields,
        /// The current time, for the created/updated stamps.
        now: DateTime<Utc>,
    },
    /// Removes an entry from the contact log.
    DeleteInteraction {
        /// The entry to remove.
        id: InteractionId,
    },
    /// Adds the action, or updates it when `id` exists.
    SaveAction {
        /// The action's id (fresh for a new action).
        id: ActionId,
        /// The validated form.
        fields: ActionFields,
        /// The current time, for the created/updated stamps.
        now: DateTime<Utc>,
    },
    /// One click on the results page: the recommendation's tip as an action.
    AddTip {
        /// A fresh id for the new action.
        id: ActionId,
        /// The item whose tip it is.
        item: ItemId,
        /// The language the title is written in.
        lang: Lang,
        /// The user's local date, for the due date.
        today: NaiveDate,
        /// The current time, for the created/updated stamps.
        now: DateTime<Utc>,
    },
    /// Marks the action done today. A repeating action gets its next
    /// occurrence (`next_id`); each linked person gets a log entry (`log_ids`,
    /// one per person), which resets their follow-up.
    Complete {
        /// The action to complete.
        id: ActionId,
        /// A fresh id for the next occurrence, if it repeats.
        next_id: ActionId,
        /// Fresh ids for the log entries, one per linked person.
        log_ids: Vec<InteractionId>,
        /// The user's local date.
        today: NaiveDate,
        /// The current time, for the updated stamp.
        now: DateTime<Utc>,
    },
    /// Skips this occurrence; a repeating action still comes round again.
    Skip {
        /// The action to skip.
        id: ActionId,
        /// A fresh id for the next occurrence, if it repeats.
        next_id: ActionId,
        /// The user's local date.
        today: NaiveDate,
        /// The current time, for the updated stamp.
        now: DateTime<Utc>,
    },
    /// Back to "to do" (only for non-repeating actions, whose completion
    /// created nothing else).
    Reopen {
        /// The action to reopen.
        id: ActionId,
        /// The current time, for the updated stamp.
        now: DateTime<Utc>,
    },
    /// Removes an action.
    DeleteAction {
        /// The action to remove.
        id: ActionId,
    },
    /// Records the weekly review and plans what it decided (see `review_actions`).
    SubmitReview {
        /// What the user decided.
        input: ReviewInput,
        /// The language the new titles are written in.
        lang: Lang,
        /// Fresh ids for the new actions, used in order.
        ids: Vec<ActionId>,
        /// The user's local date.
        today: NaiveDate,
        /// The current time, for the created/updated stamps.
        now: DateTime<Utc>,
    },
}

/// Applies `msg`; returns whether the document changed.
pub fn apply(doc: &mut Document, msg: PlanMsg) -> bool {
    match msg {
        PlanMsg::SavePerson { id, fields, now } => save_person(doc, id, fields, now),
        PlanMsg::DeletePerson { id } => delete_person(doc, id),
        PlanMsg::LogInteraction {
            id,
            person,
            fields,
            now,
        } => log_interaction(doc, id, person, fields, now),
        PlanMsg::DeleteInteraction { id } => {
            let before = doc.interactions.len();
            doc.interactions.retain(|i| i.id != id);
            doc.interactions.len() != before
        }
        PlanMsg::SaveAction { id, fields, now } => save_action(doc, id, fields, now),
        PlanMsg::AddTip {
            id,
            item,
            lang,
            today,
            now,
        } => add_tip(doc, id, item, lang, today, now),
        PlanMsg::Complete {
            id,
            next_id,
            log_ids,
            today,
            now,
        } => close(doc, id, Status::Done, next_id, &log_ids, today, now),
        PlanMsg::Skip {
            id,
            next_id,
            today,
            now,
        } => close(doc, id, Status::Skipped, next_id, &[], today, now),
        PlanMsg::Reopen { id, now } => reopen(doc, id, now),
        PlanMsg::DeleteAction { id } => {
            let before = doc.actions.len();
            doc.actions.retain(|a| a.id != id);
            doc.actions.len() != before
        }
        PlanMsg::SubmitReview {
            input,
            lang,
            ids,
            today,
            now,
        } => submit_review(doc, &input, lang, &ids, today, now),
    }
}

fn delete_person(doc: &mut Document, id: PersonId) -> bool {
    let before = doc.people.len();
    doc.people.retain(|p| p.id != id);
    if doc.people.len() == before {
        return false;
    }
    doc.interactions.retain(|i| i.person != id);
    for a in doc.actions.iter_mut().filter(|a| a.people.contains(&id)) {
        a.people.retain(|p| *p != id);
    }
    true
}

fn log_interaction(
    doc: &mut Document,
    id: InteractionId,
    person: PersonId,
    fields: InteractionFields,
    now: DateTime<Utc>,
) -> bool {
    if !doc.people.iter().any(|p| p.id == person) || doc.interactions.iter().any(|i| i.id == id) {
        return false;
    }
    doc.interactions.push(Interaction {
        id,
        person,
        date: fields.date,
        kind: fields.kind,
        note: fields.note,
        created_at: now,
        updated_at: now,
    });
    true
}

fn add_tip(
    doc: &mut Document,
    id: ActionId,
    item: ItemId,
    lang: Lang,
    today: NaiveDate,
    now: DateTime<Utc>,
) -> bool {
    let Some(item) = scoring::item(item.0) else {
        return false;
    };
    if tip_is_planned(doc, item.id.0) || doc.actions.iter().any(|a| a.id == id) {
        return false;
    }
    let tip = doc
        .latest_assessment()
        .map_or(&item.tip, |a| scoring::tip_for(item, &a.answers));
    doc.actions
        .push(action_from(item, tip, lang, id, today, now));
    true
}

fn reopen(doc: &mut Document, id: ActionId, now: DateTime<Utc>) -> bool {
    let Some(a) = doc.actions.iter_mut().find(|a| a.id == id) else {
        return false;
    };
    if a.status == Status::Todo || a.recurrence != crate::document::Recurrence::None {
        return false;
    }
    a.status = Status::Todo;
    a.closed_on = None;
    a.updated_at = now;
    true
}

fn submit_review(
    doc: &mut Document,
    input: &ReviewInput,
    lang: Lang,
    ids: &[ActionId],
    today: NaiveDate,
    now: DateTime<Utc>,
) -> bool {
    if ids.iter().any(|id| doc.actions.iter().any(|a| a.id == *id)) {
        return false;
    }
    let index = PeopleIndex::build(doc);
    let new = review_actions(doc, &index, input, lang, today, now, ids);
    let changed = !new.is_empty();
    doc.actions.extend(new);
    changed
}

fn save_person(doc: &mut Document, id: PersonId, f: PersonFields, now: DateTime<Utc>) -> bool {
    if f.name.trim().is_empty() {
        return false;
    }
    if let Some(p) = doc.people.iter_mut().find(|p| p.id == id) {
        let updated = Person {
            id,
            name: f.name,
            channel: f.channel,
            met_place: f.met_place,
            met_on: f.met_on,
            interests: f.interests,
            i_offer: f.i_offer,
            they_offer: f.they_offer,
            tags: f.tags,
            notes: f.notes,
            cadence: f.cadence,
            created_at: p.created_at,
            updated_at: p.updated_at,
        };
        if updated == *p {
            return false;
        }
        *p = Person {
            updated_at: now,
            ..updated
        };
        return true;
    }
    doc.people.push(Person {
        id,
        name: f.name,
        channel: f.channel,
        met_place: f.met_place,
        met_on: f.met_on,
        interests: f.interests,
        i_offer: f.i_offer,
        they_offer: f.they_offer,
        tags: f.tags,
        notes: f.notes,
        cadence: f.cadence,
        created_at: now,
        updated_at: now,
    });
    true
}

fn save_action(doc: &mut Document, id: ActionId, f: ActionFields, now: DateTime<Utc>) -> bool {
    if f.title.trim().is_empty()
        || f.people
            .iter()
            .any(|p| !doc.people.iter().any(|q| q.id == *p))
    {
        return false;
    }
    let month_day = month_day_for(f.recurrence, f.due);
    if let Some(a) = doc.actions.iter_mut().find(|a| a.id == id) {
        let unchanged = a.title == f.title
            && a.kind == f.kind
            && a.area == f.area
            && a.people == f.people
            && a.due == f.due
            && a.recurrence == f.recurrence
            && a.note == f.note;
        if unchanged {
            return false;
        }
        // A new due date restarts a monthly series on that day of the month.
        if a.due != f.due || a.recurrence != f.recurrence {
            a.month_day = month_day;
        }
        a.title = f.title;
        a.kind = f.kind;
        a.area = f.area;
        a.people = f.people;
        a.due = f.due;
        a.recurrence = f.recurrence;
        a.note = f.note;
        a.updated_at = now;
        return true;
    }
    doc.actions.push(Action {
        id,
        title: f.title,
        kind: f.kind,
        area: f.area,
        people: f.people,
        due: f.due,
        recurrence: f.recurrence,
        month_day,
        status: Status::Todo,
        closed_on: None,
        note: f.note,
        from_item: None,
        created_at: now,
        updated_at: now,
    });
    true
}

/// Closes an open action as done or skipped, schedules a repeating one's
/// next occurrence, and (when done) logs contact with the linked people.
fn close(
    doc: &mut Document,
    id: ActionId,
    status: Status,
    next_id: ActionId,
    log_ids: &[InteractionId],
    today: NaiveDate,
    now: DateTime<Utc>,
) -> bool {
    let Some(pos) = doc.actions.iter().position(|a| a.id == id) else {
        return false;
    };
    if doc.actions[pos].status != Status::Todo {
        return false;
    }
    let next_due = {
        let a = &doc.actions[pos];
        next_due_after_close(a.due, a.recurrence, a.month_day, today)
    };
    if next_due.is_some() && doc.actions.iter().any(|a| a.id == next_id) {
        return false;
    }
    let a = &mut doc.actions[pos];
    a.status = status;
    a.closed_on = Some(today);
    a.updated_at = now;
    let closed = a.clone();

    if let Some(due) = next_due {
        doc.actions.push(Action {
            id: next_id,
            due: Some(due),
            status: Status::Todo,
            closed_on: None,
            created_at: now,
            updated_at: now,
            ..closed.clone()
        });
    }
    if status == Status::Done {
        log_done(doc, &closed, log_ids, today, now);
    }
    true
}

/// Logs contact with each linked person still in the document, one entry
/// per id in `log_ids`, so their follow-up starts again from today.
fn log_done(
    doc: &mut Document,
    done: &Action,
    log_ids: &[InteractionId],
    today: NaiveDate,
    now: DateTime<Utc>,
) {
    let kind = logged_as(done.kind);
    let people = done
        .people
        .iter()
        .filter(|p| doc.people.iter().any(|q| q.id == **p));
    for (&person, &log_id) in people.zip(log_ids) {
        if doc.interactions.iter().any(|i| i.id == log_id) {
            continue;
        }
        doc.interactions.push(Interaction {
            id: log_id,
            person,
            date: today,
            kind,
            note: done.title.clone(),
            created_at: now,
            updated_at: now,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::ITEMS;
    use crate::document::{Cadence, Channel, InteractionKind, Recurrence};
    use crate::people::PeopleIndex;
    use crate::questionnaire::ActionKind;
    use chrono::TimeZone;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn at(day: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, day, 9, 0, 0).unwrap()
    }

    fn person_fields(name: &str, cadence: Cadence) -> PersonFields {
        PersonFields {
            name: name.into(),
            channel: Channel::Meetup,
            met_place: String::new(),
            met_on: Some(d(2026, 11, 2)),
            interests: String::new(),
            i_offer: String::new(),
            they_offer: String::new(),
            tags: Vec::new(),
            notes: String::new(),
            cadence,
        }
    }

    fn action_fields(
        people: Vec<PersonId>,
        due: NaiveDate,
        recurrence: Recurrence,
    ) -> ActionFields {
        ActionFields {
            title: "近況をうかがう".into(),
            kind: ActionKind::FollowUp,
            area: None,
            people,
            due: Some(due),
            recurrence,
            note: String::new(),
        }
    }

    /// The e2e journey, natively: add a person, log a meeting, add a
    /// recurring follow-up linked to them, complete it, see the next date.
    #[test]
    fn journey_person_meeting_recurring_follow_up() {
        let mut doc = Document::default();
        let p = PersonId(1);
        assert!(apply(
            &mut doc,
            PlanMsg::SavePerson {
                id: p,
                fields: person_fields("Sato", Cadence::Biweekly),
                now: at(2),
            }
        ));
        assert!(apply(
            &mut doc,
            PlanMsg::LogInteraction {
                id: InteractionId(10),
                person: p,
                fields: InteractionFields {
                    date: d(2026, 11, 3),
                    kind: InteractionKind::Met,
                    note: String::new(),
                },
                now: at(3),
            }
        ));
        let idx = PeopleIndex::build(&doc);
        assert_eq!(idx.row(p).unwrap().next_follow_up, Some(d(2026, 11, 17)));

        assert!(apply(
            &mut doc,
            PlanMsg::SaveAction {
                id: ActionId(20),
                fields: action_fields(vec![p], d(2026, 11, 17), Recurrence::Biweekly),
                now: at(3),
            }
        ));
        // Completed on 18 Nov, a day late.
        assert!(apply(
            &mut doc,
            PlanMsg::Complete {
                id: ActionId(20),
                next_id: ActionId(21),
                log_ids: vec![InteractionId(11), InteractionId(12)],
                today: d(2026, 11, 18),
                now: at(18),
            }
        ));
        let done = doc.actions.iter().find(|a| a.id == ActionId(20)).unwrap();
        assert_eq!(
            (done.status, done.closed_on),
            (Status::Done, Some(d(2026, 11, 18)))
        );
        let next = doc.actions.iter().find(|a| a.id == ActionId(21)).unwrap();
        assert_eq!(next.status, Status::Todo);
        assert_eq!(next.due, Some(d(2026, 12, 1)));
        assert_eq!(next.people, vec![p]);
        assert_eq!(next.recurrence, Recurrence::Biweekly);
        // Completing the linked action logged contact and reset the cadence.
        let idx = PeopleIndex::build(&doc);
        let row = idx.row(p).unwrap();
        assert_eq!(row.last_contact, Some(d(2026, 11, 18)));
        assert_eq!(row.next_follow_up, Some(d(2026, 12, 2)));
        assert_eq!(doc.interactions.len(), 2);
        assert_eq!(doc.interactions[1].kind, InteractionKind::Message);
        assert_eq!(doc.interactions[1].note, "近況をうかがう");
        // Completing again does nothing.
        assert!(!apply(
            &mut doc,
            PlanMsg::Complete {
                id: ActionId(20),
                next_id: ActionId(22),
                log_ids: vec![],
                today: d(2026, 11, 18),
                now: at(18),
            }
        ));
        // Survives a save and reload.
        let reloaded = crate::document::decode(&crate::document::encode(&doc));
        assert_eq!(reloaded.as_ref(), Ok(&doc));
    }

    #[test]
    fn monthly_series_keeps_its_day_across_short_months() {
        let mut doc = Document::default();
        apply(
            &mut doc,
            PlanMsg::SaveAction {
                id: ActionId(1),
                fields: action_fields(vec![], d(2028, 1, 31), Recurrence::Monthly),
                now: at(1),
            },
        );
        let mut dues = Vec::new();
        for (id, today) in (1..).zip([d(2028, 1, 31), d(2028, 2, 29), d(2028, 3, 31)]) {
            apply(
                &mut doc,
                PlanMsg::Complete {
                    id: ActionId(id),
                    next_id: ActionId(id + 1),
                    log_ids: vec![],
                    today,
                    now: at(1),
                },
            );
            dues.push(doc.actions.last().unwrap().due.unwrap());
        }
        assert_eq!(dues, vec![d(2028, 2, 29), d(2028, 3, 31), d(2028, 4, 30)]);
        // Completed ones stay in history.
        assert_eq!(
            doc.actions
                .iter()
                .filter(|a| a.status == Status::Done)
                .count(),
            3
        );
    }

    #[test]
    fn skipping_a_repeating_action_still_schedules_the_next_but_logs_nothing() {
        let mut doc = Document::default();
        apply(
            &mut doc,
            PlanMsg::SavePerson {
                id: PersonId(1),
                fields: person_fields("A", Cadence::Weekly),
                now: at(1),
            },
        );
        apply(
            &mut doc,
            PlanMsg::SaveAction {
                id: ActionId(1),
                fields: action_fields(vec![PersonId(1)], d(2026, 11, 23), Recurrence::EveryDays(3)),
                now: at(1),
            },
        );
        assert!(apply(
            &mut doc,
            PlanMsg::Skip {
                id: ActionId(1),
                next_id: ActionId(2),
                today: d(2026, 11, 23),
                now: at(23),
            }
        ));
        assert_eq!(doc.actions[0].status, Status::Skipped);
        assert_eq!(doc.actions[1].due, Some(d(2026, 11, 26)));
        assert!(doc.interactions.is_empty());
        // Reopen is for one-off actions only.
        assert!(!apply(
            &mut doc,
            PlanMsg::Reopen {
                id: ActionId(1),
                now: at(24)
            }
        ));
    }

    #[test]
    fn one_off_completion_can_be_reopened_and_creates_nothing_else() {
        let mut doc = Document::default();
        apply(
            &mut doc,
            PlanMsg::SaveAction {
                id: ActionId(1),
                fields: action_fields(vec![], d(2026, 11, 23), Recurrence::None),
                now: at(1),
            },
        );
        assert!(apply(
            &mut doc,
            PlanMsg::Complete {
                id: ActionId(1),
                next_id: ActionId(2),
                log_ids: vec![],
                today: d(2026, 11, 23),
                now: at(23),
            }
        ));
        assert_eq!(doc.actions.len(), 1);
        assert!(apply(
            &mut doc,
            PlanMsg::Reopen {
                id: ActionId(1),
                now: at(24)
            }
        ));
        assert_eq!(
            (doc.actions[0].status, doc.actions[0].closed_on),
            (Status::Todo, None)
        );
    }

    #[test]
    fn saving_an_unchanged_person_or_action_is_not_a_change() {
        let mut doc = Document::default();
        let f = person_fields("A", Cadence::Monthly);
        assert!(apply(
            &mut doc,
            PlanMsg::SavePerson {
                id: PersonId(1),
                fields: f.clone(),
                now: at(1)
            }
        ));
        assert!(!apply(
            &mut doc,
            PlanMsg::SavePerson {
                id: PersonId(1),
                fields: f.clone(),
                now: at(2)
            }
        ));
        let renamed = PersonFields {
            name: "B".into(),
            ..f
        };
        assert!(apply(
            &mut doc,
            PlanMsg::SavePerson {
                id: PersonId(1),
                fields: renamed,
                now: at(3)
            }
        ));
        assert_eq!(doc.people[0].created_at, at(1));
        assert_eq!(doc.people[0].updated_at, at(3));

        let af = action_fields(vec![PersonId(1)], d(2026, 1, 31), Recurrence::Monthly);
        assert!(apply(
            &mut doc,
            PlanMsg::SaveAction {
                id: ActionId(1),
                fields: af.clone(),
                now: at(1)
            }
        ));
        assert_eq!(doc.actions[0].month_day, Some(31));
        assert!(!apply(
            &mut doc,
            PlanMsg::SaveAction {
                id: ActionId(1),
                fields: af.clone(),
                now: at(2)
            }
        ));
        let moved = ActionFields {
            due: Some(d(2026, 2, 10)),
            ..af
        };
        assert!(apply(
            &mut doc,
            PlanMsg::SaveAction {
                id: ActionId(1),
                fields: moved,
                now: at(3)
            }
        ));
        assert_eq!(doc.actions[0].month_day, Some(10));
        // Unknown people are refused.
        let ghost = action_fields(vec![PersonId(9)], d(2026, 1, 1), Recurrence::None);
        assert!(!apply(
            &mut doc,
            PlanMsg::SaveAction {
                id: ActionId(2),
                fields: ghost,
                now: at(1)
            }
        ));
    }

    #[test]
    fn deleting_a_person_removes_their_log_and_unlinks_actions() {
        let mut doc = Document::default();
        for (id, name) in [(1, "A"), (2, "B")] {
            apply(
                &mut doc,
                PlanMsg::SavePerson {
                    id: PersonId(id),
                    fields: person_fields(name, Cadence::None),
                    now: at(1),
                },
            );
        }
        let mut intro = action_fields(
            vec![PersonId(1), PersonId(2)],
            d(2026, 11, 30),
            Recurrence::None,
        );
        intro.kind = ActionKind::Introduce;
        apply(
            &mut doc,
            PlanMsg::SaveAction {
                id: ActionId(1),
                fields: intro,
                now: at(1),
            },
        );
        apply(
            &mut doc,
            PlanMsg::LogInteraction {
                id: InteractionId(1),
                person: PersonId(1),
                fields: InteractionFields {
                    date: d(2026, 11, 1),
                    kind: InteractionKind::Call,
                    note: String::new(),
                },
                now: at(1),
            },
        );
        assert!(apply(&mut doc, PlanMsg::DeletePerson { id: PersonId(1) }));
        assert_eq!(doc.people.len(), 1);
        assert!(doc.interactions.is_empty());
        assert_eq!(doc.actions[0].people, vec![PersonId(2)]);
        assert!(!apply(&mut doc, PlanMsg::DeletePerson { id: PersonId(1) }));
        // Logging for someone who does not exist is refused.
        assert!(!apply(
            &mut doc,
            PlanMsg::LogInteraction {
                id: InteractionId(2),
                person: PersonId(1),
                fields: InteractionFields {
                    date: d(2026, 11, 1),
                    kind: InteractionKind::Call,
                    note: String::new()
                },
                now: at(1),
            }
        ));
    }

    #[test]
    fn completing_an_introduction_logs_both_people() {
        let mut doc = Document::default();
        for (id, name) in [(1, "A"), (2, "B")] {
            apply(
                &mut doc,
                PlanMsg::SavePerson {
                    id: PersonId(id),
                    fields: person_fields(name, Cadence::Monthly),
                    now: at(1),
                },
            );
        }
        let mut intro = action_fields(
            vec![PersonId(1), PersonId(2)],
            d(2026, 11, 30),
            Recurrence::None,
        );
        intro.kind = ActionKind::Introduce;
        apply(
            &mut doc,
            PlanMsg::SaveAction {
                id: ActionId(1),
                fields: intro,
                now: at(1),
            },
        );
        apply(
            &mut doc,
            PlanMsg::Complete {
                id: ActionId(1),
                next_id: ActionId(2),
                log_ids: vec![InteractionId(7), InteractionId(8)],
                today: d(2026, 11, 20),
                now: at(20),
            },
        );
        let logged: Vec<_> = doc
            .interactions
            .iter()
            .map(|i| (i.person, i.kind, i.id))
            .collect();
        assert_eq!(
            logged,
            vec![
                (PersonId(1), InteractionKind::Introduced, InteractionId(7)),
                (PersonId(2), InteractionKind::Introduced, InteractionId(8)),
            ]
        );
        let s = PeopleIndex::build(&doc).stats(PersonId(2));
        assert_eq!(s.gave, 1);
    }

    #[test]
    fn tips_are_added_once() {
        let mut doc = Document::default();
        let add = |id| PlanMsg::AddTip {
            id: ActionId(id),
            item: ITEMS[3].id,
            lang: Lang::En,
            today: d(2026, 11, 23),
            now: at(23),
        };
        assert!(apply(&mut doc, add(1)));
        assert!(!apply(&mut doc, add(2)));
        assert_eq!(doc.actions.len(), 1);
        assert_eq!(doc.actions[0].title, ITEMS[3].tip.action.en);
        assert!(!apply(
            &mut doc,
            PlanMsg::AddTip {
                id: ActionId(3),
                item: ItemId("no.such"),
                lang: Lang::En,
                today: d(2026, 11, 23),
                now: at(23),
            }
        ));
    }
}
