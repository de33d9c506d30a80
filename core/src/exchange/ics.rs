//! Calendar export (RFC 5545 iCalendar): open actions with a due date and
//! people's next follow-ups, as all-day events (`DTSTART;VALUE=DATE`), which
//! every common calendar app imports the same way. Repeating ones carry an
//! RRULE. UIDs come from our ids, so importing a newer export updates the
//! same events instead of duplicating them.
//!
//! Text is escaped (backslash, semicolon, comma, newline), lines end in
//! CRLF and are folded at 75 octets without ever splitting a UTF-8
//! character or an escape sequence.

use chrono::{DateTime, Datelike, NaiveDate, Timelike, Utc};

use crate::document::{Action, Cadence, Document, PersonId, Recurrence, Status};
use crate::files_text::{self, FileText};
use crate::follow_up;
use crate::i18n::{self, Lang};
use crate::sorting;

/// The longest line allowed, in octets, not counting CRLF.
pub const MAX_LINE_OCTETS: usize = 75;

/// The calendar file name for `today`: `tsunagari-2026-11-23.ics`.
pub fn file_name(today: NaiveDate) -> String {
    format!(
        "tsunagari-{:04}-{:02}-{:02}.ics",
        today.year(),
        today.month(),
        today.day()
    )
}

/// UID of an action's event.
pub fn action_uid(action: &Action) -> String {
    format!("action-{}@tsunagari.local", action.id)
}

/// UID of a person's follow-up event.
pub fn follow_up_uid(person: PersonId) -> String {
    format!("follow-up-{person}@tsunagari.local")
}

/// The calendar of `doc`: every open action with a due date, then every
/// person with a follow-up cadence. A follow-up already overdue is placed
/// on `today`, where it is still useful. `now` is the DTSTAMP.
pub fn export(doc: &Document, lang: Lang, today: NaiveDate, now: DateTime<Utc>) -> String {
    let mut out = String::new();
    let mut line = |l: &str| push_folded(&mut out, l);
    line("BEGIN:VCALENDAR");
    line("VERSION:2.0");
    line(&format!(
        "PRODID:-//Tsunagari//Tsunagari plan//{}",
        lang.tag().to_ascii_uppercase()
    ));
    line("CALSCALE:GREGORIAN");
    line("METHOD:PUBLISH");
    line(&format!(
        "X-WR-CALNAME:{}",
        escape_text(lang.t(FileText::CalendarName))
    ));
    let stamp = date_time_value(now);
    action_events(doc, lang, &stamp, &mut line);
    follow_up_events(doc, lang, today, &stamp, &mut line);
    line("END:VCALENDAR");
    out
}

/// One event per open action with a due date, soonest first.
fn action_events(doc: &Document, lang: Lang, stamp: &str, line: &mut impl FnMut(&str)) {
    // One lookup table, not a search of every person per event.
    let people: std::collections::HashMap<PersonId, &str> =
        doc.people.iter().map(|p| (p.id, p.name.as_str())).collect();
    let name_of = |id: PersonId| people.get(&id).map(|name| display_name(lang, name));

    let mut actions: Vec<(&Action, NaiveDate)> = doc
        .actions
        .iter()
        .filter(|a| a.status == Status::Todo)
        .filter_map(|a| a.due.map(|d| (a, d)))
        .collect();
    sorting::sort_by_key(&mut actions, |(_, d)| *d);
    for (a, due) in actions {
        let title = if a.title.trim().is_empty() {
            lang.t(FileText::ActionFallback)
        } else {
            a.title.as_str()
        };
        let names: Vec<String> = a.people.iter().filter_map(|&p| name_of(p)).collect();
        event(
            line,
            &Event {
                uid: &action_uid(a),
                stamp,
                date: due,
                rrule: action_rrule(a.recurrence, due),
                summary: title,
                description: &action_description(a, lang, &names),
            },
        );
    }
}

/// Who the action is with, how it repeats and its note, one per line.
fn action_description(a: &Action, lang: Lang, names: &[String]) -> String {
    let colon = lang.t(i18n::UiText::Colon);
    let mut description: Vec<String> = Vec::new();
    if !names.is_empty() {
        description.push(format!(
            "{}{colon}{}",
            lang.t(FileText::With),
            names.join(list_separator(lang))
        ));
    }
    if let Some(r) = files_text::recurrence(lang, a.recurrence) {
        description.push(format!("{}{colon}{r}", lang.t(FileText::Repeats)));
    }
    if !a.note.trim().is_empty() {
        description.push(a.note.clone());
    }
    description.join("\n")
}

