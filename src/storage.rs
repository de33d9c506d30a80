//! The storage door: the only code that touches localStorage. One versioned
//! document under one key; a large one keeps its people, interactions and
//! actions in chunks listed by that key (`domain::stored`), so a save writes
//! only what changed. Stored text that cannot be read is never
//! overwritten: it is copied to a backup key and saving stays off until the
//! user explicitly starts fresh. Saving follows `domain::sync`: this door
//! performs the effects its `Saver` asks for (read the head, read the
//! document, keep unreadable text, write) and decides nothing itself. Saves
//! and deletions take a Web Lock, so no two tabs check-and-write at once.
//! The first-visit module reads no stored document (it has no decoder) and
//! parses no stored text: its saver (`sync::Reads::OwnOnly`) hands over to
//! the full app instead, and this door keeps the changes it carries for the
//! next load (`keep_carried`, `domain::carry`).

use std::cell::RefCell;
use std::rc::Rc;

use gloo_storage::{LocalStorage, Storage};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

use crate::domain::backups;
use crate::domain::document::{self, Document};
use crate::domain::stored::{self, Written};
use crate::domain::sync::{self, Effect, Found, Input, Mark, Observed, Reads, Saver, TabMemory};
use crate::domain::update::{Msg, Persistence, State, SyncMsg};

pub const DOC_KEY: &str = "tsunagari.doc";
/// The path of the deployment whose data this origin's storage holds
/// (`sync::other_home`).
pub const HOME_KEY: &str = "tsunagari.home";
/// Every key of the app starts with this ("delete all my data" removes them).
pub const KEY_PREFIX: &str = "tsunagari.";
/// Prefix of keys holding unreadable text that was found under `DOC_KEY`.
pub const BACKUP_PREFIX: &str = "tsunagari.unreadable.";
/// The `sessionStorage` key of changes carried into the full app
/// (`domain::carry`); the loader in index.html starts the full app for it.
pub const CARRY_KEY: &str = "tsunagari.carried";

/// What this build can read of other tabs' saves: the first-visit module
/// has no document reader, so its saves hand over where the full app reads.
const READS: Reads = if cfg!(feature = "full") {
    Reads::Others
} else {
    Reads::OwnOnly
};

/// This tab's memory of storage (`sync::TabMemory`): created once by the
/// root component and lent to every call that reads or writes the
/// document, so nothing the door does depends on state hidden in it.
#[derive(Clone, Default)]
pub struct Memory(Rc<RefCell<TabMemory>>);

/// Reads a stored head with its chunks; remembers what it lists for the next save.
#[cfg(feature = "full")]
fn read_doc(
    store: &web_sys::Storage,
    head: &str,
    memory: &Memory,
) -> Result<Document, document::DecodeError> {
    let (doc, written) = stored::read(head, |k| store.get_item(k).ok().flatten())?;
    memory.0.borrow_mut().written = written;
    Ok(doc)
}

fn raw() -> Option<web_sys::Storage> {
    // gloo's raw() panics when storage is unavailable (e.g. disabled by the
    // browser); ask the window first so that case is a plain `None`.
    web_sys::window()?.local_storage().ok().flatten()?;
    Some(LocalStorage::raw())
}

/// Reads the saved document and the mark of its head, remembering in
/// `memory` what the head lists. Never writes to `DOC_KEY`.
pub fn load(memory: &Memory, now_millis: i64) -> (Document, Mark, Persistence) {
    let Some(store) = raw() else {
        return (Document::default(), Mark::default(), Persistence::Failing);
    };
    let mine = sync::home_of(
        &web_sys::window()
            .and_then(|w| w.location().pathname().ok())
            .unwrap_or_default(),
    );
    let stored_home = store.get_item(HOME_KEY).ok().flatten();
    if let Some(other) = sync::other_home(stored_home.as_deref(), &mine) {
        return (
            Document::default(),
            Mark::default(),
            Persistence::OtherHome(other),
        );
    }
    if stored_home.is_none() {
        // Claimed before anything else is written here.
        let _ = store.set_item(HOME_KEY, &mine);
    }
    let text = match store.get_item(DOC_KEY) {
        Ok(Some(t)) => t,
        Ok(None) => return (Document::default(), Mark::default(), Persistence::Saving),
        Err(_) => return (Document::default(), Mark::default(), Persistence::Failing),
    };
    match found_in_text(&text) {
        Found::Deleted { lineage } => {
            let mark = Mark {
                lineage,
                ..Mark::default()
            };
            (Document::default(), mark, Persistence::Saving)
        }
        // Left exactly where it is: the newer version's tabs use it.
        Found::Newer(version) => (
            Document::default(),
            Mark::default(),
            Persistence::NewerApp(version),
        ),
        found => read_found(&store, &text, found, memory, now_millis),
    }
}

