//! The one executor: performs the effects the core's `update` asks for
//! (save, back up before an import, show a screen) after the screen has been
//! updated, and feeds the doors' events (another tab's write, leaving the
//! page) back in as messages. Deciding stays in the core.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use crate::browser;
use crate::clock;
use crate::domain::backups::Reason;
use crate::domain::effect::Effect;
use crate::domain::update::{Msg, SyncMsg, ViewMsg};
use crate::storage;
use crate::ui::store::{current_state, StoreHandle};

/// How long after a change the document is written (see `schedule_save`).
const SAVE_DELAY_MS: i32 = 200;

/// The latest store handle (a render's handle is a snapshot), the storage
/// door's memory of this tab, whether a save is due and whether its timer is
/// set, shared by the executor's callbacks.
#[derive(Clone)]
struct Saving {
    latest: Rc<RefCell<StoreHandle>>,
    memory: storage::Memory,
    due: Rc<RefCell<bool>>,
    timer_set: Rc<RefCell<bool>>,
}

/// Runs the executor for `store`: call once, in the root component.
#[hook]
pub fn use_executor(store: &StoreHandle, memory: &storage::Memory) {
    let latest = use_mut_ref(|| store.clone());
    *latest.borrow_mut() = store.clone();
    let due = use_mut_ref(|| false);
    let timer_set = use_mut_ref(|| false);
    let saving = Saving {
        latest,
        memory: memory.clone(),
        due,
        timer_set,
    };
    use_leave_saves(&saving);
    use_other_tabs(&saving);
    // After every render: whatever the updates since the last one asked for.
    use_effect(move || {
        let effects = saving.latest.borrow().1.take();
        for effect in effects {
            perform(effect, &saving);
        }
    });
}

fn perform(effect: Effect, saving: &Saving) {
    match effect {
        Effect::Save => schedule_save(saving),
        Effect::Backup { reason, then } => back_up(saving, reason, *then),
        Effect::Navigate(route) => browser::set_hash(&route.hash()),
        Effect::DeleteAll { lineage } => delete_all(saving, lineage),
    }
}

/// Keeps a backup of the document, then applies the change it protects;
/// if the browser refuses the backup, nothing changes and the screen says so.
#[cfg(feature = "full")]
fn back_up(saving: &Saving, reason: Reason, then: Msg) {
    let store = saving.latest.borrow().clone();
    let doc = current_state(&store).doc;
    let kept = storage::take_backup(&doc, reason, clock::now(), clock::new_id());
    store.dispatch(if kept {
        then
    } else {
        Msg::View(ViewMsg::BackupFailed(reason))
    });
}

/// The first-visit module has no import or restore screen, so nothing there
/// asks for a backup; should it ever, the change does not happen (as when
/// the browser refuses the backup) rather than carry the backup code in the
/// module every first visit loads.
#[cfg(not(feature = "full"))]
fn back_up(saving: &Saving, reason: Reason, _then: Msg) {
    let store = saving.latest.borrow().clone();
    store.dispatch(Msg::View(ViewMsg::BackupFailed(reason)));
}

/// The first-visit module has no settings screen, so nothing there asks for
/// this; should it ever, it says the deletion did not happen rather than
/// carry the deletion code in the module every first visit loads.
#[cfg(not(feature = "full"))]
fn delete_all(saving: &Saving, _lineage: u64) {
    let store = saving.latest.borrow().clone();
    store.dispatch(Msg::Sync(SyncMsg::DeletionFailed));
}

/// Deletes everything under the save lock, so no other tab's save lands in
/// between, and reports how it went.
#[cfg(feature = "full")]
fn delete_all(saving: &Saving, lineage: u64) {
    let (store, memory) = (saving.latest.clone(), saving.memory.clone());
    let failed = saving.latest.clone();
    let delete = move || {
        let msg = if storage::delete_all(&memory, lineage) {
            crate::files::forget_kept_files();
            SyncMsg::DataDeleted { lineage }
        } else {
            SyncMsg::DeletionFailed
        };
        store.borrow().dispatch(Msg::Sync(msg));
    };
    let held_up = move || failed.borrow().dispatch(Msg::Sync(SyncMsg::DeletionFailed));
    storage::with_save_lock(&saving.memory, delete, held_up);
}

