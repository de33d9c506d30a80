//! Plan files end to end: the golden file of each schema version, the
//! malformed-file table (each file gives its own specific error, with its
//! path), generated hostile inputs, export options, preview and merge.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::path::Path;

use chrono::{DateTime, Utc};
use common::*;
use tsunagari::domain::document::*;
use tsunagari::domain::i18n::Lang;
use tsunagari::domain::plan_file::*;

fn fixture(path: &str) -> Vec<u8> {
    let full = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join(path);
    std::fs::read(&full).unwrap_or_else(|e| panic!("{}: {e}", full.display()))
}

fn import_default(bytes: &[u8]) -> Result<Imported, ImportError> {
    import(bytes, &Limits::default())
}

fn exported_at() -> DateTime<Utc> {
    DateTime::parse_from_rfc3339("2026-11-23T09:30:00Z")
        .unwrap()
        .with_timezone(&Utc)
}

// ─────────────────────────── Golden files ───────────────────────────

#[test]
fn golden_v1_imports_with_every_field() {
    let bytes = fixture("golden/plan-v1.json");
    let imported = import_default(&bytes).expect("the v1 golden file imports");
    let doc = &imported.document;
    let s = &imported.summary;

    assert_eq!(imported.source_version, 1);
    assert_eq!(s.schema_version, 1);
    assert_eq!(s.app_version, "0.1.0");
    assert_eq!(s.exported_at, exported_at());
    assert_eq!(
        (s.assessments, s.people, s.interactions, s.actions),
        (3, 6, 9, 8)
    );
    assert_eq!(s.date_range, Some((d(2025, 8, 31), d(2026, 12, 1))));

    assert_eq!(doc.schema_version, SCHEMA_VERSION);
    assert_eq!(doc.revision, 42);
    assert_eq!(doc.settings.lang, Some(Lang::Ja));
    assert_eq!(doc.settings.last_export, Some(d(2026, 11, 1)));
    // Schema 2 changed the question order: a draft resumes from the top.
    assert_eq!(doc.draft.as_ref().map(|d| d.position), Some(0));
    assert_eq!(doc.assessments[2].id, AssessmentId(0xa3));
    assert_eq!(doc.assessments[2].answers.len(), 30);
    assert_v1_answers_carried_over(&bytes, doc);

    let yamada = &doc.people[0];
    assert_eq!(yamada.id, PersonId(YAMADA));
    assert_eq!(yamada.name, "山田 太郎");
    assert_eq!(yamada.channel, Channel::Hobby);
    assert_eq!(yamada.cadence, Cadence::Monthly);
    assert_eq!(yamada.tags, ["写真", "趣味", "週末"]);
    assert_eq!(yamada.notes, "奥様は看護師。\n次回は紅葉の撮影会に誘う。");
    assert_eq!(doc.people[3].name, "鈴木　花子");
    assert_eq!(doc.people[4].name, "田中さん😊");
    assert_eq!(doc.people[4].cadence, Cadence::None);
    assert_eq!(
        doc.people[2].notes,
        "Met at a \"Rust & coffee\" meetup; likes <b>bold</b> ideas, \\o/"
    );

    assert_eq!(doc.interactions[1].kind, InteractionKind::Thanked);
    assert_eq!(
        doc.interactions[1].note,
        "お礼のメールを送った。写真を添付。"
    );
    assert_eq!(doc.interactions[8].kind, InteractionKind::WasHelped);

    let rec: Vec<_> = doc.actions.iter().map(|a| a.recurrence).collect();
    assert_eq!(
        rec[..5],
        [
            Recurrence::None,
            Recurrence::Monthly,
            Recurrence::Weekly,
            Recurrence::Biweekly,
            Recurrence::EveryDays(10)
        ]
    );
    assert_eq!(doc.actions[3].people, [PersonId(SATO), PersonId(SUZUKI)]);
    assert_eq!(doc.actions[5].status, Status::Done);
    assert_eq!(doc.actions[6].status, Status::Skipped);
    assert_eq!(doc.actions[7].due, None);
    assert_eq!(doc.actions[0].from_item.as_deref(), Some("tru.thanks"));

    // Everything but the answers is exactly the sample document.
    let sample = sample();
    assert_eq!(doc.settings, sample.settings);
    assert_eq!(doc.people, sample.people);
    assert_eq!(doc.interactions, sample.interactions);
    assert_eq!(doc.actions, sample.actions);
}

