//! The save protocol between tabs, as a pure state machine. localStorage has
//! no cross-tab transaction, so every decision is made here from values the
//! storage door reads, and the door only performs what this module asks for
//! (effects as values): read the head, read the whole document, keep a copy
//! of unreadable text, write. The door runs one save at a time across tabs
//! (Web Locks) where the browser has them; where it has not, the re-read
//! after each write catches a write that lost a race.
//!
//! The stored head names which version of the data it is with a `Mark`:
//! - `lineage`: new when all data is deleted or started afresh, so a tab that
//!   missed that never mixes the old data into the new (and a revision that
//!   went back to 0 is never compared with an unrelated one);
//! - `revision`: counts changes;
//! - `write`: random per write, so two tabs that both wrote revision N differ.
//!
//! Any stored mark other than the one this tab knows (lower, equal with
//! another write, or higher) means another tab wrote: its document is taken
//! and this tab's pending changes are replayed onto it. A deletion leaves a
//! tombstone naming the new lineage, so a background tab's pending save
//! never writes the deleted document back. A head from a newer app version
//! stops all writing until the tab is reloaded.

use std::collections::HashMap;

use crate::carry;
use crate::document::{Document, SCHEMA_VERSION};
use crate::stored::Written;
use crate::update::{update, Msg, Persistence, State, SyncMsg};

/// Which stored version of the data a tab knows, or a head names.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Mark {
    /// 0: not known yet (data written before lineages existed, or none).
    pub lineage: u64,
    /// Counts the saves within a lineage.
    pub revision: u64,
    /// 0: written before write ids existed.
    pub write: u64,
}

/// What the stored head holds, as the storage door found it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Found {
    /// Nothing under the key.
    Nothing,
    /// A tombstone: all data was deleted, starting `lineage`.
    Deleted {
        /// The lineage the next document starts.
        lineage: u64,
    },
    /// A document this version can read, with its mark (not yet read whole).
    Doc(Mark),
    /// A document from a newer app version (its schema version).
    Newer(u32),
    /// Text that is not a document.
    Unreadable,
}

/// A document read from storage, with the mark its head carried.
#[derive(Clone, Debug, PartialEq)]
pub struct Stored {
    /// The document, migrated to this version's schema.
    pub doc: Document,
    /// The mark its head carried.
    pub mark: Mark,
}

/// What a tab can read of what other tabs stored.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reads {
    /// Any stored document (the full app).
    Others,
    /// Nothing another tab wrote: the first-visit module has no document
    /// reader (issue #16). Where the full app would read another tab's save,
    /// or keep unreadable text aside and write, such a tab hands its changes
    /// over to the full app instead (`Effect::HandOver`), so it never
    /// decides about, or writes over, data it cannot read.
    OwnOnly,
}

/// What the storage door should do next for a save.
#[derive(Clone, Debug, PartialEq)]
pub enum Effect {
    /// Read the head's `Found` and answer `Input::Head`.
    ReadHead,
    /// Read the whole stored document and answer `Input::Doc`.
    ReadDoc,
    /// Copy the unreadable stored text aside (unless a copy exists) and
    /// answer `Input::Kept`.
    KeepUnreadable,
    /// Leave this text (this tab's changes, `carry::to_text`) for the full
    /// app in this browser tab, and answer `Input::HandedOver`: the page
    /// then reloads, and the full app rebases the changes onto what storage
    /// holds. Nothing is written to the document's storage.
    HandOver(String),
    /// Write `doc` under a head carrying `mark`; answer `Input::Written`.
    Write {
        /// The document to store.
        doc: Box<Document>,
        /// The mark the new head carries.
        mark: Mark,
    },
    /// The save is over: dispatch these messages to the app's store, in
    /// order (they make it reach the same state as the saver's copy).
    Done(Vec<Msg>),
}

/// The storage door's answer to the last effect.
#[derive(Clone, Debug, PartialEq)]
pub enum Input {
    /// What the head holds (for `Effect::ReadHead`).
    Head(Found),
    /// The whole document; or, when the head is not a readable document
    /// (any more), what it is (`Found::Unreadable` when a part is missing).
    Doc(Result<Box<Stored>, Found>),
    /// Whether the unreadable text is kept aside (for `Effect::KeepUnreadable`).
    Kept(bool),
    /// Whether every write succeeded (for `Effect::Write`).
    Written(bool),
    /// Whether the text is kept for the next load (for `Effect::HandOver`).
    HandedOver(bool),
}

/// Rounds of "another tab wrote first" before a save gives up for now (the
/// next change or event tries again; the changes stay pending, unsaved).
const MAX_ROUNDS: u32 = 6;

/// One save, from the tab's state to the messages that record its outcome.
#[derive(Clone, Debug)]
pub struct Saver {
    /// The tab's state as the save goes: each message sent out is applied
    /// here first.
    pub state: State,
    out: Vec<Msg>,
    /// Random, from the door: ids for this save's writes and a new lineage.
    id: u64,
    reads: Reads,
    rounds: u32,
    /// The mark of the write waiting for its re-read.
    wrote: Option<Mark>,
}

impl Saver {
    /// `id` is random (from the door); it names this save's writes.
    /// `reads`: what this tab can read of other tabs' saves.
    pub fn new(state: State, id: u64, reads: Reads) -> Saver {
        Saver {
            state,
            out: Vec::new(),
            id: id & ID_MASK,
            reads,
            rounds: 0,
            wrote: None,
        }
    }

    /// The next effect, given the answer to the previous one (None to start).
    pub fn step(&mut self, input: Option<Input>) -> Effect {
        match input {
            None => self.start(),
            Some(Input::Head(found)) => self.found(found),
            Some(Input::Doc(Ok(stored))) => {
                self.send(Msg::Sync(SyncMsg::StoredElsewhere(stored)));
                self.again()
            }
            Some(Input::Doc(Err(Found::Doc(_)))) => self.found(Found::Unreadable),
            Some(Input::Doc(Err(found))) => self.found(found),
            Some(Input::Kept(true)) => self.write(),
            Some(Input::Kept(false)) | Some(Input::Written(false)) => {
                self.send(Msg::Sync(SyncMsg::SaveFailed));
                self.done()
            }
            Some(Input::Written(true)) => Effect::ReadHead,
            Some(Input::HandedOver(kept)) => {
                self.send(handed_over(kept));
                self.done()
            }
        }
    }

    fn start(&mut self) -> Effect {
        if self.reads == Reads::OwnOnly && self.state.persistence == Persistence::HandingOver {
            // Nothing is written any more: the latest changes go with the
            // hand-over (a save or a leave before the page reloads).
            return self.hand_over();
        }
        if !may_write(&self.state) || self.state.pending.is_empty() {
            return self.done();
        }
        Effect::ReadHead
    }

    fn found(&mut self, found: Found) -> Effect {
        if let Some(mark) = self.wrote.take() {
            if found == Found::Doc(mark) {
                self.send(Msg::Sync(SyncMsg::Saved(mark)));
                return self.done();
            }
            // Another write landed between ours and the re-read: ours is
            // not acknowledged; take that one and replay (below).
        }
        let known = self.state.stored;
        match found {
            Found::Nothing => self.write(),
            Found::Deleted { lineage } if lineage == known.lineage => self.write(),
            Found::Deleted { lineage } => {
                self.send(Msg::Sync(SyncMsg::ClearedElsewhere { lineage }));
                self.done()
            }
            Found::Doc(mark) if mark == known => self.write(),
            Found::Doc(_) | Found::Unreadable if self.reads == Reads::OwnOnly => self.hand_over(),
            Found::Doc(_) => Effect::ReadDoc,
            Found::Newer(version) => {
                self.send(Msg::Sync(SyncMsg::NewerElsewhere(version)));
                self.done()
            }
            Found::Unreadable => Effect::KeepUnreadable,
        }
    }

    /// Leaves this tab's changes for the full app (`Reads::OwnOnly`); when
    /// one of them is not a change the full app can resume, the save fails
    /// instead, and the page must stay with its changes in memory.
    fn hand_over(&mut self) -> Effect {
        match carry::to_text(&self.state) {
            Some(text) => Effect::HandOver(text),
            None => {
                self.send(Msg::Sync(SyncMsg::SaveFailed));
                self.done()
            }
        }
    }