/// `load` for a head that is a document, or unreadable.
#[cfg(feature = "full")]
fn read_found(
    store: &web_sys::Storage,
    text: &str,
    found: Found,
    memory: &Memory,
    now_millis: i64,
) -> (Document, Mark, Persistence) {
    let persistence = match found {
        Found::Doc(mark) => match read_doc(store, text, memory) {
            Ok(doc) => {
                collect_chunks(store, now_millis, memory);
                return (doc, mark, Persistence::Saving);
            }
            Err(err) => blocked(store, text, &err.to_string(), now_millis),
        },
        _ => {
            let reason = read_doc(store, text, memory)
                .err()
                .map_or_else(|| "unreadable".to_string(), |e| e.to_string());
            blocked(store, text, &reason, now_millis)
        }
    };
    (Document::default(), Mark::default(), persistence)
}

/// The first-visit module reads no stored document: another tab saved after
/// the loader chose it, so the full app takes over (the root component runs
/// a save, which hands over: `sync::Reads::OwnOnly`).
#[cfg(not(feature = "full"))]
fn read_found(
    _: &web_sys::Storage,
    _: &str,
    found: Found,
    _: &Memory,
    _: i64,
) -> (Document, Mark, Persistence) {
    // The found version is what the answer given in the static shell, if
    // any, is carried onto.
    let mark = match found {
        Found::Doc(mark) => mark,
        _ => Mark::default(),
    };
    (Document::default(), mark, Persistence::HandingOver)
}

/// Keeps a hand-over's text (`sync::Effect::HandOver`: this tab's unsaved
/// changes, `domain::carry`) in this tab for the next load, whose loader
/// then starts the full app, which rebases them onto what storage holds.
/// Writes nothing to localStorage.
fn keep_carried(text: &str) -> bool {
    crate::browser::keep_for_next_load(CARRY_KEY, text)
}

/// Changes a first-visit page carried into this load (`keep_carried`), as the
/// message that rebases them; taken once.
#[cfg(feature = "full")]
pub fn take_carried() -> Option<Msg> {
    let text = crate::browser::take_kept(CARRY_KEY)?;
    let msg = crate::domain::carry::from_text(&text);
    if msg.is_none() {
        web_sys::console::warn_1(
            &"Tsunagari: changes carried from the first visit could not be read".into(),
        );
    }
    msg
}

/// Keeps unreadable text aside and blocks saving.
#[cfg(feature = "full")]
fn blocked(store: &web_sys::Storage, text: &str, reason: &str, now_millis: i64) -> Persistence {
    let backup_key = keep_unreadable(store, &backup_text(store, text), now_millis);
    Persistence::Blocked {
        backup_key,
        reason: reason.to_string(),
    }
}

/// What a stored head is (`sync::Found`), from its first characters when
/// they tell, else from all of it.
fn found_in_text(text: &str) -> Found {
    let prefix: String = text
        .chars()
        .take(sync::MARK_PREFIX_CHARS as usize)
        .collect();
    sync::found_in_prefix(&prefix).unwrap_or_else(|| found_in_whole(|| text.to_owned()))
}

/// What a head is when its first characters do not tell
/// (`sync::found_in_whole`); `text` gives the whole head.
#[cfg(feature = "full")]
fn found_in_whole(text: impl FnOnce() -> String) -> Found {
    sync::found_in_whole(&text())
}

/// The first-visit module does not parse a head it did not write: anything
/// its first characters do not tell counts as unreadable, which it never
/// writes over or decides about (a save hands over to the full app, which
/// reads it whole).
#[cfg(not(feature = "full"))]
fn found_in_whole(_: impl FnOnce() -> String) -> Found {
    Found::Unreadable
}

/// What the head in storage is now. Only its first characters are copied
/// into wasm when they tell: a large document stays on the JS side.
pub fn look() -> Found {
    match get_item_js(DOC_KEY) {
        Ok(Some(js)) => {
            let prefix: String = js.slice(0, sync::MARK_PREFIX_CHARS).into();
            // Copied into wasm only where it is read (the full app).
            sync::found_in_prefix(&prefix).unwrap_or_else(|| found_in_whole(|| String::from(js)))
        }
        Ok(None) => Found::Nothing,
        Err(_) => Found::Unreadable,
    }
}

