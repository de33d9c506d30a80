//! vCard in and out: reading contacts from `.vcf` files as iPhone, Android
//! and Google Contacts write them (vCard 2.1, 3.0 and 4.0; one or many cards;
//! folded lines; quoted-printable; Japanese names with their readings), with
//! limits and errors that say where; and writing people as vCard 4.0.
//!
//! Only what Tsunagari keeps about a person is taken: the name, its reading,
//! organisation and title, and notes. Phone numbers, addresses, e-mail and
//! photos are left in the phone's contacts, where they belong.

use chrono::{DateTime, Datelike, Utc};

use crate::document::{Cadence, Channel, Person, PersonId};
use crate::i18n::Lang;

/// How much one import may hold.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limits {
    /// Largest file accepted, in bytes.
    pub max_bytes: usize,
    /// Most cards accepted in one file.
    pub max_cards: usize,
}

/// 5 MB is far more than thousands of contacts without photos; photos make
/// files large, so a phone's whole address book with photos may need to be
/// exported without them.
pub const LIMITS: Limits = Limits {
    max_bytes: 5 * 1024 * 1024,
    max_cards: 5000,
};

/// One contact as read from a card.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Contact {
    /// 1-based position of its card in the file.
    pub card: usize,
    /// The name as the card gives it (FN, or built from N).
    pub name: String,
    /// The reading (furigana) of the name, when the card has one.
    pub reading: String,
    /// The company or organisation.
    pub organization: String,
    /// The job title.
    pub title: String,
    /// The card's note.
    pub note: String,
}

/// What a file held.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Parsed {
    /// The contacts that have a name, in file order.
    pub contacts: Vec<Contact>,
    /// Cards with no name at all (only a number, say): not imported.
    pub nameless: usize,
}

/// Why a file cannot be read, and where.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum VcardError {
    /// The file is bigger than `LIMITS` allows.
    TooLarge {
        /// The file's size in bytes.
        size: usize,
        /// The largest size accepted, in bytes.
        limit: usize,
    },
    /// The file holds more cards than `LIMITS` allows.
    TooManyCards {
        /// The most cards accepted.
        limit: usize,
    },
    /// Not UTF-8 text (an old phone's Shift_JIS file, or not text at all).
    NotText {
        /// The first line that is not UTF-8, from 1.
        line: usize,
    },
    /// No `BEGIN:VCARD` anywhere.
    NoCards,
    /// A card declares a character set other than UTF-8.
    Charset {
        /// The card's position in the file, from 1.
        card: usize,
        /// The line of the charset, from 1.
        line: usize,
        /// The character set the card declares.
        charset: String,
    },
    /// A card starts inside another one.
    Nested {
        /// The position of the new card, from 1.
        card: usize,
        /// The line where it begins, from 1.
        line: usize,
    },
    /// `END:VCARD` with no card open.
    StrayEnd {
        /// The line of the stray `END:VCARD`, from 1.
        line: usize,
    },
    /// The file ends inside a card.
    Unclosed {
        /// The position of the unfinished card, from 1.
        card: usize,
        /// The line where it begins, from 1.
        line: usize,
    },
    /// A property line without its `:`.
    BadLine {
        /// The card's position, from 1.
        card: usize,
        /// The line that cannot be read, from 1.
        line: usize,
    },
}

