//! The saved document: everything a user has, in one versioned value. This is
//! the shape written to localStorage and (wrapped) to exported plan files.
//! Older shapes are upgraded by `migrate`, one pure step per version.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::i18n::Lang;
use crate::questionnaire::{ActionKind, Area};
use crate::scoring::Answers;
use crate::self_intro::SelfIntro;

/// Version of the document shape written by this build.
///
/// - 1: the first shape.
/// - 2: the self-check's items were rebalanced (eight areas of 4–5 items,
///   double-barrelled items split, overlaps merged), "doesn't apply" answers
///   (stored as 0) added, and the optional self-introduction (`intro`).
///   `v1_to_v2` carries old answers over.
pub const SCHEMA_VERSION: u32 = 2;

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        /// Stored as 16 lowercase hex digits so it survives any JSON tool.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub struct $name(pub u64);

        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(&format!("{:016x}", self.0))
            }
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
                parse_hex_id(&s).map($name).ok_or_else(|| {
                    serde::de::Error::custom(format!("invalid id '{}'", truncate_for_message(&s)))
                })
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                write!(f, "{:016x}", self.0)
            }
        }

        impl std::str::FromStr for $name {
            type Err = ();
            fn from_str(s: &str) -> Result<Self, ()> {
                parse_hex_id(s).map($name).ok_or(())
            }
        }
    };
}

fn parse_hex_id(s: &str) -> Option<u64> {
    (s.len() == 16 && s.bytes().all(|b| b.is_ascii_hexdigit()))
        .then(|| u64::from_str_radix(s, 16).ok())
        .flatten()
}

/// Cuts hostile or huge input down before it goes into an error message.
pub fn truncate_for_message(s: &str) -> String {
    const MAX: usize = 40;
    if s.chars().count() <= MAX {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(MAX).collect();
        t.push('…');
        t
    }
}

id_type!(AssessmentId);
id_type!(PersonId);
id_type!(InteractionId);
id_type!(ActionId);

/// The user's preferences and the backup reminder's state.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Settings {
    /// None until the user picks a language; the browser preference is used.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lang: Option<Lang>,
    /// When the user last exported a backup file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_export: Option<NaiveDate>,
    /// The backup reminder stays quiet until this date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reminder_snoozed_until: Option<NaiveDate>,
}

/// An assessment in progress, so a closed tab resumes where it stopped.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Draft {
    /// The answers given so far, by item id.
    pub answers: Answers,
    /// Index of the question on screen.
    pub position: usize,
}

/// A completed assessment. All of them are kept, oldest first.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Assessment {
    /// Identifies this assessment among the user's results.
    pub id: AssessmentId,
    /// The user's local date when they finished.
    pub date: NaiveDate,
    /// The moment it was finished, for ordering results taken on the same day.
    pub completed_at: DateTime<Utc>,
    /// The answers, by item id; scores are computed from them, never stored.
    pub answers: Answers,
}

/// Where we met someone.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Channel {
    /// A hobby, club or class.
    Hobby,
    /// Volunteering or community work.
    Volunteering,
    /// A cross-industry meetup or similar gathering.
    Meetup,
    /// An online event or community.
    OnlineEvent,
    /// A social network.
    SocialNetwork,
    /// Introduced by someone else.
    Introduction,
    /// Anywhere else.
    Other,
}

impl Channel {
    /// Every channel, in the order the person form offers them.
    pub const ALL: [Channel; 7] = [
        Channel::Hobby,
        Channel::Volunteering,
        Channel::Meetup,
        Channel::OnlineEvent,
        Channel::SocialNetwork,
        Channel::Introduction,
        Channel::Other,
    ];
}

/// How often the user wants to be in touch with someone.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Cadence {
    /// No regular contact planned.
    #[default]
    None,
    /// About once a week.
    Weekly,
    /// About every two weeks.
    Biweekly,
    /// About once a month.
    Monthly,
    /// About every three months.
    Quarterly,
    /// About every six months.
    HalfYearly,
}

impl Cadence {
    /// Every cadence, from none to the longest, as the person form offers them.
    pub const ALL: [Cadence; 6] = [
        Cadence::None,
        Cadence::Weekly,
        Cadence::Biweekly,
        Cadence::Monthly,
        Cadence::Quarterly,
        Cadence::HalfYearly,
    ];
}

