//! The app's state and its one pure update function (Elm style). The UI
//! sends `Msg`s; anything from the outside world (time, fresh ids) arrives
//! inside the message, so `update` is deterministic and natively tested.
//! `update` returns what the outside world must do as values (`Effects`):
//! save, take a backup before an import, show a screen. The UI's one
//! executor performs them; nothing here touches the browser.
//!
//! Several tabs share one stored document. Every change bumps
//! `doc.revision`; `stored` is the stored version (`sync::Mark`) this tab's
//! document is based on, and `pending` the changes made since. When another
//! tab has written, its document is taken and the pending changes are
//! replayed onto it (they carry their own ids and times, so replay is exact),
//! and the user is told. Nothing is silently overwritten. The save loop
//! itself is `sync::Saver`.
//!
//! Imported plan files arrive as `Import`: the core asks for a backup first
//! (`Effect::Backup`), and the change itself (`Imported`) follows once the
//! copy is stored. It is an ordinary
//! changes carrying the whole file, so replaying them onto a newer document
//! gives the same result. Someone else's plan opened read-only sits in
//! `viewing`, beside the user's own document and never saved: opening and
//! closing it is not a change.

use std::rc::Rc;

use chrono::{DateTime, NaiveDate, Utc};

use crate::backups::Reason;
use crate::content::ITEMS;
use crate::document::{Assessment, AssessmentId, Document, Draft};
use crate::early_answer;
use crate::effect::{Effect, Effects};
use crate::exchange::merge_preview::merge_report;
use crate::i18n::Lang;
use crate::plan_file::{self, MergeReport};
use crate::planner::{self, PlanMsg};
use crate::questionnaire::ItemId;
use crate::route::Route;
use crate::scoring;
use crate::self_intro::SelfIntro;
use crate::sync::{may_write, same_life, Mark, Stored};

/// Whether the in-memory document may be written to storage.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Persistence {
    /// Saving normally.
    Saving,
    /// Stored data was unreadable and has been kept under `backup_key`; no
    /// save happens until the user explicitly starts fresh.
    Blocked {
        /// Where the unreadable text was copied.
        backup_key: String,
        /// Why it could not be read (for the notice).
        reason: String,
    },
    /// The browser refused the last write (quota, private mode…). The app
    /// keeps working from memory and keeps trying on each change.
    Failing,
    /// Another tab held the save lock far longer than a save takes (a tab
    /// frozen mid-save): nothing was written. Like `Failing`, the next
    /// change or event tries again and a save ends it.
    HeldUp,
    /// Storage holds a document from a newer version of the app (this
    /// schema version): this tab stops writing until it is reloaded.
    NewerApp(u32),
    /// The origin's storage belongs to the app deployed at this other path
    /// (`sync::other_home`): this deployment never writes there.
    OtherHome(String),
    /// Storage holds a document this build cannot read (the first-visit
    /// module has no decoder, see `carry`): this tab writes nothing and
    /// reloads into the full app, carrying its unsaved changes.
    HandingOver,
}

/// Everything the app knows: the user's document, how saving goes, and the
/// view state that outlives a screen.
#[derive(Clone, Debug, PartialEq)]
pub struct State {
    /// The user's own document. Shared, not copied: a message that changes
    /// nothing costs no copy, and a change copies it once (`Rc::make_mut`).
    pub doc: Rc<Document>,
    /// Whether saving works (see `Persistence`).
    pub persistence: Persistence,
    /// Counts document changes since start.
    pub changes: u64,
    /// The stored version this tab's document is based on (see `sync`).
    pub stored: Mark,
    /// Changes applied since `stored`, oldest first; replayed onto a
    /// newer stored document after a conflict.
    pub pending: Vec<Msg>,
    /// What the user is told after another tab's changes arrived.
    pub sync_notice: Option<SyncNotice>,
    /// What the last import choice did (the files screen's status line).
    pub import_outcome: Option<ImportOutcome>,
    /// A plan opened read-only (someone else's, or a file to look at). Shown
    /// instead of `doc` while set; never saved, never changed.
    pub viewing: Option<Rc<Document>>,
    /// Counts changes of the shown document that need no save: `viewing`
    /// opened or closed, another tab's document taken, all data deleted. With
    /// `changes` it keys views derived from the shown document (see `version`).
    pub view_changes: u64,
    /// How the last "restore" went (the backups list's status line); None
    /// before one, or once the screen with the list is left.
    pub restore_outcome: Option<RestoreOutcome>,
    /// How the user's last "delete all my data" went (the settings screen's
    /// status line); None before one, or once the screen is left.
    pub deletion: Option<Deletion>,
}

/// How putting a backup back went.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RestoreOutcome {
    /// The backup is the user's data now; what it replaced is a backup.
    Restored,
    /// The current data could not be kept as a backup first: nothing changed.
    BackupFailed,
    /// The chosen backup is gone or cannot be read: nothing changed.
    Unreadable,
}

/// How deleting all data went.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Deletion {
    /// Everything is gone; storage holds only the tombstone.
    Done,
    /// The browser refused, or another tab held the save lock: nothing was
    /// deleted that the user is told about as deleted.
    Failed,
}

/// What the user is told after another tab's changes arrived.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SyncNotice {
    /// Another tab saved first; this tab's changes were re-applied on top.
    Reapplied,
    /// Another tab deleted all data.
    ClearedElsewhere,
    /// Another tab saved while this tab's replace (a restore or an import
    /// that replaces) was on its way: the replace was not applied over
    /// those changes, which would have been lost with no backup; the user
    /// can choose it again.
    ReplaceNotApplied,
}

/// How an imported plan file joins the user's data.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImportHow {
    /// The file's content replaces the user's (settings stay).
    Replace,
    /// Records merged in by id, the newer edit winning (`plan_file::merge`).
    Merge,
    /// A file made for sharing: only what is new is added
    /// (`plan_file::merge_shared`).
    MergeShared,
}

/// What the last import choice did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImportOutcome {
    /// The file replaced the user's data (after a backup).
    Replaced,
    /// The file was merged in (after a backup); what it added and updated.
    Merged(MergeReport),
    /// The file held nothing new: nothing changed, no backup was needed.
    MergedNothing,
    /// The backup could not be stored, so nothing was changed.
    BackupFailed(Reason),
}

