//! How a document is laid out in localStorage. A small document is one JSON
//! text under one key, exactly as `document::encode` writes it. A large one is
//! split so that a save does not rewrite megabytes for one changed record: the
//! head (settings, draft, assessments) keeps the key and lists, for people,
//! interactions and actions, the keys of chunks of `CHUNK_RECORDS` records
//! each. A save writes only the chunks whose records changed, then the head.
//!
//! Chunk keys are never written twice (each names when and by which save it
//! was written), so a head always refers to chunks exactly as they were. A
//! chunk is removed only once the head in storage has not listed it for
//! `CHUNK_GRACE_MILLIS`, so another tab's head on its way that still lists
//! it is seen first. Pure: the storage door does the reading and writing.

use std::collections::{HashMap, HashSet};

use serde::Serialize;
use serde_json::Value;

use crate::document::{
    decode_value, encode, Action, Assessment, DecodeError, Document, Draft, Interaction, Person,
    Settings, SCHEMA_VERSION,
};
use crate::sorting;
use crate::sync::{with_mark, Mark};

/// Records per chunk: a changed record rewrites about this many.
pub const CHUNK_RECORDS: usize = 64;
/// Documents with fewer people, interactions and actions (together) stay in one key.
pub const SPLIT_AT_RECORDS: usize = 256;
/// Prefix of the keys that hold a large document's chunks.
pub const CHUNK_PREFIX: &str = "tsunagari.chunk.";
/// How long a chunk stays after the head stops listing it.
pub const CHUNK_GRACE_MILLIS: i64 = 10_000;

/// The three collections that are split, with their field names.
const FIELDS: [&str; 3] = ["people", "interactions", "actions"];

/// What the head this tab last wrote or read lists, with the records of each
/// chunk, so the next save can tell which chunks changed.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Written {
    /// The head text. Chunks are reused only while storage holds exactly
    /// this text; empty when there is nothing to reuse.
    pub head: String,
    people: Vec<Chunk<Person>>,
    interactions: Vec<Chunk<Interaction>>,
    actions: Vec<Chunk<Action>>,
}

#[derive(Clone, Debug, PartialEq)]
struct Chunk<T> {
    key: String,
    records: Vec<T>,
}

impl Written {
    /// Every chunk key the head lists.
    pub fn keys(&self) -> HashSet<&str> {
        let people = self.people.iter().map(|c| c.key.as_str());
        let interactions = self.interactions.iter().map(|c| c.key.as_str());
        let actions = self.actions.iter().map(|c| c.key.as_str());
        people.chain(interactions).chain(actions).collect()
    }
}

/// A save's writes: the new chunks (key, JSON array), then the head.
#[derive(Debug)]
pub struct Layout {
    /// New chunks to write first: (key, JSON array of records).
    pub chunks: Vec<(String, String)>,
    /// The head's JSON, written last so it never lists a missing chunk.
    pub head: String,
    /// What storage holds once every write succeeded.
    pub written: Written,
}

#[derive(Serialize)]
struct Head<'a> {
    // Same order as `Document`: `revision_in_prefix` finds the revision near the start.
    schema_version: u32,
    revision: u64,
    // Right after the revision, where `sync::found_in_prefix` reads them.
    lineage: u64,
    write: u64,
    settings: &'a Settings,
    #[serde(skip_serializing_if = "Option::is_none")]
    draft: Option<&'a Draft>,
    assessments: &'a [Assessment],
    people: ChunkList<'a>,
    interactions: ChunkList<'a>,
    actions: ChunkList<'a>,
}

#[derive(Serialize)]
struct ChunkList<'a> {
    chunks: Vec<&'a str>,
}

fn list<T>(chunks: &[Chunk<T>]) -> ChunkList<'_> {
    ChunkList {
        chunks: chunks.iter().map(|c| c.key.as_str()).collect(),
    }
}

