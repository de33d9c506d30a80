//! The app's state and its one pure update function (Elm style). The UI
//! sends `Msg`s; anything from the outside world (time, fresh ids) arrives
//! inside the message, so `update` is deterministic and natively tested.
//! Saving is not done here: the UI's save effect watches `State::changes`.
//!
//! Several tabs share one stored document. Every change bumps
//! `doc.revision`; `stored` is the stored version (`sync::Mark`) this tab's
//! document is based on, and `pending` the changes made since. When another
//! tab has written, its document is taken and the pending changes are
//! replayed onto it (they carry their own ids and times, so replay is exact),
//! and the user is told. Nothing is silently overwritten. The save loop
//! itself is `sync::Saver`.
//!
//! Imported plan files arrive as `ReplaceDocument` and `MergeDocument`,
//! ordinary changes carrying the whole file, so replaying them onto a newer
//! document gives the same result. Someone else's plan opened read-only sits
//! in `viewing`, beside the user's own document and never saved: opening
//! and closing it is not a change.

use std::rc::Rc;

use chrono::{DateTime, NaiveDate, Utc};

use crate::content::ITEMS;
use crate::document::{Assessment, AssessmentId, Document, Draft};
use crate::i18n::Lang;
use crate::plan_file;
use crate::planner::{self, PlanMsg};
use crate::questionnaire::ItemId;
use crate::scoring;
use crate::self_intro::SelfIntro;
use crate::sync::{same_life, Mark, Stored};

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
    /// Storage holds a document from a newer version of the app (this
    /// schema version): this tab stops writing until it is reloaded.
    NewerApp(u32),
    /// The origin's storage belongs to the app deployed at this other path
    /// (`sync::other_home`): this deployment never writes there.
    OtherHome(String),
}

#[derive(Clone, Debug, PartialEq)]
pub struct State {
    pub doc: Document,
    pub persistence: Persistence,
    /// Counts document changes since start; the save effect runs when it moves.
    pub changes: u64,
    /// The stored version this tab's document is based on (see `sync`).
    pub stored: Mark,
    /// Changes applied since `stored`, oldest first; replayed onto a
    /// newer stored document after a conflict.
    pub pending: Vec<Msg>,
    pub sync_notice: Option<SyncNotice>,
    /// A plan opened read-only (someone else's, or a file to look at). Shown
    /// instead of `doc` while set; never saved, never changed.
    pub viewing: Option<Rc<Document>>,
    /// Counts changes of the shown document that need no save: `viewing`
    /// opened or closed, another tab's document taken, all data deleted. With
    /// `changes` it keys views derived from the shown document (see `version`).
    pub view_changes: u64,
}

/// What the user is told after another tab's changes arrived.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SyncNotice {
    /// Another tab saved first; this tab's changes were re-applied on top.
    Reapplied,
    /// Another tab deleted all data.
    ClearedElsewhere,
}

impl State {
    pub fn new(doc: Document, persistence: Persistence) -> State {
        let stored = Mark {
            revision: doc.revision,
            ..Mark::default()
        };
        State::loaded(doc, stored, persistence)
    }

    /// The state of a tab that read `doc` under a head carrying `stored`.
    pub fn loaded(doc: Document, stored: Mark, persistence: Persistence) -> State {
        State {
            doc,
            persistence,
            changes: 0,
            stored,
            pending: Vec::new(),
            sync_notice: None,
            viewing: None,
            view_changes: 0,
        }
    }

    /// The document on screen: the plan opened read-only, else the user's own.
    pub fn shown(&self) -> &Document {
        self.viewing.as_deref().unwrap_or(&self.doc)
    }

    pub fn read_only(&self) -> bool {
        self.viewing.is_some()
    }