impl State {
    /// A tab whose document has never been stored under a head.
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
            doc: Rc::new(doc),
            persistence,
            changes: 0,
            stored,
            pending: Vec::new(),
            sync_notice: None,
            import_outcome: None,
            viewing: None,
            view_changes: 0,
            restore_outcome: None,
            deletion: None,
        }
    }

    /// The document on screen: the plan opened read-only, else the user's own.
    pub fn shown(&self) -> &Document {
        self.viewing.as_deref().unwrap_or(&self.doc)
    }

    /// Whether a plan is open read-only.
    pub fn read_only(&self) -> bool {
        self.viewing.is_some()
    }

    /// Changes whenever `shown()` may have changed: a memo key.
    pub fn version(&self) -> (u64, u64) {
        (self.changes, self.view_changes)
    }

    /// The user's document, to change (copied first if a screen still holds
    /// the previous version).
    fn doc_mut(&mut self) -> &mut Document {
        Rc::make_mut(&mut self.doc)
    }
}

/// Everything that can happen to the state. Document changes are replayed
/// after a conflict (see `pending`); the rest are about saving and viewing.
#[derive(Clone, Debug, PartialEq)]
pub enum Msg {
    /// The user chose a language.
    SetLang(Lang),
    /// The self-introduction builder's answers and texts (all empty clears it).
    SetIntro(Box<SelfIntro>),
    /// Opens the draft, creating an empty one if none is in progress.
    StartAssessment,
    /// An answer to one self-check item (0: "doesn't apply", where offered).
    Answer {
        /// The item answered.
        item: ItemId,
        /// The chosen point of its scale.
        step: u8,
    },
    /// An answer to the self-check's first question given in the static
    /// page (index.html) before the app was shown. Taken only on a first
    /// visit, so never twice (`early_answer::apply`); the changes it makes
    /// are recorded, not this message.
    EarlyAnswer {
        /// The chosen point of the first item's scale.
        step: u8,
        /// The answer given there before, which the app took when it
        /// started, when this one changes it while the app was built.
        instead_of: Option<u8>,
    },
    /// On to the next question (needs an answer to this one).
    NextQuestion,
    /// Back to the previous question.
    PreviousQuestion,
    /// Ends the self-check, or moves to the first unanswered question.
    FinishAssessment {
        /// The new assessment's id.
        id: AssessmentId,
        /// Its local date.
        date: NaiveDate,
        /// When it was completed.
        at: DateTime<Utc>,
    },
    /// After unreadable storage: the user chose to start with a new
    /// document, a new `lineage` (random, from `sync::new_lineage`).
    StartFresh {
        /// The new document's lineage.
        lineage: u64,
    },
    /// The user exported their data on `on` (a local date).
    Exported {
        /// The local date of the export.
        on: NaiveDate,
    },
    /// Quiet the backup reminder until `until`.
    SnoozeReminder {
        /// The first day the reminder may show again.
        until: NaiveDate,
    },
    /// The user chose how to bring in an imported plan file. Nothing changes
    /// yet: a backup is asked for first, and the change follows it.
    Import {
        /// Replace or merge.
        how: ImportHow,
        /// The validated file's document.
        doc: Box<Document>,
    },
    /// The change an `Import` asked for, sent once its backup is stored:
    /// replaces or merges like the two messages below and records the
    /// outcome for the files screen.
    Imported {
        /// Replace or merge.
        how: ImportHow,
        /// The validated file's document.
        doc: Box<Document>,
    },
    /// The user chose a backup to put back. Nothing changes yet: the current
    /// document is kept as a backup first (a swap), and `Restored` follows.
    Restore(Box<Document>),
    /// The change a `Restore` asked for, sent once its backup is stored:
    /// replaces like `ReplaceDocument` and records the outcome.
    Restored(Box<Document>),
    /// A document replaces the user's content (assessments, the draft,
    /// people, interactions, actions): a restored backup, or an import
    /// (through `Imported`). The user's settings (language, export and
    /// reminder dates) stay: they belong to this browser.
    ReplaceDocument(Box<Document>),
    /// A document merged in by id (`plan_file::merge`): imported contacts,
    /// or an import (through `Imported`).
    MergeDocument(Box<Document>),
    /// The user confirmed deleting all their data. Nothing changes yet:
    /// the storage door deletes under the save lock and reports
    /// `SyncMsg::DataDeleted` or `SyncMsg::DeletionFailed`.
    DeleteAll {
        /// The lineage the tombstone names (random, `sync::new_lineage`).
        lineage: u64,
    },
    /// What the storage door found or did (see `SyncMsg`).
    Sync(SyncMsg),
    /// What is shown and told, never saved nor replayed (see `ViewMsg`).
    View(ViewMsg),
    /// Planner, people and weekly review (handled in `planner`).
    Plan(PlanMsg),
}

/// Messages from the storage door: what this tab's save did and what other
/// tabs left in storage. Never a change of the user's own: never counted,
/// saved as a change nor replayed after a conflict.
#[derive(Clone, Debug, PartialEq)]
pub enum SyncMsg {
    /// This tab's document is now in storage under a head carrying this
    /// mark (its write was read back).
    Saved(Mark),
    /// Storage holds a document another tab wrote (seen through the `storage`
    /// event, or found when saving).
    StoredElsewhere(Box<Stored>),
    /// Another tab deleted all data (or started afresh); storage now holds
    /// `lineage`'s tombstone (0: storage was emptied by other means).
    ClearedElsewhere {
        /// The lineage of the tombstone.
        lineage: u64,
    },
    /// This tab deleted all data; storage holds `lineage`'s tombstone.
    DataDeleted {
        /// The lineage of the tombstone.
        lineage: u64,
    },
    /// Deleting all data was refused by the browser, or the save lock was
    /// not had in time: the user is told it did not happen.
    DeletionFailed,
    /// Storage holds a document from a newer app version.
    NewerElsewhere(u32),
    /// The browser refused to store the document.
    SaveFailed,
    /// The save lock was not granted in time (another tab holds it): this
    /// save did not run.
    HeldUp,
    /// This tab found a document it cannot read and is reloading into the
    /// full app with its unsaved changes (`carry::to_text`).
    HandingOver,
    /// Changes carried across a reload (`carry::from_text`): `pending` was
    /// made on the stored version `known`, and is rebased onto what this tab
    /// loaded, as after `StoredElsewhere`.
    Resume {
        /// The stored version the changes were made on.
        known: Mark,
        /// The changes, oldest first.
        pending: Vec<Msg>,
    },
}

/// Messages about what is shown and told: never saved, never replayed
/// after a conflict, never a change of the user's document.
#[derive(Clone, Debug, PartialEq)]
pub enum ViewMsg {
    /// The user closed the notice about another tab.
    DismissSyncNotice,
    /// The backup taken for `reason` could not be stored: nothing changed.
    BackupFailed(Reason),
    /// The files screen was opened afresh: the last import's outcome is old news.
    ForgetImportOutcome,
    /// The settings screen was left: the last deletion is old news.
    ForgetDeletion,
    /// The backup the user chose to restore is gone or cannot be read.
    RestoreUnreadable,
    /// The screen with the backups list was left: the last restore is old
    /// news.
    ForgetRestoreOutcome,
    /// Shows a plan read-only instead of the user's own (not a change).
    OpenReadOnly(Box<Document>),
    /// Back to the user's own document (not a change).
    CloseReadOnly,
}