/// `doc` as one head carrying `mark`, with no chunks: how `layout` keeps a
/// small document, and how the first-visit module writes (its document is
/// always small, and it leaves other tabs' chunks to the full app). Every
/// reader reads either form.
pub fn whole(doc: &Document, mark: Mark) -> Layout {
    Layout {
        chunks: Vec::new(),
        head: with_mark(&encode(doc), mark),
        written: Written::default(),
    }
}

/// Lays `doc` out for storage under a head carrying `mark` (`sync`). `last`
/// is what storage holds now (empty when unknown); its unchanged chunks are
/// moved into the result and reused. `stamp` makes the new chunk keys
/// unique: the time in milliseconds, a dot, then random characters.
pub fn layout(doc: &Document, mark: Mark, last: &mut Written, stamp: &str) -> Layout {
    let records = doc.people.len() + doc.interactions.len() + doc.actions.len();
    if records < SPLIT_AT_RECORDS {
        return whole(doc, mark);
    }
    let mut chunks = Vec::new();
    let people = split(&doc.people, &mut last.people, stamp, 'p', &mut chunks);
    let interactions = split(
        &doc.interactions,
        &mut last.interactions,
        stamp,
        'i',
        &mut chunks,
    );
    let actions = split(&doc.actions, &mut last.actions, stamp, 'a', &mut chunks);
    let head = serde_json::to_string(&Head {
        schema_version: doc.schema_version,
        revision: doc.revision,
        lineage: mark.lineage,
        write: mark.write,
        settings: &doc.settings,
        draft: doc.draft.as_ref(),
        assessments: &doc.assessments,
        people: list(&people),
        interactions: list(&interactions),
        actions: list(&actions),
    })
    .expect("a document always serializes");
    Layout {
        chunks,
        written: Written {
            head: head.clone(),
            people,
            interactions,
            actions,
        },
        head,
    }
}

fn split<T: Serialize + Clone + PartialEq>(
    records: &[T],
    last: &mut [Chunk<T>],
    stamp: &str,
    letter: char,
    out: &mut Vec<(String, String)>,
) -> Vec<Chunk<T>> {
    records
        .chunks(CHUNK_RECORDS)
        .enumerate()
        .map(|(k, slice)| match last.get_mut(k) {
            Some(c) if c.records == slice => Chunk {
                key: std::mem::take(&mut c.key),
                records: std::mem::take(&mut c.records),
            },
            _ => {
                let key = format!("{CHUNK_PREFIX}{stamp}.{letter}{k}");
                let text = serde_json::to_string(slice).expect("records always serialize");
                out.push((key.clone(), text));
                Chunk {
                    key,
                    records: slice.to_vec(),
                }
            }
        })
        .collect()
}

/// Reads a stored head, fetching its chunks (if it has any) through `get`.
pub fn read(
    head: &str,
    get: impl Fn(&str) -> Option<String>,
) -> Result<(Document, Written), DecodeError> {
    if head.trim().is_empty() {
        return Err(DecodeError::Empty);
    }
    let mut value: Value =
        serde_json::from_str(head).map_err(|e| DecodeError::NotJson(e.to_string()))?;
    if !is_split(&value) {
        return Ok((decode_value(value)?, Written::default()));
    }
    // A newer version's chunks may be shaped differently: say so first.
    if let Some(v) = value.get("schema_version").and_then(Value::as_u64) {
        if v > u64::from(SCHEMA_VERSION) {
            return Err(DecodeError::NewerVersion(
                u32::try_from(v).unwrap_or(u32::MAX),
            ));
        }
    }
    let lists = assemble(&mut value, &get)?;
    let stored_version = value.get("schema_version").and_then(Value::as_u64);
    let doc = decode_value(value)?;
    // Records upgraded from an older schema differ from their stored text:
    // none of those chunks may be reused.
    if stored_version != Some(u64::from(SCHEMA_VERSION)) {
        return Ok((doc, Written::default()));
    }
    let [people, interactions, actions] = lists;
    let written = Written {
        head: head.to_string(),
        people: chunks_of(&doc.people, &people),
        interactions: chunks_of(&doc.interactions, &interactions),
        actions: chunks_of(&doc.actions, &actions),
    };
    Ok((doc, written))
}