/// Each schema-1 answer in the golden file reaches its schema-2 item:
/// unchanged keys keep their step, split items give it to both halves,
/// moved ones arrive under their new key.
fn assert_v1_answers_carried_over(bytes: &[u8], doc: &Document) {
    let raw: serde_json::Value = serde_json::from_slice(bytes).unwrap();
    let moved = [
        ("car.strengths", "str.strengths"),
        ("car.strengths", "str.wants"),
        ("car.thank_introducer", "car.report_back"),
        ("car.act", "min.act"),
        ("tru.contact", "kee.contact"),
        ("tru.offer", "tru.share"),
    ];
    let merged_away = ["car.long_term", "kee.thank_small", "tru.give_take"];
    for (i, a) in doc.assessments.iter().enumerate() {
        let old = raw["document"]["assessments"][i]["answers"]
            .as_object()
            .unwrap();
        assert!(!old.is_empty());
        for (key, step) in old {
            let step = step.as_u64().unwrap() as u8;
            if merged_away.contains(&key.as_str()) || moved.iter().any(|(o, _)| o == key) {
                continue;
            }
            assert_eq!(a.answers.get(key), Some(&step), "assessment {i}: {key}");
        }
        for (from, to) in moved {
            if let Some(step) = old.get(from) {
                assert_eq!(
                    a.answers.get(to).copied(),
                    Some(step.as_u64().unwrap() as u8),
                    "assessment {i}: {from} → {to}"
                );
            }
        }
        for gone in merged_away {
            assert!(!a.answers.contains_key(gone));
        }
    }
}

#[test]
fn golden_v2_is_exactly_the_sample_document() {
    let imported = import_default(&fixture("golden/plan-v2.json")).expect("v2 imports");
    assert_eq!(imported.source_version, 2);
    assert_eq!(imported.document, sample());
}

#[test]
fn export_is_byte_stable_against_the_current_golden_file() {
    // Guards field order and formatting. When the schema moves on, the older
    // golden files stay (and must keep importing); a new golden file is
    // added and this test points at it. `BLESS=1` writes it once.
    assert_eq!(
        SCHEMA_VERSION, 2,
        "add tests/golden/plan-v{SCHEMA_VERSION}.json"
    );
    let file = export_json(
        &sample(),
        Sharing::Full,
        "0.1.0",
        d(2026, 11, 23),
        exported_at(),
    );
    assert_eq!(file.file_name, "tsunagari-plan-2026-11-23.tsunagari.json");
    if std::env::var_os("BLESS").is_some() {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden/plan-v2.json");
        std::fs::write(path, &file.contents).unwrap();
    }
    let golden = String::from_utf8(fixture("golden/plan-v2.json")).unwrap();
    assert_eq!(file.contents, golden);
}

#[test]
fn envelope_fields_come_in_a_stable_order() {
    let file = export_json(
        &sample(),
        Sharing::Full,
        "9.9.9",
        d(2026, 1, 2),
        exported_at(),
    );
    let keys: Vec<&str> = file
        .contents
        .lines()
        .filter(|l| l.starts_with("  \"") && !l.starts_with("   "))
        .map(|l| l.trim().split('"').nth(1).unwrap())
        .collect();
    assert_eq!(
        keys,
        [
            "format",
            "schema_version",
            "app_version",
            "exported_at",
            "document"
        ]
    );
    assert!(file
        .contents
        .starts_with("{\n  \"format\": \"tsunagari-plan\",\n"));
    assert!(file.contents.ends_with("}\n"));
    assert_eq!(file.file_name, "tsunagari-plan-2026-01-02.tsunagari.json");
}

// ─────────────────────────── Malformed files ───────────────────────────