/// The draft position, always a valid index.
pub fn draft_position(draft: &Draft) -> usize {
    draft.position.min(ITEMS.len() - 1)
}

/// Whether every item of the draft has a valid answer.
pub fn is_complete(draft: &Draft) -> bool {
    ITEMS.iter().all(|i| {
        draft
            .answers
            .get(i.id.0)
            .is_some_and(|&s| scoring::is_valid_answer(i, s))
    })
}

/// Applies `msg` and says what the outside world must do: `Effect::Save`
/// exactly when the user's document changed.
pub fn update(state: &mut State, msg: Msg) -> Effects {
    match msg {
        Msg::Sync(msg) => sync(state, msg),
        Msg::Import { how, doc } => import(state, how, doc),
        Msg::Restore(doc) => {
            state.restore_outcome = None;
            Effects::one(Effect::Backup {
                reason: Reason::Restore,
                then: Box::new(Msg::Restored(doc)),
            })
        }
        Msg::DeleteAll { lineage } => {
            state.deletion = None;
            Effects::one(Effect::DeleteAll { lineage })
        }
        Msg::View(msg) => view(state, msg),
        Msg::EarlyAnswer { step, instead_of } => early_answer::take(state, step, instead_of),
        msg => change(state, msg),
    }
}

/// What the storage door reports: the tab's idea of storage follows it.
fn sync(state: &mut State, msg: SyncMsg) -> Effects {
    match msg {
        SyncMsg::StoredElsewhere(newer) => return Effects::save_if(rebase(state, *newer)),
        SyncMsg::Saved(mark) => saved(state, mark),
        SyncMsg::ClearedElsewhere { lineage } => {
            clear(state, lineage);
            state.sync_notice = Some(SyncNotice::ClearedElsewhere);
        }
        // Storage is empty on purpose: nothing to save, nothing to tell.
        SyncMsg::DataDeleted { lineage } => {
            clear(state, lineage);
            state.sync_notice = None;
            state.deletion = Some(Deletion::Done);
        }
        SyncMsg::DeletionFailed => state.deletion = Some(Deletion::Failed),
        SyncMsg::NewerElsewhere(version) => state.persistence = Persistence::NewerApp(version),
        SyncMsg::SaveFailed => {
            if state.persistence == Persistence::HandingOver {
                // The hand-over could not keep the changes: this tab stays,
                // and the version it knew is another tab's save, which its
                // document is not. Forgetting it, its saves never take that
                // save for its own and write over it: they hand over (or
                // fail) again (`sync::Reads::OwnOnly`).
                state.stored = Mark::default();
            }
            state.persistence = Persistence::Failing;
        }
        // Only a tab saving normally says it is held up: a refused write
        // (with its advice to export) or a tab that may not write (unreadable
        // data, a newer version) keeps saying why.
        SyncMsg::HeldUp if state.persistence == Persistence::Saving => {
            state.persistence = Persistence::HeldUp;
        }
        SyncMsg::HeldUp => {}
        SyncMsg::HandingOver => state.persistence = Persistence::HandingOver,
        SyncMsg::Resume { known, pending } => {
            return Effects::save_if(resume(state, known, pending))
        }
    }
    Effects::none()
}

/// Carried changes (`SyncMsg::Resume`) rebased onto the loaded document;
/// returns whether any of them changed it. Where this tab may not write
/// (unreadable data, a newer version), they wait as unsaved changes, as any
/// change there does.
fn resume(state: &mut State, known: Mark, pending: Vec<Msg>) -> bool {
    if known == state.stored || !may_write(state) {
        // Storage still holds what they were made on: made again as they were.
        let mut changed = false;
        for msg in pending {
            changed |= update(state, msg).saves();
        }
        return changed;
    }
    let loaded = Stored {
        doc: std::mem::take(Rc::make_mut(&mut state.doc)),
        mark: state.stored,
    };
    state.stored = known;
    state.pending = pending;
    rebase(state, loaded)
}

/// A document change: applied, counted, kept for replay, saved.
fn change(state: &mut State, msg: Msg) -> Effects {
    let kept = msg.clone();
    let finishing = matches!(msg, Msg::FinishAssessment { .. });
    let next = screen_after(&msg);
    let changed = apply(state, msg);
    let mut effects = Effects::none();
    if changed {
        state.changes += 1;
        state.doc_mut().revision += 1;
        state.pending.push(kept);
        effects.0.push(Effect::Save);
    }
    // A finished self-check (not a jump to an unanswered item) shows its results.
    if finishing && changed && state.doc.draft.is_none() {
        effects.0.push(Effect::Navigate(Route::Results));
    }
    // Saving or deleting leads on whether or not anything changed.
    effects.0.extend(next.map(Effect::Navigate));
    effects
}

/// The screen that follows a saved or deleted record.
fn screen_after(msg: &Msg) -> Option<Route> {
    match msg {
        Msg::Plan(PlanMsg::SavePerson { id, .. }) => Some(Route::Person(*id)),
        Msg::Plan(PlanMsg::DeletePerson { .. }) => Some(Route::People),
        Msg::Plan(PlanMsg::DeleteAction { .. }) => Some(Route::Plan),
        _ => None,
    }
}

/// View state: what is shown and told, never saved.
fn view(state: &mut State, msg: ViewMsg) -> Effects {
    match msg {
        ViewMsg::DismissSyncNotice => state.sync_notice = None,
        ViewMsg::BackupFailed(Reason::Restore) => {
            state.restore_outcome = Some(RestoreOutcome::BackupFailed);
        }
        ViewMsg::BackupFailed(reason) => {
            state.import_outcome = Some(ImportOutcome::BackupFailed(reason));
        }
        ViewMsg::RestoreUnreadable => state.restore_outcome = Some(RestoreOutcome::Unreadable),
        ViewMsg::ForgetRestoreOutcome => state.restore_outcome = None,
        ViewMsg::ForgetImportOutcome => state.import_outcome = None,
        ViewMsg::ForgetDeletion => state.deletion = None,
        ViewMsg::OpenReadOnly(doc) => {
            state.viewing = Some(Rc::new(*doc));
            state.view_changes += 1;
            // The plan opens on its home screen.
            return Effects::one(Effect::Navigate(Route::Home));
        }
        ViewMsg::CloseReadOnly => {
            if state.viewing.take().is_some() {
                state.view_changes += 1;
            }
        }
    }
    Effects::none()
}

