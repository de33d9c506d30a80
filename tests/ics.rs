//! The .ics export read back by an independent parser (the `icalendar`
//! crate), checking every event of the sample plan: UID, dates, RRULE and
//! Japanese summaries; plus the raw file's line endings and folding.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use chrono::{DateTime, Utc};
use common::*;
use icalendar::parser::{read_calendar, unfold, Component};
use tsunagari::domain::document::*;
use tsunagari::domain::i18n::Lang;
use tsunagari::domain::ics;

fn now() -> DateTime<Utc> {
    DateTime::parse_from_rfc3339("2026-11-23T09:30:00Z")
        .unwrap()
        .with_timezone(&Utc)
}

fn prop<'a>(c: &'a Component<'a>, name: &str) -> Option<String> {
    c.find_prop(name).map(|p| p.val.as_str().to_string())
}

fn text_prop(c: &Component<'_>, name: &str) -> Option<String> {
    c.find_prop(name)
        .map(|p| p.val.clone().unescape_text().as_str().to_string())
}

fn param(c: &Component<'_>, name: &str, key: &str) -> Option<String> {
    c.find_prop(name)?
        .params
        .iter()
        .find(|p| p.key.as_str() == key)
        .and_then(|p| p.val.as_ref().map(|v| v.as_str().to_string()))
}

fn assert_well_formed(text: &str) {
    assert!(text.ends_with("\r\n"));
    let without_crlf = text.replace("\r\n", "");
    assert!(
        !without_crlf.contains('\n') && !without_crlf.contains('\r'),
        "bare line break"
    );
    for line in text.split_terminator("\r\n") {
        assert!(line.len() <= 75, "{} octets: {line}", line.len());
    }
}

/// (UID, DTSTART, DTEND, RRULE, SUMMARY) of every event, in file order.
type Expected = (
    &'static str,
    &'static str,
    &'static str,
    Option<&'static str>,
    &'static str,
);

const JA_EVENTS: &[Expected] = &[
    (
        "action-0000000000000012@tsunagari.local",
        "20261120",
        "20261121",
        Some("FREQ=WEEKLY"),
        "Post a short update",
    ),
    (
        "action-0000000000000014@tsunagari.local",
        "20261124",
        "20261125",
        Some("FREQ=DAILY;INTERVAL=10"),
        "近況を振り返る",
    ),
    (
        "action-0000000000000010@tsunagari.local",
        "20261125",
        "20261126",
        None,
        "山田さんにお礼を伝える",
    ),
    (
        "action-0000000000000013@tsunagari.local",
        "20261130",
        "20261201",
        Some("FREQ=WEEKLY;INTERVAL=2"),
        "佐藤さんと鈴木さんを紹介する",
    ),
    (
        "action-0000000000000011@tsunagari.local",
        "20261201",
        "20261202",
        Some("FREQ=MONTHLY"),
        "交流会に参加する; 名刺, 自己紹介を準備",
    ),
    // Follow-ups, soonest first; overdue ones are placed on today (23 Nov).
    (
        "follow-up-fffffffffffffffe@tsunagari.local",
        "20261123",
        "20261124",
        Some("FREQ=MONTHLY;INTERVAL=3"),
        "John Smithさんに連絡",
    ),
    (
        "follow-up-7000000000000001@tsunagari.local",
        "20261123",
        "20261124",
        Some("FREQ=MONTHLY;INTERVAL=6"),
        "鈴木　花子さんに連絡",
    ),
    (
        "follow-up-00000000000000ff@tsunagari.local",
        "20261123",
        "20261124",
        Some("FREQ=WEEKLY"),
        "佐藤さんに連絡",
    ),
    (
        "follow-up-0000000000000042@tsunagari.local",
        "20261124",
        "20261125",
        Some("FREQ=WEEKLY;INTERVAL=2"),
        "名前未設定さんに連絡",
    ),
    (
        "follow-up-1a2b3c4d5e6f7081@tsunagari.local",
        "20261130",
        "20261201",
        Some("FREQ=MONTHLY;BYMONTHDAY=28,29,30;BYSETPOS=-1"),
        "山田 太郎さんに連絡",
    ),
];