/// Someone in the user's network outside work.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Person {
    /// Identifies this person; interactions and actions refer to it.
    pub id: PersonId,
    /// Name or nickname.
    pub name: String,
    /// Where the user met them.
    pub channel: Channel,
    /// The place or event where they met, as the user wrote it.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub met_place: String,
    /// The date they met, if the user gave one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub met_on: Option<NaiveDate>,
    /// Their interests and field.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub interests: String,
    /// What the user can offer this person.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub i_offer: String,
    /// What this person can offer the user.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub they_offer: String,
    /// The user's own labels, for filtering the list.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
    /// Free notes about this person.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub notes: String,
    /// How often the user wants to be in touch; drives the follow-up date.
    #[serde(default)]
    pub cadence: Cadence,
    /// When this person was added.
    pub created_at: DateTime<Utc>,
    /// When this person was last edited.
    pub updated_at: DateTime<Utc>,
}

/// What happened in one contact with someone.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum InteractionKind {
    /// Met in person.
    Met,
    /// Sent or received a message.
    Message,
    /// Spoke on the phone or a video call.
    Call,
    /// Said thank you.
    Thanked,
    /// Congratulated them.
    Congratulated,
    /// Shared news or information.
    SharedNews,
    /// Introduced them to someone.
    Introduced,
    /// Helped them.
    Helped,
    /// Was helped by them.
    WasHelped,
}

impl InteractionKind {
    /// Every contact kind, in the order the log form offers them.
    pub const ALL: [InteractionKind; 9] = [
        InteractionKind::Met,
        InteractionKind::Message,
        InteractionKind::Call,
        InteractionKind::Thanked,
        InteractionKind::Congratulated,
        InteractionKind::SharedNews,
        InteractionKind::Introduced,
        InteractionKind::Helped,
        InteractionKind::WasHelped,
    ];
}

/// One logged contact with a person.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Interaction {
    /// Identifies this entry in the contact log.
    pub id: InteractionId,
    /// The person it was with.
    pub person: PersonId,
    /// The local date it happened.
    pub date: NaiveDate,
    /// What kind of contact it was.
    pub kind: InteractionKind,
    /// What the user wrote about it.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
    /// When it was logged.
    pub created_at: DateTime<Utc>,
    /// When it was last edited.
    pub updated_at: DateTime<Utc>,
}

/// Whether an action comes back after it is done or skipped.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Recurrence {
    /// Happens once.
    #[default]
    None,
    /// Comes back a week later.
    Weekly,
    /// Comes back two weeks later.
    Biweekly,
    /// Comes back on the same day next month (see `Action::month_day`).
    Monthly,
    /// Comes back this many days later.
    EveryDays(u16),
}

/// Where an action stands.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Still to do.
    #[default]
    Todo,
    /// Done.
    Done,
    /// Set aside without doing it.
    Skipped,
}

impl Status {
    /// Every status, in the order of an action's life.
    pub const ALL: [Status; 3] = [Status::Todo, Status::Done, Status::Skipped];
}

/// One step in the user's plan: something to do, perhaps with someone, perhaps by a date.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Action {
    /// Identifies this action.
    pub id: ActionId,
    /// What to do, in the user's words.
    pub title: String,
    /// The kind of step, which picks its hint and template.
    pub kind: ActionKind,
    /// The area of the self-check it strengthens, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub area: Option<Area>,
    /// Linked people: one, or two for an introduction.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub people: Vec<PersonId>,
    /// The local date it is planned for; none means "some time".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due: Option<NaiveDate>,
    /// Whether it comes back after it is closed.
    #[serde(default)]
    pub recurrence: Recurrence,
    /// For a monthly series: the day of the month it aims for, so a series
    /// begun on the 31st comes back to the 31st after a shorter month.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub month_day: Option<u8>,
    /// Still to do, done or skipped.
    #[serde(default)]
    pub status: Status,
    /// The local date it was completed or skipped.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub closed_on: Option<NaiveDate>,
    /// The user's note about it.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
    /// Where the action came from: the questionnaire item whose tip it is, or
    /// `review.weekly` for the record a weekly review leaves.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from_item: Option<String>,
    /// When it was created.
    pub created_at: DateTime<Utc>,
    /// When it was last edited.
    pub updated_at: DateTime<Utc>,
}