/// The user chose how to bring a file in: a backup first, unless nothing
/// would change (a merge with nothing new says so and stops).
fn import(state: &mut State, how: ImportHow, doc: Box<Document>) -> Effects {
    let reason = match how {
        ImportHow::Replace => Reason::Replace,
        ImportHow::Merge | ImportHow::MergeShared => {
            if merge_report(&state.doc, &doc, how == ImportHow::MergeShared).is_empty() {
                state.import_outcome = Some(ImportOutcome::MergedNothing);
                return Effects::none();
            }
            Reason::Merge
        }
    };
    state.import_outcome = None;
    Effects::one(Effect::Backup {
        reason,
        then: Box::new(Msg::Imported { how, doc }),
    })
}

/// This tab's write was read back under `mark`.
fn saved(state: &mut State, mark: Mark) {
    // Each pending change added exactly one revision.
    let written = mark.revision.saturating_sub(state.stored.revision) as usize;
    state.pending.drain(..written.min(state.pending.len()));
    state.stored = mark;
    if matches!(
        state.persistence,
        Persistence::Failing | Persistence::HeldUp
    ) {
        state.persistence = Persistence::Saving;
    }
}

/// Forgets the document: all data was deleted, `lineage` starts anew.
fn clear(state: &mut State, lineage: u64) {
    // Nothing is left to save, so nothing is held up.
    if state.persistence == Persistence::HeldUp {
        state.persistence = Persistence::Saving;
    }
    state.doc = Rc::default();
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
        state.doc = Rc::new(newer.doc);
        state.stored = newer.mark;
        state.sync_notice = Some(SyncNotice::ClearedElsewhere);
        return false;
    }
    let pending = std::mem::take(&mut state.pending);
    state.doc = Rc::new(newer.doc);
    state.view_changes += 1;
    state.stored = newer.mark;
    // Replaying changes nothing the screens have already said.
    let told = (state.import_outcome, state.restore_outcome);
    let mut reapplied = false;
    let mut replace_dropped = false;
    for msg in pending {
        // A replace over the other tab's document would throw its changes
        // away, and the backup taken before the replace does not hold them.
        if replaces_document(&msg) {
            replace_dropped = true;
            continue;
        }
        reapplied |= update(state, msg).saves();
    }
    (state.import_outcome, state.restore_outcome) = told;
    if replace_dropped {
        state.import_outcome = None;
        state.restore_outcome = None;
        state.sync_notice = Some(SyncNotice::ReplaceNotApplied);
    } else if reapplied {
        state.sync_notice = Some(SyncNotice::Reapplied);
    }
    reapplied
}

/// Whether `msg` replaces the user's content as a whole.
fn replaces_document(msg: &Msg) -> bool {
    matches!(
        msg,
        Msg::ReplaceDocument(_)
            | Msg::Restored(_)
            | Msg::Imported {
                how: ImportHow::Replace,
                ..
            }
    )
}

/// Applies a document change; returns whether anything changed.
fn apply(state: &mut State, msg: Msg) -> bool {
    match msg {
        Msg::SetLang(lang) => set_if_new(
            state,
            |d| &d.settings.lang,
            |d| &mut d.settings.lang,
            Some(lang),
        ),
        Msg::SetIntro(intro) => {
            let new = (!intro.is_empty()).then_some(*intro);
            set_if_new(state, |d| &d.intro, |d| &mut d.intro, new)
        }
        Msg::StartAssessment => {
            state.doc.draft.is_none() && {
                state.doc_mut().draft = Some(Draft::default());
                true
            }
        }
        Msg::Answer { item, step } => answer(state, item, step),
        Msg::NextQuestion => move_question(state, 1),
        Msg::PreviousQuestion => move_question(state, -1),
        Msg::FinishAssessment { id, date, at } => finish(state, id, date, at),
        Msg::StartFresh { lineage } => start_fresh(state, lineage),
        Msg::Exported { on } => set_if_new(
            state,
            |d| &d.settings.last_export,
            |d| &mut d.settings.last_export,
            Some(on),
        ),
        Msg::SnoozeReminder { until } => set_if_new(
            state,
            |d| &d.settings.reminder_snoozed_until,
            |d| &mut d.settings.reminder_snoozed_until,
            Some(until),
        ),
        Msg::Imported { how, doc } => imported(state, how, *doc),
        Msg::ReplaceDocument(incoming) => replace(state, *incoming),
        Msg::Restored(incoming) => {
            state.restore_outcome = Some(RestoreOutcome::Restored);
            replace(state, *incoming)
        }
        Msg::MergeDocument(incoming) => merge(state, &incoming, ImportHow::Merge).is_some(),
        Msg::Plan(msg) => planner::apply(state.doc_mut(), msg),
        _ => unreachable!("handled in update"),
    }
}

/// Sets one optional field of the document when the value is new; reads
/// through the shared document first, so an unchanged value costs no copy.
fn set_if_new<T: PartialEq>(
    state: &mut State,
    current: impl Fn(&Document) -> &Option<T>,
    write: impl FnOnce(&mut Document) -> &mut Option<T>,
    new: Option<T>,
) -> bool {
    if *current(&state.doc) == new {
        return false;
    }
    *write(state.doc_mut()) = new;
    true
}

fn answer(state: &mut State, item: ItemId, step: u8) -> bool {
    // 0 ("doesn't apply") only where the item offers it.
    if !ITEMS
        .iter()
        .any(|i| i.id == item && scoring::is_valid_answer(i, step))
    {
        return false;
    }
    let unchanged = state
        .doc
        .draft
        .as_ref()
        .is_some_and(|d| d.answers.get(item.0) == Some(&step));
    if unchanged {
        return false;
    }
    let draft = state.doc_mut().draft.get_or_insert_with(Draft::default);
    draft.answers.insert(item.0.to_string(), step);
    true
}

/// Moves the draft one question forward (`1`) or back (`-1`). Moving on
/// needs an answer to the current question.
fn move_question(state: &mut State, by: isize) -> bool {
    let Some(draft) = state.doc.draft.as_ref() else {
        return false;
    };
    let pos = draft_position(draft);
    let target = match by {
        1 if draft.answers.contains_key(ITEMS[pos].id.0) && pos + 1 < ITEMS.len() => pos + 1,
        -1 if pos > 0 => pos - 1,
        _ => return false,
    };
    state
        .doc_mut()
        .draft
        .as_mut()
        .expect("checked above")
        .position = target;
    true
}

