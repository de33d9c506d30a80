//! A deterministic generator of large documents (people, contact log,
//! actions, assessments) for tests and the benchmark: the same seed and
//! date always give the same document. Not used by the app itself.

use chrono::{DateTime, Days, NaiveDate, NaiveTime, Utc};

use crate::content::ITEMS;
use crate::document::{
    Action, ActionId, Assessment, AssessmentId, Cadence, Channel, Document, Interaction,
    InteractionId, InteractionKind, Person, PersonId, Recurrence, Status,
};
use crate::plan::month_day_for;
use crate::questionnaire::{ActionKind, Area};
use crate::scoring::Answers;

/// SplitMix64: tiny, fast and good enough for test data.
#[derive(Clone, Debug)]
pub struct Rng(u64);

impl Rng {
    /// A generator started from `seed`; the same seed gives the same data.
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    /// The next pseudo-random number.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// Uniform in 0..n (n > 0).
    pub fn below(&mut self, n: u64) -> u64 {
        self.next_u64() % n.max(1)
    }

    /// One of `items`, chosen uniformly (`items` must not be empty).
    pub fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[self.below(items.len() as u64) as usize]
    }

    /// True `percent` times in a hundred.
    pub fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }
}

const FAMILY: [&str; 16] = [
    "佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "山本", "中村", "小林", "加藤", "Smith",
    "García", "Chen", "Okafor", "Müller", "Kim",
];
const GIVEN: [&str; 12] = [
    "花子", "太郎", "美咲", "健一", "由美", "翔", "Anna", "Ben", "Li", "Maria", "Tom", "Aiko",
];
const TAGS: [&str; 10] = [
    "写真", "起業", "副業", "料理", "地域", "IT", "Startup", "読書", "登山", "mentor",
];
const PLACES: [&str; 6] = [
    "写真サークル",
    "地域の清掃活動",
    "異業種交流会",
    "オンライン勉強会",
    "LinkedIn",
    "Kyoto meetup",
];

fn at(date: NaiveDate, rng: &mut Rng) -> DateTime<Utc> {
    let secs = rng.below(86_400) as u32;
    let time = NaiveTime::from_num_seconds_from_midnight_opt(secs, 0).unwrap_or(NaiveTime::MIN);
    date.and_time(time).and_utc()
}

fn days_before(today: NaiveDate, n: u64) -> NaiveDate {
    today.checked_sub_days(Days::new(n)).unwrap_or(today)
}

/// A document with exactly `people` people, `interactions` log entries and
/// `actions` actions (plus a few assessments), dated around `today`.
pub fn generate(
    people: usize,
    interactions: usize,
    actions: usize,
    seed: u64,
    today: NaiveDate,
) -> Document {
    let mut rng = Rng::new(seed);
    let mut doc = Document::default();
    for n in 0..people {
        doc.people.push(person(n, &mut rng, today));
    }
    if !doc.people.is_empty() {
        let ids: Vec<PersonId> = doc.people.iter().map(|p| p.id).collect();
        for n in 0..interactions {
            doc.interactions.push(interaction(n, &mut rng, today, &ids));
        }
    }
    let ids: Vec<PersonId> = doc.people.iter().map(|p| p.id).collect();
    for n in 0..actions {
        doc.actions.push(action(n, &mut rng, today, &ids));
    }
    for n in 0..4u64 {
        doc.assessments.push(assessment(n, &mut rng, today));
    }
    doc
}

fn person(n: usize, rng: &mut Rng, today: NaiveDate) -> Person {
    let met_on = days_before(today, 30 + rng.below(700));
    let created = at(met_on, rng);
    let tags = (0..rng.below(3))
        .map(|_| rng.pick(&TAGS).to_string())
        .collect::<Vec<_>>();
    let mut tags_unique: Vec<String> = Vec::new();
    for t in tags {
        if !tags_unique.contains(&t) {
            tags_unique.push(t);
        }
    }
    Person {
        id: PersonId(0x1000_0000_0000 + n as u64),
        name: format!("{} {} {}", rng.pick(&FAMILY), rng.pick(&GIVEN), n),
        channel: rng.pick(&Channel::ALL),
        met_place: rng.pick(&PLACES).to_string(),
        met_on: rng.chance(80).then_some(met_on),
        interests: rng.pick(&TAGS).to_string(),
        i_offer: String::new(),
        they_offer: String::new(),
        tags: tags_unique,
        notes: String::new(),
        cadence: if rng.chance(25) {
            Cadence::None
        } else {
            rng.pick(&Cadence::ALL[1..])
        },
        created_at: created,
        updated_at: created,
    }
}

/// A log entry with one of `people` (not empty).
fn interaction(n: usize, rng: &mut Rng, today: NaiveDate, people: &[PersonId]) -> Interaction {
    let person = people[rng.below(people.len() as u64) as usize];
    let date = days_before(today, rng.below(365));
    let now = at(date, rng);
    Interaction {
        id: InteractionId(0x2000_0000_0000 + n as u64),
        person,
        date,
        kind: rng.pick(&InteractionKind::ALL),
        note: if rng.chance(30) {
            "近況を聞きました".to_string()
        } else {
            String::new()
        },
        created_at: now,
        updated_at: now,
    }
}

