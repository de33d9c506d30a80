//! Browser tests of the storage door and the browser door's out-of-sight build
//! (wasm-bindgen-test in headless Chromium):
//! real localStorage, real quota behaviour, byte-for-byte preservation.
#![cfg(target_arch = "wasm32")]

use tsunagari::domain::backups::Reason;
use tsunagari::domain::document::{Document, SCHEMA_VERSION};
use tsunagari::domain::i18n::Lang;
use tsunagari::domain::sync::{Found, Mark};
use tsunagari::domain::update::{update, Msg, Persistence, State, SyncMsg};
use tsunagari::domain::{sample, stored};
use tsunagari::storage::{self, Memory, DOC_KEY};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn local() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

/// Empty storage, and a new tab's memory of it (one per test: what a tab
/// remembers between saves is its own, lent to each call).
#[must_use = "a test that saves needs its tab's memory"]
fn reset() -> Memory {
    local().clear().unwrap();
    Memory::default()
}

/// Saves `doc` through the door's whole save loop, as a tab that knows the
/// head stored now (so no other tab wrote since). True when it was written
/// and read back.
fn save(tab: &Memory, doc: &Document, p: &Persistence, now: i64, random: u64) -> bool {
    let known = match storage::look() {
        Found::Doc(mark) => mark,
        Found::Deleted { lineage } => Mark {
            lineage,
            ..Mark::default()
        },
        _ => Mark::default(),
    };
    let mut state = State::loaded(doc.clone(), known, p.clone());
    // Something to save.
    state.pending.push(Msg::SetLang(Lang::Ja));
    storage::save(tab, state, now, random)
        .iter()
        .any(|m| matches!(m, Msg::Sync(SyncMsg::Saved(_))))
}

#[wasm_bindgen_test]
fn missing_data_is_a_fresh_start() {
    let tab = reset();
    let (doc, _, p) = storage::load(&tab, 1);
    assert_eq!(doc, Document::default());
    assert_eq!(p, Persistence::Saving);
    assert_eq!(
        local().get_item(DOC_KEY).unwrap(),
        None,
        "loading never writes"
    );
}

#[wasm_bindgen_test]
fn save_then_load_round_trips() {
    let tab = reset();
    let mut state = State::new(Document::default(), Persistence::Saving);
    let _ = update(&mut state, Msg::SetLang(Lang::En));
    assert!(save(&tab, &state.doc, &state.persistence, 1, 2));
    let (doc, _, p) = storage::load(&tab, 2);
    assert_eq!(p, Persistence::Saving);
    assert_eq!(doc, *state.doc);
    assert_eq!(doc.schema_version, SCHEMA_VERSION);
}

fn chunk_keys() -> Vec<String> {
    let mut keys: Vec<String> = storage::app_keys()
        .into_iter()
        .filter(|k| k.starts_with(stored::CHUNK_PREFIX))
        .collect();
    keys.sort();
    keys
}

fn large() -> Document {
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 1).unwrap();
    sample::generate(200, 600, 300, 5, today)
}

#[wasm_bindgen_test]
fn a_large_document_is_saved_in_chunks_and_a_change_rewrites_one() {
    let tab = reset();
    let mut doc = large();
    assert!(save(&tab, &doc, &Persistence::Saving, 1_000, 1));
    let first = chunk_keys();
    assert_eq!(
        first.len(),
        4 + 10 + 5,
        "200 people, 600 interactions, 300 actions"
    );
    assert!(local().get_item(DOC_KEY).unwrap().unwrap().len() < 4096);
    assert_eq!(storage::load(&tab, 2_000).0, doc, "reads back equal");

    doc.interactions[130].note = "a new note".into();
    doc.revision += 1;
    assert!(save(&tab, &doc, &Persistence::Saving, 3_000, 2));
    let second = chunk_keys();
    let new: Vec<_> = second.iter().filter(|k| !first.contains(k)).collect();
    assert_eq!(new.len(), 1, "one chunk rewritten: {new:?}");
    assert_eq!(
        second.len(),
        first.len() + 1,
        "the replaced chunk is kept a while"
    );
    let (back, _, p) = storage::load(&tab, 4_000);
    assert_eq!(p, Persistence::Saving);
    assert_eq!(back, doc);

    // Long after, the replaced chunk goes; what the head lists stays.
    doc.people[0].name = "Renamed".into();
    doc.revision += 1;
    let later = 3_000 + stored::CHUNK_GRACE_MILLIS + 1;
    assert!(save(&tab, &doc, &Persistence::Saving, later, 3));
    assert_eq!(
        chunk_keys().len(),
        first.len() + 1,
        "one replaced now, one collected"
    );
    assert_eq!(storage::load(&tab, later).0, doc);
}

