//! The person, action and contact-log forms as plain data: what the user
//! typed (strings, so nothing is lost on an error), validation that names
//! the field and the problem, and the typed values a valid form becomes.

use chrono::NaiveDate;

use crate::document::{
    Action, Cadence, Channel, Document, InteractionKind, Person, PersonId, Recurrence,
};
use crate::people::parse_tags;
use crate::plan_text::{
    cadence_key, channel_key, interaction_key, kind_key, PlanText, RepeatChoice,
};
use crate::questionnaire::{ActionKind, Area};
use crate::schedule::{input_date, parse_input_date, MAX_EVERY_DAYS};

/// Longest name a person form accepts, in characters.
pub const MAX_NAME: usize = 100;
/// Longest action title, in characters.
pub const MAX_TITLE: usize = 200;
/// Longest short text field (place, interests, offers, tags), in characters.
pub const MAX_SHORT: usize = 500;
/// Longest note, in characters.
pub const MAX_LONG: usize = 5000;

/// What is wrong with a field; each has a sentence in the string table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Problem {
    /// The field must be filled in.
    Required,
    /// The text is longer than the field allows.
    TooLong,
    /// The date cannot be read.
    BadDate,
    /// The date is in the future, where only past dates make sense.
    FutureDate,
    /// The number of days is not 1 to 365.
    BadDays,
    /// The second person is the same as the first.
    SamePerson,
    /// A repeating action has no planned date.
    NeedsDate,
    /// The chosen person no longer exists.
    UnknownPerson,
}

impl Problem {
    /// The sentence shown under the field.
    pub fn text(self) -> PlanText {
        match self {
            Problem::Required => PlanText::ErrRequired,
            Problem::TooLong => PlanText::ErrTooLong,
            Problem::BadDate => PlanText::ErrBadDate,
            Problem::FutureDate => PlanText::ErrFutureDate,
            Problem::BadDays => PlanText::ErrDays,
            Problem::SamePerson => PlanText::ErrSamePerson,
            Problem::NeedsDate => PlanText::ErrNeedsDate,
            Problem::UnknownPerson => PlanText::ErrUnknownPerson,
        }
    }
}

/// The form fields, used as keys for errors and as the stem of element ids.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Field {
    /// The person's name.
    Name,
    /// Where the user met them.
    MetPlace,
    /// When the user met them.
    MetOn,
    /// Their interests and field.
    Interests,
    /// What the user can offer them.
    IOffer,
    /// What they can offer the user.
    TheyOffer,
    /// The person's tags.
    Tags,
    /// Notes about the person.
    Notes,
    /// The action's title.
    Title,
    /// The action's planned date.
    Due,
    /// The number of days between repeats.
    EveryDays,
    /// The person an action is with.
    Person,
    /// The second person of an introduction.
    SecondPerson,
    /// The action's note.
    Note,
    /// The date of a contact log entry.
    Date,
    /// The note of a contact log entry.
    LogNote,
}

impl Field {
    /// The input's element id, e.g. `person-name`; errors use `<id>-error`.
    pub fn id(self) -> &'static str {
        match self {
            Field::Name => "person-name",
            Field::MetPlace => "person-place",
            Field::MetOn => "person-met-on",
            Field::Interests => "person-interests",
            Field::IOffer => "person-i-offer",
            Field::TheyOffer => "person-they-offer",
            Field::Tags => "person-tags",
            Field::Notes => "person-notes",
            Field::Title => "action-title",
            Field::Due => "action-due",
            Field::EveryDays => "action-every-days",
            Field::Person => "action-person",
            Field::SecondPerson => "action-person-2",
            Field::Note => "action-note",
            Field::Date => "log-date",
            Field::LogNote => "log-note",
        }
    }
}

/// Field problems in form order; empty means valid.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Errors(pub Vec<(Field, Problem)>);

impl Errors {
    /// The problem with field `f`, if any.
    pub fn get(&self, f: Field) -> Option<Problem> {
        self.0.iter().find(|(g, _)| *g == f).map(|(_, p)| *p)
    }

    /// True when the form is valid.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The first field with a problem, which gets the focus.
    pub fn first(&self) -> Option<Field> {
        self.0.first().map(|(f, _)| *f)
    }

    fn add(&mut self, f: Field, p: Problem) {
        if self.get(f).is_none() {
            self.0.push((f, p));
        }
    }