crate::string_table! {
    /// Words of vCard import and export. `{card}`, `{line}`, `{limit}`,
    /// `{size}` and `{charset}` are filled in.
    pub enum V {
        TooLarge => "ファイルが大きすぎます（{size}MB、上限は{limit}MB）。写真を含めずに書き出してみてください。", "The file is too large ({size} MB; the limit is {limit} MB). Please try exporting without photos.";
        TooManyCards => "連絡先が多すぎます（上限は{limit}件）。いくつかに分けて読み込んでください。", "The file has too many contacts (the limit is {limit}). Please import it in parts.";
        NotText => "{line}行目：文字として読めません。UTF-8で書き出したvCardファイル（.vcf）を選んでください。", "Line {line}: the text cannot be read. Please choose a vCard file (.vcf) saved as UTF-8.";
        NoCards => "vCardの連絡先が見つかりません。連絡先アプリから書き出した .vcf ファイルを選んでください。", "No vCard contacts were found. Please choose a .vcf file exported from a contacts app.";
        Charset => "{card}件目（{line}行目）：文字コード「{charset}」には対応していません。UTF-8で書き出してください。", "Contact {card} (line {line}): the character set '{charset}' is not supported. Please export as UTF-8.";
        Nested => "{card}件目（{line}行目）：前の連絡先が終わる前に、次の連絡先が始まっています。", "Contact {card} (line {line}): a contact begins before the previous one ends.";
        StrayEnd => "{line}行目：始まりのない「END:VCARD」があります。", "Line {line}: there is an END:VCARD without a beginning.";
        Unclosed => "{card}件目（{line}行目から）：連絡先が最後まで書かれていません。ファイルが途中で切れているかもしれません。", "Contact {card} (from line {line}): the contact is not finished. The file may be cut off.";
        BadLine => "{card}件目（{line}行目）：この行は読めません。", "Contact {card} (line {line}): this line cannot be read.";
    }
}

impl VcardError {
    /// The message shown to the user, with the numbers filled in.
    pub fn message(&self, lang: Lang) -> String {
        let fill = |key: V, pairs: &[(&str, String)]| {
            pairs
                .iter()
                .fold(lang.t(key).to_string(), |s, (k, v)| s.replace(k, v))
        };
        let mb = |b: usize| crate::decimal::megabytes(b as u64);
        match self {
            VcardError::TooLarge { size, limit } => fill(
                V::TooLarge,
                &[("{size}", mb(*size)), ("{limit}", mb(*limit))],
            ),
            VcardError::TooManyCards { limit } => {
                fill(V::TooManyCards, &[("{limit}", limit.to_string())])
            }
            VcardError::NotText { line } => fill(V::NotText, &[("{line}", line.to_string())]),
            VcardError::NoCards => lang.t(V::NoCards).to_string(),
            VcardError::Charset {
                card,
                line,
                charset,
            } => fill(
                V::Charset,
                &[
                    ("{card}", card.to_string()),
                    ("{line}", line.to_string()),
                    ("{charset}", charset.clone()),
                ],
            ),
            VcardError::Nested { card, line } => fill(V::Nested, &at(*card, *line)),
            VcardError::StrayEnd { line } => fill(V::StrayEnd, &[("{line}", line.to_string())]),
            VcardError::Unclosed { card, line } => fill(V::Unclosed, &at(*card, *line)),
            VcardError::BadLine { card, line } => fill(V::BadLine, &at(*card, *line)),
        }
    }
}

fn at(card: usize, line: usize) -> [(&'static str, String); 2] {
    [("{card}", card.to_string()), ("{line}", line.to_string())]
}

// ── Reading ──

/// One property: `[group.]NAME;PARAM=VALUE…:value`, from its first line.
#[derive(Debug)]
struct Property {
    line: usize,
    name: String,
    params: Vec<(String, String)>,
    value: String,
}

impl Property {
    fn param(&self, key: &str) -> Option<&str> {
        self.params
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(key))
            .map(|(_, v)| v.as_str())
    }

    /// vCard 2.1 writes bare parameters (`TEL;CELL;ENCODING=…`); any of
    /// them may be the encoding.
    fn is_quoted_printable(&self) -> bool {
        self.params.iter().any(|(k, v)| {
            (k.eq_ignore_ascii_case("ENCODING") && v.eq_ignore_ascii_case("QUOTED-PRINTABLE"))
                || (v.is_empty() && k.eq_ignore_ascii_case("QUOTED-PRINTABLE"))
        })
    }

    fn is_binary(&self) -> bool {
        self.param("ENCODING")
            .is_some_and(|e| e.eq_ignore_ascii_case("B") || e.eq_ignore_ascii_case("BASE64"))
    }
}

