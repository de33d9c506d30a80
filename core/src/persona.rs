//! A believable sample user for screenshots and demos, in Japanese and
//! English: a 55-year-old manager at a manufacturer whose management post
//! ends next spring (役職定年), half a year into growing a network outside
//! work — a photo club, a children's cafeteria, a former colleague who went
//! independent. Dates are relative to `today`, so the screens always look
//! current. Not used by the app itself; the benchmark's large documents come
//! from `sample::generate`.

use chrono::{DateTime, Days, NaiveDate, Utc};

use crate::content::ITEMS;
use crate::document::{
    Action, ActionId, Assessment, AssessmentId, Cadence, Channel, Document, Interaction,
    InteractionId, InteractionKind, Person, PersonId, Recurrence, Settings, Status,
};
use crate::i18n::Lang;
use crate::plan::month_day_for;
use crate::questionnaire::{ActionKind, Area};
use crate::scoring::Answers;

/// One text in both languages.
type Two = (&'static str, &'static str);

struct Someone {
    name: Two,
    channel: Channel,
    place: Two,
    interests: Two,
    i_offer: Two,
    they_offer: Two,
    notes: Two,
    cadence: Cadence,
    met_days_ago: u64,
}

const NOBODY: Two = ("", "");

const PEOPLE: [Someone; 10] = [
    Someone { name: ("中村 恵子", "Keiko Nakamura"), channel: Channel::Hobby, place: ("写真サークル「光の会」", "Hikari photo club"), interests: ("風景写真、地域の広報", "Landscape photography, local publicity"), i_offer: ("会報づくりの段取り", "Planning the club newsletter"), they_offer: ("撮影地の情報、NPOの人脈", "Photo spots, contacts in local non-profits"), notes: ("月に一度の撮影会を取りまとめている。NPOの広報も手伝っている。", "Runs the monthly photo walk and helps a local non-profit with publicity."), cadence: Cadence::Monthly, met_days_ago: 190 },
    Someone { name: ("山口 健太", "Kenta Yamaguchi"), channel: Channel::Introduction, place: ("元同僚の佐々木さんの紹介", "Introduced by Sasaki, a former colleague"), interests: ("中小企業の業務改善", "Improving how small firms work"), i_offer: ("製造現場の品質管理の経験", "Quality control experience from the factory floor"), they_offer: ("独立・副業の始め方", "How to start side work or go independent"), notes: ("5年前に独立した中小企業診断士。副業の始め方を具体的に教えてくれた。", "Went independent five years ago as a business consultant. Explained very concretely how to start side work."), cadence: Cadence::Quarterly, met_days_ago: 120 },
    Someone { name: ("小林 直子", "Naoko Kobayashi"), channel: Channel::Volunteering, place: ("地域の子ども食堂", "The neighbourhood children's cafeteria"), interests: ("食育、地域の子育て", "Food education, local families"), i_offer: ("会計と在庫の管理", "Keeping the accounts and stock"), they_offer: ("地域の人とのつながり", "Connections across the neighbourhood"), notes: ("子ども食堂の代表。毎月第3土曜に手伝いを募集している。", "Leads the children's cafeteria; needs helpers every third Saturday."), cadence: Cadence::Monthly, met_days_ago: 150 },
    Someone { name: ("田村 俊夫", "Toshio Tamura"), channel: Channel::Meetup, place: ("品川の異業種交流会", "A cross-industry meetup in Shinagawa"), interests: ("物流、地方の中小企業", "Logistics, regional small businesses"), i_offer: ("調達の実務の話", "First-hand purchasing experience"), they_offer: ("地方企業の顧問の仕事の話", "What advisory roles at regional firms involve"), notes: ("物流会社を早期退職し、いまは地方企業の顧問。同い年。", "Took early retirement from a logistics firm and now advises regional companies. Same age as me."), cadence: Cadence::Quarterly, met_days_ago: 80 },
    Someone { name: ("森 由美", "Yumi Mori"), channel: Channel::OnlineEvent, place: ("オンラインのキャリア講座", "An online career workshop"), interests: ("キャリア相談、働き方", "Career coaching, ways of working"), i_offer: ("管理職の経験談", "Stories from years of managing"), they_offer: ("職務経歴書の見直し", "A second look at my CV"), notes: ("講座の講師。50代の転職の実例をたくさん知っている。", "Ran the workshop. Knows many real cases of people changing jobs in their fifties."), cadence: Cadence::HalfYearly, met_days_ago: 60 },
    Someone { name: ("石田 亮", "Ryo Ishida"), channel: Channel::SocialNetwork, place: ("LinkedIn", "LinkedIn"), interests: ("生産技術、IoT", "Production engineering, IoT"), i_offer: ("取引先としての昔話と現場の知恵", "Old stories from our supplier days"), they_offer: ("若い技術者の考え方", "How younger engineers think"), notes: ("以前の取引先の技術者。投稿にコメントしたのがきっかけで再会。", "An engineer from a former supplier. We reconnected after I commented on his post."), cadence: Cadence::Quarterly, met_days_ago: 45 },
    Someone { name: ("藤井 和夫", "Kazuo Fujii"), channel: Channel::Other, place: ("大学の同期", "University classmate"), interests: ("釣り、地元の歴史", "Fishing, local history"), i_offer: NOBODY, they_offer: NOBODY, notes: ("年に一度の同期会の幹事。気軽に本音を話せる相手。", "Organises our yearly class reunion. Someone I can talk to openly."), cadence: Cadence::HalfYearly, met_days_ago: 400 },
    Someone { name: ("岡本 さやか", "Sayaka Okamoto"), channel: Channel::Meetup, place: ("地元商店会の勉強会", "The local shopkeepers' study group"), interests: ("パン作り、店の集客", "Baking, bringing customers in"), i_offer: ("在庫と原価の考え方", "How to think about stock and costs"), they_offer: ("商店会の人たちとの縁", "Ties with the shopkeepers"), notes: ("駅前にパン屋を開く準備中。原価計算の話で盛り上がった。", "Getting ready to open a bakery by the station. We talked costing for an hour."), cadence: Cadence::Monthly, met_days_ago: 70 },
    Someone { name: ("清水 浩", "Hiroshi Shimizu"), channel: Channel::Hobby, place: ("山歩きの会", "The hiking group"), interests: ("山歩き、植物", "Hiking, wild plants"), i_offer: NOBODY, they_offer: NOBODY, notes: ("山歩きの会の世話役。春に高尾山へ誘ってもらった。", "Looks after the hiking group. Invited me to Mt Takao in the spring."), cadence: Cadence::None, met_days_ago: 240 },
    Someone { name: ("長谷川 真理", "Mari Hasegawa"), channel: Channel::Introduction, place: ("森さんの紹介", "Introduced by Yumi Mori"), interests: ("中高年の転職支援", "Helping people change jobs later in life"), i_offer: ("製造業の現場を知る者としての意見", "A manufacturing insider's view"), they_offer: ("顧問・嘱託の求人の動向", "Where advisory and contract roles are opening"), notes: ("人材会社でシニアの転職を担当。一度ゆっくり話す約束をした。", "Handles senior hires at a recruitment firm. We agreed to have a proper talk."), cadence: Cadence::Quarterly, met_days_ago: 30 },
];