/// The whole stored document with its mark; what the head is otherwise.
#[cfg(feature = "full")]
fn read_stored(store: &web_sys::Storage, memory: &Memory) -> Result<sync::Stored, Found> {
    let text = store
        .get_item(DOC_KEY)
        .ok()
        .flatten()
        .ok_or(Found::Nothing)?;
    match found_in_text(&text) {
        Found::Doc(mark) => read_doc(store, &text, memory)
            .map(|doc| sync::Stored { doc, mark })
            .map_err(|_| Found::Unreadable),
        other => Err(other),
    }
}

/// What to keep of an unreadable head: see `stored::backup_text`.
#[cfg(feature = "full")]
fn backup_text(store: &web_sys::Storage, head: &str) -> String {
    stored::backup_text(head, |k| store.get_item(k).ok().flatten())
}

/// Removes chunks the stored head has not listed for a while (see
/// `stored::sweep`). Chunks named in a backup of unreadable data stay: the
/// backup may be a head (say, from a tab still running an older version
/// that could not read it) whose records live only there.
#[cfg(feature = "full")]
fn collect_chunks(store: &web_sys::Storage, now_millis: i64, memory: &Memory) {
    let keys = app_keys();
    // Searched on the JS side first: a backup can be megabytes, and most
    // name no chunk at all.
    let backups: Vec<String> = keys
        .iter()
        .filter(|k| k.starts_with(BACKUP_PREFIX))
        .filter_map(|k| get_item_js(k).ok().flatten())
        .filter(|js| js.includes(stored::CHUNK_PREFIX, 0))
        .map(String::from)
        .collect();
    // What the head in storage names now, whatever this tab remembers: a
    // throttled tab or a jumping clock must never remove a live chunk.
    let head = get_item_js(DOC_KEY)
        .ok()
        .flatten()
        .filter(|js| js.includes(stored::CHUNK_PREFIX, 0))
        .map(String::from)
        .unwrap_or_default();
    let remove = {
        let mut memory = memory.0.borrow_mut();
        let TabMemory {
            written,
            unlisted_since,
            ..
        } = &mut *memory;
        let listed = stored::protected(&head, written, &backups);
        stored::sweep(
            keys.iter().map(String::as_str),
            &listed,
            unlisted_since,
            now_millis,
        )
    };
    for key in remove {
        let _ = store.remove_item(&key);
    }
}

/// The first-visit module writes no chunks (`layout_to_write`) and leaves
/// other tabs' to the full app.
#[cfg(not(feature = "full"))]
fn collect_chunks(_: &web_sys::Storage, _: i64, _: &Memory) {}

#[cfg(feature = "full")]
fn backup_of(store: &web_sys::Storage, text: &str) -> Option<String> {
    backup_keys()
        .into_iter()
        .find(|k| store.get_item(k).ok().flatten().as_deref() == Some(text))
}

/// Copies unreadable text to a backup key, reusing an existing backup of the
/// same text. Falls back to naming `DOC_KEY` itself when the copy is refused,
/// in which case the text simply stays where it is.
#[cfg(feature = "full")]
fn keep_unreadable(store: &web_sys::Storage, text: &str, now_millis: i64) -> String {
    if let Some(existing) = backup_of(store, text) {
        return existing;
    }
    let key = format!("{BACKUP_PREFIX}{now_millis}");
    match store.set_item(&key, text) {
        Ok(()) => key,
        Err(_) => DOC_KEY.to_string(),
    }
}

pub fn backup_keys() -> Vec<String> {
    app_keys()
        .into_iter()
        .filter(|k| k.starts_with(BACKUP_PREFIX))
        .collect()
}

/// Every localStorage key that belongs to the app.
pub fn app_keys() -> Vec<String> {
    let Some(store) = raw() else {
        return Vec::new();
    };
    let n = store.length().unwrap_or(0);
    (0..n)
        .filter_map(|i| store.key(i).ok().flatten())
        .filter(|k| k.starts_with(KEY_PREFIX))
        .collect()
}

/// The text under `key` for a download (a backup, or `DOC_KEY` for the
/// panic screen): a chunked head comes with its chunks put back in place
/// (`stored::whole_text`); anything else byte for byte.
#[cfg(feature = "full")]
pub fn download_text(key: &str) -> Option<String> {
    let store = raw()?;
    let text = store.get_item(key).ok().flatten()?;
    Some(stored::whole_text(&text, |k| {
        store.get_item(k).ok().flatten()
    }))
}

/// The first-visit module cannot put a split head's chunks back (it has no
/// JSON reader): it offers only text that is whole. Such a head is another
/// tab's large document, which stays in storage for the full app.
#[cfg(not(feature = "full"))]
pub fn download_text(key: &str) -> Option<String> {
    read_raw(key).filter(|text| !text.contains(stored::CHUNK_PREFIX))
}

