//! When to remind the user to export a backup: the data lives only in this
//! browser, so after 30 days without an export a gentle, dismissable nudge
//! (every 7 days where the browser may delete it: `platform::reminder_days`).

use chrono::{Days, NaiveDate};

use crate::document::Document;

/// Days after the last export (or the first saved data) before the backup
/// reminder appears; also how long a snooze lasts.
pub const EXPORT_REMINDER_DAYS: u64 = 30;

/// Whether the backup reminder shows today. `first_seen` is the earliest
/// date the document has data from (so a brand-new user is not nagged).
pub fn backup_reminder_due(doc: &Document, today: NaiveDate) -> bool {
    backup_reminder_due_every(doc, today, EXPORT_REMINDER_DAYS)
}

/// Like `backup_reminder_due`, every `days` days.
pub fn backup_reminder_due_every(doc: &Document, today: NaiveDate, days: u64) -> bool {
    let Some(since) = doc.settings.last_export.or_else(|| first_data_date(doc)) else {
        return false; // nothing worth backing up yet
    };
    if doc
        .settings
        .reminder_snoozed_until
        .is_some_and(|until| today < until)
    {
        return false;
    }
    since
        .checked_add_days(Days::new(days))
        .is_some_and(|due| today >= due)
}

/// Snoozes the reminder for another 30 days.
pub fn snooze_until(today: NaiveDate) -> NaiveDate {
    snooze_for(today, EXPORT_REMINDER_DAYS)
}

/// Snoozes the reminder for `days` days.
pub fn snooze_for(today: NaiveDate, days: u64) -> NaiveDate {
    today.checked_add_days(Days::new(days)).unwrap_or(today)
}

fn first_data_date(doc: &Document) -> Option<NaiveDate> {
    let assessments = doc.assessments.iter().map(|a| a.date);
    let people = doc.people.iter().map(|p| p.created_at.date_naive());
    let actions = doc.actions.iter().map(|a| a.created_at.date_naive());
    assessments.chain(people).chain(actions).min()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{Assessment, AssessmentId};
    use chrono::{TimeZone, Utc};

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn with_assessment_on(date: NaiveDate) -> Document {
        let mut doc = Document::default();
        doc.assessments.push(Assessment {
            id: AssessmentId(1),
            date,
            completed_at: Utc.from_utc_datetime(&date.and_hms_opt(9, 0, 0).unwrap()),
            answers: Default::default(),
        });
        doc
    }

    #[test]
    fn nothing_to_back_up_means_no_reminder() {
        assert!(!backup_reminder_due(&Document::default(), d(2026, 11, 24)));
    }

    #[test]
    fn reminds_thirty_days_after_first_data_or_last_export() {
        let doc = with_assessment_on(d(2026, 10, 1));
        assert!(!backup_reminder_due(&doc, d(2026, 10, 30)));
        assert!(backup_reminder_due(&doc, d(2026, 10, 31)));
        let mut exported = doc.clone();
        exported.settings.last_export = Some(d(2026, 11, 20));
        assert!(!backup_reminder_due(&exported, d(2026, 12, 19)));
        assert!(backup_reminder_due(&exported, d(2026, 12, 20)));
    }

    #[test]
    fn where_data_may_be_deleted_the_reminder_comes_after_a_week() {
        let doc = with_assessment_on(d(2026, 10, 1));
        assert!(!backup_reminder_due_every(&doc, d(2026, 10, 7), 7));
        assert!(backup_reminder_due_every(&doc, d(2026, 10, 8), 7));
        assert_eq!(snooze_for(d(2026, 10, 8), 7), d(2026, 10, 15));
    }

    #[test]
    fn snoozing_silences_for_thirty_days() {
        let mut doc = with_assessment_on(d(2026, 1, 1));
        let today = d(2026, 3, 1);
        doc.settings.reminder_snoozed_until = Some(snooze_until(today));
        assert!(!backup_reminder_due(&doc, d(2026, 3, 30)));
        assert!(backup_reminder_due(&doc, d(2026, 3, 31)));
    }
}