/// (person, days ago, kind, note)
const LOG: [(usize, u64, InteractionKind, Two); 17] = [
    (
        0,
        185,
        InteractionKind::Met,
        (
            "初めての撮影会。会報づくりを手伝うことに。",
            "First photo walk. Offered to help with the newsletter.",
        ),
    ),
    (
        0,
        40,
        InteractionKind::Met,
        (
            "紅葉の撮影会。会報の原稿を渡した。",
            "Autumn-leaves walk. Handed over my newsletter draft.",
        ),
    ),
    (
        1,
        118,
        InteractionKind::Met,
        (
            "喫茶店で1時間。副業の始め方を聞いた。",
            "An hour over coffee on how to start side work.",
        ),
    ),
    (
        1,
        20,
        InteractionKind::Message,
        (
            "業務改善の勉強会の案内をもらった。",
            "He sent me details of a study group on improving operations.",
        ),
    ),
    (
        2,
        148,
        InteractionKind::Met,
        (
            "見学して、会計の手伝いを申し出た。",
            "Visited and offered to help with the accounts.",
        ),
    ),
    (
        2,
        52,
        InteractionKind::Helped,
        (
            "10月の子ども食堂で受付と会計。",
            "Did reception and the accounts at the October session.",
        ),
    ),
    (
        3,
        78,
        InteractionKind::Met,
        (
            "交流会で名刺交換。顧問の仕事の話を聞いた。",
            "Swapped cards at the meetup; he told me about advisory work.",
        ),
    ),
    (
        3,
        70,
        InteractionKind::Thanked,
        ("お礼のメールを送った。", "Sent a thank-you email."),
    ),
    (
        4,
        58,
        InteractionKind::Message,
        ("講座の感想を送った。", "Sent my thoughts on the workshop."),
    ),
    (
        4,
        12,
        InteractionKind::WasHelped,
        ("職務経歴書に目を通してもらった。", "She looked over my CV."),
    ),
    (
        5,
        44,
        InteractionKind::Message,
        (
            "投稿へのコメントから再会。",
            "Reconnected through a comment on his post.",
        ),
    ),
    (
        6,
        200,
        InteractionKind::Call,
        (
            "役職定年のことを話した。",
            "Told him about my post ending next spring.",
        ),
    ),
    (
        7,
        68,
        InteractionKind::Met,
        (
            "勉強会のあと、原価計算の話。",
            "Talked costing after the study group.",
        ),
    ),
    (
        8,
        230,
        InteractionKind::Met,
        ("高尾山に一緒に登った。", "Climbed Mt Takao together."),
    ),
    (
        9,
        28,
        InteractionKind::Met,
        (
            "森さんの紹介でオンライン面談。",
            "Online meeting arranged by Yumi Mori.",
        ),
    ),
    (
        9,
        25,
        InteractionKind::Thanked,
        ("面談のお礼を送った。", "Sent thanks for the meeting."),
    ),
    (
        5,
        0,
        InteractionKind::Message,
        (
            "工場見学の話で盛り上がり、来月会うことに。",
            "Got talking about factory tours; we will meet next month.",
        ),
    ),
];