fn finish(state: &mut State, id: AssessmentId, date: NaiveDate, at: DateTime<Utc>) -> bool {
    let Some(draft) = state.doc.draft.as_ref() else {
        return false;
    };
    if !is_complete(draft) {
        // Send the user to the first unanswered question instead.
        let first = ITEMS
            .iter()
            .position(|i| !draft.answers.contains_key(i.id.0))
            .unwrap_or(0);
        if draft.position == first {
            return false;
        }
        state
            .doc_mut()
            .draft
            .as_mut()
            .expect("checked above")
            .position = first;
        return true;
    }
    let doc = state.doc_mut();
    let draft = doc.draft.take().expect("checked above");
    doc.assessments.push(Assessment {
        id,
        date,
        completed_at: at,
        answers: draft.answers,
    });
    true
}

fn start_fresh(state: &mut State, lineage: u64) -> bool {
    if !matches!(state.persistence, Persistence::Blocked { .. }) {
        return false;
    }
    // The document stays: a tab is blocked only at load, where it starts
    // from an empty document, so it holds nothing but this tab's own
    // changes (made while blocked, or carried from a first-visit page that
    // met the unreadable text), which the new start keeps.
    state.persistence = Persistence::Saving;
    // A new lineage: tabs still holding the old data never mix it in.
    state.stored = Mark {
        lineage,
        ..Mark::default()
    };
    true
}

fn replace(state: &mut State, incoming: Document) -> bool {
    let replaced = Document {
        schema_version: state.doc.schema_version,
        revision: state.doc.revision,
        settings: state.doc.settings.clone(),
        ..incoming
    };
    let changed = replaced != *state.doc;
    state.doc = Rc::new(replaced);
    // Importing a backup is a way out of unreadable storage: that
    // text is already kept under its backup key, so saving may resume.
    if matches!(state.persistence, Persistence::Blocked { .. }) {
        state.persistence = Persistence::Saving;
        return true;
    }
    changed
}

/// Merges `incoming`; what it added and updated, or `None` when nothing changed.
fn merge(state: &mut State, incoming: &Document, how: ImportHow) -> Option<MergeReport> {
    let (merged, report) = match how {
        ImportHow::MergeShared => plan_file::merge_shared(&state.doc, incoming),
        _ => plan_file::merge(&state.doc, incoming),
    };
    if report.is_empty() {
        return None;
    }
    state.doc = Rc::new(merged);
    Some(report)
}

