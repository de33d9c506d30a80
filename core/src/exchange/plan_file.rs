//! Plan files: the exported JSON envelope around a `Document`, the
//! anonymized "for sharing" variant, the careful importer (every failure a
//! specific `ImportError` with a path, never a panic), the preview `Summary`
//! and merging an imported document into the current one.
//!
//! A plan file looks like
//! `{ "format": "tsunagari-plan", "schema_version": 1, "app_version": "0.1.0",
//!    "exported_at": "2026-11-23T09:30:00Z", "document": { … } }`,
//! pretty-printed UTF-8 with fields in that order.
//!
//! Import checks, in order: size, UTF-8 (a leading BOM is allowed), empty,
//! nesting depth (before any parsing, so hostile nesting never reaches
//! serde's recursion), JSON syntax, the `format` identifier, the schema
//! version (newer ones are refused, older ones migrated by
//! `document::migrate`), the envelope fields, the document's fields and
//! types (with their path), then `validate`: item counts, duplicate ids,
//! dangling references, date range, string lengths and value ranges.

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::hash::Hash;

use chrono::{DateTime, Datelike, NaiveDate, Utc};
use serde::Serialize;
use serde_json::{Map, Value};

use crate::document::{
    self, Action, Assessment, Document, Interaction, Person, PersonId, Recurrence, SCHEMA_VERSION,
};
use crate::files_text::{self, FileText};
use crate::i18n::Lang;
use crate::scoring::Answers;

/// The `format` value that marks a Tsunagari plan file.
pub const FORMAT_ID: &str = "tsunagari-plan";

/// Name of an exported file: `tsunagari-plan-2026-11-23.tsunagari.json`.
/// The second extension says what the file is, and is what the installed
/// app registers to open (the manifest's `file_handlers`) without claiming
/// every `.json` file; older `…json` exports import the same.
pub fn file_name(today: NaiveDate) -> String {
    format!(
        "tsunagari-plan-{:04}-{:02}-{:02}.tsunagari.json",
        today.year(),
        today.month(),
        today.day()
    )
}

// ───────────────────────────── Export ─────────────────────────────

/// How people's names appear in a file exported for sharing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NameStyle {
    /// "人物1" / "Person 1", numbered in list order.
    Numbered,
    /// "Y. T." from "Yamada Taro"; people without a usable name get a number.
    Initials,
}

/// What an export contains. Chosen per export.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Sharing {
    /// Everything: the user's own backup.
    #[default]
    Full,
    /// For showing someone else: names replaced (also where they appear in
    /// other text, such as action titles), every free-text note left out.
    /// Structure, ids, dates and scores stay.
    Anonymized {
        /// How people's names are replaced.
        names: NameStyle,
        /// The language of the replacement names.
        lang: Lang,
    },
}

/// A file ready to download.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlanFile {
    /// The suggested name for the downloaded file.
    pub file_name: String,
    /// The file's text (pretty-printed JSON).
    pub contents: String,
}

#[derive(Serialize)]
struct EnvelopeOut<'a> {
    format: &'static str,
    schema_version: u32,
    app_version: &'a str,
    exported_at: DateTime<Utc>,
    /// Marks a file made for sharing (names replaced, notes removed), so
    /// importing it back never lets those overwrite the real ones.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    shared: bool,
    document: &'a Document,
}

/// The plan file of `doc`. `today` (the user's local date) names the file;
/// `now` is recorded as the export time.
pub fn export_json(
    doc: &Document,
    sharing: Sharing,
    app_version: &str,
    today: NaiveDate,
    now: DateTime<Utc>,
) -> PlanFile {
    let mut doc = match sharing {
        Sharing::Full => Cow::Borrowed(doc),
        Sharing::Anonymized { names, lang } => Cow::Owned(anonymize(doc, names, lang)),
    };
    if doc.schema_version != SCHEMA_VERSION {
        doc.to_mut().schema_version = SCHEMA_VERSION;
    }
    let envelope = EnvelopeOut {
        format: FORMAT_ID,
        schema_version: SCHEMA_VERSION,
        app_version,
        exported_at: now,
        shared: sharing != Sharing::Full,
        document: &doc,
    };
    let mut contents = document::pretty_json(
        &serde_json::to_string(&envelope).expect("a plan file always serializes"),
    );
    contents.push('\n');
    PlanFile {
        file_name: file_name(today),
        contents,
    }
}

/// "Y. T." for "Yamada Taro", "山. 太." for "山田 太郎"; None when the name
/// has no letters to take.
pub fn initials(name: &str) -> Option<String> {
    let parts: Vec<String> = name
        .split_whitespace()
        .filter_map(|w| w.chars().find(|c| c.is_alphanumeric()))
        .map(|c| c.to_uppercase().chain(['.']).collect())
        .collect();
    (!parts.is_empty()).then(|| parts.join(" "))
}

/// A copy of `doc` safe to show someone else: see `Sharing::Anonymized`.
pub fn anonymize(doc: &Document, names: NameStyle, lang: Lang) -> Document {
    let limits = Limits::default();
    let mut out = doc.clone();
    let mut replacements: Vec<(String, String)> = Vec::new();
    for (i, p) in out.people.iter_mut().enumerate() {
        let numbered = || files_text::person_label(lang, i + 1);
        let label = match names {
            NameStyle::Numbered => numbered(),
            NameStyle::Initials => initials(&p.name).unwrap_or_else(numbered),
        };
        // The whole name, then each part of it ("山田" alone in "山田さんにお礼").
        replacements.push((p.name.trim().to_string(), label.clone()));
        for part in p.name.split_whitespace() {
            replacements.push((part.to_string(), label.clone()));
        }
        p.name = label;
        p.notes.clear();
    }
    // One-letter names would replace too much ordinary text.
    replacements.retain(|(name, _)| name.chars().count() >= 2);
    let names = Names::new(&replacements);
    let scrub = |s: &mut String, limit: usize| {
        if !s.is_empty() {
            *s = clip_chars(&names.replace(s, &mut 0), limit);
        }
    };
    for p in &mut out.people {
        scrub(&mut p.met_place, limits.max_text);
        scrub(&mut p.interests, limits.max_text);
        scrub(&mut p.i_offer, limits.max_text);
        scrub(&mut p.they_offer, limits.max_text);
        for t in &mut p.tags {
            scrub(t, limits.max_tag);
        }
    }
    for i in &mut out.interactions {
        i.note.clear();
    }
    for a in &mut out.actions {
        a.note.clear();
        scrub(&mut a.title, limits.max_title);
    }
    out
}

fn clip_chars(s: &str, limit: usize) -> String {
    s.chars().take(limit).collect()
}

/// Every name to replace, in one trie of their characters, so a text is
/// scanned once whatever the number of names: at each position the trie is
/// walked as far as the text matches (at most the longest name's length),
/// and the longest whole name found there is replaced. A name starting or
/// ending in a Latin letter or digit only matches at a word boundary there,
/// so "Tom" leaves "Tomorrow" alone; Japanese has no spaces, so kana and
/// kanji names match anywhere.
struct Names<'a> {
    /// Trie edges: (node, next character) → node. Node 0 is the root.
    edges: HashMap<(usize, char), usize>,
    /// The replacement ending at each node, if a name ends there.
    ends: HashMap<usize, &'a (String, String)>,
}

