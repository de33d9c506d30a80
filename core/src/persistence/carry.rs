//! A tab's unsaved changes carried across a reload into the full app. The
//! first-visit module has no document decoder (issue #16: it would cost a
//! first visit about 25 KB gzip), so when another tab has saved it cannot
//! rebase its own changes onto that tab's document. It writes nothing,
//! leaves what it knew and its pending changes as text (`to_text`) for the
//! same browser tab, and reloads; the full app reads the text back
//! (`from_text`) and rebases exactly as a tab that saw the other save would
//! (`SyncMsg::Resume`).
//!
//! The text is one line per change, words separated by spaces, dates as
//! days and times as milliseconds: plain integer code, because serde's
//! derived reader for these few messages cost the full app 5 to 18 KB gzip.

use chrono::{DateTime, NaiveDate, Utc};

use crate::document::{ActionId, AssessmentId};
use crate::i18n::Lang;
use crate::planner::PlanMsg;
use crate::scoring;
use crate::sync::Mark;
use crate::update::{Msg, State, SyncMsg};

/// The first line; text of another version is not read.
const HEADER: &str = "tsunagari-carry 1";

/// `state`'s known stored version and unsaved changes as text; `None` when
/// a change is not one a first visit makes (home, self-check, results): the
/// caller must then not leave the page, or the change would be lost.
pub fn to_text(state: &State) -> Option<String> {
    let Mark {
        lineage,
        revision,
        write,
    } = state.stored;
    let mut lines = vec![
        HEADER.to_string(),
        format!("known {lineage} {revision} {write}"),
    ];
    for msg in &state.pending {
        lines.push(line_of(msg)?);
    }
    Some(lines.join("\n"))
}

/// One change as a line.
fn line_of(msg: &Msg) -> Option<String> {
    Some(match msg {
        Msg::SetLang(lang) => format!("lang {}", lang.tag()),
        Msg::StartAssessment => "start".into(),
        Msg::Answer { item, step } => format!("answer {} {step}", item.0),
        Msg::NextQuestion => "next".into(),
        Msg::PreviousQuestion => "previous".into(),
        Msg::FinishAssessment { id, date, at } => {
            format!("finish {} {} {}", id.0, days(*date), at.timestamp_millis())
        }
        Msg::Exported { on } => format!("exported {}", days(*on)),
        Msg::SnoozeReminder { until } => format!("snooze {}", days(*until)),
        Msg::Plan(PlanMsg::AddTip {
            id,
            item,
            lang,
            today,
            now,
        }) => format!(
            "tip {} {} {} {} {}",
            id.0,
            item.0,
            lang.tag(),
            days(*today),
            now.timestamp_millis()
        ),
        _ => return None,
    })
}

/// The message that resumes carried changes in a freshly loaded tab;
/// `None` for text that is not a carry of this version.
pub fn from_text(text: &str) -> Option<Msg> {
    let mut lines = text.lines();
    if lines.next()? != HEADER {
        return None;
    }
    let known = lines.next()?.strip_prefix("known ")?;
    let [lineage, revision, write] = numbers(known)?;
    Some(Msg::Sync(SyncMsg::Resume {
        known: Mark {
            lineage,
            revision,
            write,
        },
        // A line this version cannot read (an item it lacks) is the only
        // change left out.
        pending: lines.filter_map(msg_of).collect(),
    }))
}

/// The change one line names.
fn msg_of(line: &str) -> Option<Msg> {
    let words: Vec<&str> = line.split(' ').collect();
    Some(match words.as_slice() {
        ["lang", lang] => Msg::SetLang(lang_of(lang)?),
        ["start"] => Msg::StartAssessment,
        ["answer", item, step] => Msg::Answer {
            item: scoring::item(item)?.id,
            step: step.parse().ok()?,
        },
        ["next"] => Msg::NextQuestion,
        ["previous"] => Msg::PreviousQuestion,
        ["finish", id, date, at] => Msg::FinishAssessment {
            id: AssessmentId(id.parse().ok()?),
            date: date_of(date)?,
            at: time_of(at)?,
        },
        ["exported", on] => Msg::Exported { on: date_of(on)? },
        ["snooze", until] => Msg::SnoozeReminder {
            until: date_of(until)?,
        },
        ["tip", id, item, lang, today, now] => Msg::Plan(PlanMsg::AddTip {
            id: ActionId(id.parse().ok()?),
            item: scoring::item(item)?.id,
            lang: lang_of(lang)?,
            today: date_of(today)?,
            now: time_of(now)?,
        }),
        _ => return None,
    })
}