    /// Changes whenever `shown()` may have changed: a memo key.
    pub fn version(&self) -> (u64, u64) {
        (self.changes, self.view_changes)
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum Msg {
    SetLang(Lang),
    /// The self-introduction builder's answers and texts (all empty clears it).
    SetIntro(Box<SelfIntro>),
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
    /// After unreadable storage: the user chose to start with a new
    /// document, a new `lineage` (random, from `sync::new_lineage`).
    StartFresh {
        lineage: u64,
    },
    SaveFailed,
    /// The user exported their data on `on` (a local date).
    Exported {
        on: NaiveDate,
    },
    /// Quiet the backup reminder until `until`.
    SnoozeReminder {
        until: NaiveDate,
    },
    /// This tab's document is now in storage under a head carrying this
    /// mark (its write was read back).
    Saved(Mark),
    /// Storage holds a document another tab wrote (seen through the `storage`
    /// event, or found when saving).
    StoredElsewhere(Box<Stored>),
    /// Another tab deleted all data (or started afresh); storage now holds
    /// `lineage`'s tombstone (0: storage was emptied by other means).
    ClearedElsewhere {
        lineage: u64,
    },
    /// This tab deleted all data; storage holds `lineage`'s tombstone.
    DataDeleted {
        lineage: u64,
    },
    /// Storage holds a document from a newer app version.
    NewerElsewhere(u32),
    DismissSyncNotice,
    /// An imported plan file replaces the user's content (assessments, the
    /// draft, people, interactions, actions). The user's settings (language,
    /// export and reminder dates) stay: they belong to this browser. The UI
    /// keeps a backup of the replaced document first.
    ReplaceDocument(Box<Document>),
    /// An imported plan file merged in by id (`plan_file::merge`).
    MergeDocument(Box<Document>),
    /// A file made for sharing merged in: only what is new is added
    /// (`plan_file::merge_shared`).
    MergeSharedDocument(Box<Document>),
    /// Shows a plan read-only instead of the user's own (not a change).
    OpenReadOnly(Box<Document>),
    /// Back to the user's own document (not a change).
    CloseReadOnly,
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
            .is_some_and(|&s| scoring::is_valid_answer(i, s))
    })
}

/// Applies `msg`. Returns whether the document changed (and so needs saving).
pub fn update(state: &mut State, msg: Msg) -> bool {
    match msg {
        Msg::StoredElsewhere(newer) => rebase(state, *newer),
        Msg::Saved(mark) => {
            // Each pending change added exactly one revision.
            let written = mark.revision.saturating_sub(state.stored.revision) as usize;
            state.pending.drain(..written.min(state.pending.len()));
            state.stored = mark;
            if state.persistence == Persistence::Failing {
                state.persistence = Persistence::Saving;
            }
            false
        }
        Msg::ClearedElsewhere { lineage } | Msg::DataDeleted { lineage } => {
            let elsewhere = matches!(msg, Msg::ClearedElsewhere { .. });
            clear(state, lineage);
            state.sync_notice = elsewhere.then_some(SyncNotice::ClearedElsewhere);
            // Storage is empty on purpose: nothing to save.
            false
        }
        Msg::NewerElsewhere(version) => {
            state.persistence = Persistence::NewerApp(version);
            false
        }
        Msg::DismissSyncNotice => {
            state.sync_notice = None;
            false
        }
        Msg::OpenReadOnly(doc) => {
            state.viewing = Some(Rc::new(*doc));
            state.view_changes += 1;
            false
        }
        Msg::CloseReadOnly => {
            if state.viewing.take().is_some() {
                state.view_changes += 1;
            }
            false
        }
        msg => {
            let kept = msg.clone();
            let changed = apply(state, msg);
            if changed {
                state.changes += 1;
                state.doc.revision += 1;
                state.pending.push(kept);
            }
            changed
        }
    }
}

/// Forgets the document: all data was deleted, `lineage` starts anew.
fn clear(state: &mut State, lineage: u64) {
    state.doc = Document::default();
    state.view_changes += 1;
    state.stored = Mark {
        lineage,
        ..Mark::default()
    };
    state.pending.clear();
}