impl<'a> Names<'a> {
    fn new(replacements: &'a [(String, String)]) -> Names<'a> {
        let mut edges = HashMap::new();
        let mut ends = HashMap::new();
        let mut nodes = 1;
        for r in replacements {
            let mut node = 0;
            for c in r.0.chars() {
                node = *edges.entry((node, c)).or_insert_with(|| {
                    nodes += 1;
                    nodes - 1
                });
            }
            // The first of equal names wins, as the list is in people order.
            ends.entry(node).or_insert(r);
        }
        Names { edges, ends }
    }

    /// `text` with every name replaced; `steps` counts trie steps (at most
    /// the text's length times the longest name's, plus one per character).
    fn replace(&self, text: &str, steps: &mut usize) -> String {
        if self.ends.is_empty() {
            return text.to_string();
        }
        let chars: Vec<char> = text.chars().collect();
        let word = |c: Option<&char>| c.is_some_and(char::is_ascii_alphanumeric);
        let mut out = String::with_capacity(text.len());
        let mut i = 0;
        while i < chars.len() {
            let mut best = None;
            let (mut node, mut j) = (0, i);
            while let Some(&next) = chars.get(j).and_then(|c| self.edges.get(&(node, *c))) {
                *steps += 1;
                node = next;
                j += 1;
                if let Some(r) = self.ends.get(&node) {
                    let starts_word = word(r.0.chars().next().as_ref());
                    let ends_word = word(r.0.chars().next_back().as_ref());
                    let before = i.checked_sub(1).and_then(|k| chars.get(k));
                    if !(starts_word && word(before) || ends_word && word(chars.get(j))) {
                        best = Some((j, r));
                    }
                }
            }
            *steps += 1;
            match best {
                Some((end, r)) => {
                    out.push_str(&r.1);
                    i = end;
                }
                None => {
                    out.push(chars[i]);
                    i += 1;
                }
            }
        }
        out
    }
}

// ───────────────────────────── Limits ─────────────────────────────

/// What an imported file may hold. Generous for real use, small enough that
/// a hostile file cannot freeze the page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limits {
    /// File size in bytes (5 MB: years of heavy use fit in well under 1 MB).
    pub max_bytes: usize,
    /// Nesting of arrays and objects; a real plan file nests 5 deep.
    pub max_depth: usize,
    /// Finished self-checks.
    pub max_assessments: usize,
    /// People.
    pub max_people: usize,
    /// Contact log entries.
    pub max_interactions: usize,
    /// Plan actions.
    pub max_actions: usize,
    /// Answers per assessment or draft (the questionnaire has 30 items).
    pub max_answers: usize,
    /// People linked to one action.
    pub max_action_people: usize,
    /// Characters of a person's name.
    pub max_name: usize,
    /// Characters of an action title.
    pub max_title: usize,
    /// Characters of a note (person, interaction or action).
    pub max_notes: usize,
    /// Characters of the other free-text fields of a person.
    pub max_text: usize,
    /// Tags on one person.
    pub max_tags: usize,
    /// Characters of one tag.
    pub max_tag: usize,
    /// Characters of keys and identifiers: answer keys, `from_item`, `app_version`.
    pub max_key: usize,
    /// `Recurrence::EveryDays` must be 1..=this.
    pub max_every_days: u16,
    /// Dates must fall in these years, inclusive.
    pub min_year: i32,
    /// The last year a date may fall in.
    pub max_year: i32,
}

/// The limits used for every import in the app.
pub const DEFAULT_LIMITS: Limits = Limits {
    max_bytes: 5_000_000,
    max_depth: 32,
    max_assessments: 1_000,
    max_people: 20_000,
    max_interactions: 100_000,
    max_actions: 50_000,
    max_answers: 200,
    max_action_people: 10,
    max_name: 200,
    max_title: 300,
    max_notes: 5_000,
    max_text: 1_000,
    max_tags: 30,
    max_tag: 50,
    max_key: 100,
    max_every_days: 365,
    min_year: 1900,
    max_year: 2200,
};

impl Default for Limits {
    fn default() -> Self {
        DEFAULT_LIMITS
    }
}

// ───────────────────────────── Errors ─────────────────────────────

/// The JSON type of a value, for "wrong type" messages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum JsonKind {
    /// `null`.
    Null,
    /// `true` or `false`.
    Bool,
    /// A whole number.
    Integer,
    /// A number with a fraction or exponent.
    Number,
    /// A string.
    Text,
    /// An array.
    List,
    /// An object.
    Object,
}

impl JsonKind {
    /// The kind of a parsed JSON value.
    pub fn of(v: &Value) -> JsonKind {
        match v {
            Value::Null => JsonKind::Null,
            Value::Bool(_) => JsonKind::Bool,
            Value::Number(n) if n.is_u64() || n.is_i64() => JsonKind::Integer,
            Value::Number(_) => JsonKind::Number,
            Value::String(_) => JsonKind::Text,
            Value::Array(_) => JsonKind::List,
            Value::Object(_) => JsonKind::Object,
        }
    }

    /// The kind's name as the user reads it in an error message.
    pub fn name(self, lang: Lang) -> &'static str {
        match (self, lang.built()) {
            (JsonKind::Null, _) => "null",
            (JsonKind::Bool, Lang::Ja) => "真偽値（true/false）",
            (JsonKind::Bool, Lang::En) => "true/false",
            (JsonKind::Integer, Lang::Ja) => "整数",
            (JsonKind::Integer, Lang::En) => "a whole number",
            (JsonKind::Number, Lang::Ja) => "数値",
            (JsonKind::Number, Lang::En) => "a number",
            (JsonKind::Text, Lang::Ja) => "文字列",
            (JsonKind::Text, Lang::En) => "text",
            (JsonKind::List, Lang::Ja) => "配列",
            (JsonKind::List, Lang::En) => "a list",
            (JsonKind::Object, Lang::Ja) => "オブジェクト",
            (JsonKind::Object, Lang::En) => "an object",
        }
    }
}

/// Why a file could not be imported. Paths are from the file's root, e.g.
/// `document.people[12].cadence`, indices from 0. Any text taken from the
/// file is already cut short and cleaned (`for_message`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    /// The file is bigger than the app accepts.
    TooLarge {
        /// The file's size in bytes.
        size: usize,
        /// The largest size accepted, in bytes.
        limit: usize,
    },
    /// The file is not UTF-8 text (perhaps not a plan file at all).
    NotUtf8 {
        /// Where the first invalid byte is.
        byte_offset: usize,
    },
    /// The file is empty.
    Empty,
    /// Nested deeper than `limit`; found before parsing.
    TooDeep {
        /// Line of the first bracket too deep, from 1.
        line: usize,
        /// Column of that bracket, from 1.
        column: usize,
        /// The deepest nesting accepted.
        limit: usize,
    },
    /// The JSON ends before it is complete (e.g. a cut-off download).
    Truncated {
        /// Line where the text ends, from 1.
        line: usize,
        /// Column where the text ends, from 1.
        column: usize,
    },
    /// The text is not valid JSON.
    NotJson {
        /// Line of the first error, from 1.
        line: usize,
        /// Column of the first error, from 1.
        column: usize,
    },
    /// Valid JSON whose top level is not an object.
    NotAnObject {
        /// The JSON type found at the top level.
        found: JsonKind,
    },
    /// No `format` field, or not ours (`found` is what it said).
    NotTsunagari {
        /// The `format` value found, if any.
        found: Option<String>,
    },
    /// Written by a newer Tsunagari that uses a later schema.
    NewerVersion {
        /// The schema version in the file.
        found: u64,
        /// The newest schema version this build reads.
        supported: u32,
    },
    /// The schema version is one this build never wrote (e.g. 0).
    UnsupportedVersion {
        /// The schema version in the file.
        found: u64,
    },
    /// A required field is missing.
    MissingField {
        /// Where the field should be.
        path: String,
    },
    /// A field holds the wrong JSON type.
    WrongType {
        /// Where the field is.
        path: String,
        /// The type the field should have.
        expected: JsonKind,
        /// The type it has.
        found: JsonKind,
    },
    /// An enum field with a value this version does not know.
    UnknownValue {
        /// Where the field is.
        path: String,
        /// The value found.
        value: String,
        /// The values this version knows, listed for the message.
        allowed: String,
    },
    /// A value of the right type that makes no sense (e.g. a bad id or date).
    InvalidValue {
        /// Where the value is.
        path: String,
        /// The value found.
        value: String,
    },
    /// Two items of one list share an id.
    DuplicateId {
        /// Where the second one is.
        path: String,
        /// The repeated id.
        id: String,
    },
    /// Points to a person who is not in the file.
    DanglingReference {
        /// Where the reference is.
        path: String,
        /// The missing person's id.
        id: String,
    },
    /// A date outside the years the app accepts.
    DateOutOfRange {
        /// Where the date is.
        path: String,
        /// The date found.
        value: String,
        /// The first year accepted.
        min_year: i32,
        /// The last year accepted.
        max_year: i32,
    },
    /// A text longer than the app accepts.
    TooLong {
        /// Where the text is.
        path: String,
        /// Its length in characters.
        length: usize,
        /// The longest length accepted.
        limit: usize,
    },
    /// A list with more items than the app accepts.
    TooMany {
        /// Where the list is.
        path: String,
        /// How many items it has.
        count: usize,
        /// The most items accepted.
        limit: usize,
    },
}

