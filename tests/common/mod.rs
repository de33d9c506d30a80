//! A varied sample document shared by the native plan-file tests: Japanese
//! and English text, every cadence, recurrence, status, channel and
//! interaction kind, several assessments and a draft.
#![allow(dead_code)]

use chrono::{DateTime, NaiveDate, TimeZone, Utc};
use tsunagari::domain::content::ITEMS;
use tsunagari::domain::document::*;
use tsunagari::domain::i18n::Lang;
use tsunagari::domain::questionnaire::{ActionKind, Area};
use tsunagari::domain::scoring::Answers;

pub fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

pub fn at(y: i32, m: u32, day: u32, h: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(y, m, day, h, 0, 0).unwrap()
}

pub fn person(id: u64, name: &str, cadence: Cadence, met_on: Option<NaiveDate>) -> Person {
    Person {
        id: PersonId(id),
        name: name.into(),
        channel: Channel::Meetup,
        met_place: String::new(),
        met_on,
        interests: String::new(),
        i_offer: String::new(),
        they_offer: String::new(),
        tags: vec![],
        notes: String::new(),
        cadence,
        created_at: at(2026, 9, 1, 0),
        updated_at: at(2026, 9, 1, 0),
    }
}

pub fn action(id: u64, title: &str, due: Option<NaiveDate>, people: &[u64]) -> Action {
    Action {
        id: ActionId(id),
        title: title.into(),
        kind: ActionKind::FollowUp,
        area: None,
        people: people.iter().map(|&p| PersonId(p)).collect(),
        due,
        recurrence: Recurrence::None,
        status: Status::Todo,
        closed_on: None,
        month_day: None,
        note: String::new(),
        from_item: None,
        created_at: at(2026, 10, 1, 0),
        updated_at: at(2026, 10, 1, 0),
    }
}

pub fn interaction(id: u64, person: u64, date: NaiveDate, kind: InteractionKind) -> Interaction {
    Interaction {
        id: InteractionId(id),
        person: PersonId(person),
        date,
        kind,
        note: String::new(),
        created_at: at(2026, 10, 1, 0),
        updated_at: at(2026, 10, 1, 0),
    }
}

fn answers(f: impl Fn(usize) -> Option<u8>) -> Answers {
    ITEMS
        .iter()
        .enumerate()
        .filter_map(|(i, item)| f(i).map(|s| (item.id.0.to_string(), s)))
        .collect()
}

pub const YAMADA: u64 = 0x1a2b_3c4d_5e6f_7081;
pub const SATO: u64 = 0x0000_0000_0000_00ff;
pub const SMITH: u64 = 0xffff_ffff_ffff_fffe;
pub const SUZUKI: u64 = 0x7000_0000_0000_0001;
pub const TANAKA: u64 = 0x0123_4567_89ab_cdef;