#[wasm_bindgen_test]
fn a_missing_chunk_blocks_saving_and_the_backup_keeps_the_rest() {
    let tab = reset();
    let doc = large();
    assert!(save(&tab, &doc, &Persistence::Saving, 1_000, 1));
    let gone = chunk_keys()[3].clone();
    local().remove_item(&gone).unwrap();
    let (shown, _, p) = storage::load(&tab, 2_000);
    assert_eq!(shown, Document::default());
    let Persistence::Blocked { backup_key, reason } = p.clone() else {
        panic!("a missing chunk must block saving, got {p:?}");
    };
    assert!(reason.contains(&gone), "{reason}");
    let backup = local().get_item(&backup_key).unwrap().unwrap();
    let head = local().get_item(DOC_KEY).unwrap().unwrap();
    let kept: serde_json::Value = serde_json::from_str(&backup).unwrap();
    assert_eq!(
        kept["tsunagari_unreadable_head"],
        serde_json::Value::String(head.clone())
    );
    assert_eq!(kept["chunks"][&gone], serde_json::Value::Null);
    assert_eq!(
        kept["chunks"].as_object().unwrap().len(),
        chunk_keys().len() + 1
    );
    // Blocked: nothing is written, and loading again reuses the backup.
    assert!(!save(&tab, &Document::default(), &p, 50_000, 2));
    assert_eq!(local().get_item(DOC_KEY).unwrap(), Some(head));
    assert_eq!(storage::load(&tab, 60_000).2, p);
}

#[wasm_bindgen_test]
fn a_listed_chunk_that_vanished_is_written_again_not_pointed_at() {
    let tab = reset();
    let mut doc = large();
    assert!(save(&tab, &doc, &Persistence::Saving, 1_000, 1));
    // Another tab (or a lagging view of storage) removed a chunk this tab
    // would otherwise reuse.
    let gone = chunk_keys()
        .into_iter()
        .find(|k| k.ends_with(".p1"))
        .unwrap();
    local().remove_item(&gone).unwrap();
    // A change elsewhere: the people chunk would otherwise be reused.
    doc.actions[0].title = "changed".into();
    doc.revision += 1;
    assert!(save(&tab, &doc, &Persistence::Saving, 2_000, 2));
    let (back, _, p) = storage::load(&tab, 3_000);
    assert_eq!(
        p,
        Persistence::Saving,
        "nothing points at the missing chunk"
    );
    assert_eq!(back, doc);
}

#[wasm_bindgen_test]
fn chunks_named_by_a_kept_unreadable_head_are_never_collected() {
    let tab = reset();
    let doc = large();
    assert!(save(&tab, &doc, &Persistence::Saving, 1_000, 1));
    let head = local().get_item(DOC_KEY).unwrap().unwrap();
    let chunks = chunk_keys();
    // An older version of the app, unable to read the chunked head, kept it
    // as unreadable and wrote its own document over it.
    local().set_item("tsunagari.unreadable.5", &head).unwrap();
    local()
        .set_item(
            DOC_KEY,
            &tsunagari::domain::document::encode(&Document::default()),
        )
        .unwrap();
    let (_, _, p) = storage::load(&tab, 2_000);
    assert_eq!(p, Persistence::Saving);
    let mut later = Document::default();
    for t in [3_000, 3_000 + 3 * stored::CHUNK_GRACE_MILLIS] {
        later.revision += 1;
        assert!(save(&tab, &later, &Persistence::Saving, t, 3));
    }
    assert_eq!(chunk_keys(), chunks, "every chunk the backup names stays");
    // Its download puts the whole document back together.
    let text = storage::download_text("tsunagari.unreadable.5").unwrap();
    assert_eq!(tsunagari::domain::document::decode(&text).unwrap(), doc);
}