pub fn read_raw(key: &str) -> Option<String> {
    raw()?.get_item(key).ok().flatten()
}

/// Bytes the app's keys take (localStorage counts UTF-16 code units).
pub fn bytes_used() -> usize {
    let Some(store) = raw() else { return 0 };
    app_keys()
        .iter()
        .map(|k| {
            let v = store.get_item(k).ok().flatten().unwrap_or_default();
            2 * (k.encode_utf16().count() + v.encode_utf16().count())
        })
        .sum()
}

/// Runs one save of `state` to its end (`sync::Saver`), performing each
/// effect the saver asks for. Returns the messages for the app's store.
/// `random` names this save's writes and chunks.
pub fn save(memory: &Memory, state: State, now_millis: i64, random: u64) -> Vec<Msg> {
    // A tab handing over writes nothing, so a copy of storage that lags
    // cannot mislead it: its save only keeps the latest changes for the reload.
    if state.persistence != Persistence::HandingOver && memory.0.borrow().still_stale(&look()) {
        return vec![Msg::Sync(SyncMsg::HeldUp)];
    }
    let mut saver = Saver::new(state, random, READS);
    let mut input = None;
    loop {
        let effect = saver.step(input.take());
        input = Some(match effect {
            Effect::Done(msgs) => return msgs,
            Effect::ReadHead => Input::Head(look()),
            Effect::ReadDoc => Input::Doc(stored_for_save(memory)),
            Effect::KeepUnreadable => Input::Kept(keep_current(now_millis)),
            Effect::HandOver(text) => Input::HandedOver(keep_carried(&text)),
            Effect::Write { doc, mark } => Input::Written(match raw() {
                Some(store) => write(&store, &doc, mark, (now_millis, random), memory),
                None => false,
            }),
        });
    }
}

/// The first-visit module has no backup code (its saver hands over rather
/// than ask for this); should it ever be asked, nothing is kept, so the
/// save fails and writes nothing.
#[cfg(not(feature = "full"))]
fn keep_current(_: i64) -> bool {
    false
}

/// Copies the unreadable text under `DOC_KEY` aside, unless a copy exists
/// (`Effect::KeepUnreadable`).
#[cfg(feature = "full")]
fn keep_current(now_millis: i64) -> bool {
    let Some(store) = raw() else { return false };
    let Some(text) = store.get_item(DOC_KEY).ok().flatten() else {
        return true;
    };
    let kept = backup_text(&store, &text);
    backup_of(&store, &kept).is_some() || keep_unreadable(&store, &kept, now_millis) != DOC_KEY
}

/// What another tab's change means for this tab (`sync::observe`), reading
/// what storage holds now rather than the event's possibly late value.
pub fn observe(memory: &Memory, state: &State) -> Option<Msg> {
    match sync::observe(state, &look(), READS) {
        Observed::Nothing => None,
        Observed::Send(msg) => Some(msg),
        Observed::ReadDoc => stored_elsewhere(memory),
        Observed::HandOver(text) => Some(sync::handed_over(keep_carried(&text))),
    }
}

/// The stored document a save asks for (`Effect::ReadDoc`).
#[cfg(feature = "full")]
fn stored_for_save(memory: &Memory) -> Result<Box<sync::Stored>, Found> {
    match raw() {
        Some(store) => read_stored(&store, memory).map(Box::new),
        None => Err(Found::Unreadable),
    }
}

/// The first-visit module has no document reader (its saver hands over
/// rather than ask for this); should it ever be asked, the document counts
/// as unreadable, at which its saver hands over.
#[cfg(not(feature = "full"))]
fn stored_for_save(_: &Memory) -> Result<Box<sync::Stored>, Found> {
    Err(Found::Unreadable)
}

/// Another tab's document, for `SyncMsg::StoredElsewhere`.
#[cfg(feature = "full")]
fn stored_elsewhere(memory: &Memory) -> Option<Msg> {
    read_stored(&raw()?, memory)
        .ok()
        .map(|s| Msg::Sync(SyncMsg::StoredElsewhere(Box::new(s))))
}

/// The first-visit module has no document reader (`sync::observe` hands
/// over rather than ask for this).
#[cfg(not(feature = "full"))]
fn stored_elsewhere(_: &Memory) -> Option<Msg> {
    None
}

