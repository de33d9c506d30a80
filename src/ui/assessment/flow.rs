//! Moving through the questions: answer, go on (or finish), go back, and
//! the short pause after a tapped answer before the next question.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use crate::browser;
use crate::clock;
use crate::domain::document::AssessmentId;
use crate::domain::questionnaire::ItemId;
use crate::domain::update::Msg;
use crate::ui::store::StoreHandle;

/// How long a tapped answer stays on screen before the next question.
const ADVANCE_DELAY_MS: i32 = 220;

#[derive(Clone)]
pub struct Flow {
    store: StoreHandle,
    missing: UseStateHandle<bool>,
    /// Whether the last answer came from a pointer (tap or click): only
    /// those move on by themselves; arrow keys change the choice in place.
    pub by_pointer: Rc<RefCell<bool>>,
    /// The question on screen, read by the delayed move-on so that a second
    /// quick tap cannot skip a question.
    shown_pos: Rc<RefCell<usize>>,
    /// Cleared when the screen goes, so a pending move-on does nothing then.
    alive: Rc<RefCell<bool>>,
}

#[hook]
pub fn use_flow(store: StoreHandle, missing: UseStateHandle<bool>) -> Flow {
    let by_pointer = use_mut_ref(|| false);
    let shown_pos = use_mut_ref(|| 0usize);
    let alive = use_mut_ref(|| true);
    {
        let alive = alive.clone();
        use_effect_with((), move |_| move || *alive.borrow_mut() = false);
    }
    // Arriving here without a draft starts one (first visit or a retake).
    {
        let store = store.clone();
        use_effect_with(store.0.doc.draft.is_some(), move |&has| {
            if !has {
                store.dispatch(Msg::StartAssessment);
            }
        });
    }
    Flow {
        store,
        missing,
        by_pointer,
        shown_pos,
        alive,
    }
}

impl Flow {
    /// Records which question is on screen (called on each render).
    pub fn showing(&self, pos: usize) {
        *self.shown_pos.borrow_mut() = pos;
    }

    /// Records an answer.
    pub fn choose(&self) -> Callback<(ItemId, u8)> {
        let (store, missing) = (self.store.clone(), self.missing.clone());
        Callback::from(move |(item, step): (ItemId, u8)| {
            missing.set(false);
            store.dispatch(Msg::Answer { item, step });
        })
    }

    /// An answer chosen on question `pos`: recorded, and after a tap the
    /// next question follows.
    pub fn on_choice(&self, id: ItemId, pos: usize, is_last: bool) -> Callback<u8> {
        let (flow, choose) = (self.clone(), self.choose());
        Callback::from(move |step: u8| {
            choose.emit((id, step));
            if std::mem::take(&mut *flow.by_pointer.borrow_mut()) && !is_last {
                flow.move_on(pos);
            }
        })
    }

    /// Notes that the next answer comes from a tap or click.
    pub fn pointer_down(&self) -> Callback<PointerEvent> {
        let by_pointer = self.by_pointer.clone();
        Callback::from(move |_: PointerEvent| *by_pointer.borrow_mut() = true)
    }

    /// Next / "See results" (the form's submit).
    pub fn submit(&self, is_last: bool, answered: bool) -> Callback<SubmitEvent> {
        let go_next = self.go_next(is_last);
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            go_next.emit(answered);
        })
    }

    /// After a tap on question `from`: the next question, once the choice
    /// has been seen (unless another question is showing by then).
    fn move_on(&self, from: usize) {
        let (store, shown_pos, alive) = (
            self.store.clone(),
            self.shown_pos.clone(),
            self.alive.clone(),
        );
        clock::after(ADVANCE_DELAY_MS, move || {
            if *shown_pos.borrow() == from && *alive.borrow() {
                store.dispatch(Msg::NextQuestion);
                browser::focus_selector(".question-text");
            }
        });
    }

    /// Next (or "See results" on the last question); without an answer it
    /// says so and puts focus on the answers.
    pub fn go_next(&self, is_last: bool) -> Callback<bool> {
        let (store, missing) = (self.store.clone(), self.missing.clone());
        Callback::from(move |answered: bool| {
            if !answered {
                missing.set(true);
                browser::focus_selector("input[name=answer]");
                return;
            }
            if is_last {
                store.dispatch(Msg::FinishAssessment {
                    id: AssessmentId(clock::new_id()),
                    date: clock::today(),
                    at: clock::now(),
                });
            } else {
                store.dispatch(Msg::NextQuestion);
            }
        })
    }

    /// Back to the previous question.
    pub fn back(&self) -> Callback<MouseEvent> {
        let (store, missing) = (self.store.clone(), self.missing.clone());
        Callback::from(move |_| {
            missing.set(false);
            store.dispatch(Msg::PreviousQuestion);
        })
    }
}
