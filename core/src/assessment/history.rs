//! The history of assessments: every one kept with its date, scored once,
//! as series per area for the chart and with the change from the previous.

use chrono::NaiveDate;

use crate::document::Assessment;
use crate::questionnaire::Area;
use crate::scoring::{score, Scores};

/// One finished self-check, scored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Snapshot {
    /// The local date it was finished.
    pub date: NaiveDate,
    /// Its scores.
    pub scores: Scores,
}

/// Every assessment scored, oldest first. O(assessments); screens memoize it.
pub fn snapshots(assessments: &[Assessment]) -> Vec<Snapshot> {
    assessments
        .iter()
        .map(|a| Snapshot {
            date: a.date,
            scores: score(&a.answers),
        })
        .collect()
}

/// One area's scores over time (None where that assessment had no score).
pub fn series(snapshots: &[Snapshot], area: Area) -> Vec<(NaiveDate, Option<u8>)> {
    snapshots
        .iter()
        .map(|s| (s.date, s.scores.get(area)))
        .collect()
}

/// The change in `area` between two scorings, when both have a score.
pub fn change(previous: &Scores, latest: &Scores, area: Area) -> Option<i32> {
    Some(i32::from(latest.get(area)?) - i32::from(previous.get(area)?))
}

/// The change in the overall score between two scorings, when both have one.
pub fn overall_change(previous: &Scores, latest: &Scores) -> Option<i32> {
    Some(i32::from(latest.overall?) - i32::from(previous.overall?))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::ITEMS;
    use crate::document::AssessmentId;
    use crate::scoring::Answers;
    use chrono::{TimeZone, Utc};

    fn assessment(id: u64, date: NaiveDate, step: u8) -> Assessment {
        let answers: Answers = ITEMS
            .iter()
            .map(|i| (i.id.0.to_string(), if i.reversed { 6 - step } else { step }))
            .collect();
        Assessment {
            id: AssessmentId(id),
            date,
            completed_at: Utc.with_ymd_and_hms(2026, 1, 1, 0, 0, 0).unwrap(),
            answers,
        }
    }

    #[test]
    fn series_and_changes_over_time() {
        let d1 = NaiveDate::from_ymd_opt(2026, 9, 1).unwrap();
        let d2 = NaiveDate::from_ymd_opt(2026, 10, 1).unwrap();
        let d3 = NaiveDate::from_ymd_opt(2026, 11, 1).unwrap();
        let mut partial = assessment(2, d2, 4);
        partial
            .answers
            .retain(|k, _| crate::scoring::item(k).map(|i| i.area) != Some(Area::Social));
        let snaps = snapshots(&[assessment(1, d1, 2), partial, assessment(3, d3, 5)]);
        assert_eq!(
            series(&snaps, Area::Trust),
            vec![(d1, Some(25)), (d2, Some(75)), (d3, Some(100))]
        );
        assert_eq!(series(&snaps, Area::Social)[1], (d2, None));
        assert_eq!(
            change(&snaps[0].scores, &snaps[1].scores, Area::Trust),
            Some(50)
        );
        assert_eq!(
            change(&snaps[1].scores, &snaps[2].scores, Area::Social),
            None
        );
        assert_eq!(overall_change(&snaps[1].scores, &snaps[2].scores), Some(25));
        assert_eq!(
            overall_change(&snaps[2].scores, &snaps[0].scores),
            Some(-75)
        );
    }
}
