//! People and the contact log: last contact derived from the log, the next
//! follow-up from the person's cadence, who is due, the gentle give & take
//! tally, and search and sort over a precomputed index.
//!
//! `PeopleIndex::build` walks the interaction log once (O(people +
//! interactions)); screens build it once per document change and then
//! look people up by id, so no row and no keystroke rescans the log.

use std::collections::HashMap;

use chrono::NaiveDate;

use crate::document::{Channel, Document, Interaction, InteractionKind, Person, PersonId};
use crate::schedule::{cadence_next, week_end};
use crate::sorting;

/// Which way an interaction went, for the give & take tally.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Flow {
    /// The user did something for them.
    Gave,
    /// They did something for the user.
    Received,
    /// Contact in both directions (meeting, message, call).
    Mutual,
}

/// Which way an interaction of `kind` went.
pub fn flow(kind: InteractionKind) -> Flow {
    match kind {
        InteractionKind::Thanked
        | InteractionKind::Congratulated
        | InteractionKind::SharedNews
        | InteractionKind::Introduced
        | InteractionKind::Helped => Flow::Gave,
        InteractionKind::WasHelped => Flow::Received,
        InteractionKind::Met | InteractionKind::Message | InteractionKind::Call => Flow::Mutual,
    }
}

/// A gentle reading of the tally; never a score.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Balance {
    /// Nothing given or received logged yet.
    NotYet,
    /// Given and received are about the same.
    Even,
    /// The user has given clearly more.
    GaveMore,
    /// The user has received clearly more.
    ReceivedMore,
}

/// What the log says about one person.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Stats {
    /// The date of the latest logged contact.
    pub last_contact: Option<NaiveDate>,
    /// How many contacts are logged.
    pub interactions: u32,
    /// How many logged contacts gave something.
    pub gave: u32,
    /// How many logged contacts received something.
    pub received: u32,
}

impl Stats {
    /// Differences of one either way count as even: a single thank-you
    /// should not tip anyone into "received more".
    pub fn balance(&self) -> Balance {
        match (self.gave, self.received) {
            (0, 0) => Balance::NotYet,
            (g, r) if g > r + 1 => Balance::GaveMore,
            (g, r) if r > g + 1 => Balance::ReceivedMore,
            _ => Balance::Even,
        }
    }
}

/// The date a follow-up with `person` is due: last contact (or, before any
/// contact, the day we met, or the day they were added) plus their cadence.
pub fn next_follow_up(person: &Person, last_contact: Option<NaiveDate>) -> Option<NaiveDate> {
    // created_at is UTC; its date can be a day off the user's local date,
    // which only matters for people with neither a log nor a meeting date.
    let base = last_contact
        .or(person.met_on)
        .unwrap_or_else(|| person.created_at.date_naive());
    cadence_next(base, person.cadence)
}

/// One person as the list, the dashboard and search need them: text keys
/// already lowercased so filtering is a plain substring test.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    /// The person's id.
    pub id: PersonId,
    /// Name as shown.
    pub name: String,
    /// Where the user met them.
    pub channel: Channel,
    /// Tags as shown.
    pub tags: Vec<String>,
    /// The date of the latest logged contact.
    pub last_contact: Option<NaiveDate>,
    /// When a follow-up is due, if they have a cadence.
    pub next_follow_up: Option<NaiveDate>,
    name_key: String,
    tag_keys: Vec<String>,
    haystack: String,
}

/// Everything the people screens look up, built once per document change.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PeopleIndex {
    stats: HashMap<PersonId, Stats>,
    /// Rows in document order.
    pub rows: Vec<Row>,
    row_of: HashMap<PersonId, usize>,
}