    fn max_len(&mut self, f: Field, s: &str, max: usize) {
        if s.chars().count() > max {
            self.add(f, Problem::TooLong);
        }
    }

    /// An optional date: empty is fine, garbage is not.
    fn date(&mut self, f: Field, s: &str) -> Option<NaiveDate> {
        if s.trim().is_empty() {
            return None;
        }
        let d = parse_input_date(s);
        if d.is_none() {
            self.add(f, Problem::BadDate);
        }
        d
    }
}

/// The person form as typed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PersonDraft {
    /// Name or nickname.
    pub name: String,
    /// Channel key (see `channel_key`).
    pub channel: String,
    /// Where they met.
    pub met_place: String,
    /// When they met, as typed in a date input ("" = not given).
    pub met_on: String,
    /// Their interests and field.
    pub interests: String,
    /// What the user can offer them.
    pub i_offer: String,
    /// What they can offer the user.
    pub they_offer: String,
    /// Tags as typed, separated by commas (see `parse_tags`).
    pub tags: String,
    /// Notes.
    pub notes: String,
    /// Cadence key (see `cadence_key`).
    pub cadence: String,
}

impl Default for PersonDraft {
    fn default() -> Self {
        PersonDraft {
            name: String::new(),
            channel: channel_key(Channel::Hobby).into(),
            met_place: String::new(),
            met_on: String::new(),
            interests: String::new(),
            i_offer: String::new(),
            they_offer: String::new(),
            tags: String::new(),
            notes: String::new(),
            cadence: cadence_key(Cadence::Monthly).into(),
        }
    }
}

/// A valid person form.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PersonFields {
    /// Name or nickname, trimmed.
    pub name: String,
    /// Where they met.
    pub channel: Channel,
    /// The place or event where they met.
    pub met_place: String,
    /// When they met, if given.
    pub met_on: Option<NaiveDate>,
    /// Their interests and field.
    pub interests: String,
    /// What the user can offer them.
    pub i_offer: String,
    /// What they can offer the user.
    pub they_offer: String,
    /// Tags, cleaned and without repeats.
    pub tags: Vec<String>,
    /// Notes.
    pub notes: String,
    /// How often the user wants to be in touch.
    pub cadence: Cadence,
}

impl PersonDraft {
    /// The form filled in with a saved person, for editing.
    pub fn of(p: &Person) -> PersonDraft {
        PersonDraft {
            name: p.name.clone(),
            channel: channel_key(p.channel).into(),
            met_place: p.met_place.clone(),
            met_on: p.met_on.map(input_date).unwrap_or_default(),
            interests: p.interests.clone(),
            i_offer: p.i_offer.clone(),
            they_offer: p.they_offer.clone(),
            tags: p.tags.join(", "),
            notes: p.notes.clone(),
            cadence: cadence_key(p.cadence).into(),
        }
    }

    /// Checks the form; `today` rules out future dates.
    pub fn validate(&self, today: NaiveDate) -> Result<PersonFields, Errors> {
        let mut e = Errors::default();
        let name = self.name.trim();
        if name.is_empty() {
            e.add(Field::Name, Problem::Required);
        }
        e.max_len(Field::Name, name, MAX_NAME);
        e.max_len(Field::MetPlace, &self.met_place, MAX_SHORT);
        let met_on = e.date(Field::MetOn, &self.met_on);
        if met_on.is_some_and(|d| d > today) {
            e.add(Field::MetOn, Problem::FutureDate);
        }
        e.max_len(Field::Interests, &self.interests, MAX_SHORT);
        e.max_len(Field::IOffer, &self.i_offer, MAX_SHORT);
        e.max_len(Field::TheyOffer, &self.they_offer, MAX_SHORT);
        e.max_len(Field::Tags, &self.tags, MAX_SHORT);
        e.max_len(Field::Notes, &self.notes, MAX_LONG);
        if !e.is_empty() {
            return Err(e);
        }
        Ok(PersonFields {
            name: name.to_string(),
            channel: crate::plan_text::channel_from_key(&self.channel).unwrap_or(Channel::Other),
            met_place: self.met_place.trim().to_string(),
            met_on,
            interests: self.interests.trim().to_string(),
            i_offer: self.i_offer.trim().to_string(),
            they_offer: self.they_offer.trim().to_string(),
            tags: parse_tags(&self.tags),
            notes: self.notes.trim().to_string(),
            cadence: crate::plan_text::cadence_from_key(&self.cadence).unwrap_or_default(),
        })
    }
}

