//! What merging an imported file would change, worked out before anything
//! is stored: the files screen shows this report, and takes a backup first
//! only when the merge changes something.

use crate::document::Document;
use crate::plan_file::{self, MergeReport};

/// The report of merging `incoming` into `current`: the same pure merge the
/// store runs. A file made for sharing (`shared`) only adds what is new.
pub fn merge_report(current: &Document, incoming: &Document, shared: bool) -> MergeReport {
    let merge = if shared {
        plan_file::merge_shared
    } else {
        plan_file::merge
    };
    merge(current, incoming).1
}

#[cfg(test)]
mod tests {
    use chrono::{Duration, NaiveDate};

    use super::*;
    use crate::sample::generate;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 12, 2).unwrap()
    }

    #[test]
    fn the_same_file_changes_nothing() {
        let doc = generate(5, 10, 5, 1, today());
        assert!(merge_report(&doc, &doc, false).is_empty());
        assert!(merge_report(&doc, &doc, true).is_empty());
    }

    #[test]
    fn new_records_are_counted_as_added() {
        let incoming = generate(3, 4, 2, 2, today());
        let report = merge_report(&Document::default(), &incoming, false);
        assert_eq!(report.people.added, 3);
        assert_eq!(report.interactions.added, 4);
        assert_eq!(report.actions.added, 2);
        assert_eq!(report, merge_report(&Document::default(), &incoming, true));
    }

    #[test]
    fn a_shared_file_never_updates_what_is_here() {
        let current = generate(3, 0, 0, 3, today());
        let mut incoming = current.clone();
        incoming.people[0].name = "newer".into();
        incoming.people[0].updated_at += Duration::days(1);
        assert_eq!(merge_report(&current, &incoming, false).people.updated, 1);
        assert!(merge_report(&current, &incoming, true).is_empty());
    }
}