fn assert_kept(raw: &str) {
    let tab = reset();
    local().set_item(DOC_KEY, raw).unwrap();
    let (doc, _, p) = storage::load(&tab, 42);
    assert_eq!(doc, Document::default());
    let Persistence::Blocked { backup_key, .. } = p.clone() else {
        panic!("unreadable data must block saving, got {p:?} for {raw:?}");
    };
    assert_eq!(
        local().get_item(&backup_key).unwrap().as_deref(),
        Some(raw),
        "backup is byte for byte"
    );
    // Saving while blocked never touches the original.
    assert!(
        !save(&tab, &Document::default(), &p, 1, 2),
        "nothing written"
    );
    assert_eq!(local().get_item(DOC_KEY).unwrap().as_deref(), Some(raw));
    // Loading again reuses the same backup instead of piling up copies.
    let (_, _, again) = storage::load(&tab, 43);
    assert_eq!(again, p);
    assert_eq!(storage::backup_keys(), vec![backup_key]);
}

#[wasm_bindgen_test]
fn unreadable_data_is_kept_and_never_overwritten() {
    for raw in [
        "",
        "{",
        "not json at all",
        "[1,2,3]",
        "{\"schema_version\": 1, \"assessments\": \"oops\"}",
        "{\"schema_version\": \"1\"}",
        "null",
        "{\"schema_version\": 1, \"people\": [{\"id\": 5}]}",
        "\u{feff}{\"schema_version\": 1}",
    ] {
        assert_kept(raw);
    }
}

#[wasm_bindgen_test]
fn a_newer_version_document_is_left_in_place_and_stops_saving() {
    let tab = reset();
    let raw = "{\"schema_version\": 999}";
    local().set_item(DOC_KEY, raw).unwrap();
    let (_, _, p) = storage::load(&tab, 42);
    assert_eq!(p, Persistence::NewerApp(999));
    assert!(
        !save(&tab, &Document::default(), &p, 1, 2),
        "nothing written"
    );
    assert_eq!(local().get_item(DOC_KEY).unwrap().as_deref(), Some(raw));
    assert!(
        storage::backup_keys().is_empty(),
        "not copied aside as unreadable"
    );
}

#[wasm_bindgen_test]
fn starting_fresh_is_explicit_and_keeps_the_backup() {
    let tab = reset();
    local().set_item(DOC_KEY, "garbage").unwrap();
    let (doc, _, p) = storage::load(&tab, 7);
    let mut state = State::new(doc, p);
    let Persistence::Blocked { backup_key, .. } = state.persistence.clone() else {
        panic!()
    };
    assert!(update(&mut state, Msg::StartFresh { lineage: 77 }).saves());
    let msgs = storage::save(&tab, state.clone(), 1, 2);
    assert!(msgs
        .iter()
        .any(|m| matches!(m, Msg::Sync(SyncMsg::Saved(mark)) if mark.lineage == 77)));
    assert_eq!(
        local().get_item(&backup_key).unwrap().as_deref(),
        Some("garbage")
    );
    let (reloaded, _, p) = storage::load(&tab, 8);
    assert_eq!(p, Persistence::Saving);
    assert_eq!(reloaded, *state.doc);
}

#[wasm_bindgen_test]
fn the_clock_door_gives_plausible_values() {
    let today = tsunagari::clock::today();
    let now = tsunagari::clock::now();
    assert!(today.format("%Y").to_string().as_str() >= "2024");
    assert!(now.timestamp() > 1_700_000_000);
    assert_ne!(tsunagari::clock::new_id(), tsunagari::clock::new_id());
    // Local time of day agrees with the offset (time zones run from -12 h to +14 h).
    let offset = tsunagari::clock::utc_offset_minutes(now);
    assert!((-720..=840).contains(&offset), "{offset}");
    let local = now.naive_utc() + chrono::Duration::minutes(offset.into());
    assert_eq!(local.date(), today, "unless run exactly at midnight");
}

#[wasm_bindgen_test]
fn dated_backups_are_kept_listed_and_read_and_an_empty_document_is_not() {
    let _ = reset();
    let now = chrono::DateTime::from_timestamp(1_795_000_000, 0).unwrap();
    assert!(storage::backups().is_empty());
    assert!(storage::take_backup(
        &Document::default(),
        Reason::Replace,
        now,
        1
    ));
    assert!(
        storage::backups().is_empty(),
        "an empty document is not kept"
    );
    let doc = sample::generate(
        5,
        5,
        5,
        1,
        chrono::NaiveDate::from_ymd_opt(2026, 11, 1).unwrap(),
    );
    for n in 0..7 {
        assert!(storage::take_backup(&doc, Reason::Merge, now, n));
    }
    let list = storage::backups();
    assert_eq!(list.len(), 5, "the newest five");
    assert_eq!(storage::read_backup(&list[0].key), Some(doc));
    assert_eq!(
        local().get_item(DOC_KEY).unwrap(),
        None,
        "a backup never touches the document key"
    );
    let kept = storage::app_keys()
        .into_iter()
        .filter(|k| k.starts_with(tsunagari::domain::backups::KEY_PREFIX))
        .count();
    assert_eq!(kept, 5, "older ones removed");
    // Unreadable backup text reads as missing and stays where it is.
    local().set_item(&list[1].key, "{broken").unwrap();
    assert_eq!(storage::read_backup(&list[1].key), None);
    assert_eq!(storage::backups().len(), 5);
}