/// Reads every contact of a `.vcf` file.
pub fn parse(bytes: &[u8], limits: &Limits) -> Result<Parsed, VcardError> {
    if bytes.len() > limits.max_bytes {
        return Err(VcardError::TooLarge {
            size: bytes.len(),
            limit: limits.max_bytes,
        });
    }
    let text = std::str::from_utf8(bytes).map_err(|e| VcardError::NotText {
        line: 1 + bytes[..e.valid_up_to()]
            .iter()
            .filter(|&&b| b == b'\n')
            .count(),
    })?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut parsed = Parsed::default();
    let mut open: Option<(usize, usize, Vec<Property>)> = None; // (card, line, properties)
    let mut cards = 0;
    for (line, logical) in logical_lines(text) {
        if logical.trim().is_empty() {
            continue;
        }
        let upper = logical.trim().to_ascii_uppercase();
        if upper == "BEGIN:VCARD" {
            cards += 1;
            if cards > limits.max_cards {
                return Err(VcardError::TooManyCards {
                    limit: limits.max_cards,
                });
            }
            if open.is_some() {
                return Err(VcardError::Nested { card: cards, line });
            }
            open = Some((cards, line, Vec::new()));
        } else if upper == "END:VCARD" {
            let Some((card, _, props)) = open.take() else {
                return Err(VcardError::StrayEnd { line });
            };
            match contact(card, &props)? {
                Some(c) => parsed.contacts.push(c),
                None => parsed.nameless += 1,
            }
        } else if let Some((card, _, props)) = open.as_mut() {
            let prop = property(line, &logical).ok_or(VcardError::BadLine { card: *card, line })?;
            props.push(prop);
        }
        // Anything outside a card is not ours to read.
    }
    if let Some((card, line, _)) = open {
        return Err(VcardError::Unclosed { card, line });
    }
    if cards == 0 {
        return Err(VcardError::NoCards);
    }
    Ok(parsed)
}

/// Physical lines joined into logical ones, each with its first line's
/// number: a line starting with a space or tab continues the previous one
/// (folding), and a quoted-printable value ending in `=` continues on the
/// next line (vCard 2.1, as Android writes it).
fn logical_lines(text: &str) -> Vec<(usize, String)> {
    let mut out: Vec<(usize, String)> = Vec::new();
    let mut soft_break = false;
    for (i, raw) in text.split('\n').enumerate() {
        let raw = raw.strip_suffix('\r').unwrap_or(raw);
        let folded = raw.starts_with(' ') || raw.starts_with('\t');
        match out.last_mut() {
            Some((_, last)) if soft_break => last.push_str(raw.trim_start()),
            Some((_, last)) if folded => last.push_str(&raw[1..]),
            _ => out.push((i + 1, raw.to_string())),
        }
        let last = &mut out.last_mut().expect("a line was pushed").1;
        soft_break = last.ends_with('=') && head_says_quoted_printable(last);
        if soft_break {
            last.pop();
        }
    }
    out
}

fn head_says_quoted_printable(line: &str) -> bool {
    let head = line.split(':').next().unwrap_or("").to_ascii_uppercase();
    head.contains("QUOTED-PRINTABLE")
}

/// Splits `s` at `sep` outside double quotes.
fn split_unquoted(s: &str, sep: char) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut quoted = false;
    let mut start = 0;
    for (i, c) in s.char_indices() {
        match c {
            '"' => quoted = !quoted,
            c if c == sep && !quoted => {
                parts.push(&s[start..i]);
                start = i + c.len_utf8();
            }
            _ => {}
        }
    }
    parts.push(&s[start..]);
    parts
}

