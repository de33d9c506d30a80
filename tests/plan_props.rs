//! Property tests of plan files (proptest):
//! - any valid document → export → import gives the same document (10,000 cases);
//! - any bytes, and any damage to a real file, → import returns Ok or Err and
//!   never panics (10,000 random byte strings + 3,000 damaged files + 3,000
//!   files with a JSON value replaced);
//! - a shared (anonymized) export always imports again;
//! - merge: merge(a, a) == a, merging with an empty document keeps
//!   everything, results validate, counts are right, merging twice is the
//!   same as once.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::HashSet;

use chrono::{DateTime, NaiveDate, Utc};
use proptest::prelude::*;
use serde_json::Value;
use tsunagari::domain::content::ITEMS;
use tsunagari::domain::document::*;
use tsunagari::domain::i18n::Lang;
use tsunagari::domain::plan_file::*;
use tsunagari::domain::plan_text;
use tsunagari::domain::questionnaire::Area;
use tsunagari::domain::scoring::Answers;

/// `cases` cases with the XorShift generator: the default ChaCha generator
/// costs a third of the run time in a debug build.
fn config(cases: u32) -> ProptestConfig {
    ProptestConfig {
        cases,
        rng_algorithm: proptest::test_runner::RngAlgorithm::XorShift,
        ..ProptestConfig::default()
    }
}

// ─────────────────────────── Strategies ───────────────────────────

fn date() -> impl Strategy<Value = NaiveDate> {
    let lo = NaiveDate::from_ymd_opt(1900, 1, 1).unwrap();
    let hi = NaiveDate::from_ymd_opt(2200, 12, 31).unwrap();
    (lo.num_days_from_ce()..=hi.num_days_from_ce())
        .prop_map(|n| NaiveDate::from_num_days_from_ce_opt(n).unwrap())
}

use chrono::Datelike;

fn timestamp() -> impl Strategy<Value = DateTime<Utc>> {
    let lo = -2_208_988_800i64; // 1900-01-01T00:00:00Z
    let hi = 7_289_654_399i64; // 2200-12-31T23:59:59Z
    (lo..=hi, prop_oneof![Just(0u32), 0u32..1_000_000_000])
        .prop_map(|(s, n)| DateTime::from_timestamp(s, n).unwrap())
}

/// Characters that stress encoders: Japanese, quotes, backslashes, markup,
/// controls, emoji and anything else. One integer per character keeps
/// generation cheap enough for tens of thousands of cases in a debug build.
fn text_char(n: u32) -> char {
    const SPECIAL: [char; 14] = [
        '"', '\\', '<', '>', '&', '\n', '\r', '\t', '\u{0}', '\u{7f}', '\u{3000}', '😊',
        '\u{feff}', '\u{2028}',
    ];
    let (kind, k) = (n % 16, n / 16);
    let pick = |lo: char, hi: char| char::from_u32(lo as u32 + k % (hi as u32 - lo as u32 + 1));
    match kind {
        0..=4 => pick('ぁ', 'ん'),
        5..=6 => pick('一', '龥'),
        7..=10 => pick(' ', '~'),
        11..=12 => Some(SPECIAL[(k % 14) as usize]),
        _ => char::from_u32(k % 0x11_0000),
    }
    .unwrap_or('\u{fffd}')
}

fn text(max: usize) -> impl Strategy<Value = String> {
    prop::collection::vec(any::<u32>(), 0..=max)
        .prop_map(|v| v.into_iter().map(text_char).collect())
}

fn answers() -> impl Strategy<Value = Answers> {
    let key = prop_oneof![
        4 => prop::sample::select(ITEMS.iter().map(|i| i.id.0.to_string()).collect::<Vec<_>>()),
        1 => text(12),
    ];
    prop::collection::btree_map(key, 1u8..=5, 0..8)
}

fn lang() -> impl Strategy<Value = Lang> {
    prop::sample::select(Lang::ALL.to_vec())
}

fn settings() -> impl Strategy<Value = Settings> {
    (
        prop::option::of(lang()),
        prop::option::of(date()),
        prop::option::of(date()),
    )
        .prop_map(|(lang, last_export, reminder_snoozed_until)| Settings {
            lang,
            last_export,
            reminder_snoozed_until,
        })
}