/// `ImportError` without its details, for tests and for choosing an icon.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ErrorKind {
    /// See `ImportError::TooLarge`.
    TooLarge,
    /// See `ImportError::NotUtf8`.
    NotUtf8,
    /// See `ImportError::Empty`.
    Empty,
    /// See `ImportError::TooDeep`.
    TooDeep,
    /// See `ImportError::Truncated`.
    Truncated,
    /// See `ImportError::NotJson`.
    NotJson,
    /// See `ImportError::NotAnObject`.
    NotAnObject,
    /// See `ImportError::NotTsunagari`.
    NotTsunagari,
    /// See `ImportError::NewerVersion`.
    NewerVersion,
    /// See `ImportError::UnsupportedVersion`.
    UnsupportedVersion,
    /// See `ImportError::MissingField`.
    MissingField,
    /// See `ImportError::WrongType`.
    WrongType,
    /// See `ImportError::UnknownValue`.
    UnknownValue,
    /// See `ImportError::InvalidValue`.
    InvalidValue,
    /// See `ImportError::DuplicateId`.
    DuplicateId,
    /// See `ImportError::DanglingReference`.
    DanglingReference,
    /// See `ImportError::DateOutOfRange`.
    DateOutOfRange,
    /// See `ImportError::TooLong`.
    TooLong,
    /// See `ImportError::TooMany`.
    TooMany,
}

impl ErrorKind {
    /// Every kind, in the order of the checks an import makes.
    pub const ALL: [ErrorKind; 19] = [
        ErrorKind::TooLarge,
        ErrorKind::NotUtf8,
        ErrorKind::Empty,
        ErrorKind::TooDeep,
        ErrorKind::Truncated,
        ErrorKind::NotJson,
        ErrorKind::NotAnObject,
        ErrorKind::NotTsunagari,
        ErrorKind::NewerVersion,
        ErrorKind::UnsupportedVersion,
        ErrorKind::MissingField,
        ErrorKind::WrongType,
        ErrorKind::UnknownValue,
        ErrorKind::InvalidValue,
        ErrorKind::DuplicateId,
        ErrorKind::DanglingReference,
        ErrorKind::DateOutOfRange,
        ErrorKind::TooLong,
        ErrorKind::TooMany,
    ];
}

/// `format!` in the user's language: the Japanese template when `$ja`,
/// else the English one. Both name the same values.
macro_rules! say {
    ($ja:expr, $jp:literal, $en:literal $(,)?) => {
        if $ja {
            format!($jp)
        } else {
            format!($en)
        }
    };
}

impl ImportError {
    /// Which kind of error this is, without its details.
    pub fn kind(&self) -> ErrorKind {
        match self {
            ImportError::TooLarge { .. } => ErrorKind::TooLarge,
            ImportError::NotUtf8 { .. } => ErrorKind::NotUtf8,
            ImportError::Empty => ErrorKind::Empty,
            ImportError::TooDeep { .. } => ErrorKind::TooDeep,
            ImportError::Truncated { .. } => ErrorKind::Truncated,
            ImportError::NotJson { .. } => ErrorKind::NotJson,
            ImportError::NotAnObject { .. } => ErrorKind::NotAnObject,
            ImportError::NotTsunagari { .. } => ErrorKind::NotTsunagari,
            ImportError::NewerVersion { .. } => ErrorKind::NewerVersion,
            ImportError::UnsupportedVersion { .. } => ErrorKind::UnsupportedVersion,
            ImportError::MissingField { .. } => ErrorKind::MissingField,
            ImportError::WrongType { .. } => ErrorKind::WrongType,
            ImportError::UnknownValue { .. } => ErrorKind::UnknownValue,
            ImportError::InvalidValue { .. } => ErrorKind::InvalidValue,
            ImportError::DuplicateId { .. } => ErrorKind::DuplicateId,
            ImportError::DanglingReference { .. } => ErrorKind::DanglingReference,
            ImportError::DateOutOfRange { .. } => ErrorKind::DateOutOfRange,
            ImportError::TooLong { .. } => ErrorKind::TooLong,
            ImportError::TooMany { .. } => ErrorKind::TooMany,
        }
    }

    /// Where in the file the problem is, when it is about one field.
    pub fn path(&self) -> Option<&str> {
        match self {
            ImportError::MissingField { path }
            | ImportError::WrongType { path, .. }
            | ImportError::UnknownValue { path, .. }
            | ImportError::InvalidValue { path, .. }
            | ImportError::DuplicateId { path, .. }
            | ImportError::DanglingReference { path, .. }
            | ImportError::DateOutOfRange { path, .. }
            | ImportError::TooLong { path, .. }
            | ImportError::TooMany { path, .. } => Some(path),
            _ => None,
        }
    }

    /// A sentence for the user, naming what is wrong and where.
    pub fn message(&self, lang: Lang) -> String {
        use ImportError as E;
        match self {
            E::TooLarge { .. }
            | E::NotUtf8 { .. }
            | E::Empty
            | E::TooDeep { .. }
            | E::Truncated { .. }
            | E::NotJson { .. } => self.reading_message(lang),
            E::NotAnObject { .. }
            | E::NotTsunagari { .. }
            | E::NewerVersion { .. }
            | E::UnsupportedVersion { .. } => self.format_message(lang),
            E::MissingField { .. }
            | E::WrongType { .. }
            | E::UnknownValue { .. }
            | E::InvalidValue { .. }
            | E::DuplicateId { .. }
            | E::DanglingReference { .. } => self.field_message(lang),
            E::DateOutOfRange { .. } | E::TooLong { .. } | E::TooMany { .. } => {
                self.limit_message(lang)
            }
        }
    }

    /// Messages for a file that cannot be read as JSON at all.
    fn reading_message(&self, lang: Lang) -> String {
        use ImportError as E;
        let ja = lang == Lang::Ja;
        match self {
            E::TooLarge { size, limit } => {
                let (size, limit) = (files_text::size(*size), files_text::size(*limit));
                say!(ja, "ファイルが大きすぎます（{size}）。読み込めるのは{limit}までです。",
                    "The file is too large ({size}). Files up to {limit} can be imported.")
            }
            E::NotUtf8 { byte_offset } => say!(ja,
                "ファイルがUTF-8のテキストではありません（{byte_offset}バイト目）。つながりから書き出したファイルを選んでください。",
                "The file is not UTF-8 text (at byte {byte_offset}). Please choose a file exported from Tsunagari."),
            E::Empty => say!(ja, "ファイルが空です。", "The file is empty."),
            E::TooDeep { line, column, limit } => say!(ja,
                "データの入れ子が深すぎます（{line}行{column}文字目、上限は{limit}段）。つながりのプランファイルではないようです。",
                "The data is nested too deeply (line {line}, column {column}; the limit is {limit} levels). This does not look like a Tsunagari plan file."),
            E::Truncated { line, column } => say!(ja,
                "ファイルが途中で終わっています（{line}行{column}文字目）。ダウンロードやコピーが最後まで済んでいるか確かめてください。",
                "The file ends too early (line {line}, column {column}). Please check that it was downloaded or copied completely."),
            E::NotJson { line, column } => say!(ja,
                "ファイルをJSONとして読めません（{line}行{column}文字目）。",
                "The file is not valid JSON (line {line}, column {column})."),
            _ => unreachable!("`message` sends only reading errors here"),
        }
    }

    /// Messages for JSON that is not a plan file this version can read.
    fn format_message(&self, lang: Lang) -> String {
        use ImportError as E;
        let ja = lang == Lang::Ja;
        match self {
            E::NotAnObject { found } => {
                let found = found.name(lang);
                say!(ja, "つながりのプランファイルではありません（全体が{found}です）。",
                    "This is not a Tsunagari plan file (the whole file is {found}).")
            }
            E::NotTsunagari { found: None } => say!(ja,
                "つながりのプランファイルではありません（format の項目がありません）。",
                "This is not a Tsunagari plan file (it has no format field)."),
            E::NotTsunagari { found: Some(f) } => say!(ja,
                "つながりのプランファイルではありません（format が「{f}」です）。",
                "This is not a Tsunagari plan file (its format is '{f}')."),
            E::NewerVersion { found, supported } => say!(ja,
                "このファイルは新しいバージョンのつながりで作られています（データ形式 {found}。このアプリが読めるのは {supported} までです）。アプリを更新してから、もう一度読み込んでください。",
                "This file was made by a newer version of Tsunagari (data format {found}; this app reads up to {supported}). Please update the app, then import it again."),
            E::UnsupportedVersion { found } => say!(ja,
                "データ形式のバージョン {found} には対応していません。",
                "Data format version {found} is not supported."),
            _ => unreachable!("`message` sends only format errors here"),
        }
    }