/// (title, kind, area, people, due in days from today (negative: past), status, closed days ago, repeat)
type Plan = (
    Two,
    ActionKind,
    Option<Area>,
    &'static [usize],
    Option<i64>,
    Status,
    Option<u64>,
    Recurrence,
);

const ACTIONS: [Plan; 12] = [
    (
        (
            "藤井に電話して、同期会の日取りを決める",
            "Call Kazuo to fix a date for the class reunion",
        ),
        ActionKind::FollowUp,
        Some(Area::Keep),
        &[6],
        Some(-4),
        Status::Todo,
        None,
        Recurrence::None,
    ),
    (
        (
            "岡本さんのお店の開店祝いを送る",
            "Send Sayaka something for the bakery's opening",
        ),
        ActionKind::Congratulate,
        Some(Area::Trust),
        &[7],
        Some(-1),
        Status::Todo,
        None,
        Recurrence::None,
    ),
    (
        (
            "山口さんに勉強会のお礼と感想を送る",
            "Thank Kenta for the study group and say what I took from it",
        ),
        ActionKind::Thank,
        Some(Area::Trust),
        &[1],
        Some(1),
        Status::Todo,
        None,
        Recurrence::None,
    ),
    (
        (
            "子ども食堂の12月の手伝いに申し込む",
            "Sign up to help at the December cafeteria session",
        ),
        ActionKind::AttendEvent,
        Some(Area::Hobbies),
        &[2],
        Some(3),
        Status::Todo,
        None,
        Recurrence::None,
    ),
    (
        (
            "交流会で聞きたいことを三つ書き出す",
            "Write down three things to ask at the next meetup",
        ),
        ActionKind::PrepareQuestions,
        Some(Area::Events),
        &[],
        Some(5),
        Status::Todo,
        None,
        Recurrence::None,
    ),
    (
        (
            "LinkedInの自己紹介を書き直す",
            "Rewrite my LinkedIn introduction",
        ),
        ActionKind::PrepareSelfIntro,
        Some(Area::Social),
        &[],
        Some(9),
        Status::Todo,
        None,
        Recurrence::None,
    ),
    (
        (
            "長谷川さんに山口さんを紹介する",
            "Introduce Mari Hasegawa to Kenta Yamaguchi",
        ),
        ActionKind::Introduce,
        Some(Area::Trust),
        &[9, 1],
        Some(14),
        Status::Todo,
        None,
        Recurrence::None,
    ),
    (
        (
            "写真サークルの会報に撮影会の記事を書く",
            "Write up the photo walk for the club newsletter",
        ),
        ActionKind::Custom,
        Some(Area::Hobbies),
        &[0],
        None,
        Status::Todo,
        None,
        Recurrence::None,
    ),
    (
        (
            "月に一度、つながりの一覧を見直す",
            "Look over my list of people once a month",
        ),
        ActionKind::Reflect,
        Some(Area::Keep),
        &[],
        Some(8),
        Status::Todo,
        None,
        Recurrence::Monthly,
    ),
    (
        (
            "森さんに職務経歴書のお礼を伝える",
            "Thank Yumi for reading my CV",
        ),
        ActionKind::Thank,
        Some(Area::Trust),
        &[4],
        Some(-10),
        Status::Done,
        Some(11),
        Recurrence::None,
    ),
    (
        (
            "品川の異業種交流会に参加する",
            "Go to the Shinagawa cross-industry meetup",
        ),
        ActionKind::AttendEvent,
        Some(Area::Events),
        &[],
        Some(-30),
        Status::Done,
        Some(30),
        Recurrence::None,
    ),
    (
        (
            "清水さんと冬の山歩きの相談をする",
            "Ask Hiroshi about a winter hike",
        ),
        ActionKind::FollowUp,
        Some(Area::Hobbies),
        &[8],
        Some(-20),
        Status::Skipped,
        Some(18),
        Recurrence::None,
    ),
];