/// Writes the changed chunks, then the head. `at`: the time in
/// milliseconds and a random number, which name the new chunks.
fn write(
    store: &web_sys::Storage,
    doc: &Document,
    mark: Mark,
    (now_millis, random): (i64, u64),
    memory: &Memory,
) -> bool {
    let layout = layout_to_write(doc, mark, &stored::stamp(now_millis, random), memory);
    let refused = |n: usize| {
        for (key, _) in &layout.chunks[..n] {
            let _ = store.remove_item(key);
        }
        remember_stored(store, memory);
        // Chunks replaced long enough ago make room for the next try.
        collect_chunks(store, now_millis, memory);
        false
    };
    for (n, (key, text)) in layout.chunks.iter().enumerate() {
        if store.set_item(key, text).is_err() {
            return refused(n);
        }
    }
    if store.set_item(DOC_KEY, &layout.head).is_err() {
        return refused(layout.chunks.len());
    }
    {
        let mut memory = memory.0.borrow_mut();
        memory.written = layout.written;
        memory.wrote = Some(Found::Doc(mark));
    }
    collect_chunks(store, now_millis, memory);
    true
}

/// After a refused write: remembers what storage still holds, so the next
/// try again writes only what changed (rewriting everything would need
/// more room).
#[cfg(feature = "full")]
fn remember_stored(store: &web_sys::Storage, memory: &Memory) {
    if let Some(head) = store.get_item(DOC_KEY).ok().flatten() {
        let _ = read_doc(store, &head, memory);
    }
}

/// The first-visit module cannot read the head: the next try writes every
/// chunk (a first visit's document has none to speak of).
#[cfg(not(feature = "full"))]
fn remember_stored(_: &web_sys::Storage, memory: &Memory) {
    memory.0.borrow_mut().written = Written::default();
}

/// What a save writes (`stored::layout`). Chunks are reused only when
/// storage still holds the head they were remembered with, and every one of
/// them is still there.
#[cfg(feature = "full")]
fn layout_to_write(doc: &Document, mark: Mark, stamp: &str, memory: &Memory) -> stored::Layout {
    let stored_head = get_item_js(DOC_KEY)
        .ok()
        .flatten()
        .unwrap_or_else(|| js_sys::JsString::from(""));
    let mut last = std::mem::take(&mut memory.0.borrow_mut().written);
    // UTF-16 length never exceeds UTF-8 length: a longer text cannot match,
    // and is not worth copying into wasm to compare.
    let same = !last.head.is_empty()
        && stored_head.length() as usize <= last.head.len()
        && stored_head == last.head;
    if !same {
        last = Written::default();
    }
    let layout = stored::layout(doc, mark, &mut last, stamp);
    // A chunk the head lists can only vanish through another tab (deleting
    // everything, or a lagging view of storage): then write every chunk.
    let fresh: std::collections::HashSet<&str> =
        layout.chunks.iter().map(|(k, _)| k.as_str()).collect();
    let reused_missing = layout
        .written
        .keys()
        .iter()
        .any(|k| !fresh.contains(k) && !matches!(get_item_js(k), Ok(Some(_))));
    if reused_missing {
        return stored::layout(doc, mark, &mut Written::default(), stamp);
    }
    layout
}

/// The first-visit module writes its (small) document as one head.
#[cfg(not(feature = "full"))]
fn layout_to_write(doc: &Document, mark: Mark, _: &str, _: &Memory) -> stored::Layout {
    stored::whole(doc, mark)
}

#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    /// `localStorage.getItem`, keeping the value a JS string.
    #[wasm_bindgen(catch, js_namespace = localStorage, js_name = getItem)]
    fn get_item_js(key: &str) -> Result<Option<js_sys::JsString>, wasm_bindgen::JsValue>;
}

/// The dated backups, newest first (`domain::backups`), with the single
/// backup older versions kept, while it exists, last.
pub fn backups() -> Vec<backups::Entry> {
    let mut list = backups::parse_index(read_raw(backups::INDEX_KEY).as_deref());
    if let Some(text) = read_raw(backups::LEGACY_KEY) {
        if let Ok(doc) = document::decode(&text) {
            let key = backups::LEGACY_KEY.to_string();
            list.push(backups::entry(
                &doc,
                key,
                &text,
                backups::Reason::Replace,
                None,
            ));
        }
    }
    list
}