/// Every file in tests/fixtures/malformed/, the error it must give, and the
/// path that error must name (None for whole-file problems).
const MALFORMED: &[(&str, ErrorKind, Option<&str>)] = &[
    ("empty.json", ErrorKind::Empty, None),
    ("not-utf8-shift-jis.json", ErrorKind::NotUtf8, None),
    ("utf16-with-bom.json", ErrorKind::NotUtf8, None),
    ("not-json.json", ErrorKind::NotJson, None),
    ("truncated.json", ErrorKind::Truncated, None),
    ("array-top-level.json", ErrorKind::NotAnObject, None),
    ("wrong-format.json", ErrorKind::NotTsunagari, None),
    (
        "bare-document-no-format.json",
        ErrorKind::NotTsunagari,
        None,
    ),
    ("newer-version.json", ErrorKind::NewerVersion, None),
    ("version-zero.json", ErrorKind::UnsupportedVersion, None),
    (
        "version-not-integer.json",
        ErrorKind::WrongType,
        Some("schema_version"),
    ),
    (
        "version-mismatch.json",
        ErrorKind::InvalidValue,
        Some("document.schema_version"),
    ),
    (
        "missing-document.json",
        ErrorKind::MissingField,
        Some("document"),
    ),
    (
        "missing-exported-at.json",
        ErrorKind::MissingField,
        Some("exported_at"),
    ),
    (
        "bad-exported-at.json",
        ErrorKind::InvalidValue,
        Some("exported_at"),
    ),
    (
        "missing-person-name.json",
        ErrorKind::MissingField,
        Some("document.people[1].name"),
    ),
    (
        "wrong-type-tags.json",
        ErrorKind::WrongType,
        Some("document.people[0].tags"),
    ),
    (
        "wrong-type-people.json",
        ErrorKind::WrongType,
        Some("document.people"),
    ),
    (
        "unknown-cadence.json",
        ErrorKind::UnknownValue,
        Some("document.people[1].cadence"),
    ),
    (
        "bad-person-id.json",
        ErrorKind::InvalidValue,
        Some("document.people[0].id"),
    ),
    (
        "impossible-date.json",
        ErrorKind::InvalidValue,
        Some("document.actions[0].due"),
    ),
    (
        "negative-revision.json",
        ErrorKind::InvalidValue,
        Some("document.revision"),
    ),
    (
        "duplicate-person-ids.json",
        ErrorKind::DuplicateId,
        Some("document.people[1].id"),
    ),
    (
        "dangling-action-person.json",
        ErrorKind::DanglingReference,
        Some("document.actions[0].people[0]"),
    ),
    (
        "dangling-interaction-person.json",
        ErrorKind::DanglingReference,
        Some("document.interactions[0].person"),
    ),
    (
        "date-before-1900.json",
        ErrorKind::DateOutOfRange,
        Some("document.actions[0].due"),
    ),
    (
        "timestamp-after-2200.json",
        ErrorKind::DateOutOfRange,
        Some("document.people[1].updated_at"),
    ),
    (
        "over-long-name.json",
        ErrorKind::TooLong,
        Some("document.people[0].name"),
    ),
    (
        "extremely-long-note.json",
        ErrorKind::TooLong,
        Some("document.people[1].notes"),
    ),
    (
        "too-many-tags.json",
        ErrorKind::TooMany,
        Some("document.people[0].tags"),
    ),
    (
        "answer-out-of-range.json",
        ErrorKind::InvalidValue,
        Some("document.assessments[0].answers.hob.enjoy"),
    ),
    (
        "every-days-zero.json",
        ErrorKind::InvalidValue,
        Some("document.actions[0].recurrence.every_days"),
    ),
];

#[test]
fn each_malformed_file_gives_its_specific_error() {
    let mut kinds = std::collections::HashSet::new();
    for &(file, kind, path) in MALFORMED {
        let bytes = fixture(&format!("fixtures/malformed/{file}"));
        let err = match import_default(&bytes) {
            Ok(_) => panic!("{file}: imported, expected {kind:?}"),
            Err(e) => e,
        };
        assert_eq!(err.kind(), kind, "{file}: {err:?}");
        assert_eq!(err.path(), path, "{file}: {err:?}");
        for lang in Lang::ALL {
            let message = err.message(lang);
            assert!(!message.trim().is_empty());
            assert!(
                message.chars().count() < 400,
                "{file}: message too long: {message}"
            );
            if let Some(path) = path {
                assert!(message.starts_with(path), "{file} ({lang:?}): {message}");
            }
            if lang == Lang::Ja {
                assert!(!message.is_ascii(), "{file}: untranslated: {message}");
            }
        }
        kinds.insert(kind);
    }
    assert!(kinds.len() >= 15, "only {} kinds covered", kinds.len());
}

