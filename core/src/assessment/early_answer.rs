//! The answer a first-time visitor gave in the static page (index.html shows
//! the self-check's first question before the wasm arrives): when the app
//! starts, it continues the self-check from that answer, once, on the
//! second question (a tap on an answer moves on, as in the app).

use crate::content::ITEMS;
use crate::effect::{Effect, Effects};
use crate::route::Route;
use crate::update::{update, Msg, State};

/// Applies an answer to the first question given before the app started.
/// Only a first visit takes it (no self-check done or under way, the user's
/// own document on screen); anything else keeps the state as it is, so an
/// answer can never count twice or overwrite one given in the app. When it
/// is taken, the effects save it and show the self-check.
pub fn apply(state: &mut State, step: u8) -> Effects {
    let doc = &state.doc;
    if state.read_only() || doc.draft.is_some() || !doc.assessments.is_empty() {
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

        let mut resumed = fresh();
        std::rc::Rc::make_mut(&mut resumed.doc).draft = Some(Draft::default());
        assert!(apply(&mut resumed, 3).is_empty());
        assert!(resumed.doc.draft.as_ref().unwrap().answers.is_empty());
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
