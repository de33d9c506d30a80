//! The app's state and its one pure update function (Elm style). The UI
//! sends `Msg`s; anything from the outside world (time, fresh ids) arrives
//! inside the message, so `update` is deterministic and natively tested.
//! Saving is not done here: the UI's save effect watches `State::changes`.
//!
//! Several tabs share one stored document. Every change bumps
//! `doc.revision`; `stored_revision` is the revision this tab knows to be in
//! storage, and `pending` the changes made since. When another tab has
//! written first, the newer document is taken and the pending changes are
//! replayed onto it (they carry their own ids and times, so replay is exact),
//! and the user is told. Nothing is silently overwritten.
//!
//! Imported plan files arrive as `ReplaceDocument` and `MergeDocument`,
//! ordinary changes carrying the whole file, so replaying them onto a newer
//! document gives the same result. Someone else's plan opened read-only sits
//! in `viewing`, beside the user's own document and never saved: opening
//! and closing it is not a change.

use std::rc::Rc;

use chrono::{DateTime, NaiveDate, Utc};

use super::content::ITEMS;
use super::document::{Assessment, AssessmentId, Document, Draft};
use super::i18n::Lang;
use super::plan_file;
use super::planner::{self, PlanMsg};
use super::questionnaire::ItemId;
use super::scoring;
use super::self_intro::SelfIntro;

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
    /// The document revision known to be in storage.
    pub stored_revision: u64,
    /// Changes applied since `stored_revision`, oldest first; replayed onto a
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
        let stored_revision = doc.revision;
        State {
            doc,
            persistence,
            changes: 0,
            stored_revision,
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
    /// After unreadable storage: the user chose to start with a new document.
    StartFresh,
    SaveFailed,
    /// The user exported their data on `on` (a local date).
    Exported {
        on: NaiveDate,
    },
    /// Quiet the backup reminder until `until`.
    SnoozeReminder {
        until: NaiveDate,
    },
    /// The document at `revision` is now in storage.
    Saved {
        revision: u64,
    },
    /// Storage holds a document another tab wrote (seen through the `storage`
    /// event, or found when saving).
    StoredElsewhere(Box<Document>),
    /// Another tab deleted all data.
    ClearedElsewhere,
    /// This tab deleted all data (storage is already empty).
    DataDeleted,
    DismissSyncNotice,
    /// An imported plan file replaces the user's content (assessments, the
    /// draft, people, interactions, actions). The user's settings (language,
    /// export and reminder dates) stay: they belong to this browser. The UI
    /// keeps a backup of the replaced document first.
    ReplaceDocument(Box<Document>),
    /// An imported plan file merged in by id (`plan_file::merge`).
    MergeDocument(Box<Document>),
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
        Msg::Saved { revision } => {
            // Each pending change added exactly one revision.
            let written = revision.saturating_sub(state.stored_revision) as usize;
            state.pending.drain(..written.min(state.pending.len()));
            state.stored_revision = revision;
            if state.persistence == Persistence::Failing {
                state.persistence = Persistence::Saving;
            }
            false
        }
        Msg::ClearedElsewhere | Msg::DataDeleted => {
            let elsewhere = msg == Msg::ClearedElsewhere;
            state.doc = Document::default();
            state.view_changes += 1;
            state.stored_revision = 0;
            state.pending.clear();
            state.sync_notice = elsewhere.then_some(SyncNotice::ClearedElsewhere);
            // Storage is empty on purpose: nothing to save.
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

/// What saving should do, given the revision now in storage (None when
/// nothing is stored) and the revision this tab knows to be there.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SaveStep {
    Write,
    /// Another tab wrote since: take its document first (`Msg::StoredElsewhere`).
    TakeNewer,
}

pub fn save_step(in_storage: Option<u64>, known: u64) -> SaveStep {
    match in_storage {
        Some(r) if r != known => SaveStep::TakeNewer,
        _ => SaveStep::Write,
    }
}

/// Takes a document another tab stored and replays this tab's pending
/// changes on top of it. Returns whether anything needs saving.
fn rebase(state: &mut State, newer: Document) -> bool {
    if newer.revision < state.stored_revision {
        return false; // an older write arriving late
    }
    if newer.revision == state.stored_revision && newer == state.doc {
        return false;
    }
    let pending = std::mem::take(&mut state.pending);
    state.doc = newer;
    state.view_changes += 1;
    state.stored_revision = state.doc.revision;
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
        Msg::StartFresh => {
            if !matches!(state.persistence, Persistence::Blocked { .. }) {
                return false;
            }
            state.doc = Document::default();
            state.persistence = Persistence::Saving;
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
        Msg::Plan(msg) => planner::apply(doc, msg),
        Msg::Saved { .. }
        | Msg::StoredElsewhere(_)
        | Msg::ClearedElsewhere
        | Msg::DataDeleted
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
        update(&mut s, Msg::Saved { revision: 0 });
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
        update(&mut s, Msg::Saved { revision: 0 });
        assert_eq!(s.persistence, Persistence::Saving);
    }
}

/// Two tabs sharing one storage, driven by random interleavings: no edit is
/// ever lost or silently overwritten.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod sync_props {
    use super::*;
    use proptest::prelude::*;

    /// A tab plus the save protocol the storage door follows.
    fn save(tab: &mut State, storage: &mut Option<Document>) {
        for _ in 0..4 {
            if tab.pending.is_empty() {
                return;
            }
            match save_step(storage.as_ref().map(|d| d.revision), tab.stored_revision) {
                SaveStep::Write => {
                    *storage = Some(tab.doc.clone());
                    let revision = tab.doc.revision;
                    update(tab, Msg::Saved { revision });
                }
                SaveStep::TakeNewer => {
                    let newer = storage.clone().expect("TakeNewer needs a stored document");
                    update(tab, Msg::StoredElsewhere(Box::new(newer)));
                }
            }
        }
        panic!("saving did not settle");
    }

    #[derive(Clone, Debug)]
    enum Op {
        /// Tab `tab` answers its own item `item` with `step`.
        Answer {
            tab: usize,
            item: usize,
            step: u8,
        },
        Save(usize),
        /// The `storage` event reaches tab `tab`.
        Event(usize),
    }

    fn op() -> impl Strategy<Value = Op> {
        prop_oneof![
            3 => (0..2usize, 0..15usize, 1..=5u8).prop_map(|(tab, item, step)| Op::Answer { tab, item, step }),
            1 => (0..2usize).prop_map(Op::Save),
            1 => (0..2usize).prop_map(Op::Event),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        #[test]
        fn two_tabs_never_lose_an_edit(ops in proptest::collection::vec(op(), 1..60)) {
            let mut storage: Option<Document> = None;
            let mut tabs = [
                State::new(Document::default(), Persistence::Saving),
                State::new(Document::default(), Persistence::Saving),
            ];
            // The last step each tab chose for each of its items.
            let mut expected = std::collections::BTreeMap::new();
            for op in ops {
                match op {
                    Op::Answer { tab, item, step } => {
                        // Tab 0 owns items 0..15, tab 1 items 15..30.
                        let item = ITEMS[tab * 15 + item].id;
                        update(&mut tabs[tab], Msg::Answer { item, step });
                        expected.insert(item.0, step);
                    }
                    Op::Save(tab) => save(&mut tabs[tab], &mut storage),
                    Op::Event(tab) => {
                        if let Some(doc) = storage.clone() {
                            update(&mut tabs[tab], Msg::StoredElsewhere(Box::new(doc)));
                        }
                    }
                }
                // Invariant: one pending change per revision not yet stored.
                for t in &tabs {
                    prop_assert_eq!(t.pending.len() as u64, t.doc.revision - t.stored_revision);
                }
            }
            save(&mut tabs[0], &mut storage);
            save(&mut tabs[1], &mut storage);
            save(&mut tabs[0], &mut storage);
            let stored = storage.unwrap_or_default();
            let answers = stored.draft.map(|d| d.answers).unwrap_or_default();
            for (item, step) in expected {
                prop_assert_eq!(answers.get(item), Some(&step), "edit to {} lost", item);
            }
        }

        #[test]
        fn revisions_only_grow_in_storage(ops in proptest::collection::vec(op(), 1..40)) {
            let mut storage: Option<Document> = None;
            let mut tabs = [
                State::new(Document::default(), Persistence::Saving),
                State::new(Document::default(), Persistence::Saving),
            ];
            let mut last = 0;
            for op in ops {
                match op {
                    Op::Answer { tab, item, step } => {
                        update(&mut tabs[tab], Msg::Answer { item: ITEMS[item].id, step });
                    }
                    Op::Save(tab) => save(&mut tabs[tab], &mut storage),
                    Op::Event(tab) => {
                        if let Some(doc) = storage.clone() {
                            update(&mut tabs[tab], Msg::StoredElsewhere(Box::new(doc)));
                        }
                    }
                }
                let now = storage.as_ref().map_or(0, |d| d.revision);
                prop_assert!(now >= last, "storage went back from {} to {}", last, now);
                last = now;
            }
        }
    }

    #[test]
    fn a_conflict_reapplies_and_says_so() {
        let mut storage = None;
        let mut a = State::new(Document::default(), Persistence::Saving);
        let mut b = State::new(Document::default(), Persistence::Saving);
        update(
            &mut a,
            Msg::Answer {
                item: ITEMS[0].id,
                step: 2,
            },
        );
        save(&mut a, &mut storage);
        update(
            &mut b,
            Msg::Answer {
                item: ITEMS[1].id,
                step: 4,
            },
        );
        save(&mut b, &mut storage);
        assert_eq!(b.sync_notice, Some(SyncNotice::Reapplied));
        let answers = storage.unwrap().draft.unwrap().answers;
        assert_eq!(answers.len(), 2);
    }

    #[test]
    fn an_import_made_in_a_stale_tab_is_replayed_onto_the_newer_document() {
        let mut storage = None;
        let mut a = State::new(Document::default(), Persistence::Saving);
        let mut b = State::new(Document::default(), Persistence::Saving);
        update(&mut a, Msg::SetLang(Lang::En));
        save(&mut a, &mut storage);
        // Tab b imports a file without having seen a's change.
        let mut file = Document::default();
        file.assessments.push(Assessment {
            id: AssessmentId(5),
            date: NaiveDate::from_ymd_opt(2026, 1, 2).unwrap(),
            completed_at: DateTime::from_timestamp(1_767_312_000, 0).unwrap(),
            answers: Default::default(),
        });
        update(&mut b, Msg::MergeDocument(Box::new(file.clone())));
        update(&mut b, Msg::ReplaceDocument(Box::new(file.clone())));
        save(&mut b, &mut storage);
        let stored = storage.unwrap();
        assert_eq!(stored.assessments, file.assessments);
        assert_eq!(stored.settings.lang, Some(Lang::En), "a's change kept");
        assert_eq!(b.sync_notice, Some(SyncNotice::Reapplied));
    }

    #[test]
    fn late_older_writes_are_ignored() {
        let mut a = State::new(Document::default(), Persistence::Saving);
        update(&mut a, Msg::SetLang(Lang::En));
        update(&mut a, Msg::Saved { revision: 1 });
        let older = Document::default();
        assert!(!update(&mut a, Msg::StoredElsewhere(Box::new(older))));
        assert_eq!(a.doc.settings.lang, Some(Lang::En));
    }

    #[test]
    fn deletion_elsewhere_clears_and_is_announced() {
        let mut a = State::new(Document::default(), Persistence::Saving);
        update(&mut a, Msg::SetLang(Lang::En));
        assert!(!update(&mut a, Msg::ClearedElsewhere));
        assert_eq!(a.doc, Document::default());
        assert_eq!(a.sync_notice, Some(SyncNotice::ClearedElsewhere));
        assert!(a.pending.is_empty());
    }

    #[test]
    fn views_are_rebuilt_when_the_document_is_swapped_without_a_save() {
        let mut a = State::new(Document::default(), Persistence::Saving);
        let mut newer = Document {
            revision: 3,
            ..Document::default()
        };
        newer.settings.lang = Some(Lang::En);
        let before = a.version();
        assert!(
            !update(&mut a, Msg::StoredElsewhere(Box::new(newer))),
            "nothing to save"
        );
        assert_ne!(a.version(), before, "another tab's document is shown");
        let before = a.version();
        update(&mut a, Msg::DataDeleted);
        assert_ne!(a.version(), before, "deleted data is no longer shown");
    }
}