#[test]
fn every_malformed_fixture_is_in_the_table() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/malformed");
    for entry in std::fs::read_dir(dir).unwrap() {
        let name = entry.unwrap().file_name().into_string().unwrap();
        if name.ends_with(".json") {
            assert!(
                MALFORMED.iter().any(|(f, ..)| *f == name),
                "{name} is not checked by the table"
            );
        }
    }
}

#[test]
fn messages_say_what_is_wrong() {
    let err =
        |file: &str| import_default(&fixture(&format!("fixtures/malformed/{file}"))).unwrap_err();
    assert_eq!(
        err("unknown-cadence.json").message(Lang::En),
        "document.people[1].cadence: unknown value 'yearly' (allowed: none, weekly, biweekly, monthly, quarterly, half_yearly)."
    );
    assert_eq!(
        err("unknown-cadence.json").message(Lang::Ja),
        "document.people[1].cadence：不明な値「yearly」です（使える値：none, weekly, biweekly, monthly, quarterly, half_yearly）。"
    );
    assert_eq!(
        err("newer-version.json").message(Lang::En),
        "This file was made by a newer version of Tsunagari (data format 3; this app reads up to 2). Please update the app, then import it again."
    );
    assert!(err("newer-version.json")
        .message(Lang::Ja)
        .contains("新しいバージョン"));
    assert_eq!(
        err("wrong-type-tags.json").message(Lang::En),
        "document.people[0].tags: should be a list, but is text."
    );
    assert_eq!(
        err("dangling-action-person.json").message(Lang::En),
        "document.actions[0].people[0]: refers to a person who is not in the file (id '00000000000000ff')."
    );
    assert_eq!(
        err("over-long-name.json").message(Lang::Ja),
        "document.people[0].name：長すぎます（201文字。上限は200文字です）。"
    );
    assert_eq!(
        err("date-before-1900.json").message(Lang::En),
        "document.actions[0].due: the date 1850-01-01 is out of range (1900–2200)."
    );
    let truncated = err("truncated.json");
    assert!(matches!(truncated, ImportError::Truncated { line, .. } if line > 1));
    let sjis = err("not-utf8-shift-jis.json");
    assert!(matches!(sjis, ImportError::NotUtf8 { byte_offset } if byte_offset > 100));
    assert_eq!(
        err("wrong-format.json").message(Lang::En),
        "This is not a Tsunagari plan file (its format is 'evernote-export')."
    );
    assert_eq!(
        err("array-top-level.json").message(Lang::En),
        "This is not a Tsunagari plan file (the whole file is a list)."
    );
}

// ─────────────────────────── Generated hostile input ───────────────────────────

#[test]
fn too_large_files_are_refused_before_reading_and_say_the_limit() {
    let limits = Limits::default();
    assert_eq!(limits.max_bytes, 5_000_000);
    let mut big = fixture("fixtures/valid-small.json");
    big.resize(limits.max_bytes + 1, b' ');
    let err = import(&big, &limits).unwrap_err();
    assert_eq!(
        err,
        ImportError::TooLarge {
            size: 5_000_001,
            limit: 5_000_000
        }
    );
    assert!(err.message(Lang::En).contains("5.0 MB"));
    assert!(err.message(Lang::Ja).contains("5.0 MB"));
    // Exactly at the limit is still read (and here is valid: trailing spaces).
    big.truncate(limits.max_bytes);
    assert!(import(&big, &limits).is_ok());
}

