//! A tab's unsaved changes carried across a reload into the full app. The
//! first-visit module has no document decoder (issue #16: it would cost a
//! first visit about 25 KB gzip), so when another tab has saved it cannot
//! rebase its own changes onto that tab's document. It writes nothing,
//! leaves what it knew and its pending changes as text (`to_text`) for the
//! same browser tab, and reloads; the full app reads the text back
//! (`from_text`) and rebases exactly as a tab that saw the other save would
//! (`SyncMsg::Resume`).

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use crate::document::{ActionId, AssessmentId};
use crate::i18n::Lang;
use crate::planner::PlanMsg;
use crate::scoring;
use crate::sync::Mark;
use crate::update::{Msg, State, SyncMsg};

/// The version of the carried text; another version is not read.
const VERSION: u32 = 1;

/// What is carried: the stored version the changes were made on, and the
/// changes.
#[derive(Serialize, Deserialize)]
struct Carry {
    v: u32,
    /// The known stored version (`Mark`): lineage, revision, write.
    known: [u64; 3],
    pending: Vec<Change>,
}

/// The changes a first visit can make (home, self-check, results), as text.
#[derive(Serialize, Deserialize)]
#[serde(tag = "m", rename_all = "snake_case")]
enum Change {
    SetLang {
        lang: Lang,
    },
    Start,
    Answer {
        item: String,
        step: u8,
    },
    Next,
    Previous,
    Finish {
        id: AssessmentId,
        date: NaiveDate,
        at: DateTime<Utc>,
    },
    Exported {
        on: NaiveDate,
    },
    Snooze {
        until: NaiveDate,
    },
    AddTip {
        id: ActionId,
        item: String,
        lang: Lang,
        today: NaiveDate,
        now: DateTime<Utc>,
    },
}

impl Change {
    /// The change `msg` makes, when it is one a first visit can make.
    fn of(msg: &Msg) -> Option<Change> {
        Some(match msg {
            Msg::SetLang(lang) => Change::SetLang { lang: *lang },
            Msg::StartAssessment => Change::Start,
            Msg::Answer { item, step } => Change::Answer {
                item: item.0.to_string(),
                step: *step,
            },
            Msg::NextQuestion => Change::Next,
            Msg::PreviousQuestion => Change::Previous,
            Msg::FinishAssessment { id, date, at } => Change::Finish {
                id: *id,
                date: *date,
                at: *at,
            },
            Msg::Exported { on } => Change::Exported { on: *on },
            Msg::SnoozeReminder { until } => Change::Snooze { until: *until },
            Msg::Plan(PlanMsg::AddTip {
                id,
                item,
                lang,
                today,
                now,
            }) => Change::AddTip {
                id: *id,
                item: item.0.to_string(),
                lang: *lang,
                today: *today,
                now: *now,
            },
            _ => return None,
        })
    }

    /// The message again; `None` for an item this version does not have.
    fn into_msg(self) -> Option<Msg> {
        let item = |id: &str| scoring::item(id).map(|i| i.id);
        Some(match self {
            Change::SetLang { lang } => Msg::SetLang(lang),
            Change::Start => Msg::StartAssessment,
            Change::Answer { item: id, step } => Msg::Answer {
                item: item(&id)?,
                step,
            },
            Change::Next => Msg::NextQuestion,
            Change::Previous => Msg::PreviousQuestion,
            Change::Finish { id, date, at } => Msg::FinishAssessment { id, date, at },
            Change::Exported { on } => Msg::Exported { on },
            Change::Snooze { until } => Msg::SnoozeReminder { until },
            Change::AddTip {
                id,
                item: tip,
                lang,
                today,
                now,
            } => Msg::Plan(PlanMsg::AddTip {
                id,
                item: item(&tip)?,
                lang,
                today,
                now,
            }),
        })
    }
}

/// `state`'s known stored version and unsaved changes as text; `None` when
/// a change is not one a first visit makes (the caller must then not leave
/// the page: the change would be lost).
pub fn to_text(state: &State) -> Option<String> {
    let known = state.stored;
    let carry = Carry {
        v: VERSION,
        known: [known.lineage, known.revision, known.write],
        pending: state
            .pending
            .iter()
            .map(Change::of)
            .collect::<Option<_>>()?,
    };
    serde_json::to_string(&carry).ok()
}

/// The message that resumes carried changes in a freshly loaded tab;
/// `None` for text that is not a carry of this version.
pub fn from_text(text: &str) -> Option<Msg> {
    let carry: Carry = serde_json::from_str(text).ok()?;
    if carry.v != VERSION {
        return None;
    }
    let [lineage, revision, write] = carry.known;
    Some(Msg::Sync(SyncMsg::Resume {
        known: Mark {
            lineage,
            revision,
            write,
        },
        // A change about an item this version lacks is the only one left out.
        pending: carry
            .pending
            .into_iter()
            .filter_map(Change::into_msg)
            .collect(),
    }))
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
        assert_eq!(
            from_text("{\"v\":2,\"known\":[1,2,3],\"pending\":[]}"),
            None
        );
        let text = "{\"v\":1,\"known\":[1,2,3],\"pending\":[{\"m\":\"answer\",\"item\":\"gone\",\"step\":2},{\"m\":\"next\"}]}";
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
