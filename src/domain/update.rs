//! The app's state and its one pure update function (Elm style). The UI
//! sends `Msg`s; anything from the outside world (time, fresh ids) arrives
//! inside the message, so `update` is deterministic and natively tested.
//! Saving is not done here: the UI's save effect watches `State::changes`.

use chrono::{DateTime, NaiveDate, Utc};

use super::content::ITEMS;
use super::document::{Assessment, AssessmentId, Document, Draft};
use super::i18n::Lang;
use super::planner::{self, PlanMsg};
use super::questionnaire::ItemId;

/// Whether the in-memory document may be written to storage.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Persistence {
    /// Saving normally.
    Saving,
    /// Stored data was unreadable and has been kept under `backup_key`; no
    /// save happens until the user explicitly starts fresh.
    Blocked { backup_key: String, reason: String },
    /// The browser refused the last write (quota, private mode…). The app
    /// keeps working from memory and keeps trying on each change.
    Failing,
}

#[derive(Clone, Debug, PartialEq)]
pub struct State {
    pub doc: Document,
    pub persistence: Persistence,
    /// Counts document changes since start; the save effect runs when it moves.
    pub changes: u64,
}

impl State {
    pub fn new(doc: Document, persistence: Persistence) -> State {
        State {
            doc,
            persistence,
            changes: 0,
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum Msg {
    SetLang(Lang),
    /// Opens the draft, creating an empty one if none is in progress.
    StartAssessment,
    Answer {
        item: ItemId,
        step: u8,
    },
    NextQuestion,
    PreviousQuestion,
    FinishAssessment {
        id: AssessmentId,
        date: NaiveDate,
        at: DateTime<Utc>,
    },
    /// After unreadable storage: the user chose to start with a new document.
    StartFresh,
    SaveFailed,
    SaveSucceeded,
    /// Planner, people and weekly review (handled in `planner`).
    Plan(PlanMsg),
}

/// The draft position, always a valid index.
pub fn draft_position(draft: &Draft) -> usize {
    draft.position.min(ITEMS.len() - 1)
}

pub fn is_complete(draft: &Draft) -> bool {
    ITEMS.iter().all(|i| {
        draft
            .answers
            .get(i.id.0)
            .is_some_and(|s| (1..=5).contains(s))
    })
}

/// Applies `msg`. Returns whether the document changed (and so needs saving).
pub fn update(state: &mut State, msg: Msg) -> bool {
    let changed = apply(state, msg);
    if changed {
        state.changes += 1;
        state.doc.revision += 1;
    }
    changed
}

fn apply(state: &mut State, msg: Msg) -> bool {
    let doc = &mut state.doc;
    match msg {
        Msg::SetLang(lang) => {
            let new = Some(lang);
            let changed = doc.settings.lang != new;
            doc.settings.lang = new;
            changed
        }
        Msg::StartAssessment => {
            if doc.draft.is_some() {
                return false;
            }
            doc.draft = Some(Draft::default());
            true
        }
        Msg::Answer { item, step } => {
            if !(1..=5).contains(&step) || !ITEMS.iter().any(|i| i.id == item) {
                return false;
            }
            let draft = doc.draft.get_or_insert_with(Draft::default);
            draft.answers.insert(item.0.to_string(), step) != Some(step)
        }
        Msg::NextQuestion => {
            let Some(draft) = doc.draft.as_mut() else {
                return false;
            };
            let pos = draft_position(draft);
            // Moving on needs an answer to the current question.
            if !draft.answers.contains_key(ITEMS[pos].id.0) || pos + 1 >= ITEMS.len() {
                return false;
            }
            draft.position = pos + 1;
            true
        }
        Msg::PreviousQuestion => {
            let Some(draft) = doc.draft.as_mut() else {
                return false;
            };
            let pos = draft_position(draft);
            if pos == 0 {
                return false;
            }
            draft.position = pos - 1;
            true
        }
        Msg::FinishAssessment { id, date, at } => {
            let Some(draft) = doc.draft.as_mut() else {
                return false;
            };
            if !is_complete(draft) {
                // Send the user to the first unanswered question instead.
                let first = ITEMS
                    .iter()
                    .position(|i| !draft.answers.contains_key(i.id.0));
                let first = first.unwrap_or(0);
                let moved = draft.position != first;
                draft.position = first;
                return moved;
            }
            let draft = doc.draft.take().expect("checked above");
            doc.assessments.push(Assessment {
                id,
                date,
                completed_at: at,
                answers: draft.answers,
            });
            true
        }
        Msg::StartFresh => {
            if !matches!(state.persistence, Persistence::Blocked { .. }) {
                return false;
            }
            state.doc = Document::default();
            state.persistence = Persistence::Saving;
            true
        }
        Msg::SaveFailed => {
            state.persistence = Persistence::Failing;
            false
        }
        Msg::SaveSucceeded => {
            if state.persistence == Persistence::Failing {
                state.persistence = Persistence::Saving;
            }
            false
        }
        Msg::Plan(msg) => planner::apply(doc, msg),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn fresh() -> State {
        State::new(Document::default(), Persistence::Saving)
    }

    fn day() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 24).unwrap()
    }

    fn finish(id: u64) -> Msg {
        Msg::FinishAssessment {
            id: AssessmentId(id),
            date: day(),
            at: Utc.with_ymd_and_hms(2026, 11, 24, 10, 0, 0).unwrap(),
        }
    }

    fn answer_all(s: &mut State, step: u8) {
        update(s, Msg::StartAssessment);
        for item in ITEMS.iter() {
            update(
                s,
                Msg::Answer {
                    item: item.id,
                    step,
                },
            );
            update(s, Msg::NextQuestion);
        }
    }

    #[test]
    fn next_needs_an_answer() {
        let mut s = fresh();
        update(&mut s, Msg::StartAssessment);
        assert!(!update(&mut s, Msg::NextQuestion));
        assert_eq!(s.doc.draft.as_ref().unwrap().position, 0);
        update(
            &mut s,
            Msg::Answer {
                item: ITEMS[0].id,
                step: 3,
            },
        );
        assert!(update(&mut s, Msg::NextQuestion));
        assert_eq!(s.doc.draft.as_ref().unwrap().position, 1);
        assert!(update(&mut s, Msg::PreviousQuestion));
        assert!(!update(&mut s, Msg::PreviousQuestion));
    }

    #[test]
    fn invalid_answers_are_refused() {
        let mut s = fresh();
        assert!(!update(
            &mut s,
            Msg::Answer {
                item: ITEMS[0].id,
                step: 0
            }
        ));
        assert!(!update(
            &mut s,
            Msg::Answer {
                item: ITEMS[0].id,
                step: 6
            }
        ));
        assert!(!update(
            &mut s,
            Msg::Answer {
                item: ItemId("nope"),
                step: 3
            }
        ));
    }

    #[test]
    fn finishing_keeps_every_assessment_in_order() {
        let mut s = fresh();
        answer_all(&mut s, 2);
        assert!(update(&mut s, finish(1)));
        assert!(s.doc.draft.is_none());
        answer_all(&mut s, 4);
        assert!(update(&mut s, finish(2)));
        assert_eq!(s.doc.assessments.len(), 2);
        assert_eq!(s.doc.latest_assessment().unwrap().id, AssessmentId(2));
        assert_eq!(s.doc.previous_assessment().unwrap().id, AssessmentId(1));
        assert_eq!(s.doc.assessments[0].date, day());
    }

    #[test]
    fn finishing_early_jumps_to_first_unanswered() {
        let mut s = fresh();
        answer_all(&mut s, 3);
        s.doc.draft.as_mut().unwrap().answers.remove(ITEMS[4].id.0);
        update(&mut s, finish(1));
        assert!(s.doc.assessments.is_empty());
        assert_eq!(s.doc.draft.as_ref().unwrap().position, 4);
    }

    #[test]
    fn changes_and_revision_move_only_on_real_changes() {
        let mut s = fresh();
        assert!(update(&mut s, Msg::SetLang(Lang::En)));
        assert!(!update(&mut s, Msg::SetLang(Lang::En)));
        assert_eq!((s.changes, s.doc.revision), (1, 1));
    }

    #[test]
    fn blocked_storage_only_clears_on_explicit_start_fresh() {
        let mut s = State::new(
            Document::default(),
            Persistence::Blocked {
                backup_key: "k".into(),
                reason: "r".into(),
            },
        );
        update(&mut s, Msg::SaveSucceeded);
        assert!(matches!(s.persistence, Persistence::Blocked { .. }));
        assert!(update(&mut s, Msg::StartFresh));
        assert_eq!(s.persistence, Persistence::Saving);
        assert!(!update(&mut s, Msg::StartFresh));
    }

    #[test]
    fn plan_messages_count_as_document_changes() {
        let mut s = fresh();
        let msg = Msg::Plan(PlanMsg::DeleteAction {
            id: crate::domain::document::ActionId(1),
        });
        assert!(!update(&mut s, msg));
        assert_eq!(s.changes, 0);
        let add = Msg::Plan(PlanMsg::AddTip {
            id: crate::domain::document::ActionId(1),
            item: ITEMS[0].id,
            lang: Lang::Ja,
            today: day(),
            now: Utc.with_ymd_and_hms(2026, 11, 24, 10, 0, 0).unwrap(),
        });
        assert!(update(&mut s, add));
        assert_eq!((s.changes, s.doc.revision, s.doc.actions.len()), (1, 1, 1));
    }

    #[test]
    fn save_failures_are_tracked_and_recover() {
        let mut s = fresh();
        update(&mut s, Msg::SaveFailed);
        assert_eq!(s.persistence, Persistence::Failing);
        update(&mut s, Msg::SaveSucceeded);
        assert_eq!(s.persistence, Persistence::Saving);
    }
}