/// Answer step per area for the earlier and the latest self-check (before
/// reversing): outside hobbies and trust are strong, social networks and
/// keeping in touch have room to grow, and most areas moved up.
fn step_for(area: Area, latest: bool) -> u8 {
    let (before, now) = match area {
        Area::Hobbies => (4, 4),
        Area::Events => (2, 3),
        Area::Social => (2, 2),
        Area::Strengths => (2, 3),
        Area::Career => (3, 3),
        Area::Trust => (4, 5),
        Area::Keep => (2, 3),
        Area::Mindset => (3, 4),
    };
    if latest {
        now
    } else {
        before
    }
}

fn answers(latest: bool) -> Answers {
    ITEMS
        .iter()
        .enumerate()
        .map(|(i, item)| {
            // A little variety inside an area, as real answers have.
            let wobble = [0i8, 1, -1, 0][i % 4];
            let step = (step_for(item.area, latest) as i8 + wobble).clamp(1, 5) as u8;
            let step = if item.reversed { 6 - step } else { step };
            (item.id.0.to_string(), step)
        })
        .collect()
}

fn ago(today: NaiveDate, days: u64) -> NaiveDate {
    today.checked_sub_days(Days::new(days)).unwrap_or(today)
}

fn at(date: NaiveDate, hour: u32) -> DateTime<Utc> {
    date.and_hms_opt(hour, 15, 0).unwrap_or_default().and_utc()
}

fn pick(lang: Lang, text: Two) -> String {
    match lang.built() {
        Lang::Ja => text.0,
        Lang::En => text.1,
    }
    .to_string()
}

/// The sample user's document in `lang`, dated around `today`.
pub fn persona(lang: Lang, today: NaiveDate) -> Document {
    let mut doc = Document {
        settings: Settings {
            lang: Some(lang),
            last_export: Some(ago(today, 12)),
            reminder_snoozed_until: None,
        },
        ..Document::default()
    };
    doc.people = PEOPLE
        .iter()
        .enumerate()
        .map(|(i, p)| person(lang, today, i, p))
        .collect();
    doc.interactions = LOG
        .iter()
        .enumerate()
        .map(|(n, entry)| interaction(lang, today, n, entry))
        .collect();
    doc.actions = ACTIONS
        .iter()
        .enumerate()
        .map(|(n, plan)| action(lang, today, n, plan))
        .collect();
    for (n, (days, latest)) in [(160u64, false), (9, true)].into_iter().enumerate() {
        let date = ago(today, days);
        doc.assessments.push(Assessment {
            id: AssessmentId(0x5d00_0000_0000 + n as u64),
            date,
            completed_at: at(date, 21),
            answers: answers(latest),
        });
    }
    doc
}