/// Everything the user has saved: settings, self-checks, people, contact log and plan.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Document {
    /// The shape version it was written in (see `SCHEMA_VERSION`).
    pub schema_version: u32,
    /// Increases with every saved change; lets tabs tell newer from older.
    #[serde(default)]
    pub revision: u64,
    /// Language and backup reminder settings.
    #[serde(default)]
    pub settings: Settings,
    /// A self-check in progress, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub draft: Option<Draft>,
    /// Finished self-checks, oldest first.
    #[serde(default)]
    pub assessments: Vec<Assessment>,
    /// The people in the user's network.
    #[serde(default)]
    pub people: Vec<Person>,
    /// The contact log, across all people.
    #[serde(default)]
    pub interactions: Vec<Interaction>,
    /// The plan's actions, open and closed.
    #[serde(default)]
    pub actions: Vec<Action>,
    /// The self-introduction builder's answers and texts (schema 2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub intro: Option<SelfIntro>,
}

impl Default for Document {
    fn default() -> Self {
        Document {
            schema_version: SCHEMA_VERSION,
            revision: 0,
            settings: Settings::default(),
            draft: None,
            assessments: Vec::new(),
            people: Vec::new(),
            interactions: Vec::new(),
            actions: Vec::new(),
            intro: None,
        }
    }
}

impl Document {
    /// The most recent finished self-check.
    pub fn latest_assessment(&self) -> Option<&Assessment> {
        self.assessments.last()
    }

    /// The self-check before the most recent one, to show the change.
    pub fn previous_assessment(&self) -> Option<&Assessment> {
        let n = self.assessments.len();
        (n >= 2).then(|| &self.assessments[n - 2])
    }
}

/// Why stored or imported text could not become a document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DecodeError {
    /// The text was empty.
    Empty,
    /// The text is not JSON; carries the parser's message.
    NotJson(String),
    /// Valid JSON, but not a Tsunagari document.
    NotADocument(String),
    /// Written by a newer Tsunagari than this one.
    NewerVersion(u32),
    /// JSON of the right kind with a field missing or of the wrong type.
    Invalid(String),
}

impl std::fmt::Display for DecodeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DecodeError::Empty => write!(f, "empty"),
            DecodeError::NotJson(e) => write!(f, "not JSON: {e}"),
            DecodeError::NotADocument(e) => write!(f, "not a Tsunagari document: {e}"),
            DecodeError::NewerVersion(v) => write!(f, "made by a newer version (schema {v})"),
            DecodeError::Invalid(e) => write!(f, "invalid: {e}"),
        }
    }
}

/// Reads a stored document, upgrading older schema versions.
pub fn decode(text: &str) -> Result<Document, DecodeError> {
    if text.trim().is_empty() {
        return Err(DecodeError::Empty);
    }
    let value: serde_json::Value =
        serde_json::from_str(text).map_err(|e| DecodeError::NotJson(e.to_string()))?;
    decode_value(value)
}

/// Reads a document already parsed as JSON (see `decode`).
pub fn decode_value(value: serde_json::Value) -> Result<Document, DecodeError> {
    let version = value
        .get("schema_version")
        .ok_or_else(|| DecodeError::NotADocument("no schema_version".into()))?
        .as_u64()
        .ok_or_else(|| DecodeError::NotADocument("schema_version is not a number".into()))?;
    let version = u32::try_from(version).map_err(|_| DecodeError::NewerVersion(u32::MAX))?;
    if version > SCHEMA_VERSION {
        return Err(DecodeError::NewerVersion(version));
    }
    if version == 0 {
        return Err(DecodeError::NotADocument("schema_version 0".into()));
    }
    let value = migrate(value, version)?;
    // The same deserializer as plan-file import (path-tracking, over a
    // borrowed Value): one copy of the document's Deserialize code in the
    // wasm instead of two, and errors that say where.
    crate::value_de::from_value(&value)
        .map_err(|e| DecodeError::Invalid(format!("{}: {}", e.path_text(), e.inner())))
}

