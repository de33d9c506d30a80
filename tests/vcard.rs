//! vCard import from real-world-shaped files (iPhone, Android 2.1 with
//! quoted-printable, Google Contacts 3.0, a 4.0 card), its limits and
//! errors, duplicates, and export read back by an independent parser.
#![cfg(not(target_arch = "wasm32"))]

use chrono::{TimeZone, Utc};
use tsunagari::domain::document::{Cadence, Person, PersonId};
use tsunagari::domain::i18n::Lang;
use tsunagari::domain::vcard::{self, Duplicate, Limits, VcardError, LIMITS};

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(format!(
        "{}/tests/fixtures/vcard/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap()
}

fn person(id: u64, name: &str) -> Person {
    let at = Utc.with_ymd_and_hms(2026, 11, 23, 10, 0, 0).unwrap();
    Person {
        id: PersonId(id),
        name: name.to_string(),
        channel: tsunagari::domain::document::Channel::Meetup,
        met_place: String::new(),
        met_on: None,
        interests: String::new(),
        i_offer: String::new(),
        they_offer: String::new(),
        tags: Vec::new(),
        notes: String::new(),
        cadence: Cadence::default(),
        created_at: at,
        updated_at: at,
    }
}

#[test]
fn iphone_export_names_readings_organisation_folded_note_photo_skipped() {
    let parsed = vcard::parse(&fixture("iphone.vcf"), &LIMITS).unwrap();
    assert_eq!(parsed.contacts.len(), 2);
    assert_eq!(parsed.nameless, 1, "the card with only a number");
    let taro = &parsed.contacts[0];
    assert_eq!(taro.card, 1);
    assert_eq!(taro.name, "山田 太郎");
    assert_eq!(taro.reading, "やまだ たろう");
    assert_eq!(taro.organization, "株式会社つばめ商事 営業本部");
    assert_eq!(taro.title, "部長");
    assert_eq!(
        taro.note,
        "2019年の勉強会で隣の席。\n釣りが趣味, 山も好き。とても長いメモは端末側で折り返されて次の行に続くことがあります。"
    );
    let ken = &parsed.contacts[1];
    assert_eq!(
        (
            ken.name.as_str(),
            ken.organization.as_str(),
            ken.reading.as_str()
        ),
        ("Ken Ito", "Ito Design Office", "")
    );
}

#[test]
fn android_21_quoted_printable_with_soft_line_breaks() {
    let parsed = vcard::parse(&fixture("android.vcf"), &LIMITS).unwrap();
    let hanako = &parsed.contacts[0];
    assert_eq!(hanako.name, "佐藤 花子");
    assert_eq!(hanako.reading, "さとう はなこ");
    assert_eq!(hanako.note, "地域のボランティアで知り合った");
    assert_eq!(hanako.organization, "市民センター");
    assert_eq!(parsed.contacts[1].name, "Ichiro Suzuki");
}

#[test]
fn google_contacts_30_and_a_40_card_with_sort_as_and_escapes() {
    let parsed = vcard::parse(&fixture("google.vcf"), &LIMITS).unwrap();
    let yumi = &parsed.contacts[0];
    assert_eq!(yumi.name, "高橋 由美");
    assert_eq!(yumi.reading, "たかはし ゆみ", "SORT-STRING");
    assert_eq!(yumi.title, "理事・広報担当", "several values kept");
    assert_eq!(yumi.note, "紹介者: 山田さん");
    let ken = &parsed.contacts[1];
    assert_eq!(ken.reading, "なかむら けん", "N;SORT-AS");
    assert_eq!(ken.note, "一行目\n二行目; セミコロン\\バックスラッシュ");
}

#[test]
fn a_name_from_n_alone_in_the_right_order_for_each_script() {
    let file = "BEGIN:VCARD\nVERSION:3.0\nN:山本;一郎;;;\nEND:VCARD\nBEGIN:VCARD\nVERSION:3.0\nN:Smith;Jane;;;\nEND:VCARD\nBEGIN:VCARD\nVERSION:4.0\nORG:つながり商店\nEND:VCARD\n";
    let names: Vec<_> = vcard::parse(file.as_bytes(), &LIMITS)
        .unwrap()
        .contacts
        .into_iter()
        .map(|c| c.name)
        .collect();
    assert_eq!(names, ["山本 一郎", "Jane Smith", "つながり商店"]);
}

#[test]
fn errors_say_what_and_where_in_both_languages() {
    let cases: &[(&[u8], VcardError, &str, &str)] = &[
        (
            b"hello",
            VcardError::NoCards,
            "vCardの連絡先が見つかりません",
            "No vCard contacts",
        ),
        (
            b"BEGIN:VCARD\nFN:A\nEND:VCARD\nBEGIN:VCARD\nFN:B\n",
            VcardError::Unclosed { card: 2, line: 4 },
            "2件目（4行目から）",
            "Contact 2 (from line 4)",
        ),
        (
            b"BEGIN:VCARD\nFN:A\nBEGIN:VCARD\nEND:VCARD\n",
            VcardError::Nested { card: 2, line: 3 },
            "2件目（3行目）",
            "Contact 2 (line 3)",
        ),
        (
            b"END:VCARD\n",
            VcardError::StrayEnd { line: 1 },
            "1行目",
            "Line 1",
        ),
        (
            b"BEGIN:VCARD\nFN:A\nno colon here\nEND:VCARD\n",
            VcardError::BadLine { card: 1, line: 3 },
            "1件目（3行目）",
            "Contact 1 (line 3)",
        ),
        (
            b"BEGIN:VCARD\nVERSION:2.1\nFN;CHARSET=SHIFT_JIS:x\nEND:VCARD\n",
            VcardError::Charset {
                card: 1,
                line: 3,
                charset: "SHIFT_JIS".into(),
            },
            "「SHIFT_JIS」",
            "'SHIFT_JIS'",
        ),
        // Shift_JIS bytes for 山田 on line 2.
        (
            b"BEGIN:VCARD\nFN:\x8eR\x93c\nEND:VCARD\n",
            VcardError::NotText { line: 2 },
            "2行目",
            "Line 2",
        ),
    ];
    for (bytes, error, ja, en) in cases {
        let got = vcard::parse(bytes, &LIMITS).unwrap_err();
        assert_eq!(&got, error);
        assert!(
            got.message(Lang::Ja).contains(ja),
            "{}",
            got.message(Lang::Ja)
        );
        assert!(
            got.message(Lang::En).contains(en),
            "{}",
            got.message(Lang::En)
        );
    }
}

#[test]
fn size_and_count_limits() {
    let small = Limits {
        max_bytes: 100,
        max_cards: 2,
    };
    let big = vec![b' '; 101];
    assert_eq!(
        vcard::parse(&big, &small).unwrap_err(),
        VcardError::TooLarge {
            size: 101,
            limit: 100
        }
    );
    let three = "BEGIN:VCARD\nFN:A\nEND:VCARD\n".repeat(3);
    let limits = Limits {
        max_bytes: 1000,
        max_cards: 2,
    };
    assert_eq!(
        vcard::parse(three.as_bytes(), &limits).unwrap_err(),
        VcardError::TooManyCards { limit: 2 }
    );
    assert_eq!(
        vcard::parse(
            "BEGIN:VCARD\nFN:A\nEND:VCARD\n".repeat(2).as_bytes(),
            &limits
        )
        .unwrap()
        .contacts
        .len(),
        2
    );
    assert!(VcardError::TooLarge {
        size: 6 << 20,
        limit: 5 << 20
    }
    .message(Lang::Ja)
    .contains("6.0MB"));
}

#[test]
fn duplicates_against_people_and_within_the_file() {
    let file = "BEGIN:VCARD\nFN:山田　太郎\nEND:VCARD\nBEGIN:VCARD\nFN:ＫＥＮ ito\nEND:VCARD\nBEGIN:VCARD\nFN:Ken Ito\nEND:VCARD\nBEGIN:VCARD\nFN:新しい人\nEND:VCARD\n";
    let contacts = vcard::parse(file.as_bytes(), &LIMITS).unwrap().contacts;
    let people = [person(7, "山田 太郎")];
    let dups = vcard::duplicates(&contacts, &people);
    assert_eq!(
        dups,
        [
            Some(Duplicate::Person(PersonId(7))),
            None,
            Some(Duplicate::Card(2)),
            None
        ]
    );
}

#[test]
fn a_contact_becomes_a_person_with_reading_and_work_kept() {
    let parsed = vcard::parse(&fixture("iphone.vcf"), &LIMITS).unwrap();
    let at = Utc.with_ymd_and_hms(2026, 11, 23, 10, 0, 0).unwrap();
    let p = vcard::to_person(&parsed.contacts[0], PersonId(9), at, Lang::Ja);
    assert_eq!(p.name, "山田 太郎");
    assert_eq!(p.interests, "株式会社つばめ商事 営業本部 部長");
    assert!(
        p.notes.starts_with("よみ：やまだ たろう\n2019年"),
        "{}",
        p.notes
    );
    assert_eq!(
        vcard::to_person(&parsed.contacts[0], PersonId(9), at, Lang::En)
            .notes
            .lines()
            .next(),
        Some("Reading: やまだ たろう")
    );
}

/// Reads a file with the `ical` crate's vCard parser: (property, value) per card.
fn independent(text: &str) -> Vec<Vec<(String, String)>> {
    ical::VcardParser::new(std::io::BufReader::new(text.as_bytes()))
        .map(|card| {
            card.expect("the independent parser reads every card")
                .properties
                .into_iter()
                .map(|p| (p.name, p.value.unwrap_or_default()))
                .collect()
        })
        .collect()
}

#[test]
fn export_is_vcard_40_read_back_by_an_independent_parser_and_by_our_import() {
    let mut a = person(0x1f, "山田 太郎");
    a.notes = "一行目\n二行目; セミコロン, カンマ \\ バックスラッシュ".into();
    a.interests = "釣り".into();
    a.tags = vec!["勉強会".into(), "a,b".into()];
    // Long enough to fold several times, with multi-byte characters at the edges.
    let mut b = person(0x20, &"長い名前の人".repeat(12));
    b.notes = "x".repeat(200);
    let text = vcard::export(&[&a, &b]);

    for line in text.split("\r\n") {
        assert!(
            line.len() <= 75,
            "folded at 75 octets: {} octets in {line:?}",
            line.len()
        );
    }
    assert!(text.ends_with("END:VCARD\r\n"));
    assert!(!text.replace("\r\n", "").contains('\n'), "CRLF only");

    let cards = independent(&text);
    assert_eq!(cards.len(), 2);
    let get = |card: &[(String, String)], key: &str| {
        card.iter().find(|(k, _)| k == key).map(|(_, v)| v.clone())
    };
    assert_eq!(get(&cards[0], "VERSION").as_deref(), Some("4.0"));
    assert_eq!(get(&cards[0], "FN").as_deref(), Some("山田 太郎"));
    assert_eq!(
        get(&cards[1], "FN"),
        Some("長い名前の人".repeat(12)),
        "unfolded whole"
    );
    assert_eq!(
        get(&cards[0], "UID").as_deref(),
        Some("urn:tsunagari:person:000000000000001f")
    );
    // The parser leaves escapes in place: the escaped text is what we wrote.
    assert_eq!(
        get(&cards[0], "NOTE"),
        Some(vcard::escape(
            "釣り\n\n一行目\n二行目; セミコロン, カンマ \\ バックスラッシュ"
        ))
    );

    // And our own import reads back exactly the names and notes.
    let back = vcard::parse(text.as_bytes(), &LIMITS).unwrap();
    assert_eq!(back.contacts[0].name, a.name);
    assert_eq!(
        back.contacts[0].note,
        "釣り\n\n一行目\n二行目; セミコロン, カンマ \\ バックスラッシュ"
    );
    assert_eq!(back.contacts[1].name, b.name);
}

#[test]
fn file_names() {
    let d = chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
    assert_eq!(vcard::file_name(d, None), "tsunagari-people-2026-11-23.vcf");
    assert_eq!(
        vcard::file_name(d, Some(&person(1, "a/b: c"))),
        "a_b_ c.vcf"
    );
}