/// Keeps a dated backup of `doc` before it is replaced, merged into or
/// swapped for a restored one. True when it is kept, or when there was
/// nothing worth keeping (an empty document never displaces a real
/// backup); false when the browser refused, and then nothing may change.
pub fn take_backup(
    doc: &Document,
    reason: backups::Reason,
    now: chrono::DateTime<chrono::Utc>,
    random: u64,
) -> bool {
    let now_millis = now.timestamp_millis();
    if !backups::worth_keeping(doc) {
        return true;
    }
    let Some(store) = raw() else { return false };
    let text = document::encode(doc);
    let key = format!(
        "{}{}",
        backups::KEY_PREFIX,
        stored::stamp(now_millis, random)
    );
    if store.set_item(&key, &text).is_err() {
        return false;
    }
    let index = backups::parse_index(read_raw(backups::INDEX_KEY).as_deref());
    let entry = backups::entry(doc, key.clone(), &text, reason, Some(now));
    let (index, removed) = backups::add(&index, entry);
    if store
        .set_item(backups::INDEX_KEY, &backups::index_text(&index))
        .is_err()
    {
        let _ = store.remove_item(&key);
        return false;
    }
    for old in removed {
        let _ = store.remove_item(&old);
    }
    true
}

/// A backup's document; None when it is gone or cannot be read (it is then
/// left where it is).
pub fn read_backup(key: &str) -> Option<Document> {
    document::decode(&read_raw(key)?).ok()
}

/// Removes every key of the app, backups included, and leaves under
/// `DOC_KEY` only a tombstone naming the new `lineage`: a tab that has not
/// heard of the deletion finds it before it saves, and never writes the old
/// document back (`sync`).
pub fn delete_all(memory: &Memory, lineage: u64) -> bool {
    let Some(store) = raw() else { return false };
    // The head first: another tab never sees a head whose chunks are gone.
    let tombstone = store.set_item(DOC_KEY, &sync::tombstone(lineage)).is_ok();
    if tombstone {
        memory.0.borrow_mut().wrote = Some(Found::Deleted { lineage });
    }
    let head = tombstone || store.remove_item(DOC_KEY).is_ok();
    head && app_keys()
        .iter()
        .filter(|k| k.as_str() != DOC_KEY && k.as_str() != HOME_KEY)
        .all(|k| store.remove_item(k).is_ok())
}

/// Runs `f` holding the app's save lock (Web Locks, `navigator.locks`), so
/// no two tabs check and write at the same time; at once where the browser
/// has no locks (the re-read after each write then catches a lost race).
/// The lock orders the saves but not this tab's copy of storage: before `f`
/// runs, it waits until that copy shows the head the last save under the
/// lock named (`sync::caught_up`), and a head `f` writes is named in turn
/// before the lock is let go. When the lock is not granted within
/// `LOCK_WAIT_MS` (a tab frozen while holding it), or this tab's copy still
/// shows the head the last save wrote over once the wait is up
/// (`sync::lagging`), `f` never runs and `held_up` does instead.
pub fn with_save_lock(memory: &Memory, f: impl FnOnce() + 'static, held_up: impl Fn() + 'static) {
    let Some((locks, request)) = lock_manager() else {
        f();
        return;
    };
    let held = locks.clone();
    let held_up = std::rc::Rc::new(held_up);
    let lagging = held_up.clone();
    let memory = memory.clone();
    let callback = Closure::once_into_js(move |_lock: wasm_bindgen::JsValue| {
        wasm_bindgen_futures::future_to_promise(async move {
            let names = lock_names(&held).await;
            let latest = sync::latest_head(names.iter().map(String::as_str));
            wait_until_caught_up(latest.as_ref().map(|lock| &lock.head)).await;
            let before = look();
            if memory
                .0
                .borrow_mut()
                .check_lagging(latest.as_ref(), &before)
            {
                lagging();
                return Ok(wasm_bindgen::JsValue::UNDEFINED);
            }
            memory.0.borrow_mut().wrote = None;
            f();
            let wrote = memory.0.borrow_mut().wrote.take();
            if let Some(found) = wrote {
                let seq = latest.map_or(0, |lock| lock.seq) + 1;
                let own = publish_head(&held, seq, &found, &before, &names);
                memory.0.borrow_mut().own_head_lock = own;
            }
            Ok(wasm_bindgen::JsValue::UNDEFINED)
        })
    });
    let asked = match lock_wait_options() {
        Some(options) => request.call3(&locks, &LOCK_NAME.into(), &options, &callback),
        None => request.call2(&locks, &LOCK_NAME.into(), &callback),
    };
    let Ok(granted) = asked.and_then(|p| p.dyn_into::<js_sys::Promise>()) else {
        // Refused outright: saved on leaving the page, and told meanwhile.
        web_sys::console::warn_1(&"tsunagari: the save lock was refused".into());
        held_up();
        return;
    };
    // The request's promise rejects only when the wait was given up (the
    // callback itself never fails).
    wasm_bindgen_futures::spawn_local(async move {
        if wasm_bindgen_futures::JsFuture::from(granted).await.is_err() {
            held_up();
        }
    });
}