/// Upgrades a document's JSON from `from` to `SCHEMA_VERSION`, one step at a
/// time. Each version adds a `vN_to_vN+1` function here and a golden file
/// in tests/golden.
pub fn migrate(mut value: serde_json::Value, from: u32) -> Result<serde_json::Value, DecodeError> {
    let mut version = from;
    while version < SCHEMA_VERSION {
        value = upgrade_step(value, version)?;
        version += 1;
    }
    Ok(value)
}

/// One upgrade, from `version` to `version + 1`.
fn upgrade_step(value: serde_json::Value, version: u32) -> Result<serde_json::Value, DecodeError> {
    match version {
        1 => Ok(v1_to_v2(value)),
        _ => Err(DecodeError::NotADocument(format!(
            "no upgrade from schema_version {version}"
        ))),
    }
}

/// Where each schema-1 item's answer goes in schema 2. An item split in two
/// (it asked two things at once) gives its answer to both halves, the best
/// information there is; merged items keep the answer of the item that
/// stays and take the other's only when that one is missing; an item whose
/// idea now lives inside another one (`car.long_term`) carries over the same
/// way. Ids not listed keep their key.
const V1_ANSWER_MOVES: [(&str, &[&str]); 7] = [
    ("car.strengths", &["str.strengths", "str.wants"]),
    (
        "car.thank_introducer",
        &["car.thank_introducer", "car.report_back"],
    ),
    ("car.act", &["min.act"]),
    ("tru.contact", &["kee.contact"]),
    ("car.long_term", &["kee.contact"]),
    ("kee.thank_small", &["tru.thanks"]),
    ("tru.give_take", &["tru.offer"]),
];

/// Items that schema 2 split: the new half takes the old item's answer.
const V1_ANSWER_COPIES: [(&str, &str); 1] = [("tru.offer", "tru.share")];

/// The schema-1 item a plan action made from a tip now belongs to.
fn v2_item_key(key: &str) -> &str {
    V1_ANSWER_MOVES
        .iter()
        .find(|(old, _)| *old == key)
        .map_or(key, |(_, new)| new[0])
}

/// Schema-1 answers in schema-2 keys. A 0 is dropped: it now means
/// "doesn't apply", which no schema-1 answer can have meant. Other values
/// pass through as they are, so an import still reports a broken one.
fn v1_answers_to_v2(
    old: &serde_json::Map<String, serde_json::Value>,
) -> serde_json::Map<String, serde_json::Value> {
    let valid = |v: &serde_json::Value| v.as_u64() != Some(0);
    let moved = |k: &str| V1_ANSWER_MOVES.iter().any(|(old, _)| *old == k);
    // Items that stay under their own key first, so a merge never overrides them.
    let mut out: serde_json::Map<String, serde_json::Value> = old
        .iter()
        .filter(|(k, v)| !moved(k) && valid(v))
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    for (from, to) in V1_ANSWER_MOVES {
        let Some(v) = old.get(from).filter(|v| valid(v)) else {
            continue;
        };
        for key in to {
            out.entry(key.to_string()).or_insert_with(|| v.clone());
        }
    }
    for (from, to) in V1_ANSWER_COPIES {
        if let Some(v) = out.get(from).cloned() {
            out.entry(to.to_string()).or_insert(v);
        }
    }
    out
}

/// Schema 1 → 2: answers move to the rebalanced items (see
/// `V1_ANSWER_MOVES`), a draft starts again from the first question (the
/// question order changed) keeping its answers, and actions made from a
/// moved item's tip point at its new key. Pure: JSON in, JSON out; fields it
/// does not know pass through untouched.
pub fn v1_to_v2(mut value: serde_json::Value) -> serde_json::Value {
    use serde_json::Value;
    let convert = |answers: &mut Value| {
        if let Value::Object(map) = answers {
            *map = v1_answers_to_v2(map);
        }
    };
    if let Some(Value::Array(list)) = value.get_mut("assessments") {
        for a in list.iter_mut() {
            if let Some(answers) = a.get_mut("answers") {
                convert(answers);
            }
        }
    }
    if let Some(draft) = value.get_mut("draft").filter(|d| d.is_object()) {
        if let Some(answers) = draft.get_mut("answers") {
            convert(answers);
        }
        draft["position"] = Value::from(0);
    }
    if let Some(Value::Array(list)) = value.get_mut("actions") {
        for a in list.iter_mut() {
            if let Some(Value::String(key)) = a.get_mut("from_item") {
                *key = v2_item_key(key).to_string();
            }
        }
    }
    if let Some(v) = value.get_mut("schema_version") {
        *v = Value::from(2);
    }
    value
}