/// An import's change, after its backup: applied, and its outcome recorded
/// for the files screen (only here: a restore or imported contacts have
/// their own status lines).
fn imported(state: &mut State, how: ImportHow, doc: Document) -> bool {
    let (changed, outcome) = match how {
        ImportHow::Replace => (replace(state, doc), ImportOutcome::Replaced),
        ImportHow::Merge | ImportHow::MergeShared => match merge(state, &doc, how) {
            Some(report) => (true, ImportOutcome::Merged(report)),
            None => (false, ImportOutcome::MergedNothing),
        },
    };
    state.import_outcome = Some(outcome);
    changed
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Applies `msg`; whether the document changed (and so must be saved).
    fn saves(state: &mut State, msg: Msg) -> bool {
        update(state, msg).saves()
    }
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
        saves(s, Msg::StartAssessment);
        for item in ITEMS.iter() {
            saves(
                s,
                Msg::Answer {
                    item: item.id,
                    step,
                },
            );
            saves(s, Msg::NextQuestion);
        }
    }

    #[test]
    fn next_needs_an_answer() {
        let mut s = fresh();
        saves(&mut s, Msg::StartAssessment);
        assert!(!saves(&mut s, Msg::NextQuestion));
        assert_eq!(s.doc.draft.as_ref().unwrap().position, 0);
        saves(
            &mut s,
            Msg::Answer {
                item: ITEMS[0].id,
                step: 3,
            },
        );
        assert!(saves(&mut s, Msg::NextQuestion));
        assert_eq!(s.doc.draft.as_ref().unwrap().position, 1);
        assert!(saves(&mut s, Msg::PreviousQuestion));
        assert!(!saves(&mut s, Msg::PreviousQuestion));
    }

    #[test]
    fn invalid_answers_are_refused() {
        let mut s = fresh();
        assert!(!saves(
            &mut s,
            Msg::Answer {
                item: ITEMS[0].id,
                step: 0
            }
        ));
        assert!(!saves(
            &mut s,
            Msg::Answer {
                item: ITEMS[0].id,
                step: 6
            }
        ));
        assert!(!saves(
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
        assert!(saves(&mut s, finish(1)));
        assert!(s.doc.draft.is_none());
        answer_all(&mut s, 4);
        assert!(saves(&mut s, finish(2)));
        assert_eq!(s.doc.assessments.len(), 2);
        assert_eq!(s.doc.latest_assessment().unwrap().id, AssessmentId(2));
        assert_eq!(s.doc.previous_assessment().unwrap().id, AssessmentId(1));
        assert_eq!(s.doc.assessments[0].date, day());
    }

    #[test]
    fn finishing_early_jumps_to_first_unanswered() {
        let mut s = fresh();
        answer_all(&mut s, 3);
        Rc::make_mut(&mut s.doc)
            .draft
            .as_mut()
            .unwrap()
            .answers
            .remove(ITEMS[4].id.0);
        saves(&mut s, finish(1));
        assert!(s.doc.assessments.is_empty());
        assert_eq!(s.doc.draft.as_ref().unwrap().position, 4);
    }

    #[test]
    fn changes_and_revision_move_only_on_real_changes() {
        let mut s = fresh();
        assert!(saves(&mut s, Msg::SetLang(Lang::En)));
        assert!(!saves(&mut s, Msg::SetLang(Lang::En)));
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
        saves(&mut s, Msg::Sync(SyncMsg::Saved(Mark::default())));
        assert!(matches!(s.persistence, Persistence::Blocked { .. }));
        assert!(saves(&mut s, Msg::StartFresh { lineage: 9 }));
        assert_eq!(s.persistence, Persistence::Saving);
        assert!(!saves(&mut s, Msg::StartFresh { lineage: 9 }));
    }

    #[test]
    fn starting_fresh_keeps_what_the_blocked_tab_did() {
        // Changes made while blocked (or carried from a first-visit page
        // that met the unreadable text) are the user's own: a new start
        // saves them instead of dropping them.
        let mut s = State::new(
            Document::default(),
            Persistence::Blocked {
                backup_key: "k".into(),
                reason: "r".into(),
            },
        );
        saves(&mut s, Msg::StartAssessment);
        let item = ITEMS[0].id;
        saves(&mut s, Msg::Answer { item, step: 4 });
        assert!(saves(&mut s, Msg::StartFresh { lineage: 9 }));
        assert_eq!(s.stored.lineage, 9);
        assert_eq!(
            s.doc.draft.as_ref().and_then(|d| d.answers.get(item.0)),
            Some(&4)
        );
        assert!(!s.pending.is_empty(), "and they are saved");
    }

    #[test]
    fn plan_messages_count_as_document_changes() {
        let mut s = fresh();
        let msg = Msg::Plan(PlanMsg::DeleteAction {
            id: crate::document::ActionId(1),
        });
        assert!(!saves(&mut s, msg));
        assert_eq!(s.changes, 0);
        let add = Msg::Plan(PlanMsg::AddTip {
            id: crate::document::ActionId(1),
            item: ITEMS[0].id,
            lang: Lang::Ja,
            today: day(),
            now: Utc.with_ymd_and_hms(2026, 11, 24, 10, 0, 0).unwrap(),
        });
        assert!(saves(&mut s, add));
        assert_eq!((s.changes, s.doc.revision, s.doc.actions.len()), (1, 1, 1));
    }

    /// A document with one finished assessment and the given language.
    fn doc_with_assessment(id: u64, lang: Option<Lang>) -> Document {
        let mut s = fresh();
        answer_all(&mut s, 3);
        saves(&mut s, finish(id));
        Rc::make_mut(&mut s.doc).settings.lang = lang;
        Rc::make_mut(&mut s.doc).revision = 40;
        (*s.doc).clone()
    }

    #[test]
    fn replacing_takes_the_content_and_keeps_settings_and_revision_order() {
        let mut s = fresh();
        saves(&mut s, Msg::SetLang(Lang::En));
        let incoming = doc_with_assessment(7, Some(Lang::Ja));
        assert!(saves(
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
            !saves(&mut s, Msg::ReplaceDocument(Box::new(incoming))),
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
        assert!(saves(&mut s, Msg::ReplaceDocument(Box::default())));
        assert_eq!(s.persistence, Persistence::Saving);
    }

    #[test]
    fn merging_adds_and_counts_as_a_change_only_when_something_is_new() {
        let mut s = fresh();
        let incoming = doc_with_assessment(7, None);
        assert!(saves(
            &mut s,
            Msg::MergeDocument(Box::new(incoming.clone()))
        ));
        assert_eq!(s.doc.assessments.len(), 1);
        assert!(!saves(&mut s, Msg::MergeDocument(Box::new(incoming))));
        assert_eq!(s.changes, 1);
    }

    #[test]
    fn a_read_only_plan_is_shown_but_never_a_change() {
        let mut s = fresh();
        saves(&mut s, Msg::SetLang(Lang::En));
        let own = s.doc.clone();
        let before = s.version();
        let other = doc_with_assessment(9, None);
        assert!(!saves(
            &mut s,
            Msg::View(ViewMsg::OpenReadOnly(Box::new(other.clone())))
        ));
        assert!(s.read_only());
        assert_eq!(s.shown(), &other);
        assert_eq!(s.doc, own, "own document untouched");
        assert_eq!(s.changes, 1);
        assert_eq!(s.pending.len(), 1, "nothing to save or replay");
        assert_ne!(s.version(), before, "views are rebuilt");
        let opened = s.version();
        assert!(!saves(&mut s, Msg::View(ViewMsg::CloseReadOnly)));
        assert!(!s.read_only());
        assert_eq!(s.shown(), &*own);
        assert_ne!(s.version(), opened);
    }

    #[test]
    fn save_failures_are_tracked_and_recover() {
        let mut s = fresh();
        saves(&mut s, Msg::Sync(SyncMsg::SaveFailed));
        assert_eq!(s.persistence, Persistence::Failing);
        saves(&mut s, Msg::Sync(SyncMsg::Saved(Mark::default())));
        assert_eq!(s.persistence, Persistence::Saving);
    }

    #[test]
    fn a_held_up_save_is_told_and_ends_with_the_next_save_but_never_hides_a_block() {
        let mut s = fresh();
        assert!(!saves(&mut s, Msg::Sync(SyncMsg::HeldUp)));
        assert_eq!(s.persistence, Persistence::HeldUp);
        assert!(crate::sync::may_write(&s), "the next change tries again");
        saves(&mut s, Msg::Sync(SyncMsg::Saved(Mark::default())));
        assert_eq!(s.persistence, Persistence::Saving);
        s.persistence = Persistence::NewerApp(9);
        saves(&mut s, Msg::Sync(SyncMsg::HeldUp));
        assert_eq!(s.persistence, Persistence::NewerApp(9));
        // A refused write keeps its advice to export.
        s.persistence = Persistence::Failing;
        saves(&mut s, Msg::Sync(SyncMsg::HeldUp));
        assert_eq!(s.persistence, Persistence::Failing);
        // A deletion leaves nothing to save.
        s.persistence = Persistence::Saving;
        saves(&mut s, Msg::Sync(SyncMsg::HeldUp));
        saves(&mut s, Msg::Sync(SyncMsg::ClearedElsewhere { lineage: 4 }));
        assert_eq!(s.persistence, Persistence::Saving);
    }
}

/// What `update` asks the outside world to do.
#[cfg(test)]
mod effects {
    use super::*;
    use chrono::TimeZone;

    fn fresh() -> State {
        State::new(Document::default(), Persistence::Saving)
    }

    fn with_assessment(id: u64) -> Document {
        let mut s = fresh();
        let _ = update(&mut s, Msg::StartAssessment);
        for item in ITEMS.iter() {
            let _ = update(
                &mut s,
                Msg::Answer {
                    item: item.id,
                    step: 3,
                },
            );
        }
        let _ = update(&mut s, finish(id));
        (*s.doc).clone()
    }

    fn finish(id: u64) -> Msg {
        Msg::FinishAssessment {
            id: AssessmentId(id),
            date: NaiveDate::from_ymd_opt(2026, 12, 2).unwrap(),
            at: Utc.with_ymd_and_hms(2026, 12, 2, 9, 0, 0).unwrap(),
        }
    }

    #[test]
    fn a_change_saves_and_nothing_else_does() {
        let mut s = fresh();
        assert_eq!(update(&mut s, Msg::SetLang(Lang::En)).0, vec![Effect::Save]);
        assert!(update(&mut s, Msg::SetLang(Lang::En)).is_empty());
        assert!(update(&mut s, Msg::View(ViewMsg::DismissSyncNotice)).is_empty());
    }

    #[test]
    fn a_message_that_changes_nothing_copies_nothing() {
        let mut s = fresh();
        let _ = update(&mut s, Msg::SetLang(Lang::En));
        let before = s.doc.clone();
        let _ = update(&mut s, Msg::SetLang(Lang::En));
        let _ = update(&mut s, Msg::PreviousQuestion);
        assert!(
            Rc::ptr_eq(&before, &s.doc),
            "the document is shared, not copied"
        );
    }

    #[test]
    fn a_finished_self_check_shows_its_results_and_a_jump_does_not() {
        let mut s = fresh();
        let _ = update(&mut s, Msg::StartAssessment);
        let _ = update(
            &mut s,
            Msg::Answer {
                item: ITEMS[0].id,
                step: 3,
            },
        );
        let jump = update(&mut s, finish(1));
        assert_eq!(
            jump.0,
            vec![Effect::Save],
            "sent back to the first unanswered item"
        );
        for item in ITEMS.iter() {
            let _ = update(
                &mut s,
                Msg::Answer {
                    item: item.id,
                    step: 3,
                },
            );
        }
        let done = update(&mut s, finish(1));
        assert_eq!(done.0, vec![Effect::Save, Effect::Navigate(Route::Results)]);
    }

    #[test]
    fn an_import_asks_for_a_backup_first_and_changes_nothing_yet() {
        let mut s = fresh();
        let _ = update(&mut s, Msg::SetLang(Lang::Ja));
        let incoming = with_assessment(7);
        let effects = update(
            &mut s,
            Msg::Import {
                how: ImportHow::Replace,
                doc: Box::new(incoming.clone()),
            },
        );
        assert_eq!(
            effects.0,
            vec![Effect::Backup {
                reason: Reason::Replace,
                then: Box::new(Msg::Imported {
                    how: ImportHow::Replace,
                    doc: Box::new(incoming.clone()),
                }),
            }]
        );
        assert!(
            s.doc.assessments.is_empty(),
            "nothing replaced before the backup"
        );
        // The executor stored the copy and sends the change.
        let Effect::Backup { then, .. } = effects.0.into_iter().next().unwrap() else {
            unreachable!()
        };
        assert!(update(&mut s, *then).saves());
        assert_eq!(s.doc.assessments, incoming.assessments);
        assert_eq!(s.import_outcome, Some(ImportOutcome::Replaced));
    }

    #[test]
    fn a_failed_backup_changes_nothing_and_says_so() {
        let mut s = fresh();
        let effects = update(&mut s, Msg::View(ViewMsg::BackupFailed(Reason::Merge)));
        assert!(effects.is_empty());
        assert_eq!(
            s.import_outcome,
            Some(ImportOutcome::BackupFailed(Reason::Merge))
        );
        let _ = update(&mut s, Msg::View(ViewMsg::ForgetImportOutcome));
        assert_eq!(s.import_outcome, None);
    }

    #[test]
    fn a_merge_with_something_new_is_backed_up_and_reported() {
        let mut s = fresh();
        let incoming = with_assessment(9);
        for how in [ImportHow::Merge, ImportHow::MergeShared] {
            let effects = update(
                &mut s,
                Msg::Import {
                    how,
                    doc: Box::new(incoming.clone()),
                },
            );
            let [Effect::Backup {
                reason: Reason::Merge,
                then,
            }] = &effects.0[..]
            else {
                panic!("a merge that adds records is backed up first: {effects:?}");
            };
            let mut copy = s.clone();
            assert!(update(&mut copy, (**then).clone()).saves());
            let Some(ImportOutcome::Merged(report)) = copy.import_outcome else {
                panic!("the merge is reported");
            };
            assert_eq!(report.assessments.added, 1);
        }
    }

    #[test]
    fn a_merge_with_nothing_new_needs_no_backup() {
        let mut s = fresh();
        let own = with_assessment(3);
        let _ = update(&mut s, Msg::ReplaceDocument(Box::new(own.clone())));
        let effects = update(
            &mut s,
            Msg::Import {
                how: ImportHow::Merge,
                doc: Box::new(own),
            },
        );
        assert!(effects.is_empty());
        assert_eq!(s.import_outcome, Some(ImportOutcome::MergedNothing));
    }

    #[test]
    fn deleting_leads_to_the_list_whether_or_not_anything_changed() {
        use crate::document::{ActionId, PersonId};
        let mut s = fresh();
        let gone = update(
            &mut s,
            Msg::Plan(PlanMsg::DeletePerson { id: PersonId(404) }),
        );
        assert_eq!(
            gone.0,
            vec![Effect::Navigate(Route::People)],
            "nothing to delete, still back to the list"
        );
        let gone = update(
            &mut s,
            Msg::Plan(PlanMsg::DeleteAction { id: ActionId(404) }),
        );
        assert_eq!(gone.0, vec![Effect::Navigate(Route::Plan)]);
    }

    #[test]
    fn only_an_import_records_an_import_outcome() {
        // A restored backup and imported contacts have their own status
        // lines: the files screen's must not claim them (nor take focus).
        let mut s = fresh();
        assert!(update(&mut s, Msg::ReplaceDocument(Box::new(with_assessment(1)))).saves());
        assert!(update(&mut s, Msg::MergeDocument(Box::new(with_assessment(2)))).saves());
        assert_eq!(s.import_outcome, None);
    }

    #[test]
    fn opening_a_plan_read_only_shows_its_home_screen() {
        let mut s = fresh();
        let effects = update(
            &mut s,
            Msg::View(ViewMsg::OpenReadOnly(Box::new(with_assessment(5)))),
        );
        assert_eq!(effects.0, vec![Effect::Navigate(Route::Home)]);
        assert!(s.read_only());
    }
    /// Restoring is a swap: the current document is kept first (by the
    /// executor, through the backup effect), and only then replaced.
    #[test]
    fn restoring_keeps_the_current_document_first_and_says_how_it_went() {
        let mut a = fresh();
        let _ = update(&mut a, Msg::SetLang(Lang::En));
        let backup = Box::new(with_assessment(1));
        let effects = update(&mut a, Msg::Restore(backup.clone()));
        assert_eq!(
            effects.0,
            vec![Effect::Backup {
                reason: Reason::Restore,
                then: Box::new(Msg::Restored(backup.clone())),
            }]
        );
        assert_eq!(a.doc.settings.lang, Some(Lang::En), "nothing replaced yet");
        let _ = update(&mut a, Msg::View(ViewMsg::BackupFailed(Reason::Restore)));
        assert_eq!(a.restore_outcome, Some(RestoreOutcome::BackupFailed));
        assert_eq!(a.import_outcome, None, "not the import's status line");
        assert!(update(&mut a, Msg::Restored(backup.clone())).saves());
        assert_eq!(a.restore_outcome, Some(RestoreOutcome::Restored));
        assert_eq!(a.doc.assessments, backup.assessments);
        let _ = update(&mut a, Msg::View(ViewMsg::RestoreUnreadable));
        assert_eq!(a.restore_outcome, Some(RestoreOutcome::Unreadable));
        let _ = update(&mut a, Msg::View(ViewMsg::ForgetRestoreOutcome));
        assert_eq!(a.restore_outcome, None);
    }
}

/// Other tabs' documents arriving (see `sync` for the save loop and its
/// property tests).
#[cfg(test)]
mod sync_msgs {
    use super::*;

    /// Applies `msg`; whether the document changed (and so must be saved).
    fn saves(state: &mut State, msg: Msg) -> bool {
        update(state, msg).saves()
    }
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
            saves(
                &mut a,
                Msg::Answer {
                    item: item.id,
                    step: 2,
                },
            );
        }
        saves(&mut a, Msg::Sync(SyncMsg::Saved(mark(1, 3, 11))));
        saves(
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
            saves(
                &mut a,
                Msg::Sync(SyncMsg::StoredElsewhere(Box::new(theirs)))
            ),
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
        saves(
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
        assert!(!saves(
            &mut a,
            Msg::Sync(SyncMsg::StoredElsewhere(Box::new(theirs)))
        ));
        assert_eq!(*a.doc, english(1));
        assert!(a.pending.is_empty());
        assert_eq!(a.sync_notice, Some(SyncNotice::ClearedElsewhere));
    }

    #[test]
    fn deletion_elsewhere_clears_and_is_announced() {
        let mut a = State::new(Document::default(), Persistence::Saving);
        saves(&mut a, Msg::SetLang(Lang::En));
        assert!(!saves(
            &mut a,
            Msg::Sync(SyncMsg::ClearedElsewhere { lineage: 8 })
        ));
        assert_eq!(*a.doc, Document::default());
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
        saves(
            &mut a,
            Msg::Sync(SyncMsg::StoredElsewhere(Box::new(theirs))),
        );
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
            !saves(
                &mut a,
                Msg::Sync(SyncMsg::StoredElsewhere(Box::new(theirs)))
            ),
            "nothing to save"
        );
        assert_ne!(a.version(), before, "another tab's document is shown");
        let before = a.version();
        saves(&mut a, Msg::Sync(SyncMsg::DataDeleted { lineage: 3 }));
        assert_ne!(a.version(), before, "deleted data is no longer shown");
    }

    /// Deleting everything is the storage door's to do under the save lock:
    /// the message only asks for it, and the screen is told what happened.
    #[test]
    fn deleting_everything_is_asked_of_the_door_and_its_outcome_told() {
        let mut a = State::new(english(2), Persistence::Saving);
        let effects = update(&mut a, Msg::DeleteAll { lineage: 9 });
        assert_eq!(effects.0, vec![Effect::DeleteAll { lineage: 9 }]);
        assert_eq!(a.doc.settings.lang, Some(Lang::En), "nothing changed yet");
        assert_eq!(a.deletion, None);
        let _ = update(&mut a, Msg::Sync(SyncMsg::DeletionFailed));
        assert_eq!(a.deletion, Some(Deletion::Failed));
        assert_eq!(
            a.doc.settings.lang,
            Some(Lang::En),
            "a refusal keeps the data"
        );
        let _ = update(&mut a, Msg::DeleteAll { lineage: 9 });
        assert_eq!(a.deletion, None, "asked again: the old outcome is gone");
        let effects = update(&mut a, Msg::Sync(SyncMsg::DataDeleted { lineage: 9 }));
        assert!(effects.0.is_empty(), "nothing left to save");
        assert_eq!(a.deletion, Some(Deletion::Done));
        assert_eq!(*a.doc, Document::default());
        assert_eq!(a.stored.lineage, 9);
        let _ = update(&mut a, Msg::View(ViewMsg::ForgetDeletion));
        assert_eq!(a.deletion, None);
    }

    /// A restore still on its way when another tab's save is found is not
    /// replayed over that save: the other tab's changes stay (the backup
    /// taken before the restore does not hold them), the user is told, and
    /// the screen no longer says "restored". Other pending changes are.
    #[test]
    fn a_replace_is_never_replayed_over_another_tabs_changes() {
        let mut a = State::loaded(Document::default(), mark(1, 0, 0), Persistence::Saving);
        let backup =
            crate::persona::persona(Lang::En, NaiveDate::from_ymd_opt(2026, 11, 23).unwrap());
        assert!(saves(&mut a, Msg::Restored(Box::new(backup))));
        assert_eq!(a.restore_outcome, Some(RestoreOutcome::Restored));
        assert!(saves(
            &mut a,
            Msg::SetIntro(Box::new(SelfIntro {
                experience: "listening".into(),
                ..SelfIntro::default()
            }))
        ));
        let mut theirs = Document {
            revision: 1,
            ..Document::default()
        };
        theirs.settings.reminder_snoozed_until = NaiveDate::from_ymd_opt(2026, 12, 24);
        let other = Stored {
            doc: theirs,
            mark: mark(1, 1, 77),
        };
        assert!(saves(
            &mut a,
            Msg::Sync(SyncMsg::StoredElsewhere(Box::new(other)))
        ));
        assert_eq!(a.sync_notice, Some(SyncNotice::ReplaceNotApplied));
        assert_eq!(a.restore_outcome, None, "no longer said to be restored");
        assert!(a.doc.people.is_empty(), "the backup was not put back");
        assert!(
            a.doc.settings.reminder_snoozed_until.is_some(),
            "their change stays"
        );
        assert_eq!(
            a.doc.intro.as_ref().map(|i| i.experience.as_str()),
            Some("listening"),
            "the later change is replayed"
        );
    }

    /// Replaying a merge does not bring back a status the user has already
    /// left behind (the files screen forgets it when opened again).
    #[test]
    fn replaying_changes_says_nothing_new_on_the_screens() {
        let mut a = State::loaded(Document::default(), mark(1, 0, 0), Persistence::Saving);
        let file =
            crate::persona::persona(Lang::En, NaiveDate::from_ymd_opt(2026, 11, 23).unwrap());
        let merge = Msg::Imported {
            how: ImportHow::Merge,
            doc: Box::new(file),
        };
        assert!(saves(&mut a, merge));
        assert!(matches!(a.import_outcome, Some(ImportOutcome::Merged(_))));
        let _ = update(&mut a, Msg::View(ViewMsg::ForgetImportOutcome));
        let other = Stored {
            doc: english(1),
            mark: mark(1, 1, 9),
        };
        assert!(saves(
            &mut a,
            Msg::Sync(SyncMsg::StoredElsewhere(Box::new(other)))
        ));
        assert!(!a.doc.people.is_empty(), "the merge is replayed");
        assert_eq!(a.import_outcome, None, "its status does not come back");
    }
}
