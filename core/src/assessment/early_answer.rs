//! The answer a first-time visitor gave in the static page (index.html shows
//! the self-check's first question before the wasm arrives): when the app
//! starts, it continues the self-check from that answer, once, on the
//! second question (a tap on an answer moves on, as in the app).

use crate::content::ITEMS;
use crate::effect::{Effect, Effects};
use crate::route::Route;
use crate::update::{update, Msg, State};

/// Applies an answer to the first question given before the app was shown.
/// Only a first visit takes it (no self-check done or under way, the user's
/// own document on screen); anything else keeps the state as it is, so an
/// answer can never count twice or overwrite one given in the app. A draft
/// with no answer, still on the first question, is not under way: the
/// self-check screen opens one as the app is built, before a late answer
/// (given while it was built) arrives. When it is taken, the effects save
/// it and show the self-check.
pub fn apply(state: &mut State, step: u8) -> Effects {
    let doc = &state.doc;
    let under_way = doc
        .draft
        .as_ref()
        .is_some_and(|d| !d.answers.is_empty() || d.position != 0);
    if state.read_only() || under_way || !doc.assessments.is_empty() {
        return Effects::none();
    }
    if !(1..=5).contains(&step) {
        return Effects::none();
    }
    let started = update(state, Msg::StartAssessment);
    let taken = update(
        state,
        Msg::Answer {
            item: ITEMS[0].id,
            step,
        },
    );
    if !taken.saves() {
        return started;
    }
    // A tap on an answer moves on (as in the app), so the app opens on the
    // second question; Back returns to the first with its answer kept.
    let moved = update(state, Msg::NextQuestion);
    started
        .and(taken)
        .and(moved)
        .and(Effects::one(Effect::Navigate(Route::Assessment)))
}