/// A head lists chunks as `{"chunks": [...]}`; anything else in those
/// fields (a list of records, or plain wrong data) is read as a whole document.
/// Puts each listed chunk's records back in place of its list. Returns the
/// chunk keys with their record counts, per collection.
fn assemble(
    value: &mut Value,
    get: &impl Fn(&str) -> Option<String>,
) -> Result<[Vec<(String, usize)>; 3], DecodeError> {
    let mut lists: [Vec<(String, usize)>; 3] = Default::default();
    for (field, list) in FIELDS.iter().zip(lists.iter_mut()) {
        let keys = chunk_keys(value, field).ok_or_else(|| {
            DecodeError::Invalid(format!("{field}: the list of parts is not readable"))
        })?;
        let mut all = Vec::new();
        for key in keys {
            let text = get(&key)
                .ok_or_else(|| DecodeError::Invalid(format!("{field}: part {key} is missing")))?;
            let Ok(Value::Array(items)) = serde_json::from_str::<Value>(&text) else {
                return Err(DecodeError::Invalid(format!(
                    "{field}: part {key} is not readable"
                )));
            };
            list.push((key, items.len()));
            all.extend(items);
        }
        value[*field] = Value::Array(all);
    }
    Ok(lists)
}

/// The stored document as one JSON text, for a download when the app cannot
/// run (its panic screen): a whole head as it is; a split head with its
/// chunks back in place, or everything there is when that fails
/// (`backup_text`).
pub fn whole_text(head: &str, get: impl Fn(&str) -> Option<String>) -> String {
    let Ok(mut value) = serde_json::from_str::<Value>(head) else {
        return head.to_string();
    };
    if !is_split(&value) {
        return head.to_string();
    }
    match assemble(&mut value, &get) {
        Ok(_) => value.to_string(),
        Err(_) => backup_text(head, get),
    }
}

fn is_split(value: &Value) -> bool {
    FIELDS
        .iter()
        .any(|f| value.get(*f).and_then(|v| v.get("chunks")).is_some())
}

fn chunk_keys(value: &Value, field: &str) -> Option<Vec<String>> {
    value
        .get(field)?
        .get("chunks")?
        .as_array()?
        .iter()
        .map(|k| {
            k.as_str()
                .filter(|k| k.starts_with(CHUNK_PREFIX))
                .map(String::from)
        })
        .collect()
}

/// The chunks as read, when they are the ones `layout` would cut; otherwise
/// none (the next save then writes that collection's chunks afresh).
fn chunks_of<T: Clone>(records: &[T], read: &[(String, usize)]) -> Vec<Chunk<T>> {
    let cut = records.chunks(CHUNK_RECORDS);
    if cut.len() != read.len() || cut.clone().zip(read).any(|(c, (_, n))| c.len() != *n) {
        return Vec::new();
    }
    cut.zip(read)
        .map(|(c, (key, _))| Chunk {
            key: key.clone(),
            records: c.to_vec(),
        })
        .collect()
}

/// The text to keep when a stored head cannot be read: the head itself, byte
/// for byte, or for a split head the head and every chunk it lists (null
/// where missing) in one JSON object, so nothing is lost once chunks are
/// collected.
pub fn backup_text(head: &str, get: impl Fn(&str) -> Option<String>) -> String {
    let Ok(value) = serde_json::from_str::<Value>(head) else {
        return head.to_string();
    };
    let mut chunks = serde_json::Map::new();
    for field in FIELDS {
        for key in chunk_keys(&value, field).unwrap_or_default() {
            let text = get(&key).map_or(Value::Null, Value::String);
            chunks.insert(key, text);
        }
    }
    if chunks.is_empty() {
        return head.to_string();
    }
    serde_json::json!({ "tsunagari_unreadable_head": head, "chunks": chunks }).to_string()
}