fn person_id(i: usize) -> PersonId {
    PersonId(0x5a00_0000_0000 + i as u64)
}

fn person(lang: Lang, today: NaiveDate, i: usize, p: &Someone) -> Person {
    let met = ago(today, p.met_days_ago);
    Person {
        id: person_id(i),
        name: pick(lang, p.name),
        channel: p.channel,
        met_place: pick(lang, p.place),
        met_on: Some(met),
        interests: pick(lang, p.interests),
        i_offer: pick(lang, p.i_offer),
        they_offer: pick(lang, p.they_offer),
        tags: Vec::new(),
        notes: pick(lang, p.notes),
        cadence: p.cadence,
        created_at: at(met, 12),
        updated_at: at(met, 12),
    }
}

fn interaction(
    lang: Lang,
    today: NaiveDate,
    n: usize,
    &(who, days, kind, note): &(usize, u64, InteractionKind, Two),
) -> Interaction {
    let date = ago(today, days);
    Interaction {
        id: InteractionId(0x5b00_0000_0000 + n as u64),
        person: person_id(who),
        date,
        kind,
        note: pick(lang, note),
        created_at: at(date, 20),
        updated_at: at(date, 20),
    }
}

fn action(lang: Lang, today: NaiveDate, n: usize, plan: &Plan) -> Action {
    let &(title, kind, area, people, due, status, closed, recurrence) = plan;
    let due = due.map(|d| {
        if d < 0 {
            ago(today, d.unsigned_abs())
        } else {
            today + Days::new(d as u64)
        }
    });
    let created = at(ago(today, 35 - n as u64), 21);
    Action {
        id: ActionId(0x5c00_0000_0000 + n as u64),
        title: pick(lang, title),
        kind,
        area,
        people: people.iter().map(|&i| person_id(i)).collect(),
        due,
        recurrence,
        month_day: month_day_for(recurrence, due),
        status,
        closed_on: closed.map(|d| ago(today, d)),
        note: String::new(),
        from_item: None,
        created_at: created,
        updated_at: created,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{decode, encode};
    use crate::people::PeopleIndex;
    use crate::review::summarize;
    use crate::scoring;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
    }

    #[test]
    fn a_valid_document_in_both_languages() {
        for lang in Lang::ALL {
            let doc = persona(lang, today());
            assert_eq!(decode(&encode(&doc)), Ok(doc.clone()));
            assert_eq!(doc.people.len(), PEOPLE.len());
            let ids: Vec<_> = doc.people.iter().map(|p| p.id).collect();
            assert!(doc
                .actions
                .iter()
                .flat_map(|a| &a.people)
                .all(|p| ids.contains(p)));
            assert!(doc.interactions.iter().all(|i| ids.contains(&i.person)));
            // Nothing reads like generated test data.
            assert!(doc.actions.iter().all(|a| !a.title.contains('#')));
        }
        let ja = persona(Lang::Ja, today());
        assert!(ja.people[0].name.chars().any(|c| c > '\u{3000}'));
        let en = persona(Lang::En, today());
        assert!(en.people.iter().all(|p| p.name.is_ascii()));
    }

    #[test]
    fn the_screens_have_something_to_show() {
        let doc = persona(Lang::Ja, today());
        let index = PeopleIndex::build(&doc);
        // More follow-ups due than the review pre-selects, so it says so.
        assert!(summarize(&doc, &index, today()).due_next_week.len() > 3);
        // Two self-checks, the latest better overall: history and change show.
        let before = scoring::score(&doc.assessments[0].answers).overall;
        let after = scoring::score(&doc.assessments[1].answers).overall;
        assert!(after > before, "{before:?} -> {after:?}");
        assert!(!scoring::recommendations(&doc.assessments[1].answers, 3).is_empty());
    }
}