    fn again(&mut self) -> Effect {
        self.rounds += 1;
        if self.state.pending.is_empty() || self.rounds >= MAX_ROUNDS || !may_write(&self.state) {
            return self.done();
        }
        Effect::ReadHead
    }

    fn write(&mut self) -> Effect {
        if self.state.pending.is_empty() || !may_write(&self.state) {
            return self.done();
        }
        let known = self.state.stored;
        // Data from before lineages existed, or none yet: its first life.
        let lineage = if known.lineage == 0 {
            FIRST_LINEAGE
        } else {
            known.lineage
        };
        let mark = Mark {
            lineage,
            revision: self.state.doc.revision,
            // Distinct per write of this save, and never 0.
            write: ((self.id ^ u64::from(self.rounds).wrapping_mul(0x9e37_79b9)) & ID_MASK).max(1),
        };
        self.wrote = Some(mark);
        Effect::Write {
            doc: Box::new((*self.state.doc).clone()),
            mark,
        }
    }

    fn send(&mut self, msg: Msg) {
        // The saver keeps its own copy current; the store performs the effects when the UI dispatches `out`.
        let _ = update(&mut self.state, msg.clone());
        self.out.push(msg);
    }

    fn done(&mut self) -> Effect {
        Effect::Done(std::mem::take(&mut self.out))
    }
}

/// What a hand-over's outcome means for the tab (`Input::HandedOver`,
/// `Observed::HandOver`): it is handing over, or, where its changes could
/// not be kept for the reload, its save failed and it stays.
pub fn handed_over(kept: bool) -> Msg {
    Msg::Sync(if kept {
        SyncMsg::HandingOver
    } else {
        SyncMsg::SaveFailed
    })
}

/// Ids stay below 2^53 so any JSON reader keeps them exact.
pub const ID_MASK: u64 = (1 << 53) - 1;

/// The lineage a first write gives data that had none (fresh storage, or
/// data from before lineages): every tab picks the same one, so two tabs
/// that both started there never mistake each other's writes for a
/// deletion. Deletions and fresh starts pick random ones (`new_lineage`).
pub const FIRST_LINEAGE: u64 = 1;

/// A lineage id for a deletion or a fresh start, from a random value
/// (never 0, "unknown", nor `FIRST_LINEAGE`).
pub fn new_lineage(random: u64) -> u64 {
    ((random.rotate_left(17)) & ID_MASK).max(2)
}

/// Whether data of lineage `found` continues data of lineage `known`, so
/// this tab's pending changes may be replayed onto it. Otherwise all data
/// was deleted (or started afresh) in between, and changes to the old data
/// must never come back. Unknown (0) and the first lineage are one life.
pub fn same_life(known: u64, found: u64) -> bool {
    let first = |l: u64| l == 0 || l == FIRST_LINEAGE;
    known == found || (first(known) && first(found))
}

/// Whether this tab may write at all (not blocked on unreadable data, not
/// behind a newer version, not another deployment's storage).
pub fn may_write(state: &State) -> bool {
    matches!(
        state.persistence,
        Persistence::Saving | Persistence::Failing | Persistence::HeldUp
    )
}

/// What to do when another tab changed the stored head (the `storage`
/// event). The event's own value is not used: it may be late, so the door
/// reads what storage holds now.
#[derive(Clone, Debug, PartialEq)]
pub enum Observed {
    /// Nothing this tab needs to know.
    Nothing,
    /// Read the whole document and send `SyncMsg::StoredElsewhere`.
    ReadDoc,
    /// Hand over to the full app as a save would (`Effect::HandOver`): keep
    /// this text for the next load, then send `SyncMsg::HandingOver`, or
    /// `SyncMsg::SaveFailed` where it could not be kept.
    HandOver(String),
    /// Send this message to the app's store.
    Send(Msg),
}

/// What another tab's change to the head (`found`) means for this tab,
/// which can read what `reads` says.
pub fn observe(state: &State, found: &Found, reads: Reads) -> Observed {
    let known = state.stored;
    match *found {
        Found::Nothing if known != Mark::default() => {
            Observed::Send(Msg::Sync(SyncMsg::ClearedElsewhere { lineage: 0 }))
        }
        Found::Deleted { lineage } if lineage != known.lineage => {
            Observed::Send(Msg::Sync(SyncMsg::ClearedElsewhere { lineage }))
        }
        Found::Doc(mark) if mark != known && reads == Reads::OwnOnly => carry::to_text(state)
            .map_or(
                Observed::Send(Msg::Sync(SyncMsg::SaveFailed)),
                Observed::HandOver,
            ),
        Found::Doc(mark) if mark != known => Observed::ReadDoc,
        Found::Newer(version) => Observed::Send(Msg::Sync(SyncMsg::NewerElsewhere(version))),
        // Unreadable text from elsewhere is left for the next load or save.
        _ => Observed::Nothing,
    }
}

// ── A fresh view of storage under the lock ──
//
// The Web Lock orders the saves, but not what each tab sees of storage:
// Chromium keeps a copy of localStorage in every tab's process and tells
// the others about a write through a channel that is not ordered with the
// lock, so the next tab can hold the lock while its copy still shows the
// head from before the last save. Its check then passes and its write
// replaces the one just acknowledged (measured: two tabs incrementing one
// key under one lock lose a third of the increments). So a tab that wrote
// under the lock names the head it wrote in a second lock (`head_lock_name`,
// taken before the save lock is released; the lock manager is one ordered
// place for every tab), and a tab that takes the save lock waits until its
// copy of storage shows that head (`caught_up`) before it reads anything.
// The wait is bounded (a writer may die mid-save); the name also says which
// head that save wrote over, so a copy still showing that very head when
// the wait ends is known to lag, and its save does not run (`lagging`).
// The save on leaving a page cannot ask for locks, so each named save is
// also announced by message (a BroadcastChannel in the door, apart from the
// copies of storage): a tab remembers the latest it heard
// (`TabMemory::hear`), and no save of it writes from a copy that still shows
// the head that save wrote over (`TabMemory::still_stale`).
//
// What this leaves open: a copy still behind the very first write into
// empty storage once the wait is over (empty storage never counts as
// lagging, see `lagging`); a head lock goes when its tab closes, so a tab that
// closes within milliseconds of its own save, while another saves, is
// assumed to have reached the other's copy first; the save on leaving a page
// runs without the lock, so a copy behind a save whose announcement has not
// arrived either is not caught there; and without Web Locks (engines before 2022) the
// re-read after a write reads this tab's own copy, so it catches a lost race
// only where tabs share one copy of storage (the model's lock-free runs).

/// Prefix of the lock names that say which head the last save wrote.
pub const HEAD_LOCK_PREFIX: &str = "tsunagari.head.";

/// What a head lock says: the `seq`-th named save wrote `head` over
/// `before` (None where the name does not say, as in older versions' names).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HeadLock {
    /// Orders the names: the highest is the latest save.
    pub seq: u64,
    /// The head that save wrote.
    pub head: Found,
    /// The head it found and wrote over.
    pub before: Option<Found>,
}

/// The lock name saying "the `seq`-th save wrote `head` over `before`"
/// (None for a head no save writes).
pub fn head_lock_name(seq: u64, head: &Found, before: &Found) -> Option<String> {
    let head = match head {
        Found::Doc(_) | Found::Deleted { .. } => head_part(head)?,
        _ => return None,
    };
    let before = head_part(before).unwrap_or_else(|| "x".to_string());
    Some(format!("{HEAD_LOCK_PREFIX}{seq}.{head}.after.{before}"))
}

/// A head in a lock name: `d.<lineage>.<revision>.<write>`, `t.<lineage>`
/// for a tombstone, `n` for nothing stored.
fn head_part(found: &Found) -> Option<String> {
    match found {
        Found::Doc(m) => Some(format!("d.{}.{}.{}", m.lineage, m.revision, m.write)),
        Found::Deleted { lineage } => Some(format!("t.{lineage}")),
        Found::Nothing => Some("n".to_string()),
        _ => None,
    }
}

fn parse_head_part(parts: &[&str]) -> Option<Found> {
    let n = |i: usize| parts.get(i)?.parse::<u64>().ok();
    match (parts.first().copied(), parts.len()) {
        (Some("d"), 4) => Some(Found::Doc(Mark {
            lineage: n(1)?,
            revision: n(2)?,
            write: n(3)?,
        })),
        (Some("t"), 2) => Some(Found::Deleted { lineage: n(1)? }),
        (Some("n"), 1) => Some(Found::Nothing),
        _ => None,
    }
}