/// How long a save waits for the lock: a save holds it for milliseconds
/// (at most `WAIT_LIMIT_MS` more while its copy catches up).
const LOCK_WAIT_MS: u32 = 10_000;

/// `{ signal: AbortSignal.timeout(LOCK_WAIT_MS) }`, where the browser has
/// `AbortSignal.timeout` (older engines wait for the lock as long as it takes).
fn lock_wait_options() -> Option<js_sys::Object> {
    let abort = js_sys::Reflect::get(&js_sys::global(), &"AbortSignal".into()).ok()?;
    let timeout = js_sys::Reflect::get(&abort, &"timeout".into())
        .ok()?
        .dyn_into::<js_sys::Function>()
        .ok()?;
    let signal = timeout.call1(&abort, &LOCK_WAIT_MS.into()).ok()?;
    let options = js_sys::Object::new();
    js_sys::Reflect::set(&options, &"signal".into(), &signal).ok()?;
    Some(options)
}

/// `navigator.locks` and its `request`, where the browser has them.
fn lock_manager() -> Option<(wasm_bindgen::JsValue, js_sys::Function)> {
    let locks = web_sys::window()
        .and_then(|w| js_sys::Reflect::get(&w.navigator(), &"locks".into()).ok())
        .filter(|l| !l.is_undefined() && !l.is_null())?;
    let request = js_sys::Reflect::get(&locks, &"request".into())
        .ok()?
        .dyn_into::<js_sys::Function>()
        .ok()?;
    Some((locks, request))
}

/// The names of every lock of this origin, held or asked for.
async fn lock_names(locks: &wasm_bindgen::JsValue) -> Vec<String> {
    let Ok(query) =
        js_sys::Reflect::get(locks, &"query".into()).and_then(|q| q.dyn_into::<js_sys::Function>())
    else {
        return Vec::new();
    };
    let Ok(Ok(promise)) = query.call0(locks).map(|p| p.dyn_into::<js_sys::Promise>()) else {
        return Vec::new();
    };
    let Ok(state) = wasm_bindgen_futures::JsFuture::from(promise).await else {
        return Vec::new();
    };
    let mut names = Vec::new();
    for list in ["held", "pending"] {
        let list = js_sys::Reflect::get(&state, &list.into()).unwrap_or_default();
        for info in js_sys::Array::from(&list).iter() {
            if let Some(name) = js_sys::Reflect::get(&info, &"name".into())
                .ok()
                .and_then(|n| n.as_string())
            {
                names.push(name);
            }
        }
    }
    names
}

/// How long a save waits for this tab's copy of storage to show the head
/// the last save named (its writer may have died mid-save, or a save on
/// leaving a page, which cannot wait for the lock, came after): then it
/// goes on with what it sees. Counted in ticks as well as in monotonic
/// time, so a wall clock that stands still or jumps back (a changed system
/// clock, a test's fixed clock) can never keep the save waiting for ever.
const WAIT_LIMIT_MS: f64 = 3000.0;
const TICK_MS: i32 = 10;
const WAIT_LIMIT_TICKS: u32 = 300;

async fn wait_until_caught_up(published: Option<&Found>) {
    let start = monotonic_ms();
    let mut ticks = 0;
    while !sync::caught_up(published, &look())
        && ticks < WAIT_LIMIT_TICKS
        && monotonic_ms() - start < WAIT_LIMIT_MS
    {
        ticks += 1;
        // Other tabs' writes reach this tab's copy between tasks.
        let tick = js_sys::Promise::new(&mut |resolve, _| {
            if let Some(w) = web_sys::window() {
                let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, TICK_MS);
            }
        });
        let _ = wasm_bindgen_futures::JsFuture::from(tick).await;
    }
}

/// Milliseconds from a clock that never goes back (`performance.now()`).
fn monotonic_ms() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now())
}

/// Names the head this tab wrote in a lock it keeps (until a later save
/// takes it away), and takes away the older ones. Returns what the new lock
/// says (None when none was asked for).
fn publish_head(
    locks: &wasm_bindgen::JsValue,
    seq: u64,
    found: &Found,
    before: &Found,
    names: &[String],
) -> Option<sync::HeadLock> {
    let name = sync::head_lock_name(seq, found, before)?;
    let (_, request) = lock_manager()?;
    let keep =
        Closure::once_into_js(|_lock: wasm_bindgen::JsValue| js_sys::Promise::new(&mut |_, _| {}));
    quiet(request.call2(locks, &name.as_str().into(), &keep));
    announce(&name);
    let steal = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&steal, &"steal".into(), &true.into());
    for old in names.iter().filter(|n| sync::parse_head_lock(n).is_some()) {
        let release = Closure::once_into_js(|_lock: wasm_bindgen::JsValue| {});
        quiet(request.call3(locks, &old.into(), &steal, &release));
    }
    sync::parse_head_lock(&name)
}