fn property(line: usize, logical: &str) -> Option<Property> {
    let mut quoted = false;
    let colon = logical.char_indices().find_map(|(i, c)| {
        if c == '"' {
            quoted = !quoted;
        }
        (c == ':' && !quoted).then_some(i)
    })?;
    let (head, value) = (&logical[..colon], &logical[colon + 1..]);
    let mut parts = split_unquoted(head, ';').into_iter();
    let name = parts.next()?.trim();
    // `item1.TEL` → `TEL`: Apple groups related lines.
    let name = name.rsplit('.').next().unwrap_or(name).to_ascii_uppercase();
    if name.is_empty() {
        return None;
    }
    let params = parts
        .map(|p| match p.split_once('=') {
            Some((k, v)) => (k.trim().to_string(), v.trim().trim_matches('"').to_string()),
            None => (p.trim().to_string(), String::new()),
        })
        .collect();
    Some(Property {
        line,
        name,
        params,
        value: value.to_string(),
    })
}

/// The value's text: quoted-printable decoded and its character set
/// checked. Escapes are left for `components`.
fn raw_text(card: usize, p: &Property) -> Result<String, VcardError> {
    if let Some(charset) = p.param("CHARSET") {
        let c = charset.to_ascii_uppercase();
        if c != "UTF-8" && c != "UTF8" && c != "US-ASCII" {
            return Err(VcardError::Charset {
                card,
                line: p.line,
                charset: charset.to_string(),
            });
        }
    }
    if !p.is_quoted_printable() {
        return Ok(p.value.clone());
    }
    let bytes = decode_quoted_printable(&p.value);
    String::from_utf8(bytes).map_err(|_| VcardError::NotText { line: p.line })
}

fn decode_quoted_printable(s: &str) -> Vec<u8> {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let hex = |c: u8| (c as char).to_digit(16);
        if b[i] == b'=' && i + 2 < b.len() {
            if let (Some(h), Some(l)) = (hex(b[i + 1]), hex(b[i + 2])) {
                out.push((h * 16 + l) as u8);
                i += 3;
                continue;
            }
        }
        out.push(b[i]);
        i += 1;
    }
    out
}

/// A text value unescaped: `\n` is a new line, `\,` `\;` `\\` the character.
fn text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => match chars.next() {
                Some('n' | 'N') => out.push('\n'),
                Some(other) => out.push(other),
                None => {}
            },
            c => out.push(c),
        }
    }
    out.trim().to_string()
}

/// A structured value (N, ORG) split at unescaped `;`, each part unescaped.
fn components(s: &str) -> Vec<String> {
    let mut parts = Vec::new();
    let mut start = 0;
    let mut escaped = false;
    for (i, c) in s.char_indices() {
        match c {
            _ if escaped => escaped = false,
            '\\' => escaped = true,
            ';' => {
                parts.push(text(&s[start..i]));
                start = i + 1;
            }
            _ => {}
        }
    }
    parts.push(text(&s[start..]));
    parts
}

fn join_nonempty<'a>(parts: impl IntoIterator<Item = &'a str>, sep: &str) -> String {
    parts
        .into_iter()
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join(sep)
}

fn has_non_ascii(s: &str) -> bool {
    !s.is_ascii()
}

/// The contact of one card, or None when it has no name to show.
fn contact(card: usize, props: &[Property]) -> Result<Option<Contact>, VcardError> {
    let f = CardFields::read(card, props)?;
    let organization = join_nonempty(f.orgs.iter().map(String::as_str), "・");
    let name = f.name(&organization);
    if name.is_empty() {
        return Ok(None);
    }
    Ok(Some(Contact {
        card,
        name,
        reading: f.reading(),
        organization,
        title: join_nonempty(f.titles.iter().map(String::as_str), "・"),
        note: join_nonempty(f.notes.iter().map(String::as_str), "\n"),
    }))
}