fn assessment(id: u64) -> impl Strategy<Value = Assessment> {
    (date(), timestamp(), answers()).prop_map(move |(date, completed_at, answers)| Assessment {
        id: AssessmentId(id),
        date,
        completed_at,
        answers,
    })
}

fn cadence() -> impl Strategy<Value = Cadence> {
    // Every value the app offers (the planner's own list).
    prop::sample::select(plan_text::CADENCES.to_vec())
}

fn channel() -> impl Strategy<Value = Channel> {
    // Every value the app offers (the planner's own list).
    prop::sample::select(plan_text::CHANNELS.to_vec())
}

fn person(id: u64) -> impl Strategy<Value = Person> {
    (
        (text(12), channel(), text(8), prop::option::of(date())),
        (
            text(8),
            text(8),
            text(8),
            prop::collection::vec(text(6), 0..4),
        ),
        (text(20), cadence(), timestamp(), timestamp()),
    )
        .prop_map(
            move |(
                (name, channel, met_place, met_on),
                (interests, i_offer, they_offer, tags),
                (notes, cadence, created_at, updated_at),
            )| Person {
                id: PersonId(id),
                name,
                channel,
                met_place,
                met_on,
                interests,
                i_offer,
                they_offer,
                tags,
                notes,
                cadence,
                created_at,
                updated_at,
            },
        )
}

fn interaction_kind() -> impl Strategy<Value = InteractionKind> {
    // Every value the app offers (the planner's own list).
    prop::sample::select(plan_text::INTERACTION_KINDS.to_vec())
}

fn interaction(id: u64, person: PersonId) -> impl Strategy<Value = Interaction> {
    (
        date(),
        interaction_kind(),
        text(20),
        timestamp(),
        timestamp(),
    )
        .prop_map(
            move |(date, kind, note, created_at, updated_at)| Interaction {
                id: InteractionId(id),
                person,
                date,
                kind,
                note,
                created_at,
                updated_at,
            },
        )
}

fn recurrence() -> impl Strategy<Value = Recurrence> {
    prop_oneof![
        Just(Recurrence::None),
        Just(Recurrence::Weekly),
        Just(Recurrence::Biweekly),
        Just(Recurrence::Monthly),
        (1u16..=365).prop_map(Recurrence::EveryDays),
    ]
}

fn action(id: u64, people: Vec<PersonId>) -> impl Strategy<Value = Action> {
    let kind = prop::sample::select(plan_text::ACTION_KINDS.to_vec());
    let status = prop::sample::select(vec![Status::Todo, Status::Done, Status::Skipped]);
    (
        (
            text(16),
            kind,
            prop::option::of(prop::sample::select(Area::ALL.to_vec())),
        ),
        (
            prop::option::of(date()),
            recurrence(),
            status,
            prop::option::of(date()),
        ),
        (
            text(16),
            prop::option::of(text(10)),
            timestamp(),
            timestamp(),
        ),
    )
        .prop_map(
            move |(
                (title, kind, area),
                (due, recurrence, status, closed_on),
                (note, from_item, created_at, updated_at),
            )| Action {
                id: ActionId(id),
                title,
                kind,
                area,
                people: people.clone(),
                due,
                recurrence,
                status,
                closed_on,
                month_day: due.map(|d| chrono::Datelike::day(&d) as u8),
                note,
                from_item,
                created_at,
                updated_at,
            },
        )
}

fn unique(ids: Vec<u64>) -> Vec<u64> {
    let mut seen = HashSet::new();
    ids.into_iter().filter(|id| seen.insert(*id)).collect()
}