pub fn sample() -> Document {
    let mut yamada = person(YAMADA, "山田 太郎", Cadence::Monthly, Some(d(2026, 9, 12)));
    yamada.channel = Channel::Hobby;
    yamada.met_place = "写真サークル「光と影」".into();
    yamada.interests = "風景写真, 登山; 地域のボランティア".into();
    yamada.i_offer = "Excelでの集計のお手伝い".into();
    yamada.they_offer = "カメラの使い方".into();
    yamada.tags = vec!["写真".into(), "趣味".into(), "週末".into()];
    yamada.notes = "奥様は看護師。\n次回は紅葉の撮影会に誘う。".into();

    let mut sato = person(SATO, "佐藤", Cadence::Weekly, None);
    sato.channel = Channel::OnlineEvent;
    sato.updated_at = at(2026, 11, 2, 3);

    let mut smith = person(
        SMITH,
        "John Smith",
        Cadence::Quarterly,
        Some(d(2026, 1, 31)),
    );
    smith.channel = Channel::SocialNetwork;
    smith.notes = "Met at a \"Rust & coffee\" meetup; likes <b>bold</b> ideas, \\o/".into();

    let mut suzuki = person(
        SUZUKI,
        "鈴木　花子",
        Cadence::HalfYearly,
        Some(d(2025, 8, 31)),
    );
    suzuki.channel = Channel::Volunteering;
    suzuki.tags = vec!["地域".into()];

    let mut tanaka = person(TANAKA, "田中さん😊", Cadence::None, None);
    tanaka.channel = Channel::Introduction;
    let mut extra = person(0x42, "", Cadence::Biweekly, Some(d(2026, 11, 10)));
    extra.channel = Channel::Other;

    let mut interactions = vec![
        interaction(1, YAMADA, d(2026, 9, 12), InteractionKind::Met),
        interaction(2, YAMADA, d(2026, 10, 30), InteractionKind::Thanked),
        interaction(3, SATO, d(2026, 11, 1), InteractionKind::Message),
        interaction(4, SMITH, d(2026, 2, 3), InteractionKind::Call),
        interaction(5, SUZUKI, d(2026, 5, 5), InteractionKind::Congratulated),
        interaction(6, TANAKA, d(2026, 6, 6), InteractionKind::SharedNews),
        interaction(7, SATO, d(2026, 10, 20), InteractionKind::Introduced),
        interaction(8, SMITH, d(2026, 1, 31), InteractionKind::Helped),
        interaction(9, SUZUKI, d(2025, 9, 1), InteractionKind::WasHelped),
    ];
    interactions[1].note = "お礼のメールを送った。写真を添付。".into();

    let mut a1 = action(
        0x10,
        "山田さんにお礼を伝える",
        Some(d(2026, 11, 25)),
        &[YAMADA],
    );
    a1.kind = ActionKind::Thank;
    a1.area = Some(Area::Trust);
    a1.from_item = Some("tru.thanks".into());
    a1.note = "撮影会の写真を添えて".into();
    let mut a2 = action(
        0x11,
        "交流会に参加する; 名刺, 自己紹介を準備",
        Some(d(2026, 12, 1)),
        &[],
    );
    a2.kind = ActionKind::AttendEvent;
    a2.recurrence = Recurrence::Monthly;
    let mut a3 = action(0x12, "Post a short update", Some(d(2026, 11, 20)), &[]);
    a3.kind = ActionKind::PostOrComment;
    a3.recurrence = Recurrence::Weekly;
    let mut a4 = action(
        0x13,
        "佐藤さんと鈴木さんを紹介する",
        Some(d(2026, 11, 30)),
        &[SATO, SUZUKI],
    );
    a4.kind = ActionKind::Introduce;
    a4.recurrence = Recurrence::Biweekly;
    let mut a5 = action(0x14, "近況を振り返る", Some(d(2026, 11, 24)), &[]);
    a5.kind = ActionKind::Reflect;
    a5.recurrence = Recurrence::EveryDays(10);
    let mut a6 = action(0x15, "Send thanks to John", Some(d(2026, 10, 1)), &[SMITH]);
    a6.status = Status::Done;
    a6.closed_on = Some(d(2026, 10, 2));
    let mut a7 = action(0x16, "スキップした行動", Some(d(2026, 10, 5)), &[]);
    a7.status = Status::Skipped;
    a7.closed_on = Some(d(2026, 10, 6));
    let mut a8 = action(0x17, "自己紹介を30秒にまとめる", None, &[]);
    a8.kind = ActionKind::PrepareSelfIntro;

    Document {
        schema_version: SCHEMA_VERSION,
        revision: 42,
        settings: Settings {
            lang: Some(Lang::Ja),
            last_export: Some(d(2026, 11, 1)),
            reminder_snoozed_until: Some(d(2026, 12, 1)),
        },
        draft: Some(Draft {
            answers: answers(|i| (i < 3).then_some(3)),
            position: 3,
        }),
        assessments: vec![
            Assessment {
                id: AssessmentId(0xa1),
                date: d(2026, 3, 1),
                completed_at: at(2026, 3, 1, 1),
                answers: answers(|i| Some(1 + (i % 3) as u8)),
            },
            Assessment {
                id: AssessmentId(0xa2),
                date: d(2026, 6, 1),
                completed_at: at(2026, 6, 1, 1),
                answers: answers(|i| (i % 2 == 0).then_some(4)),
            },
            Assessment {
                id: AssessmentId(0xa3),
                date: d(2026, 11, 1),
                completed_at: at(2026, 11, 1, 1),
                answers: answers(|i| Some(1 + (i % 5) as u8)),
            },
        ],
        people: vec![yamada, sato, smith, suzuki, tanaka, extra],
        interactions,
        actions: vec![a1, a2, a3, a4, a5, a6, a7, a8],
        intro: Some(tsunagari::domain::self_intro::SelfIntro {
            experience: "メーカーで30年、品質管理と後輩の育成に携わってきました".into(),
            offer: "現場の改善の進め方".into(),
            next: "中小企業の品質づくりを手伝う仕事".into(),
            interests: "写真と山歩き".into(),
            short_text: String::new(),
            long_text: "自分で書き直したプロフィール\n二行目".into(),
        }),
    }
}