/// The properties of one card that a contact is made from.
#[derive(Default)]
struct CardFields {
    fn_name: String,
    family: String,
    given: String,
    sort_as: String,
    ph_last: String,
    ph_first: String,
    sort_string: String,
    orgs: Vec<String>,
    titles: Vec<String>,
    notes: Vec<String>,
}

impl CardFields {
    fn read(card: usize, props: &[Property]) -> Result<CardFields, VcardError> {
        let mut f = CardFields::default();
        for p in props.iter().filter(|p| !p.is_binary()) {
            let wanted = matches!(
                p.name.as_str(),
                "FN" | "N"
                    | "X-PHONETIC-LAST-NAME"
                    | "X-PHONETIC-FIRST-NAME"
                    | "SORT-STRING"
                    | "ORG"
                    | "TITLE"
                    | "NOTE"
            );
            if wanted {
                f.take(p, &raw_text(card, p)?);
            }
        }
        Ok(f)
    }

    /// Keeps property `p` (text `raw`); the first FN and N win.
    fn take(&mut self, p: &Property, raw: &str) {
        match p.name.as_str() {
            "FN" if self.fn_name.is_empty() => self.fn_name = text(raw),
            "N" if self.family.is_empty() && self.given.is_empty() => {
                let parts = components(raw);
                self.family = parts.first().cloned().unwrap_or_default();
                self.given = parts.get(1).cloned().unwrap_or_default();
                self.sort_as = p.param("SORT-AS").unwrap_or("").replace(',', " ");
            }
            "X-PHONETIC-LAST-NAME" => self.ph_last = text(raw),
            "X-PHONETIC-FIRST-NAME" => self.ph_first = text(raw),
            "SORT-STRING" => self.sort_string = text(raw),
            "ORG" => self.orgs.push(join_nonempty(
                components(raw).iter().map(String::as_str),
                " ",
            )),
            "TITLE" => self.titles.push(text(raw)),
            "NOTE" => self.notes.push(text(raw)),
            _ => {}
        }
    }

    /// FN, else the name built from N (family first for Japanese names),
    /// else the organisation; empty when the card has none of them.
    fn name(&self, organization: &str) -> String {
        let (family, given) = (self.family.as_str(), self.given.as_str());
        let from_n = if has_non_ascii(family) || has_non_ascii(given) {
            join_nonempty([family, given], " ")
        } else {
            join_nonempty([given, family], " ")
        };
        let name = [self.fn_name.trim(), from_n.as_str(), organization]
            .into_iter()
            .find(|n| !n.is_empty())
            .unwrap_or("")
            .to_string();
        name
    }

    /// The reading of the name: phonetic fields, else SORT-AS, else SORT-STRING.
    fn reading(&self) -> String {
        let phonetic = join_nonempty([self.ph_last.as_str(), self.ph_first.as_str()], " ");
        let candidates = [
            phonetic.as_str(),
            self.sort_as.trim(),
            self.sort_string.trim(),
        ];
        let reading = candidates.into_iter().find(|r| !r.is_empty());
        reading.unwrap_or("").to_string()
    }
}

// ── Duplicates and people ──

/// A name compared loosely: no spaces (half or full width), full-width
/// letters and digits as ASCII, case ignored.
pub fn name_key(name: &str) -> String {
    name.chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| match c as u32 {
            0xFF01..=0xFF5E => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            _ => c,
        })
        .flat_map(char::to_lowercase)
        .collect()
}

/// For each contact, the person already in the network with the same name
/// (or the earlier card in the same file), if any.
pub fn duplicates(contacts: &[Contact], people: &[Person]) -> Vec<Option<Duplicate>> {
    let mut seen: Vec<(String, Duplicate)> = people
        .iter()
        .map(|p| (name_key(&p.name), Duplicate::Person(p.id)))
        .collect();
    contacts
        .iter()
        .map(|c| {
            let key = name_key(&c.name);
            let found = seen.iter().find(|(k, _)| *k == key).map(|(_, d)| *d);
            if found.is_none() {
                seen.push((key, Duplicate::Card(c.card)));
            }
            found
        })
        .collect()
}