/// What a lock name says was written (None for other locks).
pub fn parse_head_lock(name: &str) -> Option<HeadLock> {
    let rest = name.strip_prefix(HEAD_LOCK_PREFIX)?;
    let (now, before) = rest.split_once(".after.").unwrap_or((rest, "x"));
    let parts: Vec<&str> = now.split('.').collect();
    let head = parse_head_part(&parts[1..])?;
    if head == Found::Nothing {
        return None;
    }
    let before: Vec<&str> = before.split('.').collect();
    Some(HeadLock {
        seq: parts[0].parse().ok()?,
        head,
        before: parse_head_part(&before),
    })
}

/// The newest head named among the lock names held or asked for.
pub fn latest_head<'a>(names: impl IntoIterator<Item = &'a str>) -> Option<HeadLock> {
    names
        .into_iter()
        .filter_map(parse_head_lock)
        .max_by_key(|lock| lock.seq)
}

/// Whether a tab holding the save lock sees storage as the last save left
/// it (`published`, from `latest_head`), so its save may start.
pub fn caught_up(published: Option<&Found>, seen: &Found) -> bool {
    published.is_none_or(|p| p == seen)
}

/// Whether this tab's copy of storage provably lags behind the last save:
/// it still shows the very head that save wrote over. Every write carries a
/// new write id, so storage never holds that head again; a save from such a
/// copy would undo an acknowledged one, so it must not run. Empty storage
/// proves nothing: it can be empty again (cleared outside the app); nor does
/// this tab's own last save (`own`): its copy wrote that head, so storage
/// that shows another was changed behind every tab's back.
pub fn lagging(published: Option<&HeadLock>, own: Option<&HeadLock>, seen: &Found) -> bool {
    *seen != Found::Nothing
        && published != own
        && published.is_some_and(|p| p.head != *seen && p.before.as_ref() == Some(seen))
}

/// How many announced saves a tab keeps (`TabMemory::hear`).
const HEARD: usize = 8;

/// What one tab remembers of storage between its calls to the storage door.
/// The executor keeps it and lends it to every call, so what a save does
/// follows from its arguments rather than from state hidden in the door.
#[derive(Clone, Debug, Default)]
pub struct TabMemory {
    /// What the head in storage lists, as this tab last wrote or read it:
    /// the next save rewrites only the chunks that changed.
    pub written: Written,
    /// When each chunk no head lists was first seen so (`stored::sweep`).
    pub unlisted_since: HashMap<String, i64>,
    /// The head lock of this tab's last named save: its copy wrote that
    /// head, so it never lags behind it (`lagging`).
    pub own_head_lock: Option<HeadLock>,
    /// The head this tab's copy showed when it was last found lagging.
    pub stale: Option<Found>,
    /// The head this tab wrote since it took the save lock, to be named in a
    /// head lock before the lock is let go.
    pub wrote: Option<Found>,
    /// The last saves other tabs announced (`hear`), newest last: they
    /// reach this tab by message, apart from its copy of storage, so a save
    /// on leaving the page (no lock, no wait) can tell that its copy is
    /// behind one of them.
    pub heard: Vec<HeadLock>,
}

impl TabMemory {
    /// Under the save lock, once the wait for this tab's copy is over:
    /// whether the copy lags behind the last save (`lagging`). The answer is
    /// kept, so a save without the lock (on leaving the page) can ask
    /// `still_stale` while the copy shows the same head.
    pub fn check_lagging(&mut self, published: Option<&HeadLock>, seen: &Found) -> bool {
        let lags = lagging(published, self.own_head_lock.as_ref(), seen);
        self.stale = lags.then(|| seen.clone());
        lags
    }

    /// Another tab announced the save its head lock names (`lock`, from
    /// `parse_head_lock`). The last `HEARD` are kept whatever their `seq`:
    /// the numbering starts again when every head lock is gone (the tab that
    /// saved last closed), and a head a save wrote over never comes back,
    /// so an older announcement can never hold a save up wrongly.
    pub fn hear(&mut self, lock: HeadLock) {
        if self.heard.len() == HEARD {
            self.heard.remove(0);
        }
        self.heard.push(lock);
    }

    /// Whether this tab's copy still shows the head it was found lagging on,
    /// or the head an announced save wrote over: then nothing may be written
    /// from it, with or without the lock.
    pub fn still_stale(&self, seen: &Found) -> bool {
        self.stale.as_ref() == Some(seen)
            || self
                .heard
                .iter()
                .any(|lock| lagging(Some(lock), self.own_head_lock.as_ref(), seen))
    }
}

// ── One deployment per origin ──

/// The folder a page's path belongs to ("/app/index.html" → "/app/"): the
/// app's deployment. Two deployments under different paths of one origin
/// share one localStorage; the first to save claims it (`HOME_KEY` in the
/// door), and any other stops writing and says where the data lives.
pub fn home_of(pathname: &str) -> String {
    match pathname.rfind('/') {
        Some(at) => pathname[..=at].to_string(),
        None => "/".to_string(),
    }
}

/// Whether this deployment (`mine`) may use the origin's storage, given
/// the home stored there: None when it may (no home yet, or its own).
pub fn other_home(stored: Option<&str>, mine: &str) -> Option<String> {
    stored.filter(|home| *home != mine).map(str::to_string)
}

// ── The head's text ──

/// The tombstone a deletion leaves under the document key.
pub fn tombstone(lineage: u64) -> String {
    format!("{{\"tsunagari_deleted\":true,\"lineage\":{lineage}}}")
}

/// How many leading characters `found_in` needs to read a mark.
pub const MARK_PREFIX_CHARS: u32 = 160;

/// Reads what a stored head is from its first `MARK_PREFIX_CHARS`
/// characters when it was written as `encode`/`with_mark` write it; None
/// when the prefix does not tell (the door then reads all of it with
/// `found_in_whole`).
pub fn found_in_prefix(prefix: &str) -> Option<Found> {
    if let Some(rest) = prefix.strip_prefix("{\"tsunagari_deleted\":true,\"lineage\":") {
        let (lineage, _) = number(rest)?;
        return Some(Found::Deleted { lineage });
    }
    let rest = prefix.strip_prefix("{\"schema_version\":")?;
    let (version, rest) = number(rest)?;
    if version > u64::from(SCHEMA_VERSION) {
        return Some(Found::Newer(u32::try_from(version).unwrap_or(u32::MAX)));
    }
    let rest = rest.strip_prefix(",\"revision\":")?;
    let (revision, rest) = number(rest)?;
    let mut mark = Mark {
        lineage: 0,
        revision,
        write: 0,
    };
    if let Some(rest) = rest.strip_prefix(",\"lineage\":") {
        let (lineage, rest) = number(rest)?;
        let (write, _) = number(rest.strip_prefix(",\"write\":")?)?;
        mark.lineage = lineage;
        mark.write = write;
    }
    Some(Found::Doc(mark))
}

/// Digits followed by a delimiter (digits cut off by a prefix do not count).
fn number(text: &str) -> Option<(u64, &str)> {
    let end = text.find(|c: char| !c.is_ascii_digit())?;
    let n = text[..end].parse().ok()?;
    Some((n, &text[end..]))
}

/// What a head is when its prefix does not tell: fields in another order,
/// or not a document at all. Whether it decodes is for the reader.
pub fn found_in_whole(text: &str) -> Found {
    let Ok(value) = serde_json::from_str::<serde_json::Value>(text) else {
        return Found::Unreadable;
    };
    let num = |k: &str| value.get(k).and_then(serde_json::Value::as_u64);
    if value.get("tsunagari_deleted").is_some() {
        return match num("lineage") {
            Some(lineage) => Found::Deleted { lineage },
            None => Found::Unreadable,
        };
    }
    match num("schema_version") {
        Some(v) if v > u64::from(SCHEMA_VERSION) => {
            Found::Newer(u32::try_from(v).unwrap_or(u32::MAX))
        }
        Some(_) => Found::Doc(Mark {
            lineage: num("lineage").unwrap_or(0),
            revision: num("revision").unwrap_or(0),
            write: num("write").unwrap_or(0),
        }),
        None => Found::Unreadable,
    }
}