/// The action form as typed. People are ids in their text form ("" = none).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ActionDraft {
    /// What to do.
    pub title: String,
    /// Action kind key (see `kind_key`).
    pub kind: String,
    /// Area key ("" = none; see `area_key`).
    pub area: String,
    /// The first linked person's id ("" = none).
    pub person: String,
    /// The second person's id, for an introduction ("" = none).
    pub second_person: String,
    /// Planned date as typed in a date input ("" = some time).
    pub due: String,
    /// Repeat choice key (see `RepeatChoice::key`).
    pub repeat: String,
    /// Days between repeats, for "every N days".
    pub every_days: String,
    /// Note.
    pub note: String,
}

impl Default for ActionDraft {
    fn default() -> Self {
        ActionDraft {
            title: String::new(),
            kind: kind_key(ActionKind::FollowUp).into(),
            area: String::new(),
            person: String::new(),
            second_person: String::new(),
            due: String::new(),
            repeat: RepeatChoice::None.key().into(),
            every_days: "10".into(),
            note: String::new(),
        }
    }
}

/// A valid action form.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ActionFields {
    /// What to do, trimmed.
    pub title: String,
    /// The kind of step.
    pub kind: ActionKind,
    /// The area it strengthens, if any.
    pub area: Option<Area>,
    /// Linked people: none, one, or two for an introduction.
    pub people: Vec<PersonId>,
    /// Planned date, if any.
    pub due: Option<NaiveDate>,
    /// Whether it comes back after it is closed.
    pub recurrence: Recurrence,
    /// Note, trimmed.
    pub note: String,
}

/// The stable key of an area, used in form values and exported files.
pub fn area_key(a: Area) -> &'static str {
    match a {
        Area::Hobbies => "hobbies",
        Area::Events => "events",
        Area::Social => "social",
        Area::Strengths => "strengths",
        Area::Career => "career",
        Area::Trust => "trust",
        Area::Keep => "keep",
        Area::Mindset => "mindset",
    }
}

/// The area with key `s`, if any.
pub fn area_from_key(s: &str) -> Option<Area> {
    Area::ALL.into_iter().find(|a| area_key(*a) == s)
}

impl ActionDraft {
    /// A blank form, optionally linked to someone, due `due`.
    pub fn new_for(person: Option<PersonId>, due: Option<NaiveDate>) -> ActionDraft {
        ActionDraft {
            person: person.map(|p| p.to_string()).unwrap_or_default(),
            due: due.map(input_date).unwrap_or_default(),
            ..ActionDraft::default()
        }
    }

    /// The form filled in with a saved action, for editing.
    pub fn of(a: &Action) -> ActionDraft {
        let every_days = match a.recurrence {
            Recurrence::EveryDays(n) => n.to_string(),
            _ => ActionDraft::default().every_days,
        };
        ActionDraft {
            title: a.title.clone(),
            kind: kind_key(a.kind).into(),
            area: a.area.map(area_key).unwrap_or_default().into(),
            person: a.people.first().map(|p| p.to_string()).unwrap_or_default(),
            second_person: a.people.get(1).map(|p| p.to_string()).unwrap_or_default(),
            due: a.due.map(input_date).unwrap_or_default(),
            repeat: RepeatChoice::of(a.recurrence).key().into(),
            every_days,
            note: a.note.clone(),
        }
    }