/// An answer from the static page: the first one (`apply`), or a changed
/// one given while the app was built, which replaces `instead_of` only while
/// the self-check is exactly what that answer made of it (the first item
/// answered, on the second question): an answer given in the app is never
/// replaced.
pub fn take(state: &mut State, step: u8, instead_of: Option<u8>) -> Effects {
    let Some(before) = instead_of else {
        return apply(state, step);
    };
    let first = ITEMS[0].id;
    let untouched = state.doc.draft.as_ref().is_some_and(|d| {
        d.position == 1 && d.answers.len() == 1 && d.answers.get(first.0) == Some(&before)
    });
    if !untouched || !(1..=5).contains(&step) || state.read_only() {
        return Effects::none();
    }
    update(state, Msg::Answer { item: first, step })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{Document, Draft};
    use crate::update::Persistence;

    fn fresh() -> State {
        State::new(Document::default(), Persistence::Saving)
    }

    #[test]
    fn a_first_visit_continues_from_the_early_answer() {
        let mut s = fresh();
        let effects = apply(&mut s, 4);
        assert!(effects.saves(), "the answer is saved like any other");
        assert_eq!(
            effects.0.last(),
            Some(&Effect::Navigate(Route::Assessment)),
            "the app opens on the self-check"
        );
        let draft = s.doc.draft.as_ref().unwrap();
        assert_eq!(draft.answers.len(), 1);
        assert_eq!(draft.answers.get(ITEMS[0].id.0), Some(&4));
        assert_eq!(draft.position, 1, "a tap moves on, as in the app");
    }

    #[test]
    fn never_counts_twice_nor_overrides_an_answer_given_in_the_app() {
        let mut s = fresh();
        assert!(apply(&mut s, 4).saves());
        assert!(apply(&mut s, 2).is_empty());
        assert_eq!(
            s.doc.draft.as_ref().unwrap().answers.get(ITEMS[0].id.0),
            Some(&4)
        );

        // A self-check under way: an answer given, or moved on without one.
        let mut resumed = fresh();
        let mut draft = Draft::default();
        draft.answers.insert(ITEMS[2].id.0.into(), 2);
        std::rc::Rc::make_mut(&mut resumed.doc).draft = Some(draft);
        assert!(apply(&mut resumed, 3).is_empty());
        assert_eq!(resumed.doc.draft.as_ref().unwrap().answers.len(), 1);
        let mut moved = fresh();
        let draft = Draft {
            position: 1,
            ..Draft::default()
        };
        std::rc::Rc::make_mut(&mut moved.doc).draft = Some(draft);
        assert!(apply(&mut moved, 3).is_empty());
        assert!(moved.doc.draft.as_ref().unwrap().answers.is_empty());
    }

    /// The self-check screen opens an empty draft as the app is built; an
    /// answer given in the static page meanwhile still counts.
    #[test]
    fn an_empty_draft_on_the_first_question_takes_the_answer() {
        let mut s = fresh();
        assert!(update(&mut s, Msg::StartAssessment).saves());
        let effects = apply(&mut s, 3);
        assert!(effects.saves());
        let draft = s.doc.draft.as_ref().unwrap();
        assert_eq!(draft.answers.get(ITEMS[0].id.0), Some(&3));
        assert_eq!(draft.position, 1);
    }

    /// The app takes the static page's answer as a message too: given while
    /// the app was being built (after it started, before it was shown), it
    /// arrives through `update`, and is recorded as the changes it makes.
    #[test]
    fn the_message_takes_a_late_answer_as_the_start_would_and_only_once() {
        let mut s = fresh();
        let effects = update(
            &mut s,
            Msg::EarlyAnswer {
                step: 5,
                instead_of: None,
            },
        );
        assert!(effects.saves());
        assert_eq!(effects.0.last(), Some(&Effect::Navigate(Route::Assessment)));
        assert_eq!(
            s.doc.draft.as_ref().unwrap().answers.get(ITEMS[0].id.0),
            Some(&5)
        );
        assert_eq!(
            s.pending,
            vec![
                Msg::StartAssessment,
                Msg::Answer {
                    item: ITEMS[0].id,
                    step: 5
                },
                Msg::NextQuestion
            ],
            "what a hand-over or a conflict replays is the changes, not the message"
        );
        assert!(update(
            &mut s,
            Msg::EarlyAnswer {
                step: 1,
                instead_of: None
            }
        )
        .is_empty());
        assert_eq!(
            s.doc.draft.as_ref().unwrap().answers.get(ITEMS[0].id.0),
            Some(&5)
        );
    }

    /// Tapped 3 before the app started, then 4 while it was built: the app
    /// keeps the last choice, as the page showed it.
    #[test]
    fn a_changed_answer_replaces_the_one_taken_only_while_untouched() {
        let mut s = fresh();
        assert!(apply(&mut s, 3).saves());
        let changed = update(
            &mut s,
            Msg::EarlyAnswer {
                step: 4,
                instead_of: Some(3),
            },
        );
        assert!(changed.saves());
        let draft = s.doc.draft.as_ref().unwrap();
        assert_eq!(draft.answers.get(ITEMS[0].id.0), Some(&4));
        assert_eq!(draft.position, 1);

        // Not what the early answer made (another item answered, or a
        // different first answer): nothing is replaced.
        let mut later = s.clone();
        let _ = update(
            &mut later,
            Msg::Answer {
                item: ITEMS[1].id,
                step: 2,
            },
        );
        let none = Msg::EarlyAnswer {
            step: 1,
            instead_of: Some(4),
        };
        assert!(update(&mut later, none).is_empty());
        let mut other = s.clone();
        let wrong = Msg::EarlyAnswer {
            step: 1,
            instead_of: Some(2),
        };
        assert!(update(&mut other, wrong).is_empty());
        assert_eq!(
            other.doc.draft.as_ref().unwrap().answers.get(ITEMS[0].id.0),
            Some(&4)
        );
    }

    #[test]
    fn out_of_range_answers_are_ignored() {
        for step in [0, 6, 255] {
            let mut s = fresh();
            assert!(apply(&mut s, step).is_empty());
            assert_eq!(*s.doc, Document::default());
        }
    }
}