    /// Messages for one field of an otherwise readable plan file.
    fn field_message(&self, lang: Lang) -> String {
        use ImportError as E;
        let ja = lang == Lang::Ja;
        match self {
            E::MissingField { path } => say!(
                ja,
                "{path}：必要な項目がありません。",
                "{path}: this required field is missing."
            ),
            E::WrongType {
                path,
                expected,
                found,
            } => {
                let (expected, found) = (expected.name(lang), found.name(lang));
                say!(
                    ja,
                    "{path}：{expected}であるべきところが{found}になっています。",
                    "{path}: should be {expected}, but is {found}."
                )
            }
            E::UnknownValue {
                path,
                value,
                allowed,
            } => say!(
                ja,
                "{path}：不明な値「{value}」です（使える値：{allowed}）。",
                "{path}: unknown value '{value}' (allowed: {allowed})."
            ),
            E::InvalidValue { path, value } => say!(
                ja,
                "{path}：値「{value}」は正しくありません。",
                "{path}: the value '{value}' is not valid."
            ),
            E::DuplicateId { path, id } => say!(
                ja,
                "{path}：ID「{id}」が重複しています。",
                "{path}: the id '{id}' appears more than once."
            ),
            E::DanglingReference { path, id } => say!(
                ja,
                "{path}：ファイルにいない人（ID「{id}」）を指しています。",
                "{path}: refers to a person who is not in the file (id '{id}')."
            ),
            _ => unreachable!("`message` sends only field errors here"),
        }
    }

    /// Messages for a value outside the limits an import accepts.
    fn limit_message(&self, lang: Lang) -> String {
        use ImportError as E;
        let ja = lang == Lang::Ja;
        match self {
            E::DateOutOfRange {
                path,
                value,
                min_year,
                max_year,
            } => say!(
                ja,
                "{path}：日付 {value} が範囲外です（{min_year}年〜{max_year}年）。",
                "{path}: the date {value} is out of range ({min_year}–{max_year})."
            ),
            E::TooLong {
                path,
                length,
                limit,
            } => say!(
                ja,
                "{path}：長すぎます（{length}文字。上限は{limit}文字です）。",
                "{path}: too long ({length} characters; the limit is {limit})."
            ),
            E::TooMany { path, count, limit } => say!(
                ja,
                "{path}：項目が多すぎます（{count}件。上限は{limit}件です）。",
                "{path}: too many items ({count}; the limit is {limit})."
            ),
            _ => unreachable!("`message` sends only limit errors here"),
        }
    }
}

impl std::fmt::Display for ImportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for ImportError {}

// ───────────────────────────── Import ─────────────────────────────

/// What a plan file holds, for the preview before the user decides.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Summary {
    /// The schema version the file was written with (before migration).
    pub schema_version: u32,
    /// The app version that wrote the file.
    pub app_version: String,
    /// When the file was exported.
    pub exported_at: DateTime<Utc>,
    /// How many finished self-checks it holds.
    pub assessments: usize,
    /// How many people it holds.
    pub people: usize,
    /// How many contact log entries it holds.
    pub interactions: usize,
    /// How many actions it holds.
    pub actions: usize,
    /// Earliest and latest date in the content (settings excluded).
    pub date_range: Option<(NaiveDate, NaiveDate)>,
}

impl Summary {
    /// Counts what `doc` holds, with the file's header values.
    pub fn new(
        doc: &Document,
        schema_version: u32,
        app_version: &str,
        exported_at: DateTime<Utc>,
    ) -> Summary {
        Summary {
            schema_version,
            app_version: app_version.to_string(),
            exported_at,
            assessments: doc.assessments.len(),
            people: doc.people.len(),
            interactions: doc.interactions.len(),
            actions: doc.actions.len(),
            date_range: date_range(doc),
        }
    }
}

/// Earliest and latest date anywhere in the content.
pub fn date_range(doc: &Document) -> Option<(NaiveDate, NaiveDate)> {
    let dates = doc
        .assessments
        .iter()
        .map(|a| a.date)
        .chain(doc.people.iter().flat_map(|p| {
            [Some(p.created_at.date_naive()), p.met_on]
                .into_iter()
                .flatten()
        }))
        .chain(doc.interactions.iter().map(|i| i.date))
        .chain(doc.actions.iter().flat_map(|a| {
            [Some(a.created_at.date_naive()), a.due, a.closed_on]
                .into_iter()
                .flatten()
        }));
    dates.fold(None, |range, d| match range {
        None => Some((d, d)),
        Some((lo, hi)) => Some((lo.min(d), hi.max(d))),
    })
}

/// A successfully read plan file. Nothing has been applied yet.
#[derive(Clone, Debug, PartialEq)]
pub struct Imported {
    /// Migrated to the current schema version and validated.
    pub document: Document,
    /// What the file holds, for the preview.
    pub summary: Summary,
    /// The schema version the file was written with.
    pub source_version: u32,
    /// Made for sharing (`"shared": true`): names replaced, notes removed.
    pub shared: bool,
}

/// Reads a plan file. Never panics; see the module doc for the checks.
pub fn import(bytes: &[u8], limits: &Limits) -> Result<Imported, ImportError> {
    let mut envelope = read_object(bytes, limits)?;
    check_format(&envelope)?;
    let version = schema_version(&envelope)?;
    let (app_version, exported_at) = header(&envelope, limits)?;
    let shared = envelope.get("shared") == Some(&Value::Bool(true));
    let doc_value = document_value(&mut envelope, version)?;
    let migrated =
        document::migrate(doc_value, version).map_err(|_| ImportError::UnsupportedVersion {
            found: u64::from(version),
        })?;
    let document: Document =
        crate::value_de::from_value(&migrated).map_err(|e| typed_error(&e, &migrated))?;
    validate(&document, limits)?;

    let summary = Summary::new(&document, version, &app_version, exported_at);
    Ok(Imported {
        document,
        summary,
        source_version: version,
        shared,
    })
}

/// The file's bytes as a JSON object: size, encoding, nesting and syntax
/// checked in that order, before anything is interpreted.
fn read_object(bytes: &[u8], limits: &Limits) -> Result<Map<String, Value>, ImportError> {
    if bytes.len() > limits.max_bytes {
        return Err(ImportError::TooLarge {
            size: bytes.len(),
            limit: limits.max_bytes,
        });
    }
    // Some editors save a UTF-8 byte order mark; it carries no content.
    let body = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = std::str::from_utf8(body).map_err(|e| ImportError::NotUtf8 {
        byte_offset: e.valid_up_to() + (bytes.len() - body.len()),
    })?;
    if text.trim().is_empty() {
        return Err(ImportError::Empty);
    }
    check_depth(text, limits.max_depth)?;
    let root: Value = serde_json::from_str(text).map_err(|e| {
        let (line, column) = (e.line(), e.column());
        if e.is_eof() {
            ImportError::Truncated { line, column }
        } else {
            ImportError::NotJson { line, column }
        }
    })?;
    match root {
        Value::Object(envelope) => Ok(envelope),
        other => Err(ImportError::NotAnObject {
            found: JsonKind::of(&other),
        }),
    }
}

/// The envelope says it is a Tsunagari plan file.
fn check_format(envelope: &Map<String, Value>) -> Result<(), ImportError> {
    match envelope.get("format") {
        Some(Value::String(f)) if f == FORMAT_ID => Ok(()),
        Some(Value::String(f)) => Err(ImportError::NotTsunagari {
            found: Some(for_message(f)),
        }),
        Some(other) => Err(ImportError::NotTsunagari {
            found: Some(for_message(&other.to_string())),
        }),
        None => Err(ImportError::NotTsunagari { found: None }),
    }
}

/// The file's schema version, when this build can read it.
fn schema_version(envelope: &Map<String, Value>) -> Result<u32, ImportError> {
    let version = field(envelope, "schema_version")?;
    let version = version
        .as_u64()
        .ok_or_else(|| wrong_type("schema_version", JsonKind::Integer, version))?;
    if version > u64::from(SCHEMA_VERSION) {
        return Err(ImportError::NewerVersion {
            found: version,
            supported: SCHEMA_VERSION,
        });
    }
    if version == 0 {
        return Err(ImportError::UnsupportedVersion { found: version });
    }
    Ok(version as u32) // ≤ SCHEMA_VERSION
}