/// One repeating event per person with a follow-up cadence; an overdue
/// follow-up is placed on `today`.
fn follow_up_events(
    doc: &Document,
    lang: Lang,
    today: NaiveDate,
    stamp: &str,
    line: &mut impl FnMut(&str),
) {
    for f in follow_up::follow_ups(doc) {
        let date = f.next.max(today);
        let name = display_name(lang, &f.person.name);
        let description = format!(
            "{}{}{}\n{}{}{}",
            lang.t(FileText::LastContact),
            lang.t(i18n::UiText::Colon),
            i18n::format_date(lang, f.last_contact),
            lang.t(FileText::Repeats),
            lang.t(i18n::UiText::Colon),
            files_text::cadence(lang, f.person.cadence),
        );
        event(
            line,
            &Event {
                uid: &follow_up_uid(f.person.id),
                stamp,
                date,
                rrule: cadence_rrule(f.person.cadence, date),
                summary: &files_text::follow_up_summary(lang, &name),
                description: &description,
            },
        );
    }
}

struct Event<'a> {
    uid: &'a str,
    stamp: &'a str,
    date: NaiveDate,
    rrule: Option<String>,
    summary: &'a str,
    description: &'a str,
}

fn event(line: &mut impl FnMut(&str), e: &Event<'_>) {
    line("BEGIN:VEVENT");
    line(&format!("UID:{}", e.uid));
    line(&format!("DTSTAMP:{}", e.stamp));
    line(&format!("DTSTART;VALUE=DATE:{}", date_value(e.date)));
    // An explicit one-day DTEND: some apps otherwise show a zero-length event.
    if let Some(end) = e.date.succ_opt() {
        line(&format!("DTEND;VALUE=DATE:{}", date_value(end)));
    }
    if let Some(rrule) = &e.rrule {
        line(&format!("RRULE:{rrule}"));
    }
    line(&format!("SUMMARY:{}", escape_text(e.summary)));
    if !e.description.is_empty() {
        line(&format!("DESCRIPTION:{}", escape_text(e.description)));
    }
    // All-day reminders should not mark the user as busy.
    line("TRANSP:TRANSPARENT");
    line("END:VEVENT");
}

fn display_name(lang: Lang, name: &str) -> String {
    let name = name.trim();
    if name.is_empty() {
        lang.t(FileText::Unnamed).to_string()
    } else {
        name.to_string()
    }
}

fn list_separator(lang: Lang) -> &'static str {
    match lang.built() {
        Lang::Ja => "、",
        Lang::En => ", ",
    }
}

/// RRULE value of an action's recurrence starting on `start`.
pub fn action_rrule(r: Recurrence, start: NaiveDate) -> Option<String> {
    match r {
        Recurrence::None => None,
        Recurrence::Weekly => Some("FREQ=WEEKLY".into()),
        Recurrence::Biweekly => Some("FREQ=WEEKLY;INTERVAL=2".into()),
        Recurrence::Monthly => Some(monthly(1, start)),
        Recurrence::EveryDays(0) => None,
        Recurrence::EveryDays(n) => Some(format!("FREQ=DAILY;INTERVAL={n}")),
    }
}

/// RRULE value of a follow-up cadence starting on `start`.
pub fn cadence_rrule(c: Cadence, start: NaiveDate) -> Option<String> {
    match c {
        Cadence::None => None,
        Cadence::Weekly => Some("FREQ=WEEKLY".into()),
        Cadence::Biweekly => Some("FREQ=WEEKLY;INTERVAL=2".into()),
        Cadence::Monthly => Some(monthly(1, start)),
        Cadence::Quarterly => Some(monthly(3, start)),
        Cadence::HalfYearly => Some(monthly(6, start)),
    }
}

/// A monthly rule. Plain `FREQ=MONTHLY` from the 31st skips every shorter
/// month (RFC 5545 §3.3.10); for days after the 28th we ask for the last
/// existing day up to that one instead, as our own date arithmetic does.
fn monthly(interval: u32, start: NaiveDate) -> String {
    let mut rule = String::from("FREQ=MONTHLY");
    if interval > 1 {
        rule.push_str(&format!(";INTERVAL={interval}"));
    }
    let day = start.day();
    if day > 28 {
        let days: Vec<String> = (28..=day).map(|d| d.to_string()).collect();
        rule.push_str(&format!(";BYMONTHDAY={};BYSETPOS=-1", days.join(",")));
    }
    rule
}

fn date_value(d: NaiveDate) -> String {
    format!("{:04}{:02}{:02}", d.year(), d.month(), d.day())
}

/// A UTC time as iCalendar and vCard write it: `20261123T091500Z`.
pub(crate) fn date_time_value(t: DateTime<Utc>) -> String {
    format!(
        "{}T{:02}{:02}{:02}Z",
        date_value(t.date_naive()),
        t.hour(),
        t.minute(),
        t.second()
    )
}

/// Escapes a TEXT value (RFC 5545 §3.3.11). Line breaks of any style become
/// `\n`; other control characters, which TEXT may not hold, are dropped.
pub fn escape_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {
                if chars.peek() != Some(&'\n') {
                    out.push_str("\\n");
                }
            }
            '\t' => out.push('\t'),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Appends `line` with CRLF, folded so no physical line exceeds 75 octets
