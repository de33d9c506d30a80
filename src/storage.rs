//! The storage door: the only code that touches localStorage. One versioned
//! document under one key. Stored text that cannot be read is never
//! overwritten: it is copied to a backup key and saving stays off until the
//! user explicitly starts fresh. Before every write the stored revision is
//! compared with the one this tab knows, so a stale tab never overwrites a
//! newer document (see `domain::update` for what happens instead).

use gloo_storage::{LocalStorage, Storage};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

use crate::domain::document::{self, Document};
use crate::domain::update::{save_step, Persistence, SaveStep};

pub const DOC_KEY: &str = "tsunagari.doc";
/// Every key of the app starts with this ("delete all my data" removes them).
pub const KEY_PREFIX: &str = "tsunagari.";
/// Prefix of keys holding unreadable text that was found under `DOC_KEY`.
pub const BACKUP_PREFIX: &str = "tsunagari.unreadable.";
/// The user's document as it was before they last replaced it with an
/// imported file, so one click can bring it back.
pub const IMPORT_BACKUP_KEY: &str = "tsunagari.backup.before-import";

fn raw() -> Option<web_sys::Storage> {
    // gloo's raw() panics when storage is unavailable (e.g. disabled by the
    // browser); ask the window first so that case is a plain `None`.
    web_sys::window()?.local_storage().ok().flatten()?;
    Some(LocalStorage::raw())
}

/// Reads the saved document. Never writes to `DOC_KEY`.
pub fn load(now_millis: i64) -> (Document, Persistence) {
    let Some(store) = raw() else {
        return (Document::default(), Persistence::Failing);
    };
    let text = match store.get_item(DOC_KEY) {
        Ok(Some(t)) => t,
        Ok(None) => return (Document::default(), Persistence::Saving),
        Err(_) => return (Document::default(), Persistence::Failing),
    };
    match document::decode(&text) {
        Ok(doc) => (doc, Persistence::Saving),
        Err(err) => {
            let backup_key = keep_unreadable(&store, &text, now_millis);
            (
                Document::default(),
                Persistence::Blocked {
                    backup_key,
                    reason: err.to_string(),
                },
            )
        }
    }
}

fn backup_of(store: &web_sys::Storage, text: &str) -> Option<String> {
    backup_keys()
        .into_iter()
        .find(|k| store.get_item(k).ok().flatten().as_deref() == Some(text))
}

/// Copies unreadable text to a backup key, reusing an existing backup of the
/// same text. Falls back to naming `DOC_KEY` itself when the copy is refused,
/// in which case the text simply stays where it is.
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

#[derive(Debug, PartialEq)]
pub enum SaveOutcome {
    /// Written (or nothing to write while blocked).
    Written { revision: u64 },
    /// Another tab stored a newer document; nothing was written.
    Newer(Box<Document>),
    /// The browser refused the write (quota, disabled storage).
    Refused,
}

/// Writes the document unless storage holds a revision this tab has not
/// seen. `known` is the revision this tab knows to be stored.
pub fn save(doc: &Document, known: u64, persistence: &Persistence) -> SaveOutcome {
    if let Persistence::Blocked { .. } = persistence {
        return SaveOutcome::Written { revision: known };
    }
    let Some(store) = raw() else {
        return SaveOutcome::Refused;
    };
    // Look at the start of the stored text first: converting all of a large
    // document into a Rust string just to read its revision would cost more
    // than the write itself.
    let current = get_item_js(DOC_KEY).ok().flatten();
    if let Some(js) = &current {
        let head: String = js.slice(0, document::REVISION_PREFIX_CHARS).into();
        if let Some(r) = document::revision_in_prefix(&head) {
            if save_step(Some(r), known) == SaveStep::Write {
                return write(&store, doc);
            }
        }
        let text: String = js.into();
        let text = &text;
        match document::peek_revision(text) {
            // The common case: storage holds what this tab last wrote or loaded.
            Some(r) if save_step(Some(r), known) == SaveStep::Write => {}
            _ => match document::decode(text) {
                Ok(newer) if newer.revision != known => return SaveOutcome::Newer(Box::new(newer)),
                Ok(_) => {}
                // Unreadable text is only ever replaced once a byte-identical
                // backup of it exists (e.g. the user chose to start fresh).
                Err(_) => {
                    if backup_of(&store, text).is_none()
                        && keep_unreadable(&store, text, js_sys::Date::now() as i64) == DOC_KEY
                    {
                        return SaveOutcome::Refused;
                    }
                }
            },
        }
    }
    write(&store, doc)
}

fn write(store: &web_sys::Storage, doc: &Document) -> SaveOutcome {
    match store.set_item(DOC_KEY, &document::encode(doc)) {
        Ok(()) => SaveOutcome::Written {
            revision: doc.revision,
        },
        Err(_) => SaveOutcome::Refused,
    }
}

#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    /// `localStorage.getItem`, keeping the value a JS string.
    #[wasm_bindgen(catch, js_namespace = localStorage, js_name = getItem)]
    fn get_item_js(key: &str) -> Result<Option<js_sys::JsString>, wasm_bindgen::JsValue>;
}

/// Keeps `doc` under `IMPORT_BACKUP_KEY` (replacing an older one). Returns
/// false when the browser refused, in which case nothing may be replaced.
pub fn save_import_backup(doc: &Document) -> bool {
    raw().is_some_and(|s| {
        s.set_item(IMPORT_BACKUP_KEY, &document::encode(doc))
            .is_ok()
    })
}

pub fn has_import_backup() -> bool {
    read_raw(IMPORT_BACKUP_KEY).is_some()
}

/// The document kept before the last import; None when there is none or it
/// cannot be read (it is then left where it is).
pub fn import_backup() -> Option<Document> {
    document::decode(&read_raw(IMPORT_BACKUP_KEY)?).ok()
}

pub fn remove_import_backup() {
    if let Some(s) = raw() {
        let _ = s.remove_item(IMPORT_BACKUP_KEY);
    }
}

/// Removes every key of the app, backups included.
pub fn delete_all() -> bool {
    let Some(store) = raw() else { return false };
    app_keys().iter().all(|k| store.remove_item(k).is_ok())
}

/// A change another tab made to the stored document.
pub enum External {
    Changed(Box<Document>),
    Cleared,
}

/// Listens for other tabs' writes until the guard is dropped.
pub struct ExternalChanges {
    closure: Closure<dyn FnMut(web_sys::StorageEvent)>,
}

impl ExternalChanges {
    pub fn listen(mut f: impl FnMut(External) + 'static) -> ExternalChanges {
        let closure =
            Closure::<dyn FnMut(web_sys::StorageEvent)>::new(move |e: web_sys::StorageEvent| {
                match e.key() {
                    // `localStorage.clear()` in another tab.
                    None => f(External::Cleared),
                    Some(k) if k == DOC_KEY => match e.new_value() {
                        None => f(External::Cleared),
                        // Unreadable text from elsewhere is left for the next load to keep.
                        Some(text) => {
                            if let Ok(doc) = document::decode(&text) {
                                f(External::Changed(Box::new(doc)));
                            }
                        }
                    },
                    Some(_) => {}
                }
            });
        if let Some(w) = web_sys::window() {
            let _ = w.add_event_listener_with_callback("storage", closure.as_ref().unchecked_ref());
        }
        ExternalChanges { closure }
    }
}

impl Drop for ExternalChanges {
    fn drop(&mut self) {
        if let Some(w) = web_sys::window() {
            let _ = w.remove_event_listener_with_callback(
                "storage",
                self.closure.as_ref().unchecked_ref(),
            );
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