fn action(n: usize, rng: &mut Rng, today: NaiveDate, people: &[PersonId]) -> Action {
    let kind = rng.pick(&ActionKind::ALL);
    let due = (!rng.chance(10)).then(|| {
        let offset = rng.below(150) as i64 - 90;
        if offset < 0 {
            days_before(today, offset.unsigned_abs())
        } else {
            today + Days::new(offset as u64)
        }
    });
    let status = match rng.below(10) {
        0..=4 => Status::Done,
        5 => Status::Skipped,
        _ => Status::Todo,
    };
    let recurrence = random_recurrence(rng);
    let linked = linked_people(rng, people, kind);
    let created = at(days_before(today, 100 + rng.below(200)), rng);
    let closed_on = (status != Status::Todo).then(|| days_before(today, rng.below(90)));
    Action {
        id: ActionId(0x3000_0000_0000 + n as u64),
        title: format!(
            "{} #{n}",
            crate::plan_text::kind_label(crate::i18n::Lang::Ja, kind)
        ),
        kind,
        area: rng.chance(85).then(|| rng.pick(&Area::ALL)),
        people: linked,
        due,
        recurrence,
        month_day: month_day_for(recurrence, due),
        status,
        closed_on,
        note: String::new(),
        from_item: None,
        created_at: created,
        updated_at: created,
    }
}

fn random_recurrence(rng: &mut Rng) -> Recurrence {
    match rng.below(10) {
        0 => Recurrence::Weekly,
        1 => Recurrence::Biweekly,
        2 => Recurrence::Monthly,
        3 => Recurrence::EveryDays(1 + rng.below(60) as u16),
        _ => Recurrence::None,
    }
}

/// Most actions are with someone; an introduction may name a second person.
fn linked_people(rng: &mut Rng, people: &[PersonId], kind: ActionKind) -> Vec<PersonId> {
    let mut linked = Vec::new();
    if !people.is_empty() && rng.chance(60) {
        linked.push(people[rng.below(people.len() as u64) as usize]);
        if kind == ActionKind::Introduce {
            let other = people[rng.below(people.len() as u64) as usize];
            if other != linked[0] {
                linked.push(other);
            }
        }
    }
    linked
}

fn assessment(n: u64, rng: &mut Rng, today: NaiveDate) -> Assessment {
    let date = days_before(today, 90 * (4 - n));
    let answers: Answers = ITEMS
        .iter()
        .map(|i| (i.id.0.to_string(), 1 + rng.below(5) as u8))
        .collect();
    Assessment {
        id: AssessmentId(0x4000_0000_0000 + n),
        date,
        completed_at: at(date, rng),
        answers,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{decode, encode};
    use crate::people::PeopleIndex;
    use crate::plan::{group, ActionFilter};

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
    }

    #[test]
    fn generates_the_requested_size_deterministically() {
        let doc = generate(1_000, 5_000, 3_000, 42, today());
        assert_eq!(doc.people.len(), 1_000);
        assert_eq!(doc.interactions.len(), 5_000);
        assert_eq!(doc.actions.len(), 3_000);
        assert_eq!(doc.assessments.len(), 4);
        assert_eq!(doc, generate(1_000, 5_000, 3_000, 42, today()));
        assert_ne!(doc, generate(1_000, 5_000, 3_000, 43, today()));
        // Ids are unique, and every link points at a real person.
        let mut ids: Vec<_> = doc.people.iter().map(|p| p.id).collect();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), 1_000);
        assert!(doc
            .actions
            .iter()
            .flat_map(|a| &a.people)
            .all(|p| ids.binary_search(p).is_ok()));
        // It is a valid document that survives storage.
        assert_eq!(decode(&encode(&doc)), Ok(doc));
    }

    #[test]
    fn large_document_indexes_cover_everyone_and_everything() {
        let doc = generate(1_000, 5_000, 3_000, 7, today());
        let idx = PeopleIndex::build(&doc);
        assert_eq!(idx.rows.len(), 1_000);
        let logged: u32 = doc
            .people
            .iter()
            .map(|p| idx.stats(p.id).interactions)
            .sum();
        assert_eq!(logged, 5_000);
        let g = group(&doc.actions, ActionFilter::default(), today());
        let total = g.overdue.len()
            + g.today.len()
            + g.this_week.len()
            + g.later.len()
            + g.unscheduled.len()
            + g.done.len();
        assert_eq!(total, 3_000);
        assert!(!g.overdue.is_empty() && !g.later.is_empty() && !g.done.is_empty());
    }

    #[test]
    fn small_and_empty_documents() {
        let doc = generate(0, 10, 5, 1, today());
        assert!(doc.people.is_empty() && doc.interactions.is_empty());
        assert!(doc.actions.iter().all(|a| a.people.is_empty()));
    }
}