/// A valid document. Ids come from `ids` (a small range makes merges
/// collide often); references always point at people in the document.
fn document_with(
    ids: impl Strategy<Value = u64> + Clone + 'static,
) -> impl Strategy<Value = Document> {
    let id_list = move |max: usize| prop::collection::vec(ids.clone(), 0..=max).prop_map(unique);
    (id_list(3), id_list(6), id_list(8), id_list(8))
        .prop_flat_map(
            |(assessment_ids, person_ids, interaction_ids, action_ids)| {
                let people: Vec<_> = person_ids.iter().map(|&id| person(id)).collect();
                let assessments: Vec<_> = assessment_ids.iter().map(|&id| assessment(id)).collect();
                let pids: Vec<PersonId> = person_ids.iter().map(|&id| PersonId(id)).collect();
                let interactions: Vec<_> = if pids.is_empty() {
                    vec![]
                } else {
                    interaction_ids
                        .iter()
                        .map(|&id| {
                            let pids = pids.clone();
                            prop::sample::select(pids).prop_flat_map(move |p| interaction(id, p))
                        })
                        .collect()
                };
                let actions: Vec<_> = action_ids
                    .iter()
                    .map(|&id| {
                        prop::sample::subsequence(pids.clone(), 0..=pids.len().min(2))
                            .prop_flat_map(move |ps| action(id, ps))
                    })
                    .collect();
                (
                    (any::<u64>(), settings()),
                    prop::option::of((answers(), any::<usize>())),
                    assessments,
                    people,
                    interactions,
                    actions,
                )
            },
        )
        .prop_map(
            |((revision, settings), draft, assessments, people, interactions, actions)| Document {
                schema_version: SCHEMA_VERSION,
                revision,
                settings,
                draft: draft.map(|(answers, position)| Draft { answers, position }),
                assessments,
                people,
                interactions,
                actions,
                intro: None,
            },
        )
}

fn document() -> impl Strategy<Value = Document> {
    document_with(any::<u64>())
}

fn small_id_document() -> impl Strategy<Value = Document> {
    document_with(0u64..12)
}

fn export(doc: &Document, now: DateTime<Utc>) -> String {
    export_json(doc, Sharing::Full, "0.1.0", now.date_naive(), now).contents
}

// ─────────────────────────── Round trip ───────────────────────────

proptest! {
    #![proptest_config(config(10_000))]

    #[test]
    fn export_then_import_gives_the_same_document(
        doc in document(),
        now in timestamp(),
        app_version in text(20),
    ) {
        validate(&doc, &Limits::default()).expect("the strategy makes valid documents");
        let file = export_json(&doc, Sharing::Full, &app_version, now.date_naive(), now);
        let imported = import(file.contents.as_bytes(), &Limits::default())
            .unwrap_or_else(|e| panic!("{e:?}\n{}", file.contents));
        prop_assert_eq!(&imported.document, &doc);
        prop_assert_eq!(imported.source_version, SCHEMA_VERSION);
        let s = &imported.summary;
        prop_assert_eq!(&s.app_version, &app_version);
        prop_assert_eq!(s.exported_at, now);
        prop_assert_eq!(
            (s.assessments, s.people, s.interactions, s.actions),
            (doc.assessments.len(), doc.people.len(), doc.interactions.len(), doc.actions.len())
        );
        prop_assert_eq!(s.date_range, date_range(&doc));
    }
}

// ─────────────────────────── Never panic ───────────────────────────

proptest! {
    #![proptest_config(config(10_000))]

    #[test]
    fn any_bytes_import_without_panicking(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        let result = import(&bytes, &Limits::default());
        if let Err(e) = result {
            prop_assert!(!e.message(Lang::Ja).is_empty());
            prop_assert!(!e.message(Lang::En).is_empty());
        }
    }
}

/// A byte-level edit of a file.
#[derive(Clone, Debug)]
enum Damage {
    Set(usize, u8),
    Insert(usize, Vec<u8>),
    Remove(usize, usize),
    Truncate(usize),
}

fn damage() -> impl Strategy<Value = Damage> {
    let token = prop::sample::select(vec![
        b"{".to_vec(),
        b"}".to_vec(),
        b"[".to_vec(),
        b"]".to_vec(),
        b",".to_vec(),
        b"\"".to_vec(),
        b"\\".to_vec(),
        b"null".to_vec(),
        b"-1".to_vec(),
        b"1e999".to_vec(),
        b"\"yearly\"".to_vec(),
        b"\xff".to_vec(),
        "山".as_bytes().to_vec(),
    ]);
    prop_oneof![
        (any::<usize>(), any::<u8>()).prop_map(|(i, b)| Damage::Set(i, b)),
        (any::<usize>(), token).prop_map(|(i, t)| Damage::Insert(i, t)),
        (any::<usize>(), 1usize..40).prop_map(|(i, n)| Damage::Remove(i, n)),
        any::<usize>().prop_map(Damage::Truncate),
    ]
}