impl PeopleIndex {
    /// Builds the index from the document's people and log.
    pub fn build(doc: &Document) -> PeopleIndex {
        let mut stats: HashMap<PersonId, Stats> = HashMap::with_capacity(doc.people.len());
        for i in &doc.interactions {
            let s = stats.entry(i.person).or_default();
            s.interactions += 1;
            s.last_contact = s.last_contact.max(Some(i.date));
            match flow(i.kind) {
                Flow::Gave => s.gave += 1,
                Flow::Received => s.received += 1,
                Flow::Mutual => {}
            }
        }
        let rows: Vec<Row> = doc
            .people
            .iter()
            .map(|p| {
                let last = stats.get(&p.id).and_then(|s| s.last_contact);
                let tag_keys: Vec<String> = p.tags.iter().map(|t| t.to_lowercase()).collect();
                let haystack = [
                    p.name.as_str(),
                    &p.tags.join(" "),
                    &p.interests,
                    &p.met_place,
                ]
                .join("\n")
                .to_lowercase();
                Row {
                    id: p.id,
                    name: p.name.clone(),
                    channel: p.channel,
                    tags: p.tags.clone(),
                    last_contact: last,
                    next_follow_up: next_follow_up(p, last),
                    name_key: p.name.to_lowercase(),
                    tag_keys,
                    haystack,
                }
            })
            .collect();
        let row_of = rows.iter().enumerate().map(|(i, r)| (r.id, i)).collect();
        PeopleIndex {
            stats,
            rows,
            row_of,
        }
    }

    /// What the log says about person `id` (empty stats if none).
    pub fn stats(&self, id: PersonId) -> Stats {
        self.stats.get(&id).copied().unwrap_or_default()
    }

    /// The list row of person `id`.
    pub fn row(&self, id: PersonId) -> Option<&Row> {
        self.row_of.get(&id).map(|&i| &self.rows[i])
    }

    /// The name of person `id`.
    pub fn name(&self, id: PersonId) -> Option<&str> {
        self.row(id).map(|r| r.name.as_str())
    }

    /// People whose follow-up falls on or before the end of today's week,
    /// most overdue first.
    pub fn due_by_week_end(&self, today: NaiveDate) -> Vec<&Row> {
        let end = week_end(today);
        let mut due: Vec<&Row> = self
            .rows
            .iter()
            .filter(|r| r.next_follow_up.is_some_and(|d| d <= end))
            .collect();
        sorting::sort_by(&mut due, |a, b| {
            (a.next_follow_up, &a.name_key).cmp(&(b.next_follow_up, &b.name_key))
        });
        due
    }

    /// Every distinct tag (lowercased key, first spelling seen), sorted.
    pub fn tags(&self) -> Vec<(String, String)> {
        let mut seen: HashMap<&str, &str> = HashMap::new();
        for r in &self.rows {
            for (k, t) in r.tag_keys.iter().zip(&r.tags) {
                seen.entry(k).or_insert(t);
            }
        }
        let mut v: Vec<(String, String)> = seen
            .into_iter()
            .map(|(k, t)| (k.to_string(), t.to_string()))
            .collect();
        sorting::sort(&mut v);
        v
    }
}

/// The interactions with one person, newest first.
pub fn log_of(doc: &Document, id: PersonId) -> Vec<&Interaction> {
    let mut v: Vec<&Interaction> = doc.interactions.iter().filter(|i| i.person == id).collect();
    sorting::sort_by_key(&mut v, |i| std::cmp::Reverse((i.date, i.created_at)));
    v
}

/// How the people list is ordered.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum SortBy {
    /// By name.
    #[default]
    Name,
    /// By where the user met them, then by name.
    Channel,
    /// Longest since last contact first; never contacted before anyone.
    LastContact,
    /// Soonest (most overdue) follow-up first; no cadence last.
    NextFollowUp,
}

impl SortBy {
    /// Every order, as offered in the sort menu.
    pub const ALL: [SortBy; 4] = [
        SortBy::Name,
        SortBy::Channel,
        SortBy::LastContact,
        SortBy::NextFollowUp,
    ];

    /// The stable key of the order, used in the select's values.
    pub fn key(self) -> &'static str {
        match self {
            SortBy::Name => "name",
            SortBy::Channel => "channel",
            SortBy::LastContact => "last_contact",
            SortBy::NextFollowUp => "next_follow_up",
        }
    }

    /// The order with key `s`, if any.
    pub fn from_key(s: &str) -> Option<SortBy> {
        SortBy::ALL.into_iter().find(|k| k.key() == s)
    }
}

