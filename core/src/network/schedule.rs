//! Calendar arithmetic for the planner: when a repeating action comes round
//! again, when a follow-up with someone is due, which week a date is in, and
//! whether something is overdue, today, this week or later. Pure date maths;
//! `today` is always a parameter. Weeks start on Monday in both languages.

use chrono::{Datelike, Days, Months, NaiveDate, Weekday};

use crate::document::{Cadence, Recurrence};

/// The longest "every N days" interval the planner accepts.
pub const MAX_EVERY_DAYS: u16 = 365;

/// Monday of the week containing `d`.
pub fn week_start(d: NaiveDate) -> NaiveDate {
    let back = d.weekday().num_days_from_monday();
    d - Days::new(u64::from(back))
}

/// Sunday of the week containing `d`.
pub fn week_end(d: NaiveDate) -> NaiveDate {
    week_start(d) + Days::new(6)
}

/// True when `a` and `b` fall in the same Monday-to-Sunday week.
pub fn is_same_week(a: NaiveDate, b: NaiveDate) -> bool {
    week_start(a) == week_start(b)
}

/// The last day of `d`'s month.
pub fn month_end(d: NaiveDate) -> NaiveDate {
    d.with_day(1)
        .and_then(|first| first.checked_add_months(Months::new(1)))
        .and_then(|next| next.checked_sub_days(Days::new(1)))
        .unwrap_or(NaiveDate::MAX)
}

/// `d` moved by `months`, aiming for `day` of the target month and clamping
/// to the month's end when it is shorter (Jan 31 → Feb 28, or 29 in a leap
/// year).
pub fn add_months_on_day(d: NaiveDate, months: u32, day: u32) -> NaiveDate {
    let Some(first) = d
        .with_day(1)
        .and_then(|f| f.checked_add_months(Months::new(months)))
    else {
        return NaiveDate::MAX;
    };
    let last = month_end(first).day();
    first.with_day(day.clamp(1, last)).unwrap_or(first)
}

/// Add days, saturating at the end of chrono's calendar instead of panicking.
pub fn add_days(d: NaiveDate, n: u64) -> NaiveDate {
    d.checked_add_days(Days::new(n)).unwrap_or(NaiveDate::MAX)
}

/// The occurrence after `due` for `recurrence`. `month_day` is the day of the
/// month a monthly series aims for (its first due date's day), so a series
/// that started on the 31st returns to the 31st after a short month.
pub fn next_occurrence(
    due: NaiveDate,
    recurrence: Recurrence,
    month_day: Option<u8>,
) -> Option<NaiveDate> {
    match recurrence {
        Recurrence::None => None,
        Recurrence::Weekly => Some(add_days(due, 7)),
        Recurrence::Biweekly => Some(add_days(due, 14)),
        Recurrence::Monthly => {
            let day = month_day.map_or(due.day(), u32::from);
            Some(add_months_on_day(due, 1, day))
        }
        Recurrence::EveryDays(n) => Some(add_days(due, u64::from(n.max(1)))),
    }
}

/// The due date of the next occurrence when a repeating action is closed on
/// `closed_on`: the first occurrence after both the old due date and the day
/// it was closed, so a late completion never creates an already-overdue
/// action. Without a due date the series continues from `closed_on`.
pub fn next_due_after_close(
    due: Option<NaiveDate>,
    recurrence: Recurrence,
    month_day: Option<u8>,
    closed_on: NaiveDate,
) -> Option<NaiveDate> {
    let mut next = next_occurrence(due.unwrap_or(closed_on), recurrence, month_day)?;
    // Bounded: even "every day" catches up a decade-old series in ~3,650 steps.
    let mut guard = 0;
    while next <= closed_on && guard < 10_000 {
        next = next_occurrence(next, recurrence, month_day)?;
        guard += 1;
    }
    Some(next)
}

/// The date a contact cadence asks for the next follow-up after `last`.
pub fn cadence_next(last: NaiveDate, cadence: Cadence) -> Option<NaiveDate> {
    let months = |n| add_months_on_day(last, n, last.day());
    match cadence {
        Cadence::None => None,
        Cadence::Weekly => Some(add_days(last, 7)),
        Cadence::Biweekly => Some(add_days(last, 14)),
        Cadence::Monthly => Some(months(1)),
        Cadence::Quarterly => Some(months(3)),
        Cadence::HalfYearly => Some(months(6)),
    }
}

/// Where a date falls relative to today, for grouping lists.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum When {
    /// The date has passed.
    Overdue,
    /// The date is today.
    Today,
    /// Later this week (up to Sunday).
    ThisWeek,
    /// After this week.
    Later,
    /// No date.
    Unscheduled,
}