/// The app version that wrote the file and when it was exported.
fn header(
    envelope: &Map<String, Value>,
    limits: &Limits,
) -> Result<(String, DateTime<Utc>), ImportError> {
    let app_version = field(envelope, "app_version")?;
    let app_version = app_version
        .as_str()
        .ok_or_else(|| wrong_type("app_version", JsonKind::Text, app_version))?;
    check_len("app_version", app_version, limits.max_key)?;

    let exported_at = field(envelope, "exported_at")?;
    let exported_at: DateTime<Utc> = match exported_at {
        Value::String(s) => s.parse().map_err(|_| ImportError::InvalidValue {
            path: "exported_at".into(),
            value: for_message(s),
        })?,
        other => return Err(wrong_type("exported_at", JsonKind::Text, other)),
    };
    check_date_time(|| "exported_at".into(), exported_at, limits)?;
    Ok((app_version.to_string(), exported_at))
}

/// The `document` object, taken out of the envelope, whose own version
/// agrees with the envelope's.
fn document_value(envelope: &mut Map<String, Value>, version: u32) -> Result<Value, ImportError> {
    let doc_value = envelope
        .remove("document")
        .ok_or_else(|| ImportError::MissingField {
            path: "document".into(),
        })?;
    let Value::Object(doc_object) = &doc_value else {
        return Err(wrong_type("document", JsonKind::Object, &doc_value));
    };
    // The document repeats the version; a file disagreeing with itself is
    // damaged, and guessing which one is right could lose data.
    if let Some(inner) = doc_object.get("schema_version") {
        if inner.as_u64() != Some(u64::from(version)) {
            return Err(ImportError::InvalidValue {
                path: "document.schema_version".into(),
                value: for_message(&inner.to_string()),
            });
        }
    }
    Ok(doc_value)
}

/// How far past `now` an imported time may lie: a day covers every time
/// zone and a clock a little off.
pub const FUTURE_SLACK_HOURS: i64 = 24;

/// Caps every record time of an imported document at `now` + a day, so a
/// future-dated record (a wrong clock, or a crafted file) cannot win every
/// later merge by its `updated_at`. Returns how many times were capped.
pub fn cap_times(doc: &mut Document, now: DateTime<Utc>) -> usize {
    let limit = now + chrono::Duration::hours(FUTURE_SLACK_HOURS);
    let mut capped = 0;
    let mut cap = |t: &mut DateTime<Utc>| {
        if *t > limit {
            *t = limit;
            capped += 1;
        }
    };
    for a in &mut doc.assessments {
        cap(&mut a.completed_at);
    }
    for p in &mut doc.people {
        cap(&mut p.created_at);
        cap(&mut p.updated_at);
    }
    for i in &mut doc.interactions {
        cap(&mut i.created_at);
        cap(&mut i.updated_at);
    }
    for a in &mut doc.actions {
        cap(&mut a.created_at);
        cap(&mut a.updated_at);
    }
    capped
}

/// Text from the file, made safe to show inside a message: cut short
/// (`document::truncate_for_message`), with control characters and
/// direction overrides (which could reorder the message around them)
/// shown as U+FFFD.
pub fn for_message(s: &str) -> String {
    document::truncate_for_message(s)
        .chars()
        .map(|c| {
            let bidi = matches!(c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}');
            if c.is_control() || bidi {
                '\u{fffd}'
            } else {
                c
            }
        })
        .collect()
}

fn field<'a>(
    object: &'a serde_json::Map<String, Value>,
    name: &str,
) -> Result<&'a Value, ImportError> {
    object.get(name).ok_or_else(|| ImportError::MissingField {
        path: name.to_string(),
    })
}

fn wrong_type(path: &str, expected: JsonKind, found: &Value) -> ImportError {
    ImportError::WrongType {
        path: path.to_string(),
        expected,
        found: JsonKind::of(found),
    }
}

/// Refuses nesting deeper than `limit` with one pass over the text, before
/// any recursive parser sees it.
fn check_depth(text: &str, limit: usize) -> Result<(), ImportError> {
    let (mut depth, mut in_string, mut escaped) = (0usize, false, false);
    let (mut line, mut column) = (1usize, 0usize);
    for &b in text.as_bytes() {
        if b & 0xC0 != 0x80 {
            column += 1; // count characters, not UTF-8 continuation bytes
        }
        if in_string {
            (in_string, escaped) = string_byte(b, escaped);
        } else {
            match b {
                b'"' => in_string = true,
                b'[' | b'{' => depth += 1,
                b']' | b'}' => depth = depth.saturating_sub(1),
                _ => {}
            }
        }
        // Only an opening bracket raises the depth, so this stops there.
        if depth > limit {
            return Err(ImportError::TooDeep {
                line,
                column,
                limit,
            });
        }
        if b == b'\n' {
            line += 1;
            column = 0;
        }
    }
    Ok(())
}

/// One byte inside a JSON string: whether the string goes on after it, and
/// whether the next byte is escaped.
fn string_byte(b: u8, escaped: bool) -> (bool, bool) {
    if escaped {
        (true, false)
    } else {
        (b != b'"', b == b'\\')
    }
}

/// Turns a typed-deserialization failure into a specific error with its path.
fn typed_error(e: &crate::value_de::Error, root: &Value) -> ImportError {
    let (mut path, at) = error_location(e, root);
    let message = e.inner().to_string();
    if let Some(rest) = message.strip_prefix("missing field `") {
        let name = rest.split('`').next().unwrap_or_default();
        path.push('.');
        path.push_str(&for_message(name));
        return ImportError::MissingField { path };
    }
    if let Some(rest) = message.strip_prefix("unknown variant `") {
        return unknown_value(path, rest);
    }
    if message.starts_with("invalid type: ") {
        let expected_text = message.rsplit(", expected ").next().unwrap_or_default();
        if let (Some(expected), Some(found)) = (expected_kind(expected_text), at) {
            let found = JsonKind::of(found);
            if found != expected {
                return ImportError::WrongType {
                    path,
                    expected,
                    found,
                };
            }
        }
    }
    let value = match at {
        Some(Value::String(s)) => for_message(s),
        Some(v) => for_message(&v.to_string()),
        None => String::new(),
    };
    ImportError::InvalidValue { path, value }
}

/// The path of a typed-deserialization failure, from the file's root, and
/// the value found there.
fn error_location<'a>(e: &crate::value_de::Error, root: &'a Value) -> (String, Option<&'a Value>) {
    use crate::value_de::Segment;
    let mut path = String::from("document");
    let mut at: Option<&Value> = Some(root);
    for segment in e.path() {
        match segment {
            Segment::Seq(index) => {
                path.push_str(&format!("[{index}]"));
                at = at.and_then(|v| v.get(*index));
            }
            Segment::Map(key) => {
                path.push('.');
                path.push_str(&for_message(key));
                at = at.and_then(|v| v.get(key.as_str()));
            }
            Segment::Enum(variant) => {
                path.push('.');
                path.push_str(&for_message(variant));
                at = at.map(|v| v.get(variant.as_str()).unwrap_or(v));
            }
        }
    }
    (path, at)
}

/// An unknown enum value, from the rest of serde's "unknown variant `…"
/// message, with the values that are allowed.
fn unknown_value(path: String, rest: &str) -> ImportError {
    let (value, tail) = rest.split_once("`, expected ").unwrap_or((rest, ""));
    let allowed = tail
        .trim_start_matches("one of ")
        .replace('`', "")
        .replace(" or ", ", ");
    ImportError::UnknownValue {
        path,
        value: for_message(value),
        allowed: if allowed.is_empty() {
            "—".into()
        } else {
            allowed
        },
    }
}

/// What JSON type serde's "expected …" phrase stands for.
fn expected_kind(expected: &str) -> Option<JsonKind> {
    let e = expected.to_ascii_lowercase();
    if e.contains("string") || e.starts_with("enum") {
        Some(JsonKind::Text)
    } else if ["u8", "u16", "u32", "u64", "usize", "i32", "i64", "integer"]
        .iter()
        .any(|t| e.contains(t))
    {
        Some(JsonKind::Integer)
    } else if e.contains("sequence") {
        Some(JsonKind::List)
    } else if e.starts_with("struct") || e.contains("map") {
        Some(JsonKind::Object)
    } else if e.contains("bool") {
        Some(JsonKind::Bool)
    } else {
        None
    }
}