    /// Validates against the people in `doc`. The second person only
    /// counts for an introduction.
    pub fn validate(&self, doc: &Document) -> Result<ActionFields, Errors> {
        let mut e = Errors::default();
        let title = self.title.trim();
        if title.is_empty() {
            e.add(Field::Title, Problem::Required);
        }
        e.max_len(Field::Title, title, MAX_TITLE);
        let kind = crate::plan_text::kind_from_key(&self.kind).unwrap_or(ActionKind::Custom);
        let known = |s: &str| {
            s.parse::<PersonId>()
                .ok()
                .filter(|id| doc.people.iter().any(|p| p.id == *id))
        };
        let mut people = Vec::new();
        if !self.person.is_empty() {
            match known(&self.person) {
                Some(id) => people.push(id),
                None => e.add(Field::Person, Problem::UnknownPerson),
            }
        }
        if kind == ActionKind::Introduce && !self.second_person.is_empty() {
            match known(&self.second_person) {
                Some(id) if people.contains(&id) => e.add(Field::SecondPerson, Problem::SamePerson),
                Some(id) => people.push(id),
                None => e.add(Field::SecondPerson, Problem::UnknownPerson),
            }
        }
        let due = e.date(Field::Due, &self.due);
        let repeat = RepeatChoice::from_key(&self.repeat).unwrap_or(RepeatChoice::None);
        let recurrence = match repeat {
            RepeatChoice::None => Recurrence::None,
            RepeatChoice::Weekly => Recurrence::Weekly,
            RepeatChoice::Biweekly => Recurrence::Biweekly,
            RepeatChoice::Monthly => Recurrence::Monthly,
            RepeatChoice::EveryDays => match self.every_days.trim().parse::<u16>() {
                Ok(n) if (1..=MAX_EVERY_DAYS).contains(&n) => Recurrence::EveryDays(n),
                _ => {
                    e.add(Field::EveryDays, Problem::BadDays);
                    Recurrence::None
                }
            },
        };
        if repeat != RepeatChoice::None && self.due.trim().is_empty() {
            e.add(Field::Due, Problem::NeedsDate);
        }
        e.max_len(Field::Note, &self.note, MAX_LONG);
        if !e.is_empty() {
            return Err(e);
        }
        Ok(ActionFields {
            title: title.to_string(),
            kind,
            area: area_from_key(&self.area),
            people,
            due,
            recurrence,
            note: self.note.trim().to_string(),
        })
    }
}

/// The contact-log form as typed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InteractionDraft {
    /// Date as typed in a date input.
    pub date: String,
    /// Interaction kind key (see `interaction_key`).
    pub kind: String,
    /// Note.
    pub note: String,
}

impl InteractionDraft {
    /// A blank entry dated `today`, of kind "met".
    pub fn new(today: NaiveDate) -> InteractionDraft {
        InteractionDraft {
            date: input_date(today),
            kind: interaction_key(InteractionKind::Met).into(),
            note: String::new(),
        }
    }

    /// Checks the entry; `today` rules out future dates.
    pub fn validate(&self, today: NaiveDate) -> Result<InteractionFields, Errors> {
        let mut e = Errors::default();
        if self.date.trim().is_empty() {
            e.add(Field::Date, Problem::Required);
        }
        let date = e.date(Field::Date, &self.date);
        if date.is_some_and(|d| d > today) {
            e.add(Field::Date, Problem::FutureDate);
        }
        e.max_len(Field::LogNote, &self.note, MAX_LONG);
        match date {
            Some(date) if e.is_empty() => Ok(InteractionFields {
                date,
                kind: crate::plan_text::interaction_from_key(&self.kind)
                    .unwrap_or(InteractionKind::Message),
                note: self.note.trim().to_string(),
            }),
            _ => Err(e),
        }
    }
}