/// (a continuation line's leading space counts). Cuts fall on character
/// boundaries and never between a backslash and the character it escapes.
pub fn push_folded(out: &mut String, line: &str) {
    let mut rest = line;
    let mut first = true;
    loop {
        let room = if first {
            MAX_LINE_OCTETS
        } else {
            MAX_LINE_OCTETS - 1
        };
        if !first {
            out.push(' ');
        }
        if rest.len() <= room {
            out.push_str(rest);
            out.push_str("\r\n");
            return;
        }
        let mut cut = room;
        while !rest.is_char_boundary(cut) {
            cut -= 1;
        }
        let backslashes = rest.as_bytes()[..cut]
            .iter()
            .rev()
            .take_while(|&&b| b == b'\\')
            .count();
        if backslashes % 2 == 1 {
            cut -= 1;
        }
        out.push_str(&rest[..cut]);
        out.push_str("\r\n");
        rest = &rest[cut..];
        first = false;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn folded(line: &str) -> String {
        let mut s = String::new();
        push_folded(&mut s, line);
        s
    }

    fn unfold(s: &str) -> String {
        s.trim_end_matches("\r\n").replace("\r\n ", "")
    }

    #[test]
    fn short_lines_are_untouched() {
        assert_eq!(folded("SUMMARY:abc"), "SUMMARY:abc\r\n");
        let exact = format!("SUMMARY:{}", "a".repeat(75 - 8));
        assert_eq!(folded(&exact), format!("{exact}\r\n"));
    }

    #[test]
    fn japanese_is_folded_at_75_octets_without_splitting_characters() {
        for prefix in ["", "a", "ab"] {
            let line = format!("SUMMARY:{prefix}{}", "山田さんにお礼を伝える".repeat(12));
            let out = folded(&line);
            for physical in out.split_terminator("\r\n") {
                assert!(
                    physical.len() <= MAX_LINE_OCTETS,
                    "{} octets",
                    physical.len()
                );
            }
            // Every physical line is valid UTF-8 on its own (no split character).
            for physical in out.as_bytes().split(|&b| b == b'\n') {
                assert!(std::str::from_utf8(physical).is_ok());
            }
            assert_eq!(unfold(&out), line);
            assert!(out.lines().count() > 1);
        }
    }

    #[test]
    fn folding_never_separates_an_escape() {
        // 74 'a's then "\," : a naive cut at 75 would split the escape.
        let line = format!("{}{}", "a".repeat(74), escape_text(",x"));
        let out = folded(&line);
        assert!(out.starts_with(&format!("{}\r\n \\,x", "a".repeat(74))));
        assert_eq!(unfold(&out), line);
        // An escaped backslash right at the cut is a complete escape.
        let line = format!("{}\\\\{}", "a".repeat(73), "b".repeat(10));
        let out = folded(&line);
        assert!(out.starts_with(&format!("{}\\\\\r\n b", "a".repeat(73))));
    }

    #[test]
    fn text_escaping() {
        assert_eq!(escape_text("a\\b;c,d\ne"), "a\\\\b\\;c\\,d\\ne");
        assert_eq!(escape_text("x\r\ny\rz"), "x\\ny\\nz");
        assert_eq!(escape_text("山田、佐藤；鈴木"), "山田、佐藤；鈴木");
        assert_eq!(escape_text("bell\u{7}tab\t"), "belltab\t");
        assert_eq!(escape_text("<script>:"), "<script>:");
    }

    #[test]
    fn rrules() {
        let start = d(2026, 11, 23);
        assert_eq!(action_rrule(Recurrence::None, start), None);
        assert_eq!(
            action_rrule(Recurrence::Weekly, start).unwrap(),
            "FREQ=WEEKLY"
        );
        assert_eq!(
            action_rrule(Recurrence::Biweekly, start).unwrap(),
            "FREQ=WEEKLY;INTERVAL=2"
        );
        assert_eq!(
            action_rrule(Recurrence::Monthly, start).unwrap(),
            "FREQ=MONTHLY"
        );
        assert_eq!(
            action_rrule(Recurrence::EveryDays(10), start).unwrap(),
            "FREQ=DAILY;INTERVAL=10"
        );
        assert_eq!(
            cadence_rrule(Cadence::Quarterly, start).unwrap(),
            "FREQ=MONTHLY;INTERVAL=3"
        );
        assert_eq!(
            cadence_rrule(Cadence::HalfYearly, d(2026, 1, 31)).unwrap(),
            "FREQ=MONTHLY;INTERVAL=6;BYMONTHDAY=28,29,30,31;BYSETPOS=-1"
        );
        assert_eq!(
            action_rrule(Recurrence::Monthly, d(2026, 1, 29)).unwrap(),
            "FREQ=MONTHLY;BYMONTHDAY=28,29;BYSETPOS=-1"
        );
        assert_eq!(cadence_rrule(Cadence::None, start), None);
    }

    #[test]
    fn values_and_names() {
        assert_eq!(date_value(d(2026, 1, 5)), "20260105");
        let t = DateTime::parse_from_rfc3339("2026-11-23T09:05:07Z")
            .unwrap()
            .with_timezone(&Utc);
        assert_eq!(date_time_value(t), "20261123T090507Z");
        assert_eq!(file_name(d(2026, 11, 23)), "tsunagari-2026-11-23.ics");
    }
}
