//! When each person is next due a follow-up, for the calendar and Markdown
//! exports: the last contact (latest interaction, else the day we met, else
//! the day they were added) plus their cadence.

use std::collections::HashMap;

use chrono::{Days, Months, NaiveDate};

use super::document::{Cadence, Document, Person, PersonId};

/// `date` moved on by one cadence step; None for `Cadence::None` or past
/// the end of the calendar.
pub fn add_cadence(date: NaiveDate, cadence: Cadence) -> Option<NaiveDate> {
    match cadence {
        Cadence::None => None,
        Cadence::Weekly => date.checked_add_days(Days::new(7)),
        Cadence::Biweekly => date.checked_add_days(Days::new(14)),
        Cadence::Monthly => date.checked_add_months(Months::new(1)),
        Cadence::Quarterly => date.checked_add_months(Months::new(3)),
        Cadence::HalfYearly => date.checked_add_months(Months::new(6)),
    }
}

/// A person with a follow-up rhythm and the dates that follow from it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FollowUp<'a> {
    pub person: &'a Person,
    pub last_contact: NaiveDate,
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
            let last_contact = last_contact(person, &last);
            let next = add_cadence(last_contact, person.cadence)?;
            Some(FollowUp {
                person,
                last_contact,
                next,
            })
        })
        .collect();
    v.sort_by_key(|f| f.next);
    v
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::document::{Channel, Interaction, InteractionId, InteractionKind};
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
    fn cadence_steps_follow_the_calendar() {
        assert_eq!(
            add_cadence(d(2026, 1, 31), Cadence::Monthly),
            Some(d(2026, 2, 28))
        );
        assert_eq!(
            add_cadence(d(2026, 1, 31), Cadence::Weekly),
            Some(d(2026, 2, 7))
        );
        assert_eq!(
            add_cadence(d(2026, 1, 31), Cadence::Biweekly),
            Some(d(2026, 2, 14))
        );
        assert_eq!(
            add_cadence(d(2026, 11, 30), Cadence::Quarterly),
            Some(d(2027, 2, 28))
        );
        assert_eq!(
            add_cadence(d(2026, 8, 31), Cadence::HalfYearly),
            Some(d(2027, 2, 28))
        );
        assert_eq!(add_cadence(d(2026, 1, 1), Cadence::None), None);
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
