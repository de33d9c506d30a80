//! Whom the weekly review offers as "contact next week", and whom it ticks
//! at the start: decided here so the screen only shows the lists.

use crate::document::PersonId;
use crate::review::WeekSummary;

/// At most this many people are offered as "contact next week".
pub const MAX_CANDIDATES: usize = 30;

/// At most this many are ticked at the start (the most overdue), so one
/// review never plans a long list of contacts at once.
pub const PRESELECTED: usize = 3;

/// The people offered: those due by the end of next week (soonest first),
/// then those met this week who are not due, at most `MAX_CANDIDATES`.
pub fn candidates(summary: &WeekSummary) -> Vec<PersonId> {
    let mut out = summary.due_next_week.clone();
    for (p, _) in &summary.met {
        if !out.contains(p) {
            out.push(*p);
        }
    }
    out.truncate(MAX_CANDIDATES);
    out
}

/// The people ticked at the start: the `PRESELECTED` most overdue.
pub fn preselected(summary: &WeekSummary) -> Vec<PersonId> {
    summary
        .due_next_week
        .iter()
        .take(PRESELECTED)
        .copied()
        .collect()
}

/// How many more people are due than were ticked (said on the screen).
pub fn more_due(summary: &WeekSummary) -> usize {
    summary.due_next_week.len().saturating_sub(PRESELECTED)
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::*;

    fn summary(due: &[u64], met: &[u64]) -> WeekSummary {
        WeekSummary {
            week_start: NaiveDate::from_ymd_opt(2026, 11, 30).unwrap(),
            done: Vec::new(),
            met: met.iter().map(|&n| (PersonId(n), 1)).collect(),
            due_next_week: due.iter().map(|&n| PersonId(n)).collect(),
        }
    }

    #[test]
    fn due_come_first_then_met_without_repeats() {
        let s = summary(&[3, 1], &[1, 7, 3, 5]);
        let ids: Vec<u64> = candidates(&s).iter().map(|p| p.0).collect();
        assert_eq!(ids, vec![3, 1, 7, 5]);
    }

    #[test]
    fn the_list_and_the_ticks_are_capped() {
        let due: Vec<u64> = (1..=40).collect();
        let s = summary(&due, &[99]);
        assert_eq!(candidates(&s).len(), MAX_CANDIDATES);
        let ticked: Vec<u64> = preselected(&s).iter().map(|p| p.0).collect();
        assert_eq!(ticked, vec![1, 2, 3]);
        assert_eq!(more_due(&s), 37);
        assert_eq!(more_due(&summary(&[1, 2], &[])), 0);
        assert_eq!(preselected(&summary(&[], &[4])), Vec::new());
    }
}