#[test]
fn deep_nesting_is_a_clean_error_not_a_crash() {
    // No size limit here, so a million levels reach the depth check.
    let unlimited = Limits {
        max_bytes: usize::MAX,
        ..Limits::default()
    };
    for depth in [33, 129, 100_000, 1_000_000] {
        for (open, close) in [("[", "]"), ("{\"a\":", "}")] {
            let text = format!("{}1{}", open.repeat(depth), close.repeat(depth));
            let err = import(text.as_bytes(), &unlimited).unwrap_err();
            assert_eq!(err.kind(), ErrorKind::TooDeep, "depth {depth}");
            // Unclosed, too.
            let err = import(open.repeat(depth).as_bytes(), &unlimited).unwrap_err();
            assert_eq!(err.kind(), ErrorKind::TooDeep, "depth {depth}");
        }
    }
    // Deep inside an otherwise valid file, where a person's tag should be.
    let text = String::from_utf8(fixture("fixtures/valid-small.json")).unwrap();
    let deep = text.replacen(
        "\"写真\"",
        &format!("{}\"写真\"{}", "[".repeat(200), "]".repeat(200)),
        1,
    );
    assert_ne!(deep, text);
    let err = import_default(deep.as_bytes()).unwrap_err();
    assert!(
        matches!(err, ImportError::TooDeep { line, limit: 32, .. } if line > 10),
        "{err:?}"
    );
    assert!(err.message(Lang::Ja).contains("32"));
    // Brackets inside strings do not count.
    let in_string = text.replacen("お礼を伝える", &"[{".repeat(100), 1);
    assert!(import_default(in_string.as_bytes()).is_ok());
}

#[test]
fn hostile_text_is_valid_and_stays_plain_text() {
    let imported = import_default(&fixture("fixtures/valid-hostile-text.json")).unwrap();
    assert_eq!(
        imported.document.people[0].name,
        "<script>alert(1)</script>"
    );
    assert_eq!(
        imported.document.actions[0].title,
        "<img src=x onerror=alert(1)> & \"quotes\""
    );
}

#[test]
fn a_utf8_byte_order_mark_is_accepted() {
    let with_bom = import_default(&fixture("fixtures/valid-bom.json")).unwrap();
    let without = import_default(&fixture("fixtures/valid-small.json")).unwrap();
    assert_eq!(with_bom, without);
}

#[test]
fn hostile_values_are_cut_short_in_messages() {
    let text = String::from_utf8(fixture("fixtures/valid-small.json")).unwrap();
    let long = format!("<script>{}</script>", "x".repeat(10_000));
    let bad = text.replacen("\"monthly\"", &format!("\"{long}\""), 1);
    let err = import_default(bad.as_bytes()).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::UnknownValue);
    let message = err.message(Lang::En);
    assert!(message.chars().count() < 250, "{message}");
    assert!(message.contains('…'));
    let bad = text.replacen("tsunagari-plan", &"ほ".repeat(5000), 1);
    let err = import_default(bad.as_bytes()).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::NotTsunagari);
    let message = err.message(Lang::Ja);
    assert!(message.chars().count() < 150, "{message}");
}

#[test]
fn too_many_items_are_refused() {
    let text = String::from_utf8(fixture("fixtures/valid-small.json")).unwrap();
    let limits = Limits {
        max_people: 1,
        ..Limits::default()
    };
    let err = import(text.as_bytes(), &limits).unwrap_err();
    assert_eq!(
        err,
        ImportError::TooMany {
            path: "document.people".into(),
            count: 2,
            limit: 1
        }
    );
    assert_eq!(Limits::default().max_people, 20_000);
    // And at the real limit: 20,001 people.
    let mut doc = Document {
        people: (0..20_001)
            .map(|i| person(i, "x", Cadence::None, None))
            .collect(),
        ..Document::default()
    };
    let file = export_json(&doc, Sharing::Full, "0.1.0", d(2026, 1, 1), exported_at());
    let err = import_default(file.contents.as_bytes()).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::TooMany);
    doc.people.pop();
    let file = export_json(&doc, Sharing::Full, "0.1.0", d(2026, 1, 1), exported_at());
    assert_eq!(
        import_default(file.contents.as_bytes())
            .unwrap()
            .summary
            .people,
        20_000
    );
}

#[test]
fn unknown_fields_are_ignored_for_forward_compatibility() {
    let text = String::from_utf8(fixture("fixtures/valid-small.json")).unwrap();
    let extra = text.replacen(
        "\"name\": \"佐藤\",",
        "\"name\": \"佐藤\", \"nickname\": \"さとう\",",
        1,
    );
    assert_ne!(extra, text);
    assert_eq!(
        import_default(extra.as_bytes()).unwrap(),
        import_default(text.as_bytes()).unwrap()
    );
}