/// Where `due` falls relative to `today`.
pub fn classify(due: Option<NaiveDate>, today: NaiveDate) -> When {
    match due {
        None => When::Unscheduled,
        Some(d) if d < today => When::Overdue,
        Some(d) if d == today => When::Today,
        Some(d) if d <= week_end(today) => When::ThisWeek,
        Some(_) => When::Later,
    }
}

/// Whether `d` is due by the end of today's week (overdue included).
pub fn due_by_week_end(d: NaiveDate, today: NaiveDate) -> bool {
    d <= week_end(today)
}

/// Parses the `YYYY-MM-DD` value of an `<input type="date">`.
pub fn parse_input_date(s: &str) -> Option<NaiveDate> {
    let s = s.trim();
    let mut parts = s.splitn(3, '-');
    let y: i32 = parts.next()?.parse().ok()?;
    let m: u32 = parts.next()?.parse().ok()?;
    let d: u32 = parts.next()?.parse().ok()?;
    if !(1..=9999).contains(&y) {
        return None;
    }
    NaiveDate::from_ymd_opt(y, m, d)
}

/// The `YYYY-MM-DD` value for an `<input type="date">`.
pub fn input_date(d: NaiveDate) -> String {
    format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day())
}

/// True when `d` is a Monday.
pub fn is_monday(d: NaiveDate) -> bool {
    d.weekday() == Weekday::Mon
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn weeks_start_on_monday() {
        // 2026-11-23 is a Monday.
        assert!(is_monday(d(2026, 11, 23)));
        assert_eq!(week_start(d(2026, 11, 23)), d(2026, 11, 23));
        assert_eq!(week_start(d(2026, 11, 29)), d(2026, 11, 23));
        assert_eq!(week_end(d(2026, 11, 23)), d(2026, 11, 29));
        assert_eq!(week_start(d(2026, 11, 30)), d(2026, 11, 30));
        // A week spanning a year boundary.
        assert_eq!(week_start(d(2027, 1, 1)), d(2026, 12, 28));
        assert_eq!(week_end(d(2026, 12, 28)), d(2027, 1, 3));
        assert!(is_same_week(d(2026, 12, 31), d(2027, 1, 3)));
        assert!(!is_same_week(d(2026, 11, 29), d(2026, 11, 30)));
    }

    #[test]
    fn monthly_clamps_to_month_end_and_returns_to_the_anchor_day() {
        let r = Recurrence::Monthly;
        assert_eq!(
            next_occurrence(d(2026, 1, 31), r, None),
            Some(d(2026, 2, 28))
        );
        // Leap year.
        assert_eq!(
            next_occurrence(d(2028, 1, 31), r, None),
            Some(d(2028, 2, 29))
        );
        assert_eq!(
            next_occurrence(d(2028, 1, 30), r, None),
            Some(d(2028, 2, 29))
        );
        // The series remembers it aims for the 31st.
        assert_eq!(
            next_occurrence(d(2026, 2, 28), r, Some(31)),
            Some(d(2026, 3, 31))
        );
        assert_eq!(
            next_occurrence(d(2026, 3, 31), r, Some(31)),
            Some(d(2026, 4, 30))
        );
        // Without an anchor, Feb 28 simply moves to Mar 28.
        assert_eq!(
            next_occurrence(d(2026, 2, 28), r, None),
            Some(d(2026, 3, 28))
        );
        // December rolls over the year.
        assert_eq!(
            next_occurrence(d(2026, 12, 31), r, Some(31)),
            Some(d(2027, 1, 31))
        );
    }

    #[test]
    fn weekly_biweekly_and_every_n_days() {
        assert_eq!(
            next_occurrence(d(2026, 12, 28), Recurrence::Weekly, None),
            Some(d(2027, 1, 4))
        );
        assert_eq!(
            next_occurrence(d(2028, 2, 22), Recurrence::Biweekly, None),
            Some(d(2028, 3, 7))
        );
        assert_eq!(
            next_occurrence(d(2028, 2, 28), Recurrence::EveryDays(1), None),
            Some(d(2028, 2, 29))
        );
        assert_eq!(
            next_occurrence(d(2026, 2, 28), Recurrence::EveryDays(1), None),
            Some(d(2026, 3, 1))
        );
        assert_eq!(
            next_occurrence(d(2026, 11, 23), Recurrence::EveryDays(10), None),
            Some(d(2026, 12, 3))
        );
        // Zero is treated as one rather than looping forever.
        assert_eq!(
            next_occurrence(d(2026, 11, 23), Recurrence::EveryDays(0), None),
            Some(d(2026, 11, 24))
        );
        assert_eq!(
            next_occurrence(d(2026, 11, 23), Recurrence::None, None),
            None
        );
    }

    #[test]
    fn closing_late_skips_to_the_first_future_occurrence() {
        // Weekly, due Mon 2 Nov, done on Wed 18 Nov → next Mon 23 Nov.
        assert_eq!(
            next_due_after_close(
                Some(d(2026, 11, 2)),
                Recurrence::Weekly,
                None,
                d(2026, 11, 18)
            ),
            Some(d(2026, 11, 23))
        );
        // Closed early: the next one follows the old due date.
        assert_eq!(
            next_due_after_close(
                Some(d(2026, 11, 30)),
                Recurrence::Weekly,
                None,
                d(2026, 11, 25)
            ),
            Some(d(2026, 12, 7))
        );
        // Closed on the due date itself.
        assert_eq!(
            next_due_after_close(
                Some(d(2026, 11, 25)),
                Recurrence::Biweekly,
                None,
                d(2026, 11, 25)
            ),
            Some(d(2026, 12, 9))
        );
        // Monthly from Jan 31, closed on Mar 5 → Mar 31 (anchor kept).
        assert_eq!(
            next_due_after_close(
                Some(d(2026, 1, 31)),
                Recurrence::Monthly,
                Some(31),
                d(2026, 3, 5)
            ),
            Some(d(2026, 3, 31))
        );
        // No due date: from the closing day.
        assert_eq!(
            next_due_after_close(None, Recurrence::EveryDays(3), None, d(2026, 11, 23)),
            Some(d(2026, 11, 26))
        );
        assert_eq!(
            next_due_after_close(Some(d(2026, 1, 1)), Recurrence::None, None, d(2026, 2, 1)),
            None
        );
    }

    #[test]
    fn cadences() {
        let last = d(2026, 1, 31);
        assert_eq!(cadence_next(last, Cadence::None), None);
        assert_eq!(cadence_next(last, Cadence::Weekly), Some(d(2026, 2, 7)));
        assert_eq!(cadence_next(last, Cadence::Biweekly), Some(d(2026, 2, 14)));
        assert_eq!(cadence_next(last, Cadence::Monthly), Some(d(2026, 2, 28)));
        assert_eq!(cadence_next(last, Cadence::Quarterly), Some(d(2026, 4, 30)));
        assert_eq!(
            cadence_next(last, Cadence::HalfYearly),
            Some(d(2026, 7, 31))
        );
        assert_eq!(
            cadence_next(d(2027, 8, 29), Cadence::HalfYearly),
            Some(d(2028, 2, 29))
        );
    }

    #[test]
    fn classification_around_today_and_the_week_end() {
        let today = d(2026, 11, 25); // Wednesday
        assert_eq!(classify(None, today), When::Unscheduled);
        assert_eq!(classify(Some(d(2026, 11, 24)), today), When::Overdue);
        assert_eq!(classify(Some(d(2026, 11, 25)), today), When::Today);
        assert_eq!(classify(Some(d(2026, 11, 29)), today), When::ThisWeek);
        assert_eq!(classify(Some(d(2026, 11, 30)), today), When::Later);
        // On Sunday, "this week" is only today.
        let sunday = d(2026, 11, 29);
        assert_eq!(classify(Some(d(2026, 11, 30)), sunday), When::Later);
        assert!(due_by_week_end(d(2026, 11, 29), today));
        assert!(!due_by_week_end(d(2026, 11, 30), today));
    }

    #[test]
    fn date_inputs() {
        assert_eq!(parse_input_date("2028-02-29"), Some(d(2028, 2, 29)));
        assert_eq!(parse_input_date(" 2026-11-23 "), Some(d(2026, 11, 23)));
        assert_eq!(parse_input_date("2026-02-29"), None);
        assert_eq!(parse_input_date(""), None);
        assert_eq!(parse_input_date("2026/11/23"), None);
        assert_eq!(parse_input_date("0-1-1"), None);
        assert_eq!(input_date(d(2026, 3, 5)), "2026-03-05");
        assert_eq!(
            parse_input_date(&input_date(d(2026, 3, 5))),
            Some(d(2026, 3, 5))
        );
    }

    #[test]
    fn month_end_and_saturation() {
        assert_eq!(month_end(d(2028, 2, 10)), d(2028, 2, 29));
        assert_eq!(month_end(d(2026, 12, 10)), d(2026, 12, 31));
        assert_eq!(add_days(NaiveDate::MAX, 7), NaiveDate::MAX);
    }
}