/// The head text for a whole document: `encode`'s text with the mark's
/// lineage and write id right after the revision, where `found_in_prefix`
/// reads them.
pub fn with_mark(encoded: &str, mark: Mark) -> String {
    let Some(Found::Doc(_)) = found_in_prefix(encoded) else {
        panic!("encode writes schema_version and revision first");
    };
    let rev = encoded.find(",\"revision\":").expect("checked above") + 12;
    let end = rev
        + encoded[rev..]
            .find(|c: char| !c.is_ascii_digit())
            .expect("checked above");
    format!(
        "{},\"lineage\":{},\"write\":{}{}",
        &encoded[..end],
        mark.lineage,
        mark.write,
        &encoded[end..]
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::encode;

    #[test]
    fn the_first_deployment_claims_the_origin_storage() {
        assert_eq!(home_of("/"), "/");
        assert_eq!(home_of("/app/index.html"), "/app/");
        assert_eq!(home_of("/app/"), "/app/");
        assert_eq!(other_home(None, "/app/"), None);
        assert_eq!(other_home(Some("/app/"), "/app/"), None);
        assert_eq!(other_home(Some("/"), "/app/"), Some("/".to_string()));
    }

    #[test]
    fn a_mark_is_read_from_the_head_prefix() {
        let doc = Document {
            revision: 12,
            ..Document::default()
        };
        let mark = Mark {
            lineage: 7,
            revision: 12,
            write: 99,
        };
        let head = with_mark(&encode(&doc), mark);
        let prefix: String = head.chars().take(MARK_PREFIX_CHARS as usize).collect();
        assert_eq!(found_in_prefix(&prefix), Some(Found::Doc(mark)));
        assert_eq!(found_in_whole(&head), Found::Doc(mark));
        // The document reads back as it was.
        assert_eq!(crate::document::decode(&head).unwrap(), doc);
        // Older heads carry no lineage or write id.
        let old = Mark {
            lineage: 0,
            revision: 12,
            write: 0,
        };
        assert_eq!(found_in_prefix(&encode(&doc)), Some(Found::Doc(old)));
        assert_eq!(
            found_in_prefix(&tombstone(5)),
            Some(Found::Deleted { lineage: 5 })
        );
        assert_eq!(found_in_whole(&tombstone(5)), Found::Deleted { lineage: 5 });
        let newer = "{\"schema_version\":9,\"revision\":1}";
        assert_eq!(found_in_prefix(newer), Some(Found::Newer(9)));
        assert_eq!(found_in_whole(newer), Found::Newer(9));
        // A cut-off number or another order: the prefix does not tell.
        assert_eq!(
            found_in_prefix("{\"schema_version\":1,\"revision\":12"),
            None
        );
        assert_eq!(
            found_in_prefix("{\"revision\":3,\"schema_version\":1}"),
            None
        );
        assert_eq!(
            found_in_whole("{\"revision\":3,\"schema_version\":1}"),
            Found::Doc(Mark {
                lineage: 0,
                revision: 3,
                write: 0
            })
        );
        assert_eq!(found_in_whole("{\"broken\":"), Found::Unreadable);
        assert_eq!(found_in_whole("[1]"), Found::Unreadable);
    }
}

/// Tabs sharing a model of localStorage that has no atomic check-and-write:
/// every read and write of every tab's save is a separate step, and the
/// steps of different tabs interleave at random (as tabs in different
/// processes do), with storage events delivered late or never, tabs dying
/// mid-save, deletions (lineage and revision resets), a full quota and a
/// newer app version taking over. The real `Saver` and `update` run.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod props {
    use std::collections::BTreeSet;

    use chrono::DateTime;
    use proptest::prelude::*;

    use super::*;
    use crate::document::{Channel, PersonId};
    use crate::forms::PersonFields;
    use crate::planner::PlanMsg;
    use crate::update::SyncNotice;

    #[derive(Clone, Debug)]
    enum Slot {
        Doc(Stored),
        Deleted(u64),
        /// A newer app version's document (holding what it read).
        Newer(Stored),
    }

    struct Tab {
        state: State,
        /// A save in progress and the effect it waits on.
        save: Option<(Saver, Effect)>,
        alive: bool,
        added: Vec<u64>,
        /// People this tab dropped and told the user about (another tab
        /// deleted everything, or started afresh).
        reported: BTreeSet<u64>,
        /// This tab's copy of storage (each browser process keeps one):
        /// its own writes land at once, other tabs' only when delivered
        /// (`Op::Deliver`), in no order with the lock.
        view: Option<Slot>,
        /// The last head this tab's current save wrote.
        wrote: Option<Found>,
        /// What this tab's copy showed when its save (or deletion) began:
        /// the head it wrote over, named in its head lock.
        before: Option<Slot>,
        /// What the door remembers of storage for this tab (`TabMemory`).
        memory: TabMemory,
    }

    struct World {
        slot: Option<Slot>,
        tabs: Vec<Tab>,
        /// With Web Locks: the tab whose save (or deletion) holds the lock.
        locks: bool,
        lock: Option<usize>,
        full: bool,
        /// The head the last save under the lock wrote, as its head lock
        /// names it: (the tab holding that lock, what the lock says).
        published: Option<(usize, HeadLock)>,
        /// Storage as it was right before that save wrote: what a copy
        /// lagging behind exactly that save still shows.
        before_published: Option<Slot>,
        next: u64,
        /// People whose save was acknowledged since the last deletion.
        acked: BTreeSet<u64>,
        /// People made before the last deletion: never to come back.
        deleted: BTreeSet<u64>,
    }

    fn person(id: u64) -> Msg {
        Msg::Plan(PlanMsg::SavePerson {
            id: PersonId(id),
            fields: PersonFields {
                name: format!("p{id}"),
                channel: Channel::Hobby,
                met_place: String::new(),
                met_on: None,
                interests: String::new(),
                i_offer: String::new(),
                they_offer: String::new(),
                tags: Vec::new(),
                notes: String::new(),
                cadence: Default::default(),
            },
            now: DateTime::from_timestamp(1_767_312_000, 0).unwrap(),
        })
    }

    fn people(doc: &Document) -> BTreeSet<u64> {
        doc.people.iter().map(|p| p.id.0).collect()
    }

    impl World {
        fn new(locks: bool) -> World {
            let mut w = World {
                slot: None,
                tabs: Vec::new(),
                locks,
                lock: None,
                full: false,
                next: 1,
                acked: BTreeSet::new(),
                deleted: BTreeSet::new(),
                published: None,
                before_published: None,
            };
            w.open();
            w.open();
            w
        }

        /// What tab `t` finds under the head key: its own copy of storage.
        fn found(&self, t: usize) -> Found {
            found_in(self.view(t))
        }

        /// What tab `t`'s reads see. Only engines with Web Locks are
        /// modelled with a copy per tab; without locks, storage is modelled
        /// as one (see `without_the_lock_no_lost_write_is_acknowledged`).
        fn view(&self, t: usize) -> &Option<Slot> {
            if self.locks {
                &self.tabs[t].view
            } else {
                &self.slot
            }
        }

        /// The door's wait under the save lock (`caught_up`): a save or a
        /// deletion starts only once the tab's copy of storage shows the
        /// head the last save published.
        fn may_start(&self, t: usize) -> bool {
            let published = self.published.as_ref().map(|p| &p.1.head);
            !self.locks || caught_up(published, &self.found(t))
        }

        /// The storage event, a new tab or the end of a test: the browser
        /// hands tab `t` every write made so far.
        fn deliver(&mut self, t: usize) {
            self.tabs[t].view = self.slot.clone();
        }

        /// Storage as the browser holds it, and tab `t`'s copy, both now `slot`.
        fn store(&mut self, t: usize, slot: Slot) {
            self.slot = Some(slot);
            self.tabs[t].view = self.slot.clone();
        }
    }

    fn found_in(slot: &Option<Slot>) -> Found {
        {
            match slot {
                None => Found::Nothing,
                Some(Slot::Doc(s)) => Found::Doc(s.mark),
                Some(Slot::Deleted(lineage)) => Found::Deleted { lineage: *lineage },
                Some(Slot::Newer(_)) => Found::Newer(SCHEMA_VERSION + 1),
            }
        }
    }

    impl World {
        /// A new tab loads what storage holds.
        fn open(&mut self) {
            let state = match &self.slot {
                None => State::new(Document::default(), Persistence::Saving),
                Some(Slot::Doc(s)) => State::loaded(s.doc.clone(), s.mark, Persistence::Saving),
                Some(Slot::Deleted(lineage)) => State::loaded(
                    Document::default(),
                    Mark {
                        lineage: *lineage,
                        ..Mark::default()
                    },
                    Persistence::Saving,
                ),
                Some(Slot::Newer(_)) => State::new(
                    Document::default(),
                    Persistence::NewerApp(SCHEMA_VERSION + 1),
                ),
            };
            self.tabs.push(Tab {
                state,
                save: None,
                alive: true,
                added: Vec::new(),
                reported: BTreeSet::new(),
                view: self.slot.clone(),
                wrote: None,
                before: None,
                memory: TabMemory::default(),
            });
        }

        fn live(&self, t: usize) -> bool {
            self.tabs[t].alive
        }

        fn free(&self, t: usize) -> bool {
            !self.locks || self.lock.is_none_or(|h| h == t)
        }

        fn edit(&mut self, t: usize) {
            // A tab's own script is busy while it saves.
            if !self.live(t) || self.tabs[t].save.is_some() {
                return;
            }
            let id = self.next;
            self.next += 1;
            let _ = update(&mut self.tabs[t].state, person(id));
            self.tabs[t].added.push(id);
        }

        fn start_save(&mut self, t: usize, id: u64) {
            if !self.may_start(t) {
                // The door waits for the tab's copy of storage to catch up.
                return;
            }
            self.start_save_now(t, id);
        }

        /// The door waited as long as it waits (`WAIT_LIMIT` in the door):
        /// the head lock names a head no longer there (its writer died
        /// mid-save, or a write without the lock came after). Assumed: by
        /// then the tab's copy shows every write made before it began to
        /// wait.
        fn start_save_after_waiting(&mut self, t: usize, id: u64) {
            if self.live(t) && self.tabs[t].save.is_none() && self.free(t) {
                self.deliver(t);
            }
            self.start_save_now(t, id);
        }

        fn start_save_now(&mut self, t: usize, id: u64) {
            if !self.live(t) || self.tabs[t].save.is_some() || !self.free(t) {
                return;
            }
            if self.locks {
                self.lock = Some(t);
            }
            self.tabs[t].before = self.view(t).clone();
            let mut saver = Saver::new(self.tabs[t].state.clone(), id, Reads::Others);
            let effect = saver.step(None);
            self.tabs[t].save = Some((saver, effect));
            self.finish_if_done(t);
        }

        /// Performs the effect tab `t`'s save waits on.
        fn step(&mut self, t: usize) {
            let Some((mut saver, effect)) = self.tabs[t].save.take() else {
                return;
            };
            let input = match effect {
                Effect::ReadHead => Input::Head(self.found(t)),
                Effect::ReadDoc => Input::Doc(match self.view(t) {
                    Some(Slot::Doc(s)) => Ok(Box::new(s.clone())),
                    _ => Err(self.found(t)),
                }),
                Effect::KeepUnreadable => Input::Kept(true),
                Effect::Write { doc, mark } => {
                    assert_eq!(doc.revision, mark.revision);
                    if !self.full {
                        self.store(t, Slot::Doc(Stored { doc: *doc, mark }));
                        self.tabs[t].wrote = Some(Found::Doc(mark));
                    }
                    Input::Written(!self.full)
                }
                Effect::HandOver(_) => unreachable!("every tab of the model reads others' saves"),
                Effect::Done(_) => unreachable!("finished saves are removed"),
            };
            let next = saver.step(Some(input));
            self.tabs[t].save = Some((saver, next));
            self.finish_if_done(t);
        }

        fn finish_if_done(&mut self, t: usize) {
            let Some((_, Effect::Done(msgs))) = &self.tabs[t].save else {
                return;
            };
            let msgs = msgs.clone();
            self.tabs[t].save = None;
            if self.lock == Some(t) {
                self.publish(t);
                self.lock = None;
            }
            for msg in msgs {
                if let Msg::Sync(SyncMsg::Saved(mark)) = &msg {
                    // Acknowledged: storage holds exactly this write now.
                    let Some(Slot::Doc(s)) = &self.slot else {
                        panic!("acknowledged a write storage does not hold");
                    };
                    assert_eq!(s.mark, *mark, "acknowledged a write storage does not hold");
                    let mine: BTreeSet<u64> = self.tabs[t].added.iter().copied().collect();
                    self.acked.extend(people(&s.doc).intersection(&mine));
                }
                let _ = update(&mut self.tabs[t].state, msg);
            }
        }

        /// A storage event reaches tab `t` (late: it reads what is there now).
        fn event(&mut self, t: usize) {
            if !self.live(t) || self.tabs[t].save.is_some() {
                return;
            }
            // The event comes with the browser's news.
            self.deliver(t);
            let found = self.found(t);
            let msg = match observe(&self.tabs[t].state, &found, Reads::Others) {
                Observed::Nothing => return,
                Observed::Send(msg) => msg,
                Observed::ReadDoc => match self.view(t) {
                    Some(Slot::Doc(s)) => Msg::Sync(SyncMsg::StoredElsewhere(Box::new(s.clone()))),
                    _ => return,
                },
                Observed::HandOver(_) => unreachable!("every tab of the model reads others' saves"),
            };
            let _ = update(&mut self.tabs[t].state, msg);
        }

        fn delete_all(&mut self, t: usize, lineage: u64) {
            if !self.live(t) || self.tabs[t].save.is_some() || !self.free(t) || !self.may_start(t) {
                return;
            }
            let lineage = new_lineage(lineage);
            self.tabs[t].before = self.view(t).clone();
            self.store(t, Slot::Deleted(lineage));
            self.tabs[t].wrote = Some(Found::Deleted { lineage });
            self.publish(t);
            self.deleted.extend(1..self.next);
            self.acked.clear();
            let _ = update(
                &mut self.tabs[t].state,
                Msg::Sync(SyncMsg::DataDeleted { lineage }),
            );
        }

        /// The door, before it lets go of the save lock: a head this tab
        /// wrote is named in a head lock (`sync::head_lock_name`), with the
        /// head it wrote over.
        fn publish(&mut self, t: usize) {
            if let Some(found) = self.tabs[t].wrote.take() {
                let seq = self.published.as_ref().map_or(0, |p| p.1.seq) + 1;
                let before = self.tabs[t].before.take();
                let name = head_lock_name(seq, &found, &found_in(&before))
                    .expect("a save writes a document");
                let lock = parse_head_lock(&name).expect("a head lock");
                self.tabs[t].memory.own_head_lock = Some(lock.clone());
                self.published = Some((t, lock));
                self.before_published = before;
            }
        }

        /// The door's wait under the save lock ran out while tab `t`'s copy
        /// still lags behind exactly the last named save (it shows what
        /// that save wrote over). The door then asks `TabMemory::check_lagging`
        /// and, if the copy is provably behind, writes nothing and tells
        /// the user (`HeldUp`); its changes stay pending.
        fn save_from_a_lagging_copy(&mut self, t: usize, id: u64) {
            let Some((publisher, lock)) = self.published.clone() else {
                return;
            };
            // A tab's copy always holds its own writes.
            if publisher == t || !self.locks || self.tabs[t].save.is_some() || !self.free(t) {
                return;
            }
            if !self.live(t) {
                return;
            }
            // Empty storage never counts as lagging (`lagging`: storage can
            // be cleared outside the app, and a tab must not wait for ever),
            // so a copy more than the door's wait behind the very first
            // write into empty storage is not caught: not modelled here.
            if self.before_published.is_none() {
                return;
            }
            self.tabs[t].view = self.before_published.clone();
            let seen = self.found(t);
            if self.tabs[t].memory.check_lagging(Some(&lock), &seen) {
                let _ = update(&mut self.tabs[t].state, Msg::Sync(SyncMsg::HeldUp));
                return;
            }
            self.start_save_now(t, id);
        }

        fn die(&mut self, t: usize) {
            if !self.live(t) {
                return;
            }
            self.tabs[t].alive = false;
            self.tabs[t].save = None;
            // The browser releases a dead tab's locks, its head lock too.
            if self.lock == Some(t) {
                self.lock = None;
            }
            if self.published.as_ref().is_some_and(|p| p.0 == t) {
                // Its head lock goes with it. Assumed (not guaranteed by
                // any spec): the writes it made before are in every other
                // tab's copy by then. A tab that saves within milliseconds
                // of a tab closing right after its own save could
                // otherwise still write over that save.
                for other in 0..self.tabs.len() {
                    self.deliver(other);
                }
                self.published = None;
                self.before_published = None;
            }
        }

        fn newer_app(&mut self) {
            if self.lock.is_some() && self.locks {
                return;
            }
            if let Some(Slot::Doc(s)) = &self.slot {
                self.slot = Some(Slot::Newer(s.clone()));
                // It names its head in a head lock too: one this version
                // cannot read, so a tab waits until it sees that head.
                let seq = self.published.as_ref().map_or(0, |p| p.1.seq) + 1;
                let head = Found::Newer(SCHEMA_VERSION + 1);
                let lock = HeadLock {
                    seq,
                    head,
                    before: None,
                };
                self.published = Some((usize::MAX, lock));
                self.before_published = None;
            }
        }

        /// A tab showing "all data was deleted in another tab" has told the
        /// user that the changes it held are gone.
        fn note_reports(&mut self) {
            for tab in &mut self.tabs {
                if tab.state.sync_notice == Some(SyncNotice::ClearedElsewhere) {
                    tab.reported.extend(tab.added.iter().copied());
                }
            }
        }

        fn stored_people(&self) -> BTreeSet<u64> {
            match &self.slot {
                Some(Slot::Doc(s)) | Some(Slot::Newer(s)) => people(&s.doc),
                _ => BTreeSet::new(),
            }
        }

        /// Everything settles: saves in flight end, every tab hears the
        /// last write and saves what it has, one after the other.
        fn settle(&mut self) {
            self.full = false;
            for t in 0..self.tabs.len() {
                self.deliver(t);
                while self.tabs[t].save.is_some() {
                    self.step(t);
                }
            }
            for round in 0..3 {
                for t in 0..self.tabs.len() {
                    self.deliver(t);
                    self.event(t);
                    self.note_reports();
                    self.start_save_after_waiting(t, 1000 + round * 10 + t as u64);
                    while self.tabs[t].save.is_some() {
                        self.step(t);
                    }
                    self.note_reports();
                }
            }
        }
    }

    #[derive(Clone, Debug)]
    enum Op {
        Edit(usize),
        StartSave(usize, u64),
        SaveAfterWaiting(usize, u64),
        SaveFromALaggingCopy(usize, u64),
        Step(usize),
        Event(usize),
        DeleteAll(usize, u64),
        Die(usize),
        Deliver(usize),
        Open,
        Full(bool),
    }

    fn op(rare: u32) -> impl Strategy<Value = Op> {
        let tab = 0..4usize;
        prop_oneof![
            6 => tab.clone().prop_map(Op::Edit),
            3 => (tab.clone(), any::<u64>()).prop_map(|(t, id)| Op::StartSave(t, id)),
            1 => (tab.clone(), any::<u64>()).prop_map(|(t, id)| Op::SaveAfterWaiting(t, id)),
            1 => (tab.clone(), any::<u64>()).prop_map(|(t, id)| Op::SaveFromALaggingCopy(t, id)),
            8 => tab.clone().prop_map(Op::Step),
            3 => tab.clone().prop_map(Op::Event),
            rare => (tab.clone(), any::<u64>()).prop_map(|(t, l)| Op::DeleteAll(t, l)),
            rare => tab.clone().prop_map(Op::Die),
            2 => tab.clone().prop_map(Op::Deliver),
            1 => Just(Op::Open),
            rare => any::<bool>().prop_map(Op::Full),
        ]
    }

    fn run(world: &mut World, ops: Vec<Op>) {
        for op in ops {
            let n = world.tabs.len();
            match op {
                Op::Edit(t) => world.edit(t % n),
                Op::StartSave(t, id) => world.start_save(t % n, id),
                Op::SaveAfterWaiting(t, id) => world.start_save_after_waiting(t % n, id),
                Op::SaveFromALaggingCopy(t, id) => world.save_from_a_lagging_copy(t % n, id),
                Op::Step(t) => world.step(t % n),
                Op::Event(t) => world.event(t % n),
                Op::DeleteAll(t, l) => world.delete_all(t % n, l),
                Op::Die(t) => world.die(t % n),
                Op::Deliver(t) => world.deliver(t % n),
                Op::Open => world.open(),
                Op::Full(full) => world.full = full,
            }
            world.note_reports();
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(1500))]

        /// With the save lock (Web Locks), no acknowledged edit is ever
        /// lost, nothing deleted ever comes back, and every tab ends up
        /// saved or says why it is not.
        #[test]
        fn with_the_lock_no_acknowledged_edit_is_lost(ops in proptest::collection::vec(op(1), 1..120)) {
            let mut world = World::new(true);
            run(&mut world, ops);
            world.settle();
            let stored = world.stored_people();
            for p in &world.acked {
                prop_assert!(stored.contains(p), "acknowledged person {} lost; stored {:?}", p, stored);
            }
            for p in &world.deleted {
                prop_assert!(!stored.contains(p), "deleted person {} came back", p);
            }
            for (t, tab) in world.tabs.iter().enumerate().filter(|(_, t)| t.alive) {
                let told = matches!(tab.state.persistence, Persistence::NewerApp(_));
                for p in &tab.added {
                    prop_assert!(
                        stored.contains(p) || world.deleted.contains(p) || told || tab.reported.contains(p),
                        "tab {}'s person {} is neither saved nor reported", t, p
                    );
                }
                if matches!(world.slot, Some(Slot::Newer(_))) {
                    prop_assert!(!may_write(&tab.state) || tab.state.pending.is_empty());
                } else {
                    prop_assert!(tab.state.pending.is_empty(), "tab {} still has unsaved changes", t);
                }
            }
        }

        /// Without any lock every step interleaves. A write that another
        /// tab's write replaced before the re-read is never acknowledged
        /// (`finish_if_done` asserts that at every acknowledgement), and
        /// once the tabs settle no live tab holds unsaved changes it has
        /// not reported. (What no protocol over plain localStorage can
        /// prevent: a tab that read before our write and writes after our
        /// re-read. That is why saves take the Web Lock where it exists.)
        #[test]
        fn without_the_lock_no_lost_write_is_acknowledged(ops in proptest::collection::vec(op(1), 1..120)) {
            let mut world = World::new(false);
            run(&mut world, ops);
            world.settle();
            for (t, tab) in world.tabs.iter().enumerate().filter(|(_, t)| t.alive) {
                let told = matches!(tab.state.persistence, Persistence::NewerApp(_));
                prop_assert!(tab.state.pending.is_empty() || told, "tab {} still has unsaved changes", t);
            }
        }
    }

    /// The race of the issue, step by step: tab X writes revision N+3, tab
    /// Y (which read before) writes N+1 over it. X's re-read sees Y's write,
    /// so X does not acknowledge; X takes Y's document (lower revision) and
    /// replays its changes; both people are stored.
    #[test]
    fn a_lower_revision_written_over_ours_is_taken_and_replayed() {
        let mut w = World::new(false);
        w.edit(0);
        w.start_save(0, 1);
        while w.tabs[0].save.is_some() {
            w.step(0);
        }
        w.event(1);
        // X has three new changes, Y one; both read the head.
        w.edit(0);
        w.edit(0);
        w.edit(0);
        w.edit(1);
        w.start_save(0, 2);
        w.start_save(1, 3);
        assert_eq!(w.tabs[1].save.as_ref().unwrap().1, Effect::ReadHead);
        w.step(1); // Y reads: the head it knows
        w.step(0); // X reads
        w.step(0); // X writes N+3
        w.step(1); // Y writes N+1 over it
        w.step(0); // X re-reads: not its write
        assert!(w.tabs[0].save.is_some(), "X did not acknowledge");
        while w.tabs[0].save.is_some() {
            w.step(0);
        }
        while w.tabs[1].save.is_some() {
            w.step(1);
        }
        w.settle();
        assert_eq!(w.stored_people(), (1..w.next).collect());
        assert_eq!(w.tabs[0].state.sync_notice, Some(SyncNotice::Reapplied));
    }

    /// Equal revisions with different content are a conflict, not "the same".
    #[test]
    fn an_equal_revision_from_another_write_is_a_conflict() {
        let mut a = State::new(Document::default(), Persistence::Saving);
        let _ = update(&mut a, person(1));
        let theirs = {
            let mut b = State::new(Document::default(), Persistence::Saving);
            let _ = update(&mut b, person(2));
            b.doc
        };
        let stored = Stored {
            mark: Mark {
                lineage: 4,
                revision: 1,
                write: 77,
            },
            doc: (*theirs).clone(),
        };
        a.stored = Mark {
            lineage: 4,
            revision: 1,
            write: 76,
        };
        a.pending.clear();
        let mut saver = Saver::new(a.clone(), 9, Reads::Others);
        assert_eq!(saver.step(None), Effect::Done(vec![]), "nothing pending");
        assert_eq!(
            observe(&a, &Found::Doc(stored.mark), Reads::Others),
            Observed::ReadDoc
        );
        let _ = update(
            &mut a,
            Msg::Sync(SyncMsg::StoredElsewhere(Box::new(stored.clone()))),
        );
        assert_eq!(people(&a.doc), BTreeSet::from([2]));
        assert_eq!(
            observe(&a, &Found::Doc(stored.mark), Reads::Others),
            Observed::Nothing
        );
    }

    /// The chunked-plan defect of issue #13, step by step: the Web Lock
    /// orders the saves, but tab 1's copy of storage still shows the head
    /// from before tab 0's save when tab 1 takes the lock. Without the wait
    /// for the head tab 0 published, tab 1's check passes on that stale
    /// head and its write replaces tab 0's acknowledged one.
    #[test]
    fn a_save_under_the_lock_waits_until_it_sees_the_last_saved_head() {
        let mut w = World::new(true);
        w.edit(0);
        w.settle();
        w.edit(0); // person 2, in tab 0
        w.edit(1); // person 3, in tab 1
        w.start_save(0, 7);
        while w.tabs[0].save.is_some() {
            w.step(0);
        }
        assert!(w.acked.contains(&2), "tab 0's save is acknowledged");
        // Tab 1 takes the lock: its copy has not caught up, so it waits.
        w.start_save(1, 8);
        assert!(w.tabs[1].save.is_none(), "waits for its copy to catch up");
        w.deliver(1);
        w.start_save(1, 8);
        while w.tabs[1].save.is_some() {
            w.step(1);
        }
        assert_eq!(w.stored_people(), BTreeSet::from([1, 2, 3]));
        assert_eq!(
            parse_head_lock(&head_lock_name(4, &w.found(1), &Found::Nothing).unwrap()),
            Some(HeadLock {
                seq: 4,
                head: w.found(1),
                before: Some(Found::Nothing)
            })
        );
        assert_eq!(
            latest_head([
                "tsunagari.save",
                "tsunagari.head.2.t.9",
                "tsunagari.head.10.t.8"
            ]),
            Some(HeadLock {
                seq: 10,
                head: Found::Deleted { lineage: 8 },
                before: None
            })
        );
    }

    /// The head of a document stored under this mark.
    fn head(lineage: u64, revision: u64, write: u64) -> Found {
        Found::Doc(Mark {
            lineage,
            revision,
            write,
        })
    }

    /// After its wait, a copy that still shows the head the last save
    /// wrote over is known to lag: its save must not run. Any other head
    /// (a save on leaving a page, a writer that died) is not known to.
    #[test]
    fn a_copy_still_showing_the_head_before_the_last_save_never_writes() {
        let old = head(3, 7, 70);
        let new = head(3, 8, 81);
        let name = head_lock_name(5, &new, &old).unwrap();
        assert_eq!(name, "tsunagari.head.5.d.3.8.81.after.d.3.7.70");
        let lock = latest_head([name.as_str(), "tsunagari.save"]).unwrap();
        assert!(lagging(Some(&lock), None, &old));
        assert!(
            !lagging(Some(&lock), Some(&lock), &old),
            "this tab's own save"
        );
        assert!(!lagging(Some(&lock), None, &new), "caught up");
        let other = head(3, 8, 99);
        assert!(!lagging(Some(&lock), None, &other), "not known to lag");
        assert!(!lagging(None, None, &old), "no save named");
        // The first save of all wrote over nothing; empty storage may be
        // storage cleared outside the app since, so it never counts.
        let first = parse_head_lock(&head_lock_name(1, &old, &Found::Nothing).unwrap());
        assert_eq!(first.as_ref().unwrap().before, Some(Found::Nothing));
        assert!(!lagging(first.as_ref(), None, &Found::Nothing));
        // A name that does not say what it wrote over never counts as lagging.
        let unsaid = parse_head_lock("tsunagari.head.6.d.3.8.81").unwrap();
        assert_eq!(unsaid.before, None);
        assert!(!lagging(Some(&unsaid), None, &old));
        assert_eq!(head_lock_name(1, &Found::Nothing, &old), None);
        assert_eq!(parse_head_lock("tsunagari.head.1.n.after.n"), None);
    }

    /// The memory a tab lends the door keeps what a lagging check found:
    /// a save on leaving the page (no lock, no wait) writes nothing while
    /// the copy shows that head, and once a check finds the copy caught up
    /// it may write again. This tab's own last save never counts.
    #[test]
    fn a_tab_remembers_a_lagging_copy_until_it_catches_up() {
        let old = head(3, 7, 70);
        let new = head(3, 8, 81);
        let lock = parse_head_lock(&head_lock_name(5, &new, &old).unwrap()).unwrap();
        let mut memory = TabMemory::default();
        assert!(!memory.still_stale(&old), "nothing found yet");
        assert!(memory.check_lagging(Some(&lock), &old));
        assert!(memory.still_stale(&old));
        assert!(!memory.still_stale(&new));
        assert!(!memory.check_lagging(Some(&lock), &new));
        assert!(!memory.still_stale(&old), "caught up: forgotten");
        memory.own_head_lock = Some(lock.clone());
        assert!(!memory.check_lagging(Some(&lock), &old), "its own save");
        assert!(!memory.still_stale(&old));
    }

    /// A save another tab announces reaches this tab apart from its copy of
    /// storage: while the copy still shows what that save wrote over, not
    /// even a save on leaving the page writes from it, whatever number the
    /// announcement carries.
    #[test]
    fn an_announced_save_stops_a_save_from_a_copy_behind_it() {
        let at = |revision, write| head(3, revision, write);
        let lock = |seq, head: &Found, before: &Found| {
            parse_head_lock(&head_lock_name(seq, head, before).unwrap()).unwrap()
        };
        let mut memory = TabMemory::default();
        memory.hear(lock(5, &at(8, 81), &at(7, 70)));
        assert!(memory.still_stale(&at(7, 70)), "the copy is behind it");
        assert!(!memory.still_stale(&at(8, 81)), "caught up");
        // The numbering starts again when the tab that saved last closed
        // (its head lock goes): a lower number is news too.
        memory.hear(lock(1, &at(9, 90), &at(8, 81)));
        assert!(memory.still_stale(&at(8, 81)), "behind the renumbered save");
        assert!(
            memory.still_stale(&at(7, 70)),
            "and still behind the earlier one"
        );
        assert!(!memory.still_stale(&at(9, 90)), "caught up");
        assert!(
            !memory.still_stale(&at(6, 60)),
            "only a head a save wrote over is known to lag"
        );
        assert!(
            !memory.still_stale(&Found::Nothing),
            "empty storage never counts"
        );
        for n in 0..20 {
            memory.hear(lock(2 + n, &at(10 + n, 100 + n), &at(9 + n, 99 + n)));
        }
        assert_eq!(memory.heard.len(), HEARD, "a few kept, not every one");
    }

    /// A deletion's tombstone stops a background tab's pending save.
    #[test]
    fn a_pending_save_never_writes_over_a_deletion() {
        let mut w = World::new(true);
        w.edit(0);
        w.settle();
        w.edit(1); // pending in the background tab
        w.delete_all(0, 5);
        // Tab 1's copy of storage does not show the tombstone yet: under
        // the lock, its save waits for it (it would write over it).
        w.start_save(1, 6);
        assert!(w.tabs[1].save.is_none(), "waits for its copy to catch up");
        w.deliver(1);
        w.start_save(1, 6);
        while w.tabs[1].save.is_some() {
            w.step(1);
        }
        assert!(
            matches!(w.slot, Some(Slot::Deleted(_))),
            "the tombstone stays"
        );
        assert_eq!(
            w.tabs[1].state.sync_notice,
            Some(SyncNotice::ClearedElsewhere)
        );
        assert!(w.tabs[1].state.doc.people.is_empty());
    }

    /// A newer app version's document stops every write.
    #[test]
    fn a_newer_version_stops_writing() {
        let mut w = World::new(true);
        w.edit(0);
        w.settle();
        w.newer_app();
        w.edit(1);
        w.deliver(1);
        w.start_save(1, 2);
        while w.tabs[1].save.is_some() {
            w.step(1);
        }
        assert!(matches!(w.slot, Some(Slot::Newer(_))), "{:?}", w.slot);
        assert!(matches!(
            w.tabs[1].state.persistence,
            Persistence::NewerApp(_)
        ));
        assert!(!may_write(&w.tabs[1].state));
    }

    /// A first visit's tab (`Reads::OwnOnly`) with an answer not saved yet.
    fn first_visit_tab() -> State {
        let mut s = State::new(Document::default(), Persistence::Saving);
        let _ = update(&mut s, Msg::StartAssessment);
        let _ = update(
            &mut s,
            Msg::Answer {
                item: crate::content::ITEMS[0].id,
                step: 2,
            },
        );
        s
    }

    /// The changes a hand-over leaves for the full app, as it will read them.
    fn carried(effect: &Effect) -> Vec<Msg> {
        let Effect::HandOver(text) = effect else {
            panic!("not a hand-over: {effect:?}");
        };
        match carry::from_text(text) {
            Some(Msg::Sync(SyncMsg::Resume { pending, .. })) => pending,
            other => panic!("not a carry: {other:?}"),
        }
    }

    /// The first-visit module cannot read another tab's save: it hands its
    /// changes over instead of asking for the document, and writes nothing.
    #[test]
    fn a_tab_that_cannot_read_others_hands_over_where_another_tab_saved() {
        let s = first_visit_tab();
        let mut saver = Saver::new(s.clone(), 3, Reads::OwnOnly);
        assert_eq!(saver.step(None), Effect::ReadHead);
        let other = Found::Doc(Mark {
            lineage: 1,
            revision: 4,
            write: 8,
        });
        let effect = saver.step(Some(Input::Head(other.clone())));
        assert_eq!(carried(&effect), s.pending);
        assert_eq!(
            saver.step(Some(Input::HandedOver(true))),
            Effect::Done(vec![Msg::Sync(SyncMsg::HandingOver)])
        );
        assert_eq!(saver.state.persistence, Persistence::HandingOver);
        // The full app, with the same head, reads the document instead.
        let mut full = Saver::new(s, 3, Reads::Others);
        full.step(None);
        assert_eq!(full.step(Some(Input::Head(other))), Effect::ReadDoc);
    }

    /// Nor does it decide about text it cannot read (keep it aside, write).
    #[test]
    fn a_tab_that_cannot_read_others_hands_over_at_unreadable_text() {
        let s = first_visit_tab();
        let mut saver = Saver::new(s.clone(), 3, Reads::OwnOnly);
        saver.step(None);
        let effect = saver.step(Some(Input::Head(Found::Unreadable)));
        assert_eq!(carried(&effect), s.pending);
        // Where the changes cannot be kept for the reload, the save fails
        // and the page stays with them.
        assert_eq!(
            saver.step(Some(Input::HandedOver(false))),
            Effect::Done(vec![Msg::Sync(SyncMsg::SaveFailed)])
        );
        assert_eq!(saver.state.pending, s.pending, "still to be saved");
    }

    /// Its own save, or storage with nothing in it, it still writes.
    #[test]
    fn a_tab_that_cannot_read_others_writes_over_nothing_or_its_own_save() {
        let mut saver = Saver::new(first_visit_tab(), 3, Reads::OwnOnly);
        saver.step(None);
        let Effect::Write { mark, .. } = saver.step(Some(Input::Head(Found::Nothing))) else {
            panic!("no write");
        };
        assert_eq!(saver.step(Some(Input::Written(true))), Effect::ReadHead);
        assert_eq!(
            saver.step(Some(Input::Head(Found::Doc(mark)))),
            Effect::Done(vec![Msg::Sync(SyncMsg::Saved(mark))])
        );
    }

    /// Once handing over, a save (or the save on leaving the page) only
    /// leaves the latest changes for the full app: it reads and writes
    /// nothing.
    #[test]
    fn a_tab_handing_over_only_leaves_its_latest_changes() {
        let mut s = first_visit_tab();
        let _ = update(&mut s, Msg::Sync(SyncMsg::HandingOver));
        let _ = update(&mut s, Msg::NextQuestion);
        let mut saver = Saver::new(s.clone(), 3, Reads::OwnOnly);
        let effect = saver.step(None);
        assert_eq!(carried(&effect), s.pending);
        assert!(carried(&effect).contains(&Msg::NextQuestion));
    }

    /// Another tab's save, seen by its storage event, hands over too.
    #[test]
    fn a_tab_that_cannot_read_others_hands_over_when_another_tab_saves() {
        let s = first_visit_tab();
        let other = Found::Doc(Mark {
            lineage: 1,
            revision: 1,
            write: 5,
        });
        let Observed::HandOver(text) = observe(&s, &other, Reads::OwnOnly) else {
            panic!("no hand-over");
        };
        assert!(carry::from_text(&text).is_some());
        assert_eq!(observe(&s, &other, Reads::Others), Observed::ReadDoc);
        assert_eq!(
            observe(&s, &Found::Unreadable, Reads::OwnOnly),
            Observed::Nothing,
            "left for the next save"
        );
    }

    /// After its own save, its next change writes over that save; a write
    /// from another tab that lands between its write and the re-read makes
    /// it hand over instead of taking that document.
    #[test]
    fn a_tab_that_cannot_read_others_keeps_saving_over_its_own_save_only() {
        let own = Mark {
            lineage: 1,
            revision: 2,
            write: 9,
        };
        let mut s = first_visit_tab();
        s.stored = own;
        let mut saver = Saver::new(s, 3, Reads::OwnOnly);
        saver.step(None);
        let Effect::Write { mark, .. } = saver.step(Some(Input::Head(Found::Doc(own)))) else {
            panic!("its own save is not written over");
        };
        assert_eq!(saver.step(Some(Input::Written(true))), Effect::ReadHead);
        let other = Found::Doc(Mark { write: 4, ..mark });
        assert!(matches!(
            saver.step(Some(Input::Head(other))),
            Effect::HandOver(_)
        ));
    }

    /// A change the full app could not resume is never handed over: the
    /// save fails and the page stays with it (nor does a storage event
    /// hand over).
    #[test]
    fn a_change_that_cannot_be_carried_makes_the_save_fail_instead() {
        let mut s = first_visit_tab();
        let _ = update(&mut s, person(1));
        let mut saver = Saver::new(s.clone(), 3, Reads::OwnOnly);
        saver.step(None);
        assert_eq!(
            saver.step(Some(Input::Head(Found::Unreadable))),
            Effect::Done(vec![Msg::Sync(SyncMsg::SaveFailed)])
        );
        let other = Found::Doc(Mark {
            lineage: 1,
            revision: 1,
            write: 5,
        });
        assert_eq!(
            observe(&s, &other, Reads::OwnOnly),
            Observed::Send(Msg::Sync(SyncMsg::SaveFailed))
        );
    }

    /// A page that started handing over knows the other tab's version (it
    /// found it). If a later hand-over cannot keep its changes, it stays,
    /// and its next save must not take that version for its own and write
    /// its own document over the other tab's.
    #[test]
    fn a_failed_hand_over_never_writes_over_the_save_it_found() {
        let theirs = Mark {
            lineage: 1,
            revision: 6,
            write: 21,
        };
        let mut s = State::loaded(Document::default(), theirs, Persistence::HandingOver);
        let _ = update(&mut s, Msg::StartAssessment);
        let mut saver = Saver::new(s, 3, Reads::OwnOnly);
        assert!(matches!(saver.step(None), Effect::HandOver(_)));
        saver.step(Some(Input::HandedOver(false)));
        assert_eq!(saver.state.persistence, Persistence::Failing);
        let mut s = saver.state;
        let _ = update(&mut s, Msg::NextQuestion);
        let mut next = Saver::new(s, 4, Reads::OwnOnly);
        assert_eq!(next.step(None), Effect::ReadHead);
        let effect = next.step(Some(Input::Head(Found::Doc(theirs))));
        assert!(matches!(effect, Effect::HandOver(_)), "{effect:?}");
    }
}