// ─────────────────────────── Export for sharing ───────────────────────────

#[test]
fn anonymized_export_replaces_names_and_drops_notes() {
    for (names, lang) in [
        (NameStyle::Numbered, Lang::Ja),
        (NameStyle::Numbered, Lang::En),
        (NameStyle::Initials, Lang::Ja),
    ] {
        let file = export_json(
            &sample(),
            Sharing::Anonymized { names, lang },
            "0.1.0",
            d(2026, 11, 23),
            exported_at(),
        );
        for secret in [
            "山田",
            "太郎",
            "佐藤",
            "Smith",
            "John",
            "鈴木",
            "花子",
            "田中",
            "看護師",
            "お礼のメール",
            "撮影会の写真",
        ] {
            assert!(
                !file.contents.contains(secret),
                "{names:?}/{lang:?} leaks {secret}"
            );
        }
        let doc = import_default(file.contents.as_bytes()).unwrap().document;
        let original = sample();
        // Structure and ids are kept.
        assert_eq!(doc.people.len(), original.people.len());
        for (a, b) in doc.people.iter().zip(&original.people) {
            assert_eq!(
                (a.id, a.cadence, a.channel, a.met_on),
                (b.id, b.cadence, b.channel, b.met_on)
            );
            assert!(a.notes.is_empty());
        }
        assert!(doc.interactions.iter().all(|i| i.note.is_empty()));
        assert!(doc.actions.iter().all(|a| a.note.is_empty()));
        assert_eq!(doc.assessments, original.assessments);
        assert_eq!(
            doc.actions.iter().map(|a| a.id).collect::<Vec<_>>(),
            original.actions.iter().map(|a| a.id).collect::<Vec<_>>()
        );
        match (names, lang) {
            (NameStyle::Numbered, Lang::Ja) => {
                assert_eq!(doc.people[0].name, "人物1");
                assert_eq!(doc.actions[0].title, "人物1さんにお礼を伝える");
                assert_eq!(doc.actions[3].title, "人物2さんと人物4さんを紹介する");
            }
            (NameStyle::Numbered, Lang::En) => {
                assert_eq!(doc.people[2].name, "Person 3");
                assert_eq!(doc.actions[5].title, "Send thanks to Person 3");
            }
            _ => {
                assert_eq!(doc.people[0].name, "山. 太.");
                assert_eq!(doc.people[2].name, "J. S.");
                assert_eq!(doc.people[5].name, "人物6", "no name: numbered");
            }
        }
    }
}

#[test]
fn name_replacement_respects_latin_word_boundaries() {
    let mut doc = Document::default();
    doc.people.push(person(1, "Tom", Cadence::None, None));
    doc.actions.push(action(
        2,
        "Call Tom tomorrow; Tomorrow ask Tom's sister",
        None,
        &[1],
    ));
    let anon = anonymize(&doc, NameStyle::Numbered, Lang::En);
    assert_eq!(
        anon.actions[0].title,
        "Call Person 1 tomorrow; Tomorrow ask Person 1's sister"
    );
}

#[test]
fn initials_of_names() {
    assert_eq!(initials("Yamada Taro").as_deref(), Some("Y. T."));
    assert_eq!(initials("山田 太郎").as_deref(), Some("山. 太."));
    assert_eq!(initials("山田\u{3000}太郎").as_deref(), Some("山. 太."));
    assert_eq!(initials("  anna  ").as_deref(), Some("A."));
    assert_eq!(initials("(Ken) Ito").as_deref(), Some("K. I."));
    assert_eq!(initials("  ").as_deref(), None);
    assert_eq!(initials("!!!").as_deref(), None);
}

// ─────────────────────────── Merge ───────────────────────────