/// A change schedules a save a moment later instead of writing inside the
/// click: serializing and writing a large document would otherwise delay
/// the screen's update. Changes made in between ride along in one save.
/// A save still due after its lock was held up is tried again by the next
/// change: the timer, not `due`, says whether one is on its way.
fn schedule_save(saving: &Saving) {
    *saving.due.borrow_mut() = true;
    browser::mark_unsaved(true);
    if std::mem::replace(&mut *saving.timer_set.borrow_mut(), true) {
        return;
    }
    let saving = saving.clone();
    clock::after(SAVE_DELAY_MS, move || {
        *saving.timer_set.borrow_mut() = false;
        save_if_due(&saving, true);
    });
}

/// Leaving or hiding the page saves at once, so closing the tab right after
/// a change loses nothing.
#[hook]
fn use_leave_saves(saving: &Saving) {
    let saving = saving.clone();
    use_effect_with((), move |_| {
        let listener = browser::LeaveListener::new(move || save_if_due(&saving, false));
        move || drop(listener)
    });
}

/// Other tabs' writes: what storage holds now decides (`sync::observe`);
/// the saves they announce are remembered for the save on leaving the page.
#[hook]
fn use_other_tabs(saving: &Saving) {
    let (latest, memory) = (saving.latest.clone(), saving.memory.clone());
    use_effect_with((), move |_| {
        let announced = storage::AnnouncedSaves::listen(&memory);
        let listener = storage::ExternalChanges::listen(move || {
            let store = latest.borrow().clone();
            if let Some(msg) = storage::observe(&memory, &current_state(&store)) {
                store.dispatch(msg);
            }
        });
        move || drop((listener, announced))
    });
}

/// Saves the latest state if a save is still due (a leave may have done it).
/// The save loop is the core's (`sync::Saver`, run by `storage::save`);
/// this only hands it the state and dispatches what it reports. `locked`:
/// under the Web Lock (a leave cannot wait for one).
fn save_if_due(saving: &Saving, locked: bool) {
    if !*saving.due.borrow() {
        return;
    }
    let retry = saving.clone();
    let saving = saving.clone();
    let run = move || {
        // Still due only if no leave saved while this waited for the lock.
        if std::mem::take(&mut *saving.due.borrow_mut()) && !save_now(&saving) {
            // Held up (the door found this tab's copy behind a save another
            // tab announced): the changes are still to be saved, and the
            // notice promises another try.
            *saving.due.borrow_mut() = true;
            retry_later(&saving);
        }
        // Unsaved until no further save is due.
        if !*saving.due.borrow() {
            browser::mark_unsaved(false);
        }
    };
    if locked {
        let memory = retry.memory.clone();
        storage::with_save_lock(&memory, run, move || held_up(&retry));
    } else {
        run();
    }
}

/// The save lock was not had in time, or this tab's copy of storage lags:
/// if changes are still due, say so and try again a little later (sooner
/// if another change comes).
fn held_up(saving: &Saving) {
    if !*saving.due.borrow() {
        return;
    }
    saving.latest.borrow().dispatch(Msg::Sync(SyncMsg::HeldUp));
    retry_later(saving);
}

/// Tries a held-up save again a little later (sooner if another change comes).
fn retry_later(saving: &Saving) {
    let again = saving.clone();
    clock::after(RETRY_MS, move || save_if_due(&again, true));
}

/// How long a held-up save waits before trying again on its own.
const RETRY_MS: i32 = 5_000;

/// Saves the latest state; false when the save was held up (nothing written).
fn save_now(saving: &Saving) -> bool {
    let store = saving.latest.borrow().clone();
    let state = current_state(&store);
    let msgs = clock::measure("tsunagari:save", || {
        let (now, random) = (clock::now().timestamp_millis(), clock::new_id());
        storage::save(&saving.memory, state, now, random)
    });
    let held_up = msgs.contains(&Msg::Sync(SyncMsg::HeldUp));
    for msg in msgs {
        store.dispatch(msg);
    }
    !held_up
}