/// Three numbers separated by spaces.
fn numbers(text: &str) -> Option<[u64; 3]> {
    let mut n = text.split(' ').map(|w| w.parse::<u64>().ok());
    let three = [n.next()??, n.next()??, n.next()??];
    n.next().is_none().then_some(three)
}

fn days(date: NaiveDate) -> i32 {
    chrono::Datelike::num_days_from_ce(&date)
}

fn date_of(word: &str) -> Option<NaiveDate> {
    NaiveDate::from_num_days_from_ce_opt(word.parse().ok()?)
}

fn time_of(word: &str) -> Option<DateTime<Utc>> {
    DateTime::from_timestamp_millis(word.parse().ok()?)
}

fn lang_of(tag: &str) -> Option<Lang> {
    Lang::ALL.into_iter().find(|l| l.tag() == tag)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::ITEMS;
    use crate::document::Document;
    use crate::update::{update, Persistence, SyncNotice};
    use chrono::TimeZone;

    fn mark(lineage: u64, revision: u64, write: u64) -> Mark {
        Mark {
            lineage,
            revision,
            write,
        }
    }

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 12, d).unwrap()
    }

    fn answer(i: usize, step: u8) -> Msg {
        Msg::Answer {
            item: ITEMS[i].id,
            step,
        }
    }

    /// A first visit with unsaved changes of every kind it can make.
    fn first_visit() -> State {
        let mut s = State::loaded(Document::default(), mark(1, 2, 7), Persistence::Saving);
        let now = Utc.with_ymd_and_hms(2026, 12, 3, 9, 30, 0).unwrap();
        for msg in [
            Msg::SetLang(Lang::En),
            Msg::StartAssessment,
            answer(0, 4),
            Msg::NextQuestion,
            Msg::PreviousQuestion,
            Msg::Exported { on: day(3) },
            Msg::SnoozeReminder { until: day(10) },
            Msg::Plan(PlanMsg::AddTip {
                id: ActionId(42),
                item: ITEMS[3].id,
                lang: Lang::En,
                today: day(3),
                now,
            }),
            Msg::FinishAssessment {
                id: AssessmentId(9),
                date: day(3),
                at: now,
            },
        ] {
            let _ = update(&mut s, msg);
        }
        s
    }

    #[test]
    fn every_change_of_a_first_visit_comes_back_as_it_was() {
        let s = first_visit();
        assert_eq!(s.pending.len(), 9, "every message changed the document");
        let text = to_text(&s).expect("all carried");
        let Some(Msg::Sync(SyncMsg::Resume { known, pending })) = from_text(&text) else {
            panic!("not a resume: {text}");
        };
        assert_eq!(known, mark(1, 2, 7));
        assert_eq!(pending, s.pending);
    }

    #[test]
    fn a_change_a_first_visit_cannot_make_is_not_carried() {
        let mut s = first_visit();
        let _ = update(&mut s, Msg::MergeDocument(Box::default()));
        assert!(!s.pending.is_empty());
        let mut other = Document::default();
        other.settings.lang = Some(Lang::Ja);
        let _ = update(&mut s, Msg::ReplaceDocument(Box::new(other)));
        assert_eq!(to_text(&s), None, "the page must stay rather than lose it");
    }

    #[test]
    fn other_text_is_not_a_carry() {
        assert_eq!(from_text(""), None);
        assert_eq!(from_text("tsunagari-carry 2\nknown 1 2 3"), None);
        assert_eq!(from_text("tsunagari-carry 1\nknown 1 2"), None);
        let text = "tsunagari-carry 1\nknown 1 2 3\nanswer gone 2\nnext";
        assert_eq!(
            from_text(text),
            Some(Msg::Sync(SyncMsg::Resume {
                known: mark(1, 2, 3),
                pending: vec![Msg::NextQuestion],
            })),
            "an item this version lacks is the only change left out"
        );
    }

    /// The full app loaded what another tab saved; the first visit's changes
    /// are rebased onto it, as a tab that saw that save would do.
    #[test]
    fn carried_changes_are_rebased_onto_the_other_tabs_save() {
        let mut first = State::loaded(Document::default(), mark(1, 1, 5), Persistence::Saving);
        let _ = update(&mut first, Msg::StartAssessment);
        let _ = update(&mut first, answer(0, 4));
        let resume = from_text(&to_text(&first).unwrap()).unwrap();

        let mut theirs = Document::default();
        theirs.settings.lang = Some(Lang::En);
        theirs.revision = 2;
        let mut full = State::loaded(theirs, mark(1, 2, 8), Persistence::Saving);
        assert!(
            update(&mut full, resume).saves(),
            "the rebased changes are saved"
        );
        assert_eq!(
            full.doc.settings.lang,
            Some(Lang::En),
            "the other tab's save kept"
        );
        assert_eq!(
            full.doc.draft.as_ref().unwrap().answers.get(ITEMS[0].id.0),
            Some(&4)
        );
        assert_eq!(
            full.stored,
            mark(1, 2, 8),
            "the next save builds on what is stored"
        );
        assert_eq!(full.sync_notice, Some(SyncNotice::Reapplied));
    }

    #[test]
    fn carried_changes_onto_the_same_stored_version_are_made_again() {
        let mut first = State::loaded(Document::default(), Mark::default(), Persistence::Saving);
        let _ = update(&mut first, Msg::StartAssessment);
        let _ = update(&mut first, answer(1, 3));
        let resume = from_text(&to_text(&first).unwrap()).unwrap();
        let mut full = State::loaded(Document::default(), Mark::default(), Persistence::Saving);
        assert!(update(&mut full, resume).saves());
        assert_eq!(
            full.doc.draft.as_ref().unwrap().answers.get(ITEMS[1].id.0),
            Some(&3)
        );
        assert_eq!(full.pending.len(), 2, "they wait for the save");
    }

    #[test]
    fn carried_changes_to_data_deleted_elsewhere_do_not_come_back() {
        let mut first = State::loaded(Document::default(), mark(1, 1, 5), Persistence::Saving);
        let _ = update(&mut first, Msg::StartAssessment);
        let _ = update(&mut first, answer(0, 4));
        let resume = from_text(&to_text(&first).unwrap()).unwrap();
        // All data was deleted in another tab, then written again (a new lineage).
        let mut full = State::loaded(Document::default(), mark(77, 1, 9), Persistence::Saving);
        assert!(!update(&mut full, resume).saves());
        assert!(full.doc.draft.is_none());
        assert_eq!(full.sync_notice, Some(SyncNotice::ClearedElsewhere));
    }

    #[test]
    fn a_tab_that_may_not_write_keeps_carried_changes_unsaved() {
        let mut first = State::loaded(Document::default(), mark(1, 1, 5), Persistence::Saving);
        let _ = update(&mut first, Msg::StartAssessment);
        let resume = from_text(&to_text(&first).unwrap()).unwrap();
        let blocked = Persistence::Blocked {
            backup_key: "k".into(),
            reason: "r".into(),
        };
        let mut full = State::loaded(Document::default(), Mark::default(), blocked.clone());
        let _ = update(&mut full, resume);
        assert_eq!(
            full.persistence, blocked,
            "a block on unreadable data stays"
        );
        assert_eq!(
            full.pending,
            vec![Msg::StartAssessment],
            "kept, not written"
        );
    }

    #[test]
    fn handing_over_stops_writing() {
        let mut s = first_visit();
        let _ = update(&mut s, Msg::Sync(SyncMsg::HandingOver));
        assert_eq!(s.persistence, Persistence::HandingOver);
        assert!(!crate::sync::may_write(&s));
    }
}