fn apply(bytes: &mut Vec<u8>, d: &Damage) {
    let len = bytes.len().max(1);
    match d {
        Damage::Set(i, b) => {
            let i = i % len;
            if i < bytes.len() {
                bytes[i] = *b;
            }
        }
        Damage::Insert(i, t) => {
            let i = i % (bytes.len() + 1);
            bytes.splice(i..i, t.iter().copied());
        }
        Damage::Remove(i, n) => {
            let i = i % len;
            let end = (i + n).min(bytes.len());
            if i < end {
                bytes.drain(i..end);
            }
        }
        Damage::Truncate(i) => bytes.truncate(i % len),
    }
}

/// Every value in a JSON tree, addressed by its position in a walk.
fn count_nodes(v: &Value) -> usize {
    1 + match v {
        Value::Array(a) => a.iter().map(count_nodes).sum(),
        Value::Object(o) => o.values().map(count_nodes).sum(),
        _ => 0,
    }
}

fn replace_node(v: &mut Value, target: &mut usize, with: &Value) -> bool {
    if *target == 0 {
        *v = with.clone();
        return true;
    }
    *target -= 1;
    match v {
        Value::Array(a) => a.iter_mut().any(|c| replace_node(c, target, with)),
        Value::Object(o) => o.values_mut().any(|c| replace_node(c, target, with)),
        _ => false,
    }
}

fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_map(Value::from),
        text(10).prop_map(Value::String),
        prop::sample::select(vec![
            "yearly",
            "weekly",
            "2026-02-30",
            "2026-11-23",
            "0000000000000001",
            "2026-11-23T09:30:00Z",
            "every_days"
        ])
        .prop_map(Value::from),
    ];
    leaf.prop_recursive(3, 16, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            prop::collection::btree_map(
                prop::sample::select(vec!["every_days", "id", "name", "weekly", "x"])
                    .prop_map(String::from),
                inner,
                0..3
            )
            .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

proptest! {
    #![proptest_config(config(3_000))]

    #[test]
    fn damaged_files_import_without_panicking(
        doc in document(),
        damages in prop::collection::vec(damage(), 1..4),
    ) {
        let mut bytes = export(&doc, DateTime::from_timestamp(1_800_000_000, 0).unwrap()).into_bytes();
        for d in &damages {
            apply(&mut bytes, d);
        }
        if let Err(e) = import(&bytes, &Limits::default()) {
            prop_assert!(!e.message(Lang::Ja).is_empty());
        }
    }

    #[test]
    fn files_with_a_value_replaced_import_or_name_the_problem(
        doc in document(),
        node in any::<usize>(),
        with in json_value(),
    ) {
        let text = export(&doc, DateTime::from_timestamp(1_800_000_000, 0).unwrap());
        let mut value: Value = serde_json::from_str(&text).unwrap();
        let mut target = node % count_nodes(&value);
        replace_node(&mut value, &mut target, &with);
        let bytes = serde_json::to_vec_pretty(&value).unwrap();
        match import(&bytes, &Limits::default()) {
            Ok(imported) => {
                // Whatever was accepted is a valid document.
                prop_assert!(validate(&imported.document, &Limits::default()).is_ok());
            }
            Err(e) => {
                let message = e.message(Lang::En);
                prop_assert!(!message.is_empty());
                if let Some(path) = e.path() {
                    prop_assert!(message.starts_with(path));
                    prop_assert!(path.chars().count() < 200);
                }
            }
        }
    }
}

// ─────────────────────────── Sharing ───────────────────────────

proptest! {
    #![proptest_config(config(1_000))]

    #[test]
    fn shared_exports_always_import(
        doc in document(),
        initials in any::<bool>(),
        lang in lang(),
    ) {
        let names = if initials { NameStyle::Initials } else { NameStyle::Numbered };
        let now = DateTime::from_timestamp(1_800_000_000, 0).unwrap();
        let file = export_json(&doc, Sharing::Anonymized { names, lang }, "0.1.0", now.date_naive(), now);
        let imported = import(file.contents.as_bytes(), &Limits::default())
            .unwrap_or_else(|e| panic!("{e:?}"));
        let shared = imported.document;
        prop_assert_eq!(shared.people.len(), doc.people.len());
        prop_assert!(shared.people.iter().all(|p| p.notes.is_empty() && !p.name.is_empty()));
        prop_assert!(shared.interactions.iter().all(|i| i.note.is_empty()));
        prop_assert!(shared.actions.iter().all(|a| a.note.is_empty()));
        prop_assert_eq!(&shared.assessments, &doc.assessments);
        let ids = |d: &Document| (
            d.people.iter().map(|p| p.id).collect::<Vec<_>>(),
            d.interactions.iter().map(|i| (i.id, i.person)).collect::<Vec<_>>(),
            d.actions.iter().map(|a| (a.id, a.people.clone())).collect::<Vec<_>>(),
        );
        prop_assert_eq!(ids(&shared), ids(&doc));
    }
}

// ─────────────────────────── Merge ───────────────────────────

fn id_set<T>(items: &[T], id: impl Fn(&T) -> u64) -> HashSet<u64> {
    items.iter().map(id).collect()
}

proptest! {
    #![proptest_config(config(1_000))]

    #[test]
    fn merging_a_document_with_itself_changes_nothing(a in small_id_document()) {
        let (merged, report) = merge(&a, &a);
        prop_assert_eq!(merged, a);
        prop_assert!(report.is_empty());
    }

    #[test]
    fn merging_with_an_empty_document_keeps_everything(a in small_id_document()) {
        let empty = Document::default();
        let (merged, report) = merge(&a, &empty);
        prop_assert_eq!(&merged, &a);
        prop_assert!(report.is_empty());

        let (merged, report) = merge(&empty, &a);
        prop_assert_eq!(&merged.people, &a.people);
        prop_assert_eq!(&merged.interactions, &a.interactions);
        prop_assert_eq!(&merged.actions, &a.actions);
        prop_assert_eq!(id_set(&merged.assessments, |x| x.id.0), id_set(&a.assessments, |x| x.id.0));
        prop_assert_eq!(report.people.added, a.people.len());
        prop_assert_eq!(report.assessments.added, a.assessments.len());
        prop_assert!(validate(&merged, &Limits::default()).is_ok());
    }

    #[test]
    fn merge_results_validate_and_count_correctly(
        a in small_id_document(),
        b in small_id_document(),
    ) {
        let (merged, report) = merge(&a, &b);
        prop_assert!(validate(&merged, &Limits::default()).is_ok(), "{:?}", validate(&merged, &Limits::default()));

        let new = |cur: HashSet<u64>, inc: HashSet<u64>| inc.difference(&cur).count();
        prop_assert_eq!(report.people.added, new(id_set(&a.people, |x| x.id.0), id_set(&b.people, |x| x.id.0)));
        prop_assert_eq!(report.actions.added, new(id_set(&a.actions, |x| x.id.0), id_set(&b.actions, |x| x.id.0)));
        prop_assert_eq!(report.interactions.added, new(id_set(&a.interactions, |x| x.id.0), id_set(&b.interactions, |x| x.id.0)));
        prop_assert_eq!(report.assessments.added, new(id_set(&a.assessments, |x| x.id.0), id_set(&b.assessments, |x| x.id.0)));
        prop_assert_eq!(merged.people.len(), a.people.len() + report.people.added);

        // Every person in the result is the newest version seen.
        for p in &merged.people {
            for q in a.people.iter().chain(&b.people).filter(|q| q.id == p.id) {
                prop_assert!(p.updated_at >= q.updated_at);
            }
        }
        // Nothing of the current document is lost.
        prop_assert!(a.people.iter().all(|p| merged.people.iter().any(|q| q.id == p.id)));
        prop_assert!(a.assessments.iter().all(|x| merged.assessments.contains(x)));
        prop_assert_eq!(&merged.settings, &a.settings);

        // Merging the same file again changes nothing more.
        let (again, report) = merge(&merged, &b);
        prop_assert_eq!(again, merged);
        prop_assert!(report.is_empty());
    }
}