/// The revision of a stored document without decoding all of it: `encode`
/// writes `schema_version` and `revision` first, so a prefix scan finds it.
/// Falls back to a full decode for text written in another field order.
pub fn peek_revision(text: &str) -> Option<u64> {
    revision_in_prefix(text).or_else(|| decode(text).ok().map(|d| d.revision))
}

/// How many leading characters `revision_in_prefix` needs.
pub const REVISION_PREFIX_CHARS: u32 = 96;

/// The revision when it stands in the first `REVISION_PREFIX_CHARS`
/// characters, as `encode` writes it; None otherwise.
pub fn revision_in_prefix(text: &str) -> Option<u64> {
    let end = text
        .char_indices()
        .nth(REVISION_PREFIX_CHARS as usize)
        .map_or(text.len(), |(i, _)| i);
    let head = &text[..end];
    let at = head.find("\"revision\":")?;
    let digits: String = head[at + 11..]
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    // Digits cut off by the prefix end would give a wrong number.
    (at + 11 + digits.len() < head.len())
        .then(|| digits.parse().ok())
        .flatten()
}

/// Writes the document as compact JSON, the form kept in storage.
pub fn encode(doc: &Document) -> String {
    serde_json::to_string(doc).expect("a document always serializes")
}

/// Re-indents compact JSON exactly as `serde_json::to_string_pretty` would
/// print it (two spaces, `": "`, `[]`/`{}` when empty). Exports use this on
/// compact output, so the wasm carries one JSON writer for the document
/// instead of a compact and a pretty copy of every type's serializer.
pub fn pretty_json(compact: &str) -> String {
    // Works on bytes: every byte it looks at or adds is ASCII, and the bytes
    // of a multi-byte character are never ASCII, so characters pass intact.
    let bytes = compact.as_bytes();
    let mut out: Vec<u8> = Vec::with_capacity(bytes.len() + bytes.len() / 2);
    let mut depth = 0usize;
    let newline = |out: &mut Vec<u8>, depth: usize| {
        out.push(b'\n');
        (0..depth).for_each(|_| out.extend_from_slice(b"  "));
    };
    let mut i = 0;
    while i < bytes.len() {
        let c = bytes[i];
        i += 1;
        match c {
            b'"' => {
                // The whole string, escapes included, in one copy.
                let start = i - 1;
                i = string_end(bytes, i);
                out.extend_from_slice(&bytes[start..i]);
            }
            b'{' | b'[' => {
                let close = if c == b'{' { b'}' } else { b']' };
                out.push(c);
                if bytes.get(i) == Some(&close) {
                    out.push(close);
                    i += 1;
                } else {
                    depth += 1;
                    newline(&mut out, depth);
                }
            }
            b'}' | b']' => {
                depth = depth.saturating_sub(1);
                newline(&mut out, depth);
                out.push(c);
            }
            b',' => {
                out.push(c);
                newline(&mut out, depth);
            }
            b':' => out.extend_from_slice(b": "),
            c => out.push(c),
        }
    }
    String::from_utf8(out).expect("ASCII added to valid UTF-8 stays valid")
}

