//! When each person is next due a follow-up, for the calendar and Markdown
//! exports. The rule itself lives in `people::next_follow_up` (the planner
//! screens use it too), so an exported calendar never disagrees with the
//! app: the last contact (latest interaction, else the day we met, else the
//! day they were added) plus their cadence.

use std::collections::HashMap;

use chrono::NaiveDate;

use crate::document::{Document, Person, PersonId};
use crate::people::next_follow_up;
use crate::sorting;

/// A person with a follow-up rhythm and the dates that follow from it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FollowUp<'a> {
    /// The person.
    pub person: &'a Person,
    /// The date of the last contact (or meeting, or adding them) the rhythm counts from.
    pub last_contact: NaiveDate,
    /// When the next follow-up is due.
    pub next: NaiveDate,
}

/// The latest interaction date of every person who has one.
pub fn last_interactions(doc: &Document) -> HashMap<PersonId, NaiveDate> {
    let mut last: HashMap<PersonId, NaiveDate> = HashMap::new();
    for i in &doc.interactions {
        last.entry(i.person)
            .and_modify(|d| *d = (*d).max(i.date))
            .or_insert(i.date);
    }
    last
}

/// The date the follow-up rhythm counts from (the same base
/// `people::next_follow_up` uses).
pub fn last_contact(person: &Person, last: &HashMap<PersonId, NaiveDate>) -> NaiveDate {
    last.get(&person.id)
        .copied()
        .or(person.met_on)
        .unwrap_or_else(|| person.created_at.date_naive())
}

/// Everyone with a cadence, soonest follow-up first (ties in list order).
pub fn follow_ups(doc: &Document) -> Vec<FollowUp<'_>> {
    let last = last_interactions(doc);
    let mut v: Vec<FollowUp<'_>> = doc
        .people
        .iter()
        .filter_map(|person| {
            let next = next_follow_up(person, last.get(&person.id).copied())?;
            Some(FollowUp {
                person,
                last_contact: last_contact(person, &last),
                next,
            })
        })
        .collect();
    sorting::sort_by_key(&mut v, |f| f.next);
    v
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{Cadence, Channel, Interaction, InteractionId, InteractionKind};
    use chrono::{TimeZone, Utc};

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn person(id: u64, cadence: Cadence, met_on: Option<NaiveDate>) -> Person {
        let at = Utc.with_ymd_and_hms(2026, 1, 10, 12, 0, 0).unwrap();
        Person {
            id: PersonId(id),
            name: format!("p{id}"),
            channel: Channel::Meetup,
            met_place: String::new(),
            met_on,
            interests: String::new(),
            i_offer: String::new(),
            they_offer: String::new(),
            tags: vec![],
            notes: String::new(),
            cadence,
            created_at: at,
            updated_at: at,
        }
    }

    #[test]
    fn exports_and_planner_agree_on_every_follow_up() {
        use crate::people::PeopleIndex;
        let at = Utc.with_ymd_and_hms(2026, 1, 10, 12, 0, 0).unwrap();
        let mut doc = Document::default();
        for (n, c) in crate::document::Cadence::ALL.iter().enumerate() {
            let met = (n % 2 == 0).then(|| d(2026, 1, 31));
            doc.people.push(person(n as u64, *c, met));
            if n % 3 == 0 {
                doc.interactions.push(Interaction {
                    id: InteractionId(n as u64),
                    person: PersonId(n as u64),
                    date: d(2026, 8, 31),
                    kind: InteractionKind::Met,
                    note: String::new(),
                    created_at: at,
                    updated_at: at,
                });
            }
        }
        let index = PeopleIndex::build(&doc);
        let exported: HashMap<PersonId, NaiveDate> = follow_ups(&doc)
            .iter()
            .map(|f| (f.person.id, f.next))
            .collect();
        for row in &index.rows {
            assert_eq!(
                row.next_follow_up,
                exported.get(&row.id).copied(),
                "{:?}",
                row.id
            );
        }
        // Month ends clamp: 31 Jan + 3 months is 30 Apr; 31 Aug + 1 month is 30 Sep.
        assert_eq!(exported.get(&PersonId(4)), Some(&d(2026, 4, 30)));
        assert_eq!(exported.get(&PersonId(3)), Some(&d(2026, 9, 30)));
        assert_eq!(exported.get(&PersonId(0)), None);
    }

    #[test]
    fn next_follow_up_counts_from_the_latest_contact() {
        let at = Utc.with_ymd_and_hms(2026, 1, 10, 12, 0, 0).unwrap();
        let mut doc = Document::default();
        doc.people
            .push(person(1, Cadence::Monthly, Some(d(2026, 1, 5))));
        doc.people
            .push(person(2, Cadence::Weekly, Some(d(2026, 1, 5))));
        doc.people.push(person(3, Cadence::Weekly, None));
        doc.people.push(person(4, Cadence::None, None));
        for (n, date) in [d(2026, 3, 1), d(2026, 2, 1)].into_iter().enumerate() {
            doc.interactions.push(Interaction {
                id: InteractionId(n as u64),
                person: PersonId(1),
                date,
                kind: InteractionKind::Call,
                note: String::new(),
                created_at: at,
                updated_at: at,
            });
        }
        let f = follow_ups(&doc);
        let got: Vec<_> = f
            .iter()
            .map(|f| (f.person.id.0, f.last_contact, f.next))
            .collect();
        assert_eq!(
            got,
            vec![
                (2, d(2026, 1, 5), d(2026, 1, 12)),
                (3, d(2026, 1, 10), d(2026, 1, 17)),
                (1, d(2026, 3, 1), d(2026, 4, 1)),
            ]
        );
    }
}