/// Row positions in `index.rows`, sorted. Built once per document change and
/// sort choice; typing in the search box then only filters this order.
pub fn sorted(index: &PeopleIndex, by: SortBy) -> Vec<usize> {
    let rows = &index.rows;
    let mut order: Vec<usize> = (0..rows.len()).collect();
    match by {
        SortBy::Name => {
            sorting::sort_by(&mut order, |&a, &b| rows[a].name_key.cmp(&rows[b].name_key))
        }
        SortBy::Channel => sorting::sort_by(&mut order, |&a, &b| {
            (rows[a].channel, &rows[a].name_key).cmp(&(rows[b].channel, &rows[b].name_key))
        }),
        // None < Some, so never-contacted people come first.
        SortBy::LastContact => sorting::sort_by(&mut order, |&a, &b| {
            (rows[a].last_contact, &rows[a].name_key)
                .cmp(&(rows[b].last_contact, &rows[b].name_key))
        }),
        SortBy::NextFollowUp => sorting::sort_by(&mut order, |&a, &b| {
            let key = |r: &Row| (r.next_follow_up.is_none(), r.next_follow_up);
            (key(&rows[a]), &rows[a].name_key).cmp(&(key(&rows[b]), &rows[b].name_key))
        }),
    }
    order
}

/// What the people list is narrowed to; empty shows everyone.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filter {
    /// Free text matched against name, tags, interests and place.
    pub text: String,
    /// Only people met through this channel.
    pub channel: Option<Channel>,
    /// A lowercased tag key from `PeopleIndex::tags`.
    pub tag: Option<String>,
}

impl Filter {
    /// Whether `row` passes; for many rows use `search`, which lowercases
    /// the text once.
    pub fn matches(&self, row: &Row) -> bool {
        let text = self.text.trim().to_lowercase();
        let words: Vec<&str> = text.split_whitespace().collect();
        self.matches_words(row, &words)
    }

    fn matches_words(&self, row: &Row, words: &[&str]) -> bool {
        self.channel.is_none_or(|c| row.channel == c)
            && self
                .tag
                .as_ref()
                .is_none_or(|t| row.tag_keys.iter().any(|k| k == t))
            && words.iter().all(|w| row.haystack.contains(w))
    }
}

/// The rows matching `filter` in `order`, up to `limit`, and how many match
/// in all. One pass over precomputed keys; no log access.
pub fn search<'a>(
    index: &'a PeopleIndex,
    order: &[usize],
    filter: &Filter,
    limit: usize,
) -> (Vec<&'a Row>, usize) {
    let text = filter.text.trim().to_lowercase();
    let words: Vec<&str> = text.split_whitespace().collect();
    let mut shown = Vec::new();
    let mut total = 0;
    for &i in order {
        let row = &index.rows[i];
        if filter.matches_words(row, &words) {
            total += 1;
            if shown.len() < limit {
                shown.push(row);
            }
        }
    }
    (shown, total)
}

/// Splits the tag field on commas (ASCII, full-width and Japanese 、),
/// trimming and dropping empties and repeats.
pub fn parse_tags(s: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for t in s.split([',', '、', '，']) {
        let t = t.trim();
        if !t.is_empty() && !out.iter().any(|o| o.to_lowercase() == t.to_lowercase()) {
            out.push(t.to_string());
        }
    }
    out
}

#[cfg(test)]
pub(crate) mod tests_support {
    use super::*;
    use crate::document::Cadence;
    use chrono::{TimeZone, Utc};