/// Which chunks to remove now. `keys` are the app's storage keys, `listed`
/// what the head in storage lists; `unlisted_since` remembers when each
/// unlisted chunk was first seen so (kept between calls). A chunk goes once
/// it has been unlisted for `CHUNK_GRACE_MILLIS`: long enough for another
/// tab that wrote it (or still lists it in a head on its way) to be seen.
pub fn sweep<'a>(
    keys: impl IntoIterator<Item = &'a str>,
    listed: &HashSet<&str>,
    unlisted_since: &mut HashMap<String, i64>,
    now_millis: i64,
) -> Vec<String> {
    let unlisted: HashSet<&str> = keys
        .into_iter()
        .filter(|k| k.starts_with(CHUNK_PREFIX) && !listed.contains(k))
        .collect();
    unlisted_since.retain(|k, _| unlisted.contains(k.as_str()));
    let mut remove = Vec::new();
    for key in unlisted {
        let since = *unlisted_since.entry(key.to_string()).or_insert(now_millis);
        if now_millis - since >= CHUNK_GRACE_MILLIS {
            unlisted_since.remove(key);
            remove.push(key.to_string());
        }
    }
    sorting::sort(&mut remove);
    remove
}

/// The chunk keys clean-up must keep: every chunk the head in storage names
/// now (`current_head`, read right before sweeping: whatever this tab
/// remembers, a throttled tab or a jumping clock never removes a live
/// chunk), those this tab last wrote or read (a head of its own may be on
/// its way), and those named in kept copies of unreadable data.
pub fn protected<'a>(
    current_head: &'a str,
    remembered: &'a Written,
    backups: &'a [String],
) -> HashSet<&'a str> {
    let mut keep = remembered.keys();
    keep.extend(named_chunks(current_head));
    keep.extend(backups.iter().flat_map(|b| named_chunks(b)));
    keep
}

/// Every chunk key named anywhere in `text` (a head, or a backup of one).
pub fn named_chunks(text: &str) -> Vec<&str> {
    text.match_indices(CHUNK_PREFIX)
        .map(|(at, _)| {
            let rest = &text[at..];
            let end = rest.find(['"', '\\']).unwrap_or(rest.len());
            &rest[..end]
        })
        .collect()
}