// ──────────────────────────── Validation ────────────────────────────

/// Checks what types cannot: item counts, unique ids, references, date
/// ranges, string lengths and value ranges. Imports and merges pass it.
pub fn validate(doc: &Document, limits: &Limits) -> Result<(), ImportError> {
    check_counts(doc, limits)?;
    unique_ids("assessments", &doc.assessments, |a| a.id.0)?;
    unique_ids("people", &doc.people, |p| p.id.0)?;
    unique_ids("interactions", &doc.interactions, |i| i.id.0)?;
    unique_ids("actions", &doc.actions, |a| a.id.0)?;
    check_references(doc, limits)?;

    let s = &doc.settings;
    if let Some(d) = s.last_export {
        check_date(|| "document.settings.last_export".into(), d, limits)?;
    }
    if let Some(d) = s.reminder_snoozed_until {
        check_date(
            || "document.settings.reminder_snoozed_until".into(),
            d,
            limits,
        )?;
    }
    if let Some(draft) = &doc.draft {
        check_answers("document.draft.answers", &draft.answers, limits)?;
    }
    for (i, a) in doc.assessments.iter().enumerate() {
        check_assessment(i, a, limits)?;
    }
    for (i, p) in doc.people.iter().enumerate() {
        check_person(i, p, limits)?;
    }
    for (i, x) in doc.interactions.iter().enumerate() {
        check_interaction(i, x, limits)?;
    }
    for (i, a) in doc.actions.iter().enumerate() {
        check_action(i, a, limits)?;
    }
    Ok(())
}

/// No collection holds more items than the limits allow.
fn check_counts(doc: &Document, limits: &Limits) -> Result<(), ImportError> {
    let count = |name: &str, count: usize, limit: usize| {
        if count > limit {
            Err(ImportError::TooMany {
                path: format!("document.{name}"),
                count,
                limit,
            })
        } else {
            Ok(())
        }
    };
    count("assessments", doc.assessments.len(), limits.max_assessments)?;
    count("people", doc.people.len(), limits.max_people)?;
    count(
        "interactions",
        doc.interactions.len(),
        limits.max_interactions,
    )?;
    count("actions", doc.actions.len(), limits.max_actions)
}

/// Every log entry and action names only people who are in the document.
fn check_references(doc: &Document, limits: &Limits) -> Result<(), ImportError> {
    let people: HashSet<PersonId> = doc.people.iter().map(|p| p.id).collect();
    let dangling = |path: String, id: PersonId| ImportError::DanglingReference {
        path,
        id: id.to_string(),
    };
    for (i, x) in doc.interactions.iter().enumerate() {
        if !people.contains(&x.person) {
            return Err(dangling(
                format!("document.interactions[{i}].person"),
                x.person,
            ));
        }
    }
    for (i, a) in doc.actions.iter().enumerate() {
        if a.people.len() > limits.max_action_people {
            return Err(ImportError::TooMany {
                path: format!("document.actions[{i}].people"),
                count: a.people.len(),
                limit: limits.max_action_people,
            });
        }
        for (j, p) in a.people.iter().enumerate() {
            if !people.contains(p) {
                return Err(dangling(format!("document.actions[{i}].people[{j}]"), *p));
            }
        }
    }
    Ok(())
}

fn unique_ids<T>(name: &str, items: &[T], id: impl Fn(&T) -> u64) -> Result<(), ImportError> {
    let mut seen = HashSet::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        let id = id(item);
        if !seen.insert(id) {
            return Err(ImportError::DuplicateId {
                path: format!("document.{name}[{i}].id"),
                id: format!("{id:016x}"),
            });
        }
    }
    Ok(())
}

fn check_date(
    path: impl FnOnce() -> String,
    d: NaiveDate,
    limits: &Limits,
) -> Result<(), ImportError> {
    if (limits.min_year..=limits.max_year).contains(&d.year()) {
        Ok(())
    } else {
        Err(ImportError::DateOutOfRange {
            path: path(),
            value: d.to_string(),
            min_year: limits.min_year,
            max_year: limits.max_year,
        })
    }
}

fn check_date_time(
    path: impl FnOnce() -> String,
    t: DateTime<Utc>,
    limits: &Limits,
) -> Result<(), ImportError> {
    if (limits.min_year..=limits.max_year).contains(&t.year()) {
        Ok(())
    } else {
        Err(ImportError::DateOutOfRange {
            path: path(),
            value: t.to_rfc3339(),
            min_year: limits.min_year,
            max_year: limits.max_year,
        })
    }
}

fn check_len(path: impl AsRef<str>, s: &str, limit: usize) -> Result<(), ImportError> {
    // Bytes bound characters from above: skip counting for short strings.
    if s.len() <= limit {
        return Ok(());
    }
    let length = s.chars().count();
    if length <= limit {
        Ok(())
    } else {
        Err(ImportError::TooLong {
            path: path.as_ref().to_string(),
            length,
            limit,
        })
    }
}

fn check_answers(path: &str, answers: &Answers, limits: &Limits) -> Result<(), ImportError> {
    if answers.len() > limits.max_answers {
        return Err(ImportError::TooMany {
            path: path.to_string(),
            count: answers.len(),
            limit: limits.max_answers,
        });
    }
    for (key, &step) in answers {
        let at = || format!("{path}.{}", for_message(key));
        check_len(at(), key, limits.max_key)?;
        // 1..=5, or "doesn't apply" (0) on an item that offers it.
        let valid = (1..=5).contains(&step)
            || crate::scoring::item(key).is_some_and(|i| crate::scoring::is_valid_answer(i, step));
        if !valid {
            return Err(ImportError::InvalidValue {
                path: at(),
                value: step.to_string(),
            });
        }
    }
    Ok(())
}

fn check_assessment(i: usize, a: &Assessment, limits: &Limits) -> Result<(), ImportError> {
    let at = |f: &str| format!("document.assessments[{i}].{f}");
    check_date(|| at("date"), a.date, limits)?;
    check_date_time(|| at("completed_at"), a.completed_at, limits)?;
    check_answers(&at("answers"), &a.answers, limits)
}

fn check_person(i: usize, p: &Person, limits: &Limits) -> Result<(), ImportError> {
    let at = |f: &str| format!("document.people[{i}].{f}");
    if let Some(d) = p.met_on {
        check_date(|| at("met_on"), d, limits)?;
    }
    check_date_time(|| at("created_at"), p.created_at, limits)?;
    check_date_time(|| at("updated_at"), p.updated_at, limits)?;
    check_len(at("name"), &p.name, limits.max_name)?;
    check_len(at("met_place"), &p.met_place, limits.max_text)?;
    check_len(at("interests"), &p.interests, limits.max_text)?;
    check_len(at("i_offer"), &p.i_offer, limits.max_text)?;
    check_len(at("they_offer"), &p.they_offer, limits.max_text)?;
    check_len(at("notes"), &p.notes, limits.max_notes)?;
    if p.tags.len() > limits.max_tags {
        return Err(ImportError::TooMany {
            path: at("tags"),
            count: p.tags.len(),
            limit: limits.max_tags,
        });
    }
    for (j, t) in p.tags.iter().enumerate() {
        check_len(at(&format!("tags[{j}]")), t, limits.max_tag)?;
    }
    Ok(())
}

fn check_interaction(i: usize, x: &Interaction, limits: &Limits) -> Result<(), ImportError> {
    let at = |f: &str| format!("document.interactions[{i}].{f}");
    check_date(|| at("date"), x.date, limits)?;
    check_date_time(|| at("created_at"), x.created_at, limits)?;
    check_date_time(|| at("updated_at"), x.updated_at, limits)?;
    check_len(at("note"), &x.note, limits.max_notes)
}