#[test]
fn every_event_reads_back_through_an_independent_parser() {
    let text = ics::export(&sample(), Lang::Ja, d(2026, 11, 23), now());
    assert_well_formed(&text);
    let unfolded = unfold(&text);
    let calendar = read_calendar(&unfolded).expect("parses");

    let cal_prop = |name: &str| {
        calendar
            .properties
            .iter()
            .find(|p| p.name.as_str() == name)
            .map(|p| p.val.as_str().to_string())
    };
    assert_eq!(cal_prop("VERSION").as_deref(), Some("2.0"));
    assert!(cal_prop("PRODID").unwrap().starts_with("-//Tsunagari//"));
    assert_eq!(cal_prop("X-WR-CALNAME").as_deref(), Some("つながり"));

    let events: Vec<&Component<'_>> = calendar.components.iter().collect();
    assert!(events.iter().all(|e| e.name.as_str() == "VEVENT"));
    assert_eq!(events.len(), JA_EVENTS.len());
    for (event, &(uid, start, end, rrule, summary)) in events.iter().zip(JA_EVENTS) {
        assert_eq!(prop(event, "UID").as_deref(), Some(uid));
        assert_eq!(prop(event, "DTSTART").as_deref(), Some(start), "{uid}");
        assert_eq!(
            param(event, "DTSTART", "VALUE").as_deref(),
            Some("DATE"),
            "{uid}"
        );
        assert_eq!(prop(event, "DTEND").as_deref(), Some(end), "{uid}");
        assert_eq!(
            param(event, "DTEND", "VALUE").as_deref(),
            Some("DATE"),
            "{uid}"
        );
        assert_eq!(prop(event, "RRULE").as_deref(), rrule, "{uid}");
        assert_eq!(
            text_prop(event, "SUMMARY").as_deref(),
            Some(summary),
            "{uid}"
        );
        assert_eq!(prop(event, "DTSTAMP").as_deref(), Some("20261123T093000Z"));
        assert_eq!(prop(event, "TRANSP").as_deref(), Some("TRANSPARENT"));
    }

    // Descriptions name the people and the rhythm, with text unescaped intact.
    let thank = events[2];
    assert_eq!(
        text_prop(thank, "DESCRIPTION").as_deref(),
        Some("関係する人：山田 太郎\n撮影会の写真を添えて")
    );
    let introduce = events[3];
    assert_eq!(
        text_prop(introduce, "DESCRIPTION").as_deref(),
        Some("関係する人：佐藤、鈴木　花子\n繰り返し：2週間ごと")
    );
    let yamada = events[9];
    assert_eq!(
        text_prop(yamada, "DESCRIPTION").as_deref(),
        Some("前回の連絡：2026年10月30日\n繰り返し：1か月ごと")
    );
}

#[test]
fn english_wording_and_stable_uids() {
    let ja = ics::export(&sample(), Lang::Ja, d(2026, 11, 23), now());
    let en = ics::export(&sample(), Lang::En, d(2026, 11, 23), now());
    let unfolded = unfold(&en);
    let calendar = read_calendar(&unfolded).unwrap().components;
    let summaries: Vec<String> = calendar
        .iter()
        .map(|e| text_prop(e, "SUMMARY").unwrap())
        .collect();
    assert_eq!(summaries[7], "Follow up with 佐藤");
    assert_eq!(summaries[8], "Follow up with Unnamed");
    // UIDs do not depend on language, time of export or list order.
    let uids = |text: &str| -> Vec<String> {
        let mut v: Vec<String> = read_calendar(&unfold(text))
            .unwrap()
            .components
            .iter()
            .map(|e| prop(e, "UID").unwrap())
            .collect();
        v.sort();
        v
    };
    let mut reordered = sample();
    reordered.actions.reverse();
    reordered.people.reverse();
    let later = ics::export(
        &reordered,
        Lang::En,
        d(2026, 11, 23),
        now() + chrono::Duration::days(3),
    );
    assert_eq!(uids(&ja), uids(&en));
    assert_eq!(uids(&ja), uids(&later));
}

#[test]
fn long_japanese_text_folds_and_reads_back_exactly() {
    let mut doc = Document::default();
    doc.people.push(person(1, "山田 太郎", Cadence::None, None));
    let title = "山田さんに先日の交流会のお礼と、紹介してくださった佐藤さんへの感謝を伝える；写真も添えて、近況を共有する。".repeat(3);
    let mut a = action(7, &title, Some(d(2026, 12, 31)), &[1]);
    a.note = "行1\n行2, 行3; 行4 \\ 終わり\r\n😊".into();
    a.recurrence = Recurrence::EveryDays(3);
    doc.actions.push(a);
    let text = ics::export(&doc, Lang::Ja, d(2026, 11, 23), now());
    assert_well_formed(&text);
    assert!(
        text.lines().filter(|l| l.starts_with(' ')).count() >= 5,
        "folded"
    );
    let unfolded = unfold(&text);
    let calendar = read_calendar(&unfolded).unwrap();
    let event = &calendar.components[0];
    assert_eq!(text_prop(event, "SUMMARY").unwrap(), title);
    assert_eq!(
        text_prop(event, "DESCRIPTION").unwrap(),
        "関係する人：山田 太郎\n繰り返し：3日ごと\n行1\n行2, 行3; 行4 \\ 終わり\n😊"
    );
    assert_eq!(prop(event, "DTEND").unwrap(), "20270101");
}

#[test]
fn only_open_dated_actions_and_people_with_a_rhythm_are_exported() {
    let text = ics::export(&sample(), Lang::Ja, d(2026, 11, 23), now());
    for absent in [
        "action-0000000000000015",    // done
        "action-0000000000000016",    // skipped
        "action-0000000000000017",    // no due date
        "follow-up-0123456789abcdef", // no cadence
    ] {
        assert!(!text.contains(absent), "{absent}");
    }
    let empty = ics::export(&Document::default(), Lang::En, d(2026, 11, 23), now());
    let unfolded = unfold(&empty);
    let calendar = read_calendar(&unfolded).unwrap();
    assert!(calendar.components.is_empty());
    assert_well_formed(&empty);
}

#[test]
fn hostile_text_stays_inside_its_property() {
    let mut doc = Document::default();
    doc.people.push(person(
        1,
        "x\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:evil",
        Cadence::Weekly,
        Some(d(2026, 11, 20)),
    ));
    let text = ics::export(&doc, Lang::En, d(2026, 11, 23), now());
    let unfolded = unfold(&text);
    let calendar = read_calendar(&unfolded).unwrap();
    assert_eq!(calendar.components.len(), 1);
    assert_eq!(
        text_prop(&calendar.components[0], "SUMMARY").unwrap(),
        "Follow up with x\nEND:VEVENT\nBEGIN:VEVENT\nUID:evil"
    );
}