#[wasm_bindgen_test]
fn a_deletion_leaves_a_tombstone_that_a_save_never_writes_over() {
    let tab = reset();
    let mut doc = Document::default();
    doc.settings.lang = Some(Lang::En);
    doc.revision = 1;
    assert!(save(&tab, &doc, &Persistence::Saving, 1, 2));
    let (_, mark, _) = storage::load(&tab, 2);
    assert!(storage::delete_all(&tab, 5));
    // A tab that still holds the old data and a change to it.
    let mut stale = State::loaded(doc.clone(), mark, Persistence::Saving);
    let _ = update(&mut stale, Msg::SetLang(Lang::Ja));
    let msgs = storage::save(&tab, stale, 3, 4);
    assert_eq!(
        msgs,
        vec![Msg::Sync(SyncMsg::ClearedElsewhere { lineage: 5 })]
    );
    assert_eq!(storage::look(), Found::Deleted { lineage: 5 });
}

#[wasm_bindgen_test]
async fn a_picked_file_is_read_whole_and_a_large_one_not_at_all() {
    let bytes: Vec<u8> = "{\"format\":\"つながり\"}".bytes().collect();
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes.as_slice()));
    let file = web_sys::File::new_with_u8_array_sequence(&parts, "plan.json").unwrap();
    assert_eq!(
        tsunagari::files::read_bytes(&file, 1_000).await,
        Ok(bytes.clone())
    );
    assert_eq!(
        tsunagari::files::read_bytes(&file, 5).await,
        Err(tsunagari::files::ReadError::TooLarge { size: bytes.len() })
    );
}

/// The app is built in a detached `#app` while the static shell stays on
/// screen (src/ui/mount.rs); `show_app` puts it in the shell's place. Focus
/// asked for meanwhile (a detached element cannot take it) is given then,
/// and an answer checked in the shell after the build started is reported
/// once as late.
#[wasm_bindgen_test]
fn the_app_built_out_of_sight_takes_the_shells_place_with_its_focus_and_late_answer() {
    use tsunagari::browser;
    use wasm_bindgen::JsCast;
    let document = web_sys::window().unwrap().document().unwrap();
    let shell = document.create_element("div").unwrap();
    shell.set_id("app");
    for step in ["2", "4"] {
        let input: web_sys::HtmlInputElement =
            document.create_element("input").unwrap().unchecked_into();
        input.set_type("radio");
        input.set_name("answer");
        input.set_value(step);
        input.set_id(&format!("offstage-choice-{step}"));
        shell.append_child(&input).unwrap();
    }
    document.body().unwrap().append_child(&shell).unwrap();

    let root = browser::offstage_root().expect("a shell to build beside");
    assert!(!root.is_connected(), "built out of sight");
    assert_eq!(browser::early_answer(), None);
    let heading = document.create_element("h1").unwrap();
    heading.set_id("offstage-heading");
    heading.set_attribute("tabindex", "-1").unwrap();
    root.append_child(&heading).unwrap();
    browser::focus_selector("#offstage-heading");
    let focused = || document.active_element().map(|e| e.id());
    assert_ne!(focused().as_deref(), Some("offstage-heading"));

    let four: web_sys::HtmlInputElement = document
        .get_element_by_id("offstage-choice-4")
        .unwrap()
        .unchecked_into();
    four.set_checked(true);
    assert_eq!(
        browser::late_answer(),
        Some((4, None)),
        "checked after the build started"
    );
    assert!(browser::is_offstage());

    assert!(browser::show_app(), "it had asked for focus");
    assert!(
        root.is_connected() && !shell.is_connected(),
        "the app took the shell's place"
    );
    assert_eq!(
        focused().as_deref(),
        Some("offstage-heading"),
        "focus given once shown"
    );
    assert_eq!(browser::late_answer(), None, "nothing late once shown");
    assert!(!browser::is_offstage());
    assert!(!browser::is_offstage());
    root.remove();
}