fn check_action(i: usize, a: &Action, limits: &Limits) -> Result<(), ImportError> {
    let at = |f: &str| format!("document.actions[{i}].{f}");
    if let Some(d) = a.due {
        check_date(|| at("due"), d, limits)?;
    }
    if let Some(d) = a.closed_on {
        check_date(|| at("closed_on"), d, limits)?;
    }
    check_date_time(|| at("created_at"), a.created_at, limits)?;
    check_date_time(|| at("updated_at"), a.updated_at, limits)?;
    check_len(at("title"), &a.title, limits.max_title)?;
    check_len(at("note"), &a.note, limits.max_notes)?;
    if let Some(item) = &a.from_item {
        check_len(at("from_item"), item, limits.max_key)?;
    }
    if let Recurrence::EveryDays(n) = a.recurrence {
        if n == 0 || n > limits.max_every_days {
            return Err(ImportError::InvalidValue {
                path: at("recurrence.every_days"),
                value: n.to_string(),
            });
        }
    }
    if let Some(day) = a.month_day {
        if !(1..=31).contains(&day) {
            return Err(ImportError::InvalidValue {
                path: at("month_day"),
                value: day.to_string(),
            });
        }
    }
    Ok(())
}

// ───────────────────────────── Merge ─────────────────────────────

/// How many items of one collection a merge added or replaced.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    /// Items that were not in the saved document.
    pub added: usize,
    /// Items that replaced a saved item with the same id.
    pub updated: usize,
}

/// What a merge import changed, per collection.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct MergeReport {
    /// Finished self-checks added or replaced.
    pub assessments: Counts,
    /// People added or replaced.
    pub people: Counts,
    /// Contact log entries added or replaced.
    pub interactions: Counts,
    /// Actions added or replaced.
    pub actions: Counts,
}

impl MergeReport {
    /// True when the merge changed nothing.
    pub fn is_empty(&self) -> bool {
        *self == MergeReport::default()
    }

    /// One line per collection, e.g. "人：2件追加、1件更新".
    pub fn lines(&self, lang: Lang) -> Vec<String> {
        [
            (FileText::PreviewAssessments, self.assessments),
            (FileText::PreviewPeople, self.people),
            (FileText::PreviewInteractions, self.interactions),
            (FileText::PreviewActions, self.actions),
        ]
        .into_iter()
        .map(|(what, c)| files_text::merge_line(lang, what, c.added, c.updated))
        .collect()
    }
}

/// Merges `incoming` into `current` by stable id, collection by collection.
/// An item in both is replaced only when the incoming one has a later
/// `updated_at` (ties keep the current one); new items are appended in the
/// file's order. Assessments never change once taken, so new ones are
/// added in time order and existing ones kept. Settings, the draft and the
/// revision stay the current ones. Nothing is deleted: a merge cannot tell
/// a deleted item from one the other side never had. If both inputs pass
/// `validate`, so does the result (apart from the item-count limits).
pub fn merge(current: &Document, incoming: &Document) -> (Document, MergeReport) {
    merge_with(current, incoming, true)
}

/// Merges a file made for sharing (`Imported::shared`): its names are
/// replaced and its notes removed, so it only adds what is new; no record
/// that exists here is ever changed by it, whatever its `updated_at`.
pub fn merge_shared(current: &Document, incoming: &Document) -> (Document, MergeReport) {
    merge_with(current, incoming, false)
}

fn merge_with(current: &Document, incoming: &Document, update: bool) -> (Document, MergeReport) {
    let mut out = current.clone();
    let mut report = MergeReport::default();

    let mut known: HashSet<_> = current.assessments.iter().map(|a| a.id).collect();
    for a in &incoming.assessments {
        if !known.insert(a.id) {
            continue;
        }
        let at = out
            .assessments
            .iter()
            .position(|b| b.completed_at > a.completed_at)
            .unwrap_or(out.assessments.len());
        out.assessments.insert(at, a.clone());
        report.assessments.added += 1;
    }

    report.people = merge_items(
        &mut out.people,
        &incoming.people,
        |p| p.id,
        |p| p.updated_at,
        |p, at| Person {
            updated_at: at,
            ..p.clone()
        },
        update,
    );
    report.interactions = merge_items(
        &mut out.interactions,
        &incoming.interactions,
        |i| i.id,
        |i| i.updated_at,
        |i, at| Interaction {
            updated_at: at,
            ..i.clone()
        },
        update,
    );
    report.actions = merge_items(
        &mut out.actions,
        &incoming.actions,
        |a| a.id,
        |a| a.updated_at,
        |a, at| Action {
            updated_at: at,
            ..a.clone()
        },
        update,
    );
    (out, report)
}

