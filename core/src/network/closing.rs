//! What closing an action (done or skipped) schedules next: the screen
//! tells the user "next one on …" from this, so it is decided here with the
//! schedule rule, not in the list component.

use chrono::NaiveDate;

use crate::document::{Action, ActionId};
use crate::schedule::next_due_after_close;

/// The due date of the action that closing `id` today creates, if it
/// repeats (`None` for a one-off, or an id that is not there).
pub fn next_due_on_close(actions: &[Action], id: ActionId, today: NaiveDate) -> Option<NaiveDate> {
    let a = actions.iter().find(|a| a.id == id)?;
    next_due_after_close(a.due, a.recurrence, a.month_day, today)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Recurrence;
    use crate::sample::generate;

    fn d(m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, m, day).unwrap()
    }

    #[test]
    fn a_repeating_action_is_due_again_after_both_its_date_and_today() {
        let mut doc = generate(1, 0, 1, 7, d(12, 2));
        let a = &mut doc.actions[0];
        (a.due, a.recurrence, a.month_day) = (Some(d(12, 1)), Recurrence::Weekly, None);
        let id = a.id;
        assert_eq!(
            next_due_on_close(&doc.actions, id, d(12, 2)),
            Some(d(12, 8))
        );
        doc.actions[0].recurrence = Recurrence::None;
        assert_eq!(next_due_on_close(&doc.actions, id, d(12, 2)), None);
    }

    #[test]
    fn an_unknown_action_schedules_nothing() {
        let doc = generate(1, 0, 1, 7, d(12, 2));
        assert_eq!(
            next_due_on_close(&doc.actions, ActionId(u64::MAX), d(12, 2)),
            None
        );
    }
}