/// A valid contact log entry.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InteractionFields {
    /// The local date it happened.
    pub date: NaiveDate,
    /// What kind of contact it was.
    pub kind: InteractionKind,
    /// Note, trimmed.
    pub note: String,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::people::tests_support::person;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn person_form_names_each_problem_and_keeps_the_text() {
        let today = d(2026, 11, 23);
        let draft = PersonDraft {
            name: "   ".into(),
            met_on: "2026-13-01".into(),
            notes: "x".repeat(MAX_LONG + 1),
            ..PersonDraft::default()
        };
        let e = draft.validate(today).unwrap_err();
        assert_eq!(e.get(Field::Name), Some(Problem::Required));
        assert_eq!(e.get(Field::MetOn), Some(Problem::BadDate));
        assert_eq!(e.get(Field::Notes), Some(Problem::TooLong));
        assert_eq!(e.first(), Some(Field::Name));
        // The draft itself is untouched, so the form still shows it.
        assert_eq!(draft.met_on, "2026-13-01");
        let future = PersonDraft {
            name: "A".into(),
            met_on: "2026-11-24".into(),
            ..PersonDraft::default()
        };
        assert_eq!(
            future.validate(today).unwrap_err().get(Field::MetOn),
            Some(Problem::FutureDate)
        );
    }

    #[test]
    fn valid_person_form_is_trimmed_and_typed() {
        let draft = PersonDraft {
            name: "  山田さん ".into(),
            channel: "meetup".into(),
            met_on: "2026-11-23".into(),
            tags: "写真、起業".into(),
            cadence: "biweekly".into(),
            ..PersonDraft::default()
        };
        let f = draft.validate(d(2026, 11, 23)).unwrap();
        assert_eq!(f.name, "山田さん");
        assert_eq!(f.channel, Channel::Meetup);
        assert_eq!(f.met_on, Some(d(2026, 11, 23)));
        assert_eq!(f.tags, vec!["写真", "起業"]);
        assert_eq!(f.cadence, Cadence::Biweekly);
    }

    #[test]
    fn person_draft_round_trips_through_a_person() {
        let mut p = person(1, "A", Cadence::Quarterly);
        p.tags = vec!["x".into(), "y".into()];
        p.met_on = Some(d(2026, 1, 2));
        let f = PersonDraft::of(&p).validate(d(2026, 11, 23)).unwrap();
        assert_eq!(f.tags, p.tags);
        assert_eq!(f.met_on, p.met_on);
        assert_eq!(f.cadence, Cadence::Quarterly);
    }

    #[test]
    fn action_form_checks_people_dates_and_repeats() {
        let mut doc = Document::default();
        doc.people.push(person(1, "A", Cadence::None));
        doc.people.push(person(2, "B", Cadence::None));
        let a = PersonId(1).to_string();
        let b = PersonId(2).to_string();
        let base = ActionDraft {
            title: "Introduce".into(),
            kind: "introduce".into(),
            person: a.clone(),
            second_person: b.clone(),
            due: "2026-11-30".into(),
            repeat: "monthly".into(),
            ..ActionDraft::default()
        };
        let f = base.validate(&doc).unwrap();
        assert_eq!(f.people, vec![PersonId(1), PersonId(2)]);
        assert_eq!(f.recurrence, Recurrence::Monthly);

        let same = ActionDraft {
            second_person: a.clone(),
            ..base.clone()
        };
        assert_eq!(
            same.validate(&doc).unwrap_err().get(Field::SecondPerson),
            Some(Problem::SamePerson)
        );
        // The second person is ignored unless it's an introduction.
        let thank = ActionDraft {
            kind: "thank".into(),
            second_person: a.clone(),
            ..base.clone()
        };
        assert_eq!(thank.validate(&doc).unwrap().people, vec![PersonId(1)]);

        let no_date = ActionDraft {
            due: String::new(),
            ..base.clone()
        };
        assert_eq!(
            no_date.validate(&doc).unwrap_err().get(Field::Due),
            Some(Problem::NeedsDate)
        );
        let bad_days = ActionDraft {
            repeat: "every_days".into(),
            every_days: "0".into(),
            ..base.clone()
        };
        assert_eq!(
            bad_days.validate(&doc).unwrap_err().get(Field::EveryDays),
            Some(Problem::BadDays)
        );
        let days = ActionDraft {
            repeat: "every_days".into(),
            every_days: " 21 ".into(),
            ..base.clone()
        };
        assert_eq!(
            days.validate(&doc).unwrap().recurrence,
            Recurrence::EveryDays(21)
        );
        let ghost = ActionDraft {
            person: PersonId(77).to_string(),
            ..base.clone()
        };
        assert_eq!(
            ghost.validate(&doc).unwrap_err().get(Field::Person),
            Some(Problem::UnknownPerson)
        );
        let empty = ActionDraft::default();
        assert_eq!(
            empty.validate(&doc).unwrap_err().get(Field::Title),
            Some(Problem::Required)
        );
    }

    #[test]
    fn interaction_form_needs_a_past_or_present_date() {
        let today = d(2026, 11, 23);
        let ok = InteractionDraft::new(today).validate(today).unwrap();
        assert_eq!((ok.date, ok.kind), (today, InteractionKind::Met));
        let mut draft = InteractionDraft::new(today);
        draft.date = "2026-11-24".into();
        assert_eq!(
            draft.validate(today).unwrap_err().get(Field::Date),
            Some(Problem::FutureDate)
        );
        draft.date = String::new();
        assert_eq!(
            draft.validate(today).unwrap_err().get(Field::Date),
            Some(Problem::Required)
        );
    }
}
