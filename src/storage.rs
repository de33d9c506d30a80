//! The storage door: the only code that touches localStorage. One versioned
//! document under one key. Stored text that cannot be read is never
//! overwritten: it is copied to a backup key and saving stays off until the
//! user explicitly starts fresh.

use gloo_storage::{LocalStorage, Storage};

use crate::domain::document::{self, Document};
use crate::domain::update::Persistence;

pub const DOC_KEY: &str = "tsunagari.doc";
/// Prefix of keys holding unreadable text that was found under `DOC_KEY`.
pub const BACKUP_PREFIX: &str = "tsunagari.unreadable.";

fn raw() -> Option<web_sys::Storage> {
    // gloo's raw() panics when storage is unavailable (e.g. disabled cookies);
    // ask the window directly first so that case becomes a plain `None`.
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

/// Copies unreadable text to a backup key, reusing an existing backup of the
/// same text. Falls back to naming `DOC_KEY` itself when the copy is refused,
/// in which case the text simply stays where it is.
fn keep_unreadable(store: &web_sys::Storage, text: &str, now_millis: i64) -> String {
    if let Some(existing) = backup_keys()
        .into_iter()
        .find(|k| store.get_item(k).ok().flatten().as_deref() == Some(text))
    {
        return existing;
    }
    let key = format!("{BACKUP_PREFIX}{now_millis}");
    match store.set_item(&key, text) {
        Ok(()) => key,
        Err(_) => DOC_KEY.to_string(),
    }
}

pub fn backup_keys() -> Vec<String> {
    let Some(store) = raw() else {
        return Vec::new();
    };
    let n = store.length().unwrap_or(0);
    (0..n)
        .filter_map(|i| store.key(i).ok().flatten())
        .filter(|k| k.starts_with(BACKUP_PREFIX))
        .collect()
}

pub fn read_raw(key: &str) -> Option<String> {
    raw()?.get_item(key).ok().flatten()
}

/// Writes the document. Refuses (without touching storage) while storage is
/// blocked; returns false when the browser refuses the write.
pub fn save(doc: &Document, persistence: &Persistence) -> bool {
    if let Persistence::Blocked { .. } = persistence {
        return true;
    }
    let Some(store) = raw() else { return false };
    store.set_item(DOC_KEY, &document::encode(doc)).is_ok()
}