/// What a contact repeats.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Duplicate {
    /// Someone already in the network.
    Person(PersonId),
    /// An earlier card of the same file.
    Card(usize),
}

crate::string_table! {
    /// Labels written into a person's fields from a contact.
    pub enum VL {
        Reading => "よみ：", "Reading: ";
    }
}

/// A new person from a contact: the organisation and title go where the
/// app keeps someone's field, the reading and the card's note into notes.
pub fn to_person(c: &Contact, id: PersonId, now: DateTime<Utc>, lang: Lang) -> Person {
    let reading = (!c.reading.is_empty()).then(|| format!("{}{}", lang.t(VL::Reading), c.reading));
    Person {
        id,
        name: c.name.clone(),
        channel: Channel::Other,
        met_place: String::new(),
        met_on: None,
        interests: join_nonempty([c.organization.as_str(), c.title.as_str()], " "),
        i_offer: String::new(),
        they_offer: String::new(),
        tags: Vec::new(),
        notes: join_nonempty([reading.as_deref().unwrap_or(""), c.note.as_str()], "\n"),
        cadence: Cadence::default(),
        created_at: now,
        updated_at: now,
    }
}

// ── Writing vCard 4.0 ──

/// The people as one vCard 4.0 file (CRLF lines folded at 75 octets).
pub fn export(people: &[&Person]) -> String {
    let mut out = String::new();
    for p in people {
        card(&mut out, p);
    }
    out
}

/// `tsunagari-people-2026-11-23.vcf`, or the person's name for one.
pub fn file_name(today: chrono::NaiveDate, one: Option<&Person>) -> String {
    match one {
        Some(p) => {
            let safe: String = p
                .name
                .chars()
                .map(|c| {
                    if "/\\:*?\"<>|".contains(c) || c.is_control() {
                        '_'
                    } else {
                        c
                    }
                })
                .collect();
            format!("{}.vcf", safe.trim())
        }
        // Written out rather than with chrono's `format`, whose format-string
        // parser would otherwise be in the wasm for this alone.
        None => format!(
            "tsunagari-people-{:04}-{:02}-{:02}.vcf",
            today.year(),
            today.month(),
            today.day()
        ),
    }
}

fn card(out: &mut String, p: &Person) {
    line(out, "BEGIN:VCARD");
    line(out, "VERSION:4.0");
    line(out, "PRODID:-//Tsunagari//Tsunagari//EN");
    line(out, &format!("UID:urn:tsunagari:person:{}", p.id));
    line(out, &format!("FN:{}", escape(&p.name)));
    if !p.tags.is_empty() {
        let tags: Vec<String> = p.tags.iter().map(|t| escape(t)).collect();
        line(out, &format!("CATEGORIES:{}", tags.join(",")));
    }
    let note = join_nonempty([p.interests.as_str(), p.notes.as_str()], "\n\n");
    if !note.is_empty() {
        line(out, &format!("NOTE:{}", escape(&note)));
    }
    line(
        out,
        &format!("REV:{}", crate::ics::date_time_value(p.updated_at)),
    );
    line(out, "END:VCARD");
}

/// A text value escaped (RFC 6350 3.4): backslash, comma, semicolon, newline.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let s = s.replace("\r\n", "\n").replace('\r', "\n");
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ',' => out.push_str("\\,"),
            ';' => out.push_str("\\;"),
            '\n' => out.push_str("\\n"),
            c => out.push(c),
        }
    }
    out
}

/// Appends a content line folded at 75 octets (never inside a character);
/// each continuation starts with a space, which counts in its 75.
fn line(out: &mut String, content: &str) {
    let mut width = 0;
    for c in content.chars() {
        let n = c.len_utf8();
        if width + n > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += n;
    }
    out.push_str("\r\n");
}