thread_local! {
    static IGNORE: Closure<dyn FnMut(wasm_bindgen::JsValue)> = Closure::new(|_| {});
}

/// A lock request's promise rejects when another tab takes the lock away:
/// expected, not an error to report.
fn quiet(promise: Result<wasm_bindgen::JsValue, wasm_bindgen::JsValue>) {
    if let Ok(promise) = promise.and_then(|p| p.dyn_into::<js_sys::Promise>()) {
        IGNORE.with(|ignore| {
            let _ = promise.catch(ignore);
        });
    }
}

/// The channel on which a tab announces each head lock it takes
/// (`AnnouncedSaves`).
const ANNOUNCE_CHANNEL: &str = "tsunagari.heads";

/// Tells the other tabs which save was just named (`sync::TabMemory::hear`).
fn announce(name: &str) {
    if let Ok(channel) = web_sys::BroadcastChannel::new(ANNOUNCE_CHANNEL) {
        let _ = channel.post_message(&name.into());
        channel.close();
    }
}

/// Hears the saves other tabs announce until dropped, and keeps the latest
/// in `memory`: a message can arrive before the tab's copy of storage
/// shows that save, and a save on leaving the page, which cannot ask for
/// the locks, must then not write from the copy (`TabMemory::still_stale`).
pub struct AnnouncedSaves {
    channel: Option<web_sys::BroadcastChannel>,
    _listener: Option<gloo_events::EventListener>,
}

impl AnnouncedSaves {
    pub fn listen(memory: &Memory) -> AnnouncedSaves {
        let Ok(channel) = web_sys::BroadcastChannel::new(ANNOUNCE_CHANNEL) else {
            return AnnouncedSaves {
                channel: None,
                _listener: None,
            };
        };
        let memory = memory.clone();
        let listener = gloo_events::EventListener::new(&channel, "message", move |e| {
            let lock = e
                .dyn_ref::<web_sys::MessageEvent>()
                .and_then(|e| e.data().as_string())
                .and_then(|name| sync::parse_head_lock(&name));
            if let Some(lock) = lock {
                memory.0.borrow_mut().hear(lock);
            }
        });
        AnnouncedSaves {
            channel: Some(channel),
            _listener: Some(listener),
        }
    }
}

impl Drop for AnnouncedSaves {
    fn drop(&mut self) {
        if let Some(channel) = &self.channel {
            channel.close();
        }
    }
}

/// The Web Lock every save and deletion of this app takes.
const LOCK_NAME: &str = "tsunagari.save";

/// Listens for other tabs' writes until the guard is dropped. `f` is called
/// when the document key changed (or storage was cleared); it reads what
/// is there now (`observe`).
pub struct ExternalChanges {
    _listener: gloo_events::EventListener,
}

impl ExternalChanges {
    pub fn listen(mut f: impl FnMut() + 'static) -> ExternalChanges {
        let window = web_sys::window().expect("a browser window");
        let listener = gloo_events::EventListener::new(&window, "storage", move |e| {
            // None: `localStorage.clear()` in another tab.
            let key = e.dyn_ref::<web_sys::StorageEvent>().map(|e| e.key());
            if key.is_some_and(|k| k.is_none_or(|k| k == DOC_KEY)) {
                f();
            }
        });
        ExternalChanges {
            _listener: listener,
        }
    }
}

async fn storage_manager_call(ask: bool) -> Option<bool> {
    let manager = web_sys::window()?.navigator().storage();
    // Older browsers have no StorageManager: calling into it would throw.
    if js_sys::Reflect::get(&manager, &"persisted".into())
        .ok()?
        .is_undefined()
    {
        return None;
    }
    let promise = if ask {
        manager.persist().ok()?
    } else {
        manager.persisted().ok()?
    };
    wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .ok()?
        .as_bool()
}

/// Whether the browser has granted persistent storage (None: cannot tell).
pub async fn is_persisted() -> Option<bool> {
    storage_manager_call(false).await
}

/// Asks the browser to keep the app's storage from eviction.
pub async fn request_persist() -> Option<bool> {
    storage_manager_call(true).await
}