fn merge_items<T: Clone + PartialEq, K: Hash + Eq>(
    items: &mut Vec<T>,
    incoming: &[T],
    key: impl Fn(&T) -> K,
    updated_at: impl Fn(&T) -> DateTime<Utc>,
    at: impl Fn(&T, DateTime<Utc>) -> T,
    update: bool,
) -> Counts {
    let mut index: HashMap<K, usize> = HashMap::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        index.entry(key(item)).or_insert(i);
    }
    let mut counts = Counts::default();
    for new in incoming {
        match index.get(&key(new)) {
            Some(&i) => {
                // Newer, and different in more than the time (a file read
                // again, its future times capped again, changes nothing).
                let old = &items[i];
                if update && updated_at(new) > updated_at(old) && at(new, updated_at(old)) != *old {
                    items[i] = new.clone();
                    counts.updated += 1;
                }
            }
            None => {
                index.insert(key(new), items.len());
                items.push(new.clone());
                counts.added += 1;
            }
        }
    }
    counts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn depth_counts_only_structure_outside_strings() {
        assert!(check_depth("[[1]]", 2).is_ok());
        assert_eq!(
            check_depth("[\n [[1]]]", 2),
            Err(ImportError::TooDeep {
                line: 2,
                column: 3,
                limit: 2
            })
        );
        assert!(check_depth(r#"["[[[[", "\"[[[[", {"a": "}}}{{{"}]"#, 2).is_ok());
        assert!(
            check_depth(r#"["\\", [[1]]]"#, 2).is_err(),
            "an escaped backslash ends nothing"
        );
        assert!(
            check_depth("]]]][[", 2).is_ok(),
            "stray closers do not go negative"
        );
    }

    fn replace_names(text: &str, r: &[(String, String)]) -> String {
        Names::new(r).replace(text, &mut 0)
    }

    #[test]
    fn names_are_replaced_longest_first() {
        let r = vec![
            ("山田 太郎".to_string(), "人物1".to_string()),
            ("太郎".to_string(), "人物1".to_string()),
            ("山田".to_string(), "人物1".to_string()),
        ];
        assert_eq!(
            replace_names("山田 太郎さんと山田さん、太郎くん", &r),
            "人物1さんと人物1さん、人物1くん"
        );
        assert_eq!(replace_names("", &r), "");
        let r = vec![("Ann".to_string(), "A.".to_string())];
        assert_eq!(
            replace_names("Ann, Anna, Joann, Ann.", &r),
            "A., Anna, Joann, A.."
        );
    }

    #[test]
    fn message_values_are_short_and_cannot_reorder_text() {
        assert_eq!(for_message("a\u{202e}b\nc"), "a\u{fffd}b\u{fffd}c");
        assert_eq!(for_message(&"x".repeat(100)).chars().count(), 41);
        assert_eq!(for_message("山田"), "山田");
    }

    #[test]
    fn serde_expectations_map_to_json_kinds() {
        assert_eq!(expected_kind("a string"), Some(JsonKind::Text));
        assert_eq!(expected_kind("a sequence"), Some(JsonKind::List));
        assert_eq!(expected_kind("struct Person"), Some(JsonKind::Object));
        assert_eq!(expected_kind("u8"), Some(JsonKind::Integer));
        assert_eq!(
            expected_kind("a formatted date string"),
            Some(JsonKind::Text)
        );
        assert_eq!(expected_kind("something else"), None);
    }
}

#[cfg(test)]
mod shared_files {
    use super::*;
    use crate::sample;

    fn doc() -> Document {
        sample::generate(6, 10, 4, 3, NaiveDate::from_ymd_opt(2026, 11, 1).unwrap())
    }

    fn now() -> DateTime<Utc> {
        DateTime::from_timestamp(1_795_000_000, 0).unwrap()
    }

    fn round_trip(doc: &Document, sharing: Sharing) -> Imported {
        let file = export_json(doc, sharing, "0.1.0", now().date_naive(), now());
        import(file.contents.as_bytes(), &Limits::default()).unwrap()
    }

    #[test]
    fn a_file_for_sharing_is_marked_and_the_mark_is_read() {
        let shared = Sharing::Anonymized {
            names: NameStyle::Numbered,
            lang: Lang::Ja,
        };
        assert!(round_trip(&doc(), shared).shared);
        assert!(!round_trip(&doc(), Sharing::Full).shared);
        let full = export_json(&doc(), Sharing::Full, "0.1.0", now().date_naive(), now());
        assert!(
            !full.contents.contains("\"shared\""),
            "own backups carry no mark"
        );
    }

    #[test]
    fn merging_a_shared_file_back_never_overwrites_real_names_or_notes() {
        let mine = doc();
        let shared = Sharing::Anonymized {
            names: NameStyle::Numbered,
            lang: Lang::En,
        };
        let mut file = round_trip(&mine, shared).document;
        // Even edited later elsewhere (or future-dated), it changes nothing here.
        for p in &mut file.people {
            p.updated_at = now() + chrono::Duration::days(3000);
        }
        let mut new = file.people[0].clone();
        new.id = PersonId(0xfeed);
        file.people.push(new);
        let (merged, report) = merge_shared(&mine, &file);
        assert_eq!(&merged.people[..mine.people.len()], &mine.people[..]);
        assert_eq!(merged.interactions, mine.interactions, "notes kept");
        assert_eq!(report.people.updated, 0);
        assert_eq!(report.people.added, 1);
        // The ordinary merge would have taken the anonymised names.
        let (plain, _) = merge(&mine, &file);
        assert_ne!(plain.people[0].name, mine.people[0].name);
    }

    #[test]
    fn a_future_dated_file_merged_twice_changes_nothing_the_second_time() {
        let mine = doc();
        let mut file = mine.clone();
        file.people[0].name = "edited elsewhere".into();
        file.people[0].updated_at = DateTime::from_timestamp(7_000_000_000, 0).unwrap();
        let mut first = file.clone();
        cap_times(&mut first, now());
        let (merged, report) = merge(&mine, &first);
        assert_eq!(report.people.updated, 1);
        // Read again an hour later: capped to a later time, same content.
        let mut again = file.clone();
        cap_times(&mut again, now() + chrono::Duration::hours(1));
        let (_, report) = merge(&merged, &again);
        assert!(report.is_empty(), "{report:?}");
    }

    #[test]
    fn future_times_are_capped_at_import_to_a_day_ahead() {
        let mut file = doc();
        let far = DateTime::from_timestamp(7_000_000_000, 0).unwrap(); // year 2191
        file.people[0].updated_at = far;
        file.actions[0].created_at = far;
        if let Some(a) = file.assessments.first_mut() {
            a.completed_at = far;
        }
        let before = file.clone();
        let capped = cap_times(&mut file, now());
        let limit = now() + chrono::Duration::hours(FUTURE_SLACK_HOURS);
        assert_eq!(capped, 2 + usize::from(!before.assessments.is_empty()));
        assert_eq!(file.people[0].updated_at, limit);
        assert_eq!(file.actions[0].created_at, limit);
        assert_eq!(file.people[1], before.people[1], "past times untouched");
        // A real edit made after the cap wins a later merge again.
        let mut mine = file.clone();
        mine.people[0].updated_at = limit + chrono::Duration::seconds(1);
        mine.people[0].name = "edited".into();
        let (merged, _) = merge(&mine, &file);
        assert_eq!(merged.people[0].name, "edited");
    }
}

#[cfg(test)]
mod linear_exports {
    use super::*;

    #[test]
    fn names_are_replaced_in_one_pass_whatever_their_number() {
        // 5,000 people: the old replacer scanned the text once per name.
        let replacements: Vec<(String, String)> = (0..5_000)
            .map(|n| (format!("Name{n:04} Family"), format!("Person {n}")))
            .chain([
                ("山田 太郎".to_string(), "人物1".to_string()),
                ("山田".to_string(), "人物1".to_string()),
            ])
            .collect();
        let names = Names::new(&replacements);
        let text =
            "Met Name0042 Family and 山田さん; Name0042 Familyx stays, Tomorrow. ".repeat(400);
        let mut steps = 0;
        let out = names.replace(&text, &mut steps);
        assert!(
            out.starts_with("Met Person 42 and 人物1さん; Name0042 Familyx stays"),
            "{}",
            &out[..80]
        );
        let chars = text.chars().count();
        let longest = replacements
            .iter()
            .map(|(n, _)| n.chars().count())
            .max()
            .unwrap();
        assert!(
            steps <= chars * (longest + 1),
            "{steps} steps for {chars} characters: linear in the text, not in the names"
        );
    }
}

#[cfg(test)]
mod error_kinds {
    use super::*;
    use crate::enum_check::check_all;

    /// Exhaustive: a new kind does not compile until it has a place in `ALL`.
    fn position(k: ErrorKind) -> usize {
        match k {
            ErrorKind::TooLarge => 0,
            ErrorKind::NotUtf8 => 1,
            ErrorKind::Empty => 2,
            ErrorKind::TooDeep => 3,
            ErrorKind::Truncated => 4,
            ErrorKind::NotJson => 5,
            ErrorKind::NotAnObject => 6,
            ErrorKind::NotTsunagari => 7,
            ErrorKind::NewerVersion => 8,
            ErrorKind::UnsupportedVersion => 9,
            ErrorKind::MissingField => 10,
            ErrorKind::WrongType => 11,
            ErrorKind::UnknownValue => 12,
            ErrorKind::InvalidValue => 13,
            ErrorKind::DuplicateId => 14,
            ErrorKind::DanglingReference => 15,
            ErrorKind::DateOutOfRange => 16,
            ErrorKind::TooLong => 17,
            ErrorKind::TooMany => 18,
        }
    }

    /// Exhaustive: an error of each kind. With `ImportError::kind` (also
    /// exhaustive), a variant added to either enum does not compile until
    /// the two are paired again.
    fn example(k: ErrorKind) -> ImportError {
        use ImportError as E;
        let p = || "document.people[0].name".to_string();
        match k {
            ErrorKind::TooLarge => E::TooLarge { size: 2, limit: 1 },
            ErrorKind::NotUtf8 => E::NotUtf8 { byte_offset: 0 },
            ErrorKind::Empty => E::Empty,
            ErrorKind::TooDeep => E::TooDeep {
                line: 1,
                column: 1,
                limit: 1,
            },
            ErrorKind::Truncated => E::Truncated { line: 1, column: 1 },
            ErrorKind::NotJson => E::NotJson { line: 1, column: 1 },
            ErrorKind::NotAnObject => E::NotAnObject {
                found: JsonKind::List,
            },
            ErrorKind::NotTsunagari => E::NotTsunagari { found: None },
            ErrorKind::NewerVersion => E::NewerVersion {
                found: 9,
                supported: 2,
            },
            ErrorKind::UnsupportedVersion => E::UnsupportedVersion { found: 0 },
            ErrorKind::MissingField => E::MissingField { path: p() },
            ErrorKind::WrongType => E::WrongType {
                path: p(),
                expected: JsonKind::Text,
                found: JsonKind::Null,
            },
            ErrorKind::UnknownValue => E::UnknownValue {
                path: p(),
                value: "x".into(),
                allowed: "y".into(),
            },
            ErrorKind::InvalidValue => E::InvalidValue {
                path: p(),
                value: "x".into(),
            },
            ErrorKind::DuplicateId => E::DuplicateId {
                path: p(),
                id: "1".into(),
            },
            ErrorKind::DanglingReference => E::DanglingReference {
                path: p(),
                id: "1".into(),
            },
            ErrorKind::DateOutOfRange => E::DateOutOfRange {
                path: p(),
                value: "1".into(),
                min_year: 1900,
                max_year: 2200,
            },
            ErrorKind::TooLong => E::TooLong {
                path: p(),
                length: 2,
                limit: 1,
            },
            ErrorKind::TooMany => E::TooMany {
                path: p(),
                count: 2,
                limit: 1,
            },
        }
    }

    #[test]
    fn every_kind_is_listed_once_and_is_the_kind_of_an_error_with_a_message() {
        check_all(&ErrorKind::ALL, position);
        for k in ErrorKind::ALL {
            let e = example(k);
            assert_eq!(e.kind(), k);
            for lang in Lang::ALL {
                assert!(!e.message(lang).trim().is_empty(), "{k:?} {lang:?}");
            }
            assert_ne!(e.message(Lang::Ja), e.message(Lang::En), "{k:?}");
        }
    }
}