#[test]
fn merge_newer_wins_and_reports_counts() {
    let current = sample();
    let mut incoming = sample();
    // Newer edit of Yamada: wins.
    incoming.people[0].name = "山田 太郎（写真）".into();
    incoming.people[0].updated_at = at(2026, 11, 20, 0);
    // Older edit of Sato: loses.
    incoming.people[1].name = "佐藤（古い）".into();
    incoming.people[1].updated_at = at(2026, 10, 1, 0);
    // Same time, different content: the current one stays.
    incoming.actions[0].title = "同時刻の変更".into();
    // New items.
    incoming
        .people
        .push(person(0x99, "新しい人", Cadence::Weekly, None));
    incoming.interactions.push(interaction(
        0x99,
        0x99,
        d(2026, 11, 22),
        InteractionKind::Met,
    ));
    incoming.actions.push(action(
        0x99,
        "新しい行動",
        Some(d(2026, 12, 24)),
        &[0x99, YAMADA],
    ));
    incoming.assessments.insert(
        1,
        Assessment {
            id: AssessmentId(0xb0),
            date: d(2026, 4, 1),
            completed_at: at(2026, 4, 1, 0),
            answers: Default::default(),
        },
    );

    let (merged, report) = merge(&current, &incoming);
    assert_eq!(
        report.people,
        Counts {
            added: 1,
            updated: 1
        }
    );
    assert_eq!(
        report.interactions,
        Counts {
            added: 1,
            updated: 0
        }
    );
    assert_eq!(
        report.actions,
        Counts {
            added: 1,
            updated: 0
        }
    );
    assert_eq!(
        report.assessments,
        Counts {
            added: 1,
            updated: 0
        }
    );
    assert!(!report.is_empty());
    assert_eq!(merged.people[0].name, "山田 太郎（写真）");
    assert_eq!(merged.people[1].name, "佐藤");
    assert_eq!(merged.actions[0].title, current.actions[0].title);
    assert_eq!(merged.people.last().unwrap().name, "新しい人");
    let ids: Vec<u64> = merged.assessments.iter().map(|a| a.id.0).collect();
    assert_eq!(
        ids,
        [0xa1, 0xb0, 0xa2, 0xa3],
        "new assessments go in time order"
    );
    assert_eq!(merged.settings, current.settings);
    assert_eq!(merged.draft, current.draft);
    validate(&merged, &Limits::default()).unwrap();

    assert_eq!(
        report.lines(Lang::Ja),
        [
            "診断：1件追加、0件更新",
            "人：1件追加、1件更新",
            "やりとりの記録：1件追加、0件更新",
            "行動：1件追加、0件更新"
        ]
    );
    assert_eq!(report.lines(Lang::En)[1], "People: 1 added, 1 updated");
}

#[test]
fn merging_a_file_with_itself_changes_nothing() {
    let (merged, report) = merge(&sample(), &sample());
    assert_eq!(merged, sample());
    assert!(report.is_empty());
}

// ─────────────────────────── Preview ───────────────────────────

#[test]
fn summary_of_an_empty_document() {
    let file = export_json(
        &Document::default(),
        Sharing::Full,
        "0.1.0",
        d(2026, 1, 1),
        exported_at(),
    );
    let s = import_default(file.contents.as_bytes()).unwrap().summary;
    assert_eq!(
        (s.assessments, s.people, s.interactions, s.actions),
        (0, 0, 0, 0)
    );
    assert_eq!(s.date_range, None);
    assert_eq!(s.exported_at, exported_at());
}

#[test]
fn does_not_apply_answers_import_only_where_an_item_offers_them() {
    let with = |key: &str| {
        let mut doc = sample();
        doc.assessments[0].answers.insert(key.into(), 0);
        let file = export_json(&doc, Sharing::Full, "0.1.0", d(2026, 11, 23), exported_at());
        import_default(file.contents.as_bytes())
    };
    // evt.purpose offers "I don't go to events yet".
    let ok = with("evt.purpose").expect("a does-not-apply answer imports");
    assert_eq!(
        ok.document.assessments[0].answers.get("evt.purpose"),
        Some(&0)
    );
    // min.ready does not: 0 there is broken data.
    let err = with("min.ready").unwrap_err();
    assert_eq!(err.kind(), ErrorKind::InvalidValue);
    assert_eq!(
        err.path(),
        Some("document.assessments[0].answers.min.ready")
    );
}