/// The index just past the closing quote of a JSON string whose contents
/// start at `i` (escapes skipped), or the end of `bytes` if it never closes.
fn string_end(bytes: &[u8], mut i: usize) -> usize {
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 2,
            b'"' => return i + 1,
            _ => i += 1,
        }
    }
    i.min(bytes.len())
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    pub(crate) fn sample() -> Document {
        let at = Utc.with_ymd_and_hms(2026, 11, 23, 9, 30, 0).unwrap();
        let day = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        let mut answers = Answers::new();
        answers.insert("hob.enjoy".into(), 4);
        Document {
            schema_version: SCHEMA_VERSION,
            revision: 7,
            settings: Settings {
                lang: Some(Lang::En),
                last_export: Some(day),
                reminder_snoozed_until: None,
            },
            draft: Some(Draft {
                answers: answers.clone(),
                position: 1,
            }),
            assessments: vec![Assessment {
                id: AssessmentId(1),
                date: day,
                completed_at: at,
                answers,
            }],
            people: vec![Person {
                id: PersonId(0xabc),
                name: "山田 <script>".into(),
                channel: Channel::Hobby,
                met_place: "写真サークル".into(),
                met_on: Some(day),
                interests: "写真".into(),
                i_offer: "".into(),
                they_offer: "".into(),
                tags: vec!["写真".into()],
                notes: "".into(),
                cadence: Cadence::Monthly,
                created_at: at,
                updated_at: at,
            }],
            interactions: vec![Interaction {
                id: InteractionId(2),
                person: PersonId(0xabc),
                date: day,
                kind: InteractionKind::Met,
                note: "".into(),
                created_at: at,
                updated_at: at,
            }],
            actions: vec![Action {
                id: ActionId(3),
                title: "お礼を送る".into(),
                kind: ActionKind::Thank,
                area: Some(Area::Trust),
                people: vec![PersonId(0xabc)],
                due: Some(day),
                recurrence: Recurrence::EveryDays(10),
                month_day: None,
                status: Status::Todo,
                closed_on: None,
                note: "".into(),
                from_item: None,
                created_at: at,
                updated_at: at,
            }],
            intro: None,
        }
    }

    #[test]
    fn serde_round_trip() {
        let doc = sample();
        let text = encode(&doc);
        assert_eq!(decode(&text), Ok(doc));
    }

    #[test]
    fn revision_is_found_without_a_full_decode() {
        let doc = Document {
            revision: 12345,
            ..Document::default()
        };
        assert_eq!(peek_revision(&encode(&doc)), Some(12345));
        assert_eq!(
            peek_revision("{\"people\":[],\"schema_version\":1,\"revision\":9}"),
            Some(9)
        );
        assert_eq!(peek_revision("garbage"), None);
        assert_eq!(peek_revision("{\"revision\":"), None);
        let prefix: String = encode(&doc)
            .chars()
            .take(REVISION_PREFIX_CHARS as usize)
            .collect();
        assert_eq!(revision_in_prefix(&prefix), Some(12345));
        assert_eq!(
            revision_in_prefix("{\"schema_version\":1,\"revision\":12"),
            None,
            "cut-off digits"
        );
    }

    #[test]
    fn pretty_json_matches_serde_json_pretty_output() {
        let mut doc = sample();
        doc.people[0].notes = "quote \" backslash \\ brace { ] : , 改行\n".into();
        doc.people[0].tags.clear();
        let compact = encode(&doc);
        assert_eq!(
            pretty_json(&compact),
            serde_json::to_string_pretty(&doc).unwrap()
        );
        let empty = Document::default();
        assert_eq!(
            pretty_json(&encode(&empty)),
            serde_json::to_string_pretty(&empty).unwrap()
        );
        let big =
            crate::sample::generate(40, 120, 60, 3, NaiveDate::from_ymd_opt(2026, 5, 1).unwrap());
        assert_eq!(
            pretty_json(&encode(&big)),
            serde_json::to_string_pretty(&big).unwrap()
        );
        assert_eq!(pretty_json("[]"), "[]");
        assert_eq!(pretty_json("{\"a\":[{}]}"), "{\n  \"a\": [\n    {}\n  ]\n}");
    }

    #[test]
    fn ids_are_hex_strings() {
        let text = serde_json::to_string(&PersonId(255)).unwrap();
        assert_eq!(text, "\"00000000000000ff\"");
        assert!(serde_json::from_str::<PersonId>("\"xyz\"").is_err());
        assert!(serde_json::from_str::<PersonId>("12").is_err());
    }

    #[test]
    fn decode_errors_are_specific() {
        assert_eq!(decode(""), Err(DecodeError::Empty));
        assert!(matches!(decode("{"), Err(DecodeError::NotJson(_))));
        assert!(matches!(decode("[]"), Err(DecodeError::NotADocument(_))));
        assert!(matches!(
            decode("{\"a\":1}"),
            Err(DecodeError::NotADocument(_))
        ));
        assert_eq!(
            decode("{\"schema_version\":99}"),
            Err(DecodeError::NewerVersion(99))
        );
        assert!(matches!(
            decode("{\"schema_version\":1,\"assessments\":5}"),
            Err(DecodeError::Invalid(_))
        ));
    }

    #[test]
    fn migration_chain_is_identity_at_current_version_and_refuses_unknown_ones() {
        let v = serde_json::json!({"schema_version": SCHEMA_VERSION, "x": 1});
        assert_eq!(migrate(v.clone(), SCHEMA_VERSION), Ok(v.clone()));
        assert!(matches!(migrate(v, 0), Err(DecodeError::NotADocument(_))));
    }

    /// A schema-1 document with one of each thing the migration touches.
    fn v1_doc() -> serde_json::Value {
        serde_json::json!({
            "schema_version": 1,
            "revision": 3,
            "draft": {"answers": {"hob.enjoy": 2, "car.act": 4}, "position": 17},
            "assessments": [{
                "id": "00000000000000a1",
                "date": "2026-03-01",
                "completed_at": "2026-03-01T10:00:00Z",
                "answers": {
                    "hob.enjoy": 4,
                    "car.strengths": 2,
                    "car.thank_introducer": 5,
                    "car.long_term": 1,
                    "car.act": 3,
                    "tru.contact": 4,
                    "tru.thanks": 5,
                    "kee.thank_small": 1,
                    "tru.give_take": 2,
                    "tru.offer": 3,
                    "min.ready": 0,
                    "sns.post": 9
                }
            }],
            "actions": [
                {"id": "0000000000000003", "title": "t", "kind": "reflect",
                 "from_item": "car.act",
                 "created_at": "2026-03-01T10:00:00Z", "updated_at": "2026-03-01T10:00:00Z"},
                {"id": "0000000000000004", "title": "u", "kind": "thank",
                 "from_item": "tru.thanks",
                 "created_at": "2026-03-01T10:00:00Z", "updated_at": "2026-03-01T10:00:00Z"}
            ],
            "unknown_future_field": {"kept": true}
        })
    }

    #[test]
    fn v1_answers_move_to_the_rebalanced_items() {
        let v2 = v1_to_v2(v1_doc());
        assert_eq!(v2["schema_version"], 2);
        let answers = &v2["assessments"][0]["answers"];
        let expected = serde_json::json!({
            "hob.enjoy": 4,
            // split items give their answer to both halves
            "str.strengths": 2,
            "str.wants": 2,
            "car.thank_introducer": 5,
            "car.report_back": 5,
            "min.act": 3,
            // merged items keep the answer of the item that stays
            "kee.contact": 4,
            "tru.thanks": 5,
            "tru.offer": 3,
            "tru.share": 3,
            // A stray 0 is dropped so it cannot turn into "doesn't apply";
            // other broken values stay for the importer to report.
            "sns.post": 9
        });
        assert_eq!(answers, &expected);
        assert_eq!(
            v2["draft"]["answers"],
            serde_json::json!({"hob.enjoy": 2, "min.act": 4})
        );
        assert_eq!(
            v2["draft"]["position"], 0,
            "the order changed: start from the top"
        );
        assert_eq!(v2["actions"][0]["from_item"], "min.act");
        assert_eq!(v2["actions"][1]["from_item"], "tru.thanks");
        assert_eq!(
            v2["unknown_future_field"],
            serde_json::json!({"kept": true})
        );
        // Every key the migration writes is an item of this build.
        for key in expected.as_object().unwrap().keys() {
            assert!(crate::scoring::item(key).is_some(), "{key}");
        }
    }

    #[test]
    fn merges_take_the_other_answer_only_when_the_staying_one_is_missing() {
        let mut v1 = v1_doc();
        let answers = &mut v1["assessments"][0]["answers"];
        answers.as_object_mut().unwrap().remove("tru.thanks");
        answers.as_object_mut().unwrap().remove("tru.contact");
        let v2 = v1_to_v2(v1);
        let answers = &v2["assessments"][0]["answers"];
        assert_eq!(answers["tru.thanks"], 1, "from kee.thank_small");
        assert_eq!(answers["kee.contact"], 1, "from car.long_term");
    }

    #[test]
    fn a_v1_document_decodes_as_v2_and_scores() {
        let doc = decode(&v1_doc().to_string()).expect("v1 decodes");
        assert_eq!(doc.schema_version, SCHEMA_VERSION);
        assert_eq!(doc.revision, 3);
        assert_eq!(doc.actions[0].from_item.as_deref(), Some("min.act"));
        let s = crate::scoring::score(&doc.assessments[0].answers);
        assert!(s.overall.is_some());
        // Migrating twice is the same as once (a v2 document is left alone).
        let once = migrate(v1_doc(), 1).unwrap();
        assert_eq!(migrate(once.clone(), 2).unwrap(), once);
    }

    #[test]
    fn minimal_document_decodes_with_defaults() {
        assert_eq!(decode("{\"schema_version\":1}"), Ok(Document::default()));
    }
}