/// A chunk-key stamp: the time, then random digits for keys unique across tabs.
pub fn stamp(now_millis: i64, random: u64) -> String {
    format!("{now_millis}.{:08x}", random & 0xffff_ffff)
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use super::*;
    use crate::document::InteractionId;
    use crate::sample;

    fn big() -> Document {
        let doc = sample::generate(
            120,
            400,
            200,
            7,
            chrono::NaiveDate::from_ymd_opt(2026, 11, 1).unwrap(),
        );
        let mut doc = doc;
        assert!(doc.people.len() + doc.interactions.len() + doc.actions.len() >= SPLIT_AT_RECORDS);
        doc.draft = Some(Default::default());
        doc.revision = 41;
        doc
    }

    const MARK: Mark = Mark {
        lineage: 3,
        revision: 0,
        write: 4,
    };

    /// A map standing in for localStorage.
    #[derive(Default)]
    struct Store(HashMap<String, String>);

    impl Store {
        fn save(&mut self, doc: &Document, last: &mut Written, stamp: &str) -> usize {
            let layout = layout(doc, MARK, last, stamp);
            let n = layout.chunks.len();
            self.0.extend(layout.chunks);
            self.0.insert("head".into(), layout.head);
            *last = layout.written;
            n
        }
        fn load(&self) -> Result<(Document, Written), DecodeError> {
            read(&self.0["head"], |k| self.0.get(k).cloned())
        }
    }

    #[test]
    fn small_documents_stay_in_one_key_as_encode_writes_them() {
        let doc = Document::default();
        let layout = layout(&doc, MARK, &mut Written::default(), "1.a");
        assert!(layout.chunks.is_empty());
        assert_eq!(layout.head, with_mark(&encode(&doc), MARK));
        assert_eq!(read(&layout.head, |_| None).unwrap().0, doc);
    }

    #[test]
    fn a_large_document_splits_and_reads_back_equal() {
        let doc = big();
        let mut store = Store::default();
        let mut last = Written::default();
        let n = store.save(&doc, &mut last, "1.a");
        let expected = [doc.people.len(), doc.interactions.len(), doc.actions.len()]
            .iter()
            .map(|n| n.div_ceil(CHUNK_RECORDS))
            .sum::<usize>();
        assert_eq!(n, expected);
        assert!(store.0["head"].len() < 4096, "the head stays small");
        let (back, written) = store.load().unwrap();
        assert_eq!(back, doc);
        assert_eq!(written, last, "reading rebuilds what the writer remembers");
        // The head carries the revision near its start, as the save check needs.
        let head = &store.0["head"];
        let prefix: String = head
            .chars()
            .take(crate::document::REVISION_PREFIX_CHARS as usize)
            .collect();
        assert_eq!(
            crate::document::revision_in_prefix(&prefix),
            Some(doc.revision)
        );
    }

    #[test]
    fn a_change_rewrites_only_the_chunks_it_touches() {
        let mut doc = big();
        let mut store = Store::default();
        let mut last = Written::default();
        store.save(&doc, &mut last, "1.a");
        doc.interactions[70].note = "changed".into();
        doc.revision += 1;
        assert_eq!(store.save(&doc, &mut last, "2.b"), 1, "one chunk");
        let mut added = doc.interactions[0].clone();
        added.id = InteractionId(99);
        doc.interactions.push(added);
        doc.revision += 1;
        assert_eq!(store.save(&doc, &mut last, "3.c"), 1, "only the last chunk");
        // Starting from a fresh read gives the same reuse.
        let (back, mut read_back) = store.load().unwrap();
        assert_eq!(back, doc);
        doc.actions[5].title = "edited".into();
        assert_eq!(store.save(&doc, &mut read_back, "4.d"), 1);
        assert_eq!(store.load().unwrap().0, doc);
        // Removing a record early in a list rewrites that list's later chunks only.
        doc.people.remove(0);
        let people_chunks = doc.people.len().div_ceil(CHUNK_RECORDS);
        assert_eq!(store.save(&doc, &mut read_back, "5.e"), people_chunks);
        assert_eq!(store.load().unwrap().0, doc);
    }

    #[test]
    fn random_edits_saved_one_by_one_always_read_back_equal() {
        let mut rng = sample::Rng::new(11);
        let mut doc = big();
        let mut store = Store::default();
        let mut last = Written::default();
        for step in 0..150 {
            match rng.below(6) {
                0 if !doc.people.is_empty() => {
                    let i = rng.below(doc.people.len() as u64) as usize;
                    doc.people[i].name = format!("renamed {step}");
                }
                1 if !doc.interactions.is_empty() => {
                    let i = rng.below(doc.interactions.len() as u64) as usize;
                    doc.interactions.remove(i);
                }
                2 => {
                    let mut a = doc.actions[0].clone();
                    a.title = format!("added {step}");
                    doc.actions.push(a);
                }
                3 if !doc.actions.is_empty() => {
                    let i = rng.below(doc.actions.len() as u64) as usize;
                    doc.actions.swap(0, i);
                }
                4 => doc.settings.lang = Some(crate::i18n::Lang::En),
                _ => {
                    let (mut fresh, _) = store.load().unwrap();
                    fresh.revision = doc.revision;
                    assert_eq!(fresh, doc, "step {step}");
                    // Another reader's memory of storage is as good as the writer's.
                    last = store.load().unwrap().1;
                }
            }
            doc.revision += 1;
            store.save(&doc, &mut last, &format!("{step}.x"));
            assert_eq!(store.load().unwrap().0, doc, "step {step}");
        }
    }

    #[test]
    fn without_what_storage_holds_every_chunk_is_written_afresh() {
        let doc = big();
        let mut store = Store::default();
        store.save(&doc, &mut Written::default(), "1.a");
        let all = store.save(&doc, &mut Written::default(), "2.b");
        assert!(all > 3);
        assert_eq!(store.load().unwrap().0, doc);
    }

    #[test]
    fn a_document_that_shrinks_goes_back_to_one_key() {
        let mut doc = big();
        let mut store = Store::default();
        let mut last = Written::default();
        store.save(&doc, &mut last, "1.a");
        doc.interactions.clear();
        doc.actions.clear();
        doc.people.truncate(10);
        assert_eq!(store.save(&doc, &mut last, "2.b"), 0);
        assert_eq!(store.0["head"], with_mark(&encode(&doc), MARK));
        assert!(last.keys().is_empty(), "no chunk is listed any more");
        assert_eq!(store.load().unwrap().0, doc);
    }

    #[test]
    fn a_missing_or_broken_chunk_is_an_error_that_names_it() {
        let doc = big();
        let mut store = Store::default();
        store.save(&doc, &mut Written::default(), "1.a");
        let key = format!("{CHUNK_PREFIX}1.a.i2");
        let kept = store.0.remove(&key).unwrap();
        let err = store.load().unwrap_err();
        assert!(err.to_string().contains(&key), "{err}");
        // The backup keeps the head and every chunk that is still there.
        let backup: Value =
            serde_json::from_str(&backup_text(&store.0["head"], |k| store.0.get(k).cloned()))
                .unwrap();
        assert_eq!(
            backup["tsunagari_unreadable_head"],
            Value::String(store.0["head"].clone())
        );
        assert_eq!(backup["chunks"][&key], Value::Null);
        assert_eq!(
            backup["chunks"][format!("{CHUNK_PREFIX}1.a.i1")],
            Value::String(store.0[&format!("{CHUNK_PREFIX}1.a.i1")].clone())
        );
        store.0.insert(key.clone(), "[{\"broken\":".into());
        assert!(store.load().unwrap_err().to_string().contains(&key));
        store.0.insert(key, kept);
        assert_eq!(store.load().unwrap().0, doc);
        // Plain unreadable text is kept byte for byte, wrong shapes included.
        assert_eq!(backup_text("{\"broken\":", |_| None), "{\"broken\":");
        let wrong = r#"{"schema_version":1,"people":{}}"#;
        assert_eq!(backup_text(wrong, |_| None), wrong);
        assert!(matches!(
            read(wrong, |_| None),
            Err(DecodeError::Invalid(_))
        ));
    }

    #[test]
    fn the_whole_text_for_a_download_reads_as_the_document() {
        let doc = big();
        let mut store = Store::default();
        store.save(&doc, &mut Written::default(), "1.a");
        let get = |k: &str| store.0.get(k).cloned();
        let text = whole_text(&store.0["head"], get);
        assert_eq!(crate::document::decode(&text).unwrap(), doc);
        let small = encode(&Document::default());
        assert_eq!(
            whole_text(&small, |_| None),
            small,
            "a whole head byte for byte"
        );
        store.0.remove(&format!("{CHUNK_PREFIX}1.a.a0"));
        let get = |k: &str| store.0.get(k).cloned();
        let kept = whole_text(&store.0["head"], get);
        assert!(
            kept.contains("tsunagari_unreadable_head"),
            "a missing chunk: everything there is"
        );
    }

    #[test]
    fn chunk_keys_named_in_a_head_or_its_backup_are_found() {
        let doc = big();
        let mut store = Store::default();
        let mut last = Written::default();
        store.save(&doc, &mut last, "1.a");
        let head = &store.0["head"];
        let mut named = named_chunks(head);
        named.sort();
        let mut listed: Vec<&str> = last.keys().into_iter().collect();
        listed.sort();
        assert_eq!(named, listed);
        let backup = backup_text(head, |_| None);
        let mut in_backup = named_chunks(&backup);
        in_backup.sort();
        in_backup.dedup();
        assert_eq!(
            in_backup, listed,
            "a backup wrapping the head names the same chunks"
        );
        assert!(named_chunks("{\"schema_version\":1}").is_empty());
    }

    #[test]
    fn a_head_from_a_newer_version_says_so() {
        let doc = big();
        let mut store = Store::default();
        store.save(&doc, &mut Written::default(), "1.a");
        let head = store.0["head"].replace(
            &format!("\"schema_version\":{SCHEMA_VERSION}"),
            "\"schema_version\":9",
        );
        assert_eq!(
            read(&head, |_| None).unwrap_err(),
            DecodeError::NewerVersion(9)
        );
    }

    #[test]
    fn a_chunk_the_stored_head_lists_is_never_swept_whatever_the_tab_remembers() {
        // Tab A wrote; tab B (throttled) still remembers an older head.
        let mut doc = big();
        let mut store = Store::default();
        let mut b_memory = Written::default();
        store.save(&doc, &mut b_memory, "1.a");
        let mut a_memory = b_memory.clone();
        doc.people[0].name = "changed by A".into();
        store.save(&doc, &mut a_memory, "2.b");
        let keys: Vec<String> = store.0.keys().cloned().collect();
        let mut since = HashMap::new();
        // B sweeps, its clock jumping a day ahead between two sweeps.
        for now in [0, 86_400_000] {
            let keep = protected(&store.0["head"], &b_memory, &[]);
            let remove = sweep(keys.iter().map(String::as_str), &keep, &mut since, now);
            for key in remove {
                store.0.remove(&key);
            }
        }
        assert_eq!(
            store.load().unwrap().0,
            doc,
            "the live head still reads whole"
        );
    }

    #[test]
    fn unlisted_chunks_go_once_they_have_been_unlisted_for_the_grace_time() {
        let (kept, old, other) = (
            format!("{CHUNK_PREFIX}1.aa.p0"),
            format!("{CHUNK_PREFIX}1.bb.p0"),
            format!("{CHUNK_PREFIX}2.cc.i0"),
        );
        let listed: HashSet<&str> = [kept.as_str()].into_iter().collect();
        let keys = [kept.as_str(), old.as_str(), "tsunagari.doc", "other.app"];
        let mut since = HashMap::new();
        assert!(
            sweep(keys, &listed, &mut since, 100).is_empty(),
            "first seen"
        );
        let later = 100 + CHUNK_GRACE_MILLIS;
        assert!(
            sweep(keys, &listed, &mut since, later - 1).is_empty(),
            "too soon"
        );
        // A chunk listed again in between (another tab's head) is forgotten.
        let both: HashSet<&str> = [kept.as_str(), old.as_str()].into_iter().collect();
        assert!(sweep(keys, &both, &mut since, later - 1).is_empty());
        assert!(
            sweep(keys, &listed, &mut since, later).is_empty(),
            "counted again"
        );
        let keys3 = [kept.as_str(), old.as_str(), other.as_str()];
        assert_eq!(
            sweep(keys3, &listed, &mut since, later + CHUNK_GRACE_MILLIS),
            vec![old.clone()]
        );
        assert_eq!(
            sweep(keys3, &listed, &mut since, later + 3 * CHUNK_GRACE_MILLIS),
            vec![other]
        );
        assert_eq!(stamp(5, 0x1_0000_00ab), "5.000000ab");
    }
}