/// Takes a document another tab stored and replays this tab's pending
/// changes on top of it. Returns whether anything needs saving. Any mark
/// other than the known one is another tab's write, whatever its revision
/// (lower and equal included): nothing is dismissed as "older".
fn rebase(state: &mut State, newer: Stored) -> bool {
    let known = state.stored;
    if newer.mark == known {
        return false;
    }
    // A readable document from another tab ends a block on unreadable data.
    if matches!(state.persistence, Persistence::Blocked { .. }) {
        state.persistence = Persistence::Saving;
    }
    if !same_life(known.lineage, newer.mark.lineage) {
        // All data was deleted (or started afresh) elsewhere, then written
        // again: changes to the old data must not come back.
        clear(state, newer.mark.lineage);
        state.doc = newer.doc;
        state.stored = newer.mark;
        state.sync_notice = Some(SyncNotice::ClearedElsewhere);
        return false;
    }
    let pending = std::mem::take(&mut state.pending);
    state.doc = newer.doc;
    state.view_changes += 1;
    state.stored = newer.mark;
    let mut reapplied = false;
    for msg in pending {
        reapplied |= update(state, msg);
    }
    if reapplied {
        state.sync_notice = Some(SyncNotice::Reapplied);
    }
    reapplied
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
        Msg::SetIntro(intro) => {
            let new = (!intro.is_empty()).then_some(*intro);
            let changed = doc.intro != new;
            doc.intro = new;
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
            // 0 ("doesn't apply") only where the item offers it.
            if !ITEMS
                .iter()
                .any(|i| i.id == item && scoring::is_valid_answer(i, step))
            {
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
        Msg::StartFresh { lineage } => {
            if !matches!(state.persistence, Persistence::Blocked { .. }) {
                return false;
            }
            state.doc = Document::default();
            state.persistence = Persistence::Saving;
            // A new lineage: tabs still holding the old data never mix it in.
            state.stored = Mark {
                lineage,
                ..Mark::default()
            };
            true
        }
        Msg::Exported { on } => {
            let changed = doc.settings.last_export != Some(on);
            doc.settings.last_export = Some(on);
            changed
        }
        Msg::SnoozeReminder { until } => {
            let changed = doc.settings.reminder_snoozed_until != Some(until);
            doc.settings.reminder_snoozed_until = Some(until);
            changed
        }
        Msg::SaveFailed => {
            state.persistence = Persistence::Failing;
            false
        }
        Msg::ReplaceDocument(incoming) => {
            let replaced = Document {
                schema_version: doc.schema_version,
                revision: doc.revision,
                settings: doc.settings.clone(),
                ..*incoming
            };
            let changed = replaced != *doc;
            *doc = replaced;
            // Importing a backup is a way out of unreadable storage: that
            // text is already kept under its backup key, so saving may resume.
            if matches!(state.persistence, Persistence::Blocked { .. }) {
                state.persistence = Persistence::Saving;
                return true;
            }
            changed
        }
        Msg::MergeDocument(incoming) => {
            let (merged, report) = plan_file::merge(doc, &incoming);
            if report.is_empty() {
                return false;
            }
            *doc = merged;
            true
        }
        Msg::MergeSharedDocument(incoming) => {
            let (merged, report) = plan_file::merge_shared(doc, &incoming);
            if report.is_empty() {
                return false;
            }
            *doc = merged;
            true
        }
        Msg::Plan(msg) => planner::apply(doc, msg),
        Msg::Saved(_)
        | Msg::StoredElsewhere(_)
        | Msg::ClearedElsewhere { .. }
        | Msg::DataDeleted { .. }
        | Msg::NewerElsewhere(_)
        | Msg::DismissSyncNotice
        | Msg::OpenReadOnly(_)
        | Msg::CloseReadOnly => unreachable!("handled in update"),
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
        update(&mut s, Msg::Saved(Mark::default()));
        assert!(matches!(s.persistence, Persistence::Blocked { .. }));
        assert!(update(&mut s, Msg::StartFresh { lineage: 9 }));
        assert_eq!(s.persistence, Persistence::Saving);
        assert!(!update(&mut s, Msg::StartFresh { lineage: 9 }));
    }

    #[test]
    fn plan_messages_count_as_document_changes() {
        let mut s = fresh();
        let msg = Msg::Plan(PlanMsg::DeleteAction {
            id: crate::document::ActionId(1),
        });
        assert!(!update(&mut s, msg));
        assert_eq!(s.changes, 0);
        let add = Msg::Plan(PlanMsg::AddTip {
            id: crate::document::ActionId(1),
            item: ITEMS[0].id,
            lang: Lang::Ja,
            today: day(),
            now: Utc.with_ymd_and_hms(2026, 11, 24, 10, 0, 0).unwrap(),
        });
        assert!(update(&mut s, add));
        assert_eq!((s.changes, s.doc.revision, s.doc.actions.len()), (1, 1, 1));
    }

    /// A document with one finished assessment and the given language.
    fn doc_with_assessment(id: u64, lang: Option<Lang>) -> Document {
        let mut s = fresh();
        answer_all(&mut s, 3);
        update(&mut s, finish(id));
        s.doc.settings.lang = lang;
        s.doc.revision = 40;
        s.doc
    }

    #[test]
    fn replacing_takes_the_content_and_keeps_settings_and_revision_order() {
        let mut s = fresh();
        update(&mut s, Msg::SetLang(Lang::En));
        let incoming = doc_with_assessment(7, Some(Lang::Ja));
        assert!(update(
            &mut s,
            Msg::ReplaceDocument(Box::new(incoming.clone()))
        ));
        assert_eq!(s.doc.assessments, incoming.assessments);
        assert_eq!(s.doc.settings.lang, Some(Lang::En), "settings stay");
        assert_eq!(
            (s.changes, s.doc.revision),
            (2, 2),
            "a change like any other"
        );
        assert_eq!(s.pending.len(), 2);
        assert!(
            !update(&mut s, Msg::ReplaceDocument(Box::new(incoming))),
            "the same file again changes nothing"
        );
    }

    #[test]
    fn replacing_unblocks_unreadable_storage() {
        let mut s = State::new(
            Document::default(),
            Persistence::Blocked {
                backup_key: "k".into(),
                reason: "r".into(),
            },
        );
        assert!(update(&mut s, Msg::ReplaceDocument(Box::default())));
        assert_eq!(s.persistence, Persistence::Saving);
    }

    #[test]
    fn merging_adds_and_counts_as_a_change_only_when_something_is_new() {
        let mut s = fresh();
        let incoming = doc_with_assessment(7, None);
        assert!(update(
            &mut s,
            Msg::MergeDocument(Box::new(incoming.clone()))
        ));
        assert_eq!(s.doc.assessments.len(), 1);
        assert!(!update(&mut s, Msg::MergeDocument(Box::new(incoming))));
        assert_eq!(s.changes, 1);
    }

    #[test]
    fn a_read_only_plan_is_shown_but_never_a_change() {
        let mut s = fresh();
        update(&mut s, Msg::SetLang(Lang::En));
        let own = s.doc.clone();
        let before = s.version();
        let other = doc_with_assessment(9, None);
        assert!(!update(&mut s, Msg::OpenReadOnly(Box::new(other.clone()))));
        assert!(s.read_only());
        assert_eq!(s.shown(), &other);
        assert_eq!(s.doc, own, "own document untouched");
        assert_eq!(s.changes, 1);
        assert_eq!(s.pending.len(), 1, "nothing to save or replay");
        assert_ne!(s.version(), before, "views are rebuilt");
        let opened = s.version();
        assert!(!update(&mut s, Msg::CloseReadOnly));
        assert!(!s.read_only());
        assert_eq!(s.shown(), &own);
        assert_ne!(s.version(), opened);
    }

    #[test]
    fn save_failures_are_tracked_and_recover() {
        let mut s = fresh();
        update(&mut s, Msg::SaveFailed);
        assert_eq!(s.persistence, Persistence::Failing);
        update(&mut s, Msg::Saved(Mark::default()));
        assert_eq!(s.persistence, Persistence::Saving);
    }
}

/// Other tabs' documents arriving (see `sync` for the save loop and its
/// property tests).
#[cfg(test)]
mod sync_msgs {
    use super::*;
    use crate::sync::{Mark, Stored};

    fn mark(lineage: u64, revision: u64, write: u64) -> Mark {
        Mark {
            lineage,
            revision,
            write,
        }
    }

    fn english(revision: u64) -> Document {
        let mut doc = Document {
            revision,
            ..Document::default()
        };
        doc.settings.lang = Some(Lang::En);
        doc
    }

    #[test]
    fn a_lower_revision_from_another_write_is_taken_and_replayed() {
        let mut a = State::loaded(Document::default(), mark(1, 0, 0), Persistence::Saving);
        for item in &ITEMS[..3] {
            update(
                &mut a,
                Msg::Answer {
                    item: item.id,
                    step: 2,
                },
            );
        }
        update(&mut a, Msg::Saved(mark(1, 3, 11)));
        update(
            &mut a,
            Msg::Answer {
                item: ITEMS[5].id,
                step: 5,
            },
        );
        // Another tab wrote revision 2 over our revision 3.
        let theirs = Stored {
            doc: english(2),
            mark: mark(1, 2, 12),
        };
        assert!(
            update(&mut a, Msg::StoredElsewhere(Box::new(theirs))),
            "to save"
        );
        assert_eq!(a.doc.settings.lang, Some(Lang::En));
        assert_eq!(
            a.doc.draft.as_ref().unwrap().answers.len(),
            1,
            "pending change replayed"
        );
        assert_eq!(a.stored, mark(1, 2, 12));
        assert_eq!(a.sync_notice, Some(SyncNotice::Reapplied));
    }

    #[test]
    fn another_lineage_drops_changes_to_the_old_data_and_says_so() {
        let mut a = State::loaded(Document::default(), mark(1, 5, 3), Persistence::Saving);
        update(
            &mut a,
            Msg::Answer {
                item: ITEMS[0].id,
                step: 2,
            },
        );
        let theirs = Stored {
            doc: english(1),
            mark: mark(2, 1, 9),
        };
        assert!(!update(&mut a, Msg::StoredElsewhere(Box::new(theirs))));
        assert_eq!(a.doc, english(1));
        assert!(a.pending.is_empty());
        assert_eq!(a.sync_notice, Some(SyncNotice::ClearedElsewhere));
    }

    #[test]
    fn deletion_elsewhere_clears_and_is_announced() {
        let mut a = State::new(Document::default(), Persistence::Saving);
        update(&mut a, Msg::SetLang(Lang::En));
        assert!(!update(&mut a, Msg::ClearedElsewhere { lineage: 8 }));
        assert_eq!(a.doc, Document::default());
        assert_eq!(a.stored.lineage, 8);
        assert_eq!(a.sync_notice, Some(SyncNotice::ClearedElsewhere));
        assert!(a.pending.is_empty());
    }

    #[test]
    fn a_blocked_tab_that_takes_a_readable_document_unblocks() {
        let mut a = State::new(
            Document::default(),
            Persistence::Blocked {
                backup_key: "k".into(),
                reason: "r".into(),
            },
        );
        let theirs = Stored {
            doc: english(3),
            mark: mark(4, 3, 1),
        };
        update(&mut a, Msg::StoredElsewhere(Box::new(theirs)));
        assert_eq!(a.persistence, Persistence::Saving);
        assert_eq!(a.doc.settings.lang, Some(Lang::En));
    }

    #[test]
    fn views_are_rebuilt_when_the_document_is_swapped_without_a_save() {
        let mut a = State::new(Document::default(), Persistence::Saving);
        let before = a.version();
        let theirs = Stored {
            doc: english(3),
            mark: mark(0, 3, 5),
        };
        assert!(
            !update(&mut a, Msg::StoredElsewhere(Box::new(theirs))),
            "nothing to save"
        );
        assert_ne!(a.version(), before, "another tab's document is shown");
        let before = a.version();
        update(&mut a, Msg::DataDeleted { lineage: 3 });
        assert_ne!(a.version(), before, "deleted data is no longer shown");
    }
}