    pub fn person(id: u64, name: &str, cadence: Cadence) -> Person {
        let at = Utc.with_ymd_and_hms(2026, 10, 1, 9, 0, 0).unwrap();
        Person {
            id: PersonId(id),
            name: name.into(),
            channel: Channel::Hobby,
            met_place: String::new(),
            met_on: None,
            interests: String::new(),
            i_offer: String::new(),
            they_offer: String::new(),
            tags: Vec::new(),
            notes: String::new(),
            cadence,
            created_at: at,
            updated_at: at,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::tests_support::person;
    use super::*;
    use crate::document::{Cadence, InteractionId};
    use chrono::{TimeZone, Utc};

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn log(id: u64, person: u64, date: NaiveDate, kind: InteractionKind) -> Interaction {
        let at = Utc.with_ymd_and_hms(2026, 10, 1, 9, 0, 0).unwrap();
        Interaction {
            id: InteractionId(id),
            person: PersonId(person),
            date,
            kind,
            note: String::new(),
            created_at: at,
            updated_at: at,
        }
    }

    #[test]
    fn follow_up_counts_from_last_contact_then_met_on_then_created() {
        let mut p = person(1, "A", Cadence::Biweekly);
        // Created 1 Oct 2026, nothing else known.
        assert_eq!(next_follow_up(&p, None), Some(d(2026, 10, 15)));
        p.met_on = Some(d(2026, 10, 10));
        assert_eq!(next_follow_up(&p, None), Some(d(2026, 10, 24)));
        assert_eq!(
            next_follow_up(&p, Some(d(2026, 11, 2))),
            Some(d(2026, 11, 16))
        );
        p.cadence = Cadence::None;
        assert_eq!(next_follow_up(&p, Some(d(2026, 11, 2))), None);
    }

    #[test]
    fn logging_any_interaction_resets_the_follow_up() {
        let mut doc = Document::default();
        doc.people.push(person(1, "A", Cadence::Monthly));
        doc.interactions
            .push(log(1, 1, d(2026, 10, 5), InteractionKind::Met));
        let today = d(2026, 11, 10);
        let idx = PeopleIndex::build(&doc);
        assert_eq!(
            idx.row(PersonId(1)).unwrap().next_follow_up,
            Some(d(2026, 11, 5))
        );
        assert_eq!(idx.due_by_week_end(today).len(), 1);
        // A later message moves last contact and the follow-up.
        doc.interactions
            .push(log(2, 1, d(2026, 11, 9), InteractionKind::Message));
        // An older entry logged afterwards does not move it back.
        doc.interactions
            .push(log(3, 1, d(2026, 9, 1), InteractionKind::Call));
        let idx = PeopleIndex::build(&doc);
        let row = idx.row(PersonId(1)).unwrap();
        assert_eq!(row.last_contact, Some(d(2026, 11, 9)));
        assert_eq!(row.next_follow_up, Some(d(2026, 12, 9)));
        assert!(idx.due_by_week_end(today).is_empty());
        assert_eq!(idx.stats(PersonId(1)).interactions, 3);
    }

    #[test]
    fn due_list_includes_overdue_and_this_week_only_in_date_order() {
        let mut doc = Document::default();
        let mut a = person(1, "A", Cadence::Weekly);
        a.met_on = Some(d(2026, 11, 1)); // due 8 Nov: overdue
        let mut b = person(2, "B", Cadence::Weekly);
        b.met_on = Some(d(2026, 11, 22)); // due 29 Nov: Sunday this week
        let mut c = person(3, "C", Cadence::Weekly);
        c.met_on = Some(d(2026, 11, 23)); // due 30 Nov: next week
        let e = person(4, "E", Cadence::None);
        doc.people = vec![b, c, a, e];
        let idx = PeopleIndex::build(&doc);
        let due: Vec<_> = idx
            .due_by_week_end(d(2026, 11, 25))
            .iter()
            .map(|r| r.id.0)
            .collect();
        assert_eq!(due, vec![1, 2]);
    }

    #[test]
    fn give_and_take_is_counted_gently() {
        let mut doc = Document::default();
        doc.people.push(person(1, "A", Cadence::None));
        let mut s = PeopleIndex::build(&doc).stats(PersonId(1));
        assert_eq!(s.balance(), Balance::NotYet);
        doc.interactions
            .push(log(1, 1, d(2026, 11, 1), InteractionKind::WasHelped));
        doc.interactions
            .push(log(2, 1, d(2026, 11, 2), InteractionKind::Met));
        s = PeopleIndex::build(&doc).stats(PersonId(1));
        assert_eq!((s.gave, s.received), (0, 1));
        // One either way is still even.
        assert_eq!(s.balance(), Balance::Even);
        doc.interactions
            .push(log(3, 1, d(2026, 11, 3), InteractionKind::WasHelped));
        assert_eq!(
            PeopleIndex::build(&doc).stats(PersonId(1)).balance(),
            Balance::ReceivedMore
        );
        for (i, k) in [
            InteractionKind::Thanked,
            InteractionKind::Introduced,
            InteractionKind::Helped,
            InteractionKind::SharedNews,
        ]
        .into_iter()
        .enumerate()
        {
            doc.interactions
                .push(log(10 + i as u64, 1, d(2026, 11, 4), k));
        }
        let s = PeopleIndex::build(&doc).stats(PersonId(1));
        assert_eq!((s.gave, s.received), (4, 2));
        assert_eq!(s.balance(), Balance::GaveMore);
    }

    fn sample_index() -> PeopleIndex {
        let mut doc = Document::default();
        let mut a = person(1, "Yamada Taro", Cadence::Monthly);
        a.tags = vec!["写真".into(), "Startup".into()];
        a.channel = Channel::Meetup;
        a.met_on = Some(d(2026, 9, 1));
        let mut b = person(2, "abe", Cadence::Weekly);
        b.interests = "Photography, cooking".into();
        b.channel = Channel::Hobby;
        b.met_on = Some(d(2026, 11, 1));
        let mut c = person(3, "Chen", Cadence::None);
        c.tags = vec!["startup".into()];
        c.channel = Channel::OnlineEvent;
        c.met_place = "Kyoto".into();
        doc.people = vec![a, b, c];
        doc.interactions
            .push(log(1, 2, d(2026, 11, 20), InteractionKind::Call));
        doc.interactions
            .push(log(2, 1, d(2026, 10, 1), InteractionKind::Met));
        PeopleIndex::build(&doc)
    }

    fn ids(index: &PeopleIndex, order: &[usize], f: &Filter) -> Vec<u64> {
        search(index, order, f, 100)
            .0
            .iter()
            .map(|r| r.id.0)
            .collect()
    }

    #[test]
    fn sort_orders() {
        let idx = sample_index();
        let all = Filter::default();
        assert_eq!(ids(&idx, &sorted(&idx, SortBy::Name), &all), vec![2, 3, 1]);
        // Hobby < Meetup < OnlineEvent in channel order.
        assert_eq!(
            ids(&idx, &sorted(&idx, SortBy::Channel), &all),
            vec![2, 1, 3]
        );
        // Never contacted (Chen) first, then the oldest contact.
        assert_eq!(
            ids(&idx, &sorted(&idx, SortBy::LastContact), &all),
            vec![3, 1, 2]
        );
        // Yamada: 1 Nov; abe: 27 Nov; Chen has no cadence → last.
        assert_eq!(
            ids(&idx, &sorted(&idx, SortBy::NextFollowUp), &all),
            vec![1, 2, 3]
        );
    }

    #[test]
    fn search_by_text_channel_and_tag() {
        let idx = sample_index();
        let order = sorted(&idx, SortBy::Name);
        let text = |t: &str| Filter {
            text: t.into(),
            ..Filter::default()
        };
        assert_eq!(ids(&idx, &order, &text("YAMADA")), vec![1]);
        assert_eq!(ids(&idx, &order, &text("photo")), vec![2]);
        assert_eq!(ids(&idx, &order, &text("写真")), vec![1]);
        assert_eq!(ids(&idx, &order, &text("kyoto")), vec![3]);
        assert_eq!(ids(&idx, &order, &text("startup")), vec![3, 1]);
        assert_eq!(ids(&idx, &order, &text("startup taro")), vec![1]);
        assert_eq!(ids(&idx, &order, &text("  ")), vec![2, 3, 1]);
        assert!(ids(&idx, &order, &text("nobody")).is_empty());
        let by_channel = Filter {
            channel: Some(Channel::Hobby),
            ..Filter::default()
        };
        assert_eq!(ids(&idx, &order, &by_channel), vec![2]);
        assert!(by_channel.matches(idx.row(PersonId(2)).unwrap()));
        let by_tag = Filter {
            tag: Some("startup".into()),
            ..Filter::default()
        };
        assert_eq!(ids(&idx, &order, &by_tag), vec![3, 1]);
        let (shown, total) = search(&idx, &order, &Filter::default(), 2);
        assert_eq!((shown.len(), total), (2, 3));
        assert_eq!(
            idx.tags(),
            vec![
                ("startup".to_string(), "Startup".to_string()),
                ("写真".to_string(), "写真".to_string())
            ]
        );
    }

    #[test]
    fn tags_parse_from_any_comma() {
        assert_eq!(
            parse_tags("写真、 Startup, startup ,，料理,"),
            vec!["写真", "Startup", "料理"]
        );
        assert!(parse_tags(" , ").is_empty());
    }
}

#[cfg(test)]
mod enum_tests {
    use super::*;
    use crate::enum_check::check_all;

    /// Exhaustive: a new variant does not compile until it has a place in `ALL`.
    fn sort_position(s: SortBy) -> usize {
        match s {
            SortBy::Name => 0,
            SortBy::Channel => 1,
            SortBy::LastContact => 2,
            SortBy::NextFollowUp => 3,
        }
    }

    #[test]
    fn sort_orders_are_listed_once_and_their_keys_read_back() {
        check_all(&SortBy::ALL, sort_position);
        for s in SortBy::ALL {
            assert_eq!(SortBy::from_key(s.key()), Some(s));
        }
        assert_eq!(SortBy::from_key("nope"), None);
    }
}