#[cfg(test)]
mod enum_tests {
    use super::*;
    use crate::enum_check::{check_all, check_keys, check_serde};
    use crate::plan_text as text;

    /// Exhaustive: a new variant does not compile until it has a place in `ALL`.
    fn channel_position(v: Channel) -> usize {
        match v {
            Channel::Hobby => 0,
            Channel::Volunteering => 1,
            Channel::Meetup => 2,
            Channel::OnlineEvent => 3,
            Channel::SocialNetwork => 4,
            Channel::Introduction => 5,
            Channel::Other => 6,
        }
    }

    /// Exhaustive: a new variant does not compile until it has a place in `ALL`.
    fn cadence_position(v: Cadence) -> usize {
        match v {
            Cadence::None => 0,
            Cadence::Weekly => 1,
            Cadence::Biweekly => 2,
            Cadence::Monthly => 3,
            Cadence::Quarterly => 4,
            Cadence::HalfYearly => 5,
        }
    }

    /// Exhaustive: a new variant does not compile until it has a place in `ALL`.
    fn interaction_position(v: InteractionKind) -> usize {
        match v {
            InteractionKind::Met => 0,
            InteractionKind::Message => 1,
            InteractionKind::Call => 2,
            InteractionKind::Thanked => 3,
            InteractionKind::Congratulated => 4,
            InteractionKind::SharedNews => 5,
            InteractionKind::Introduced => 6,
            InteractionKind::Helped => 7,
            InteractionKind::WasHelped => 8,
        }
    }

