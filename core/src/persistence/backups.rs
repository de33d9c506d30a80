//! The short list of dated backups taken before the user's data is replaced
//! (an import that replaces or merges, or a restore). Each backup is a whole
//! document under its own storage key; the list of them lives under one
//! index key. Pure: which backups to keep is decided here, the storage door
//! reads and writes.
//!
//! Rules: the newest `MAX_BACKUPS` are kept, fewer when together they
//! exceed `BUDGET_BYTES` (the newest always stays); an empty document is
//! never backed up, so it can never push out a real backup; restoring is a
//! swap (the current data becomes a backup first), and restoring never
//! removes the backup restored.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::document::Document;

/// Backups kept at most.
pub const MAX_BACKUPS: usize = 5;
/// Bytes (UTF-16, as localStorage counts) all backups may take together:
/// about a third of the usual 5 MB origin quota.
pub const BUDGET_BYTES: usize = 1_600_000;
/// The key of the index.
pub const INDEX_KEY: &str = "tsunagari.backups";
/// Backup documents' keys start with this.
pub const KEY_PREFIX: &str = "tsunagari.backup.";
/// The single backup older versions kept (listed while it exists).
pub const LEGACY_KEY: &str = "tsunagari.backup.before-import";

/// Why a backup was taken.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Reason {
    /// Before an imported file replaced the data.
    Replace,
    /// Before an imported file was merged in.
    Merge,
    /// Before another backup was put back.
    Restore,
}

/// One backup in the index.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    /// The storage key the backup is kept under.
    pub key: String,
    /// Why it was taken.
    pub reason: Reason,
    /// When it was taken; None for the backup older versions kept.
    pub at: Option<DateTime<Utc>>,
    /// How many people it holds.
    pub people: usize,
    /// How many finished self-checks it holds.
    pub assessments: usize,
    /// UTF-16 bytes of the stored text.
    pub bytes: usize,
}

/// Whether `doc` holds anything worth a backup.
pub fn worth_keeping(doc: &Document) -> bool {
    doc.draft.is_some()
        || !doc.assessments.is_empty()
        || !doc.people.is_empty()
        || !doc.interactions.is_empty()
        || !doc.actions.is_empty()
}

/// The index after adding `new` (newest first) and the keys to remove.
pub fn add(index: &[Entry], new: Entry) -> (Vec<Entry>, Vec<String>) {
    let mut kept = vec![new];
    let mut removed = Vec::new();
    let mut bytes = kept[0].bytes;
    for entry in index {
        if kept.len() < MAX_BACKUPS && bytes + entry.bytes <= BUDGET_BYTES {
            bytes += entry.bytes;
            kept.push(entry.clone());
        } else {
            removed.push(entry.key.clone());
        }
    }
    (kept, removed)
}

/// Reads the index text; an unreadable one reads as empty (the backups'
/// own keys stay until a later add names them for removal: never here).
pub fn parse_index(text: Option<&str>) -> Vec<Entry> {
    text.and_then(|t| serde_json::from_str(t).ok())
        .unwrap_or_default()
}

/// Writes the index as JSON for storage.
pub fn index_text(index: &[Entry]) -> String {
    serde_json::to_string(index).expect("entries always serialize")
}

/// The entry for a backup of `doc` stored as `text` under `key`.
pub fn entry(
    doc: &Document,
    key: String,
    text: &str,
    reason: Reason,
    at: Option<DateTime<Utc>>,
) -> Entry {
    Entry {
        key,
        reason,
        at,
        people: doc.people.len(),
        assessments: doc.assessments.len(),
        bytes: 2 * text.encode_utf16().count(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sample;

    fn e(key: &str, bytes: usize) -> Entry {
        Entry {
            key: key.into(),
            reason: Reason::Replace,
            at: DateTime::from_timestamp(1_767_312_000, 0),
            people: 1,
            assessments: 0,
            bytes,
        }
    }

    #[test]
    fn the_newest_five_are_kept() {
        let mut index = Vec::new();
        let mut removed_all = Vec::new();
        for n in 0..7 {
            let (next, removed) = add(&index, e(&format!("k{n}"), 100));
            index = next;
            removed_all.extend(removed);
        }
        let keys: Vec<&str> = index.iter().map(|e| e.key.as_str()).collect();
        assert_eq!(keys, ["k6", "k5", "k4", "k3", "k2"]);
        assert_eq!(removed_all, ["k0", "k1"]);
    }

    #[test]
    fn the_byte_budget_drops_older_ones_but_never_the_newest() {
        let index = vec![e("old1", BUDGET_BYTES / 2), e("old2", BUDGET_BYTES / 2)];
        let (kept, removed) = add(&index, e("new", BUDGET_BYTES / 2));
        assert_eq!(kept.len(), 2);
        assert_eq!(removed, ["old2"]);
        let (kept, removed) = add(&kept, e("huge", BUDGET_BYTES * 2));
        assert_eq!(
            kept.iter().map(|e| e.key.as_str()).collect::<Vec<_>>(),
            ["huge"]
        );
        assert_eq!(removed, ["new", "old1"]);
    }

    #[test]
    fn an_empty_document_is_not_worth_a_backup() {
        assert!(!worth_keeping(&Document::default()));
        let doc = sample::generate(
            2,
            0,
            0,
            1,
            chrono::NaiveDate::from_ymd_opt(2026, 11, 1).unwrap(),
        );
        assert!(worth_keeping(&doc));
    }

    #[test]
    fn the_index_reads_back_and_unreadable_reads_empty() {
        let index = vec![e("a", 10), e("b", 20)];
        assert_eq!(parse_index(Some(&index_text(&index))), index);
        assert!(parse_index(Some("{broken")).is_empty());
        assert!(parse_index(None).is_empty());
    }
}