    /// Exhaustive: a new variant does not compile until it has a place in `ALL`.
    fn status_position(v: Status) -> usize {
        match v {
            Status::Todo => 0,
            Status::Done => 1,
            Status::Skipped => 2,
        }
    }

    /// Each label exists in both languages and no two variants share one.
    fn labels_differ<T: Copy + std::fmt::Debug>(all: &[T], label: fn(Lang, T) -> &'static str) {
        for lang in Lang::ALL {
            let mut seen = std::collections::BTreeSet::new();
            for &v in all {
                let l = label(lang, v);
                assert!(!l.trim().is_empty() && seen.insert(l), "{v:?} {lang:?}");
            }
        }
    }

    #[test]
    fn channels_are_listed_once_with_their_stored_keys_and_labels() {
        check_all(&Channel::ALL, channel_position);
        check_serde(&Channel::ALL);
        check_keys(&Channel::ALL, text::channel_key, text::channel_from_key);
        labels_differ(&Channel::ALL, text::channel_label);
    }

    #[test]
    fn cadences_are_listed_once_with_their_stored_keys_and_labels() {
        check_all(&Cadence::ALL, cadence_position);
        check_serde(&Cadence::ALL);
        check_keys(&Cadence::ALL, text::cadence_key, text::cadence_from_key);
        labels_differ(&Cadence::ALL, text::cadence_label);
    }

    #[test]
    fn interaction_kinds_are_listed_once_with_their_stored_keys_and_labels() {
        check_all(&InteractionKind::ALL, interaction_position);
        check_serde(&InteractionKind::ALL);
        check_keys(
            &InteractionKind::ALL,
            text::interaction_key,
            text::interaction_from_key,
        );
        labels_differ(&InteractionKind::ALL, text::interaction_label);
    }

    #[test]
    fn statuses_are_listed_once_with_labels() {
        check_all(&Status::ALL, status_position);
        check_serde(&Status::ALL);
        labels_differ(&Status::ALL, text::status_label);
    }
}
