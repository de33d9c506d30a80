//! `use_forget_on_leave`: an outcome a screen tells (a restore, a deletion)
//! is forgotten when the screen is left, so opening it again never shows
//! (nor moves focus to) old news.

use yew::prelude::*;

use crate::domain::update::{Msg, State, ViewMsg};
use crate::ui::store::{current_state, StoreHandle};

/// When the calling screen is left and `told` says its outcome is still
/// in the state, sends `forget`.
#[hook]
pub fn use_forget_on_leave(store: &StoreHandle, told: fn(&State) -> bool, forget: ViewMsg) {
    let store = store.clone();
    use_effect_with((), move |_| {
        move || {
            if told(&current_state(&store)) {
                store.dispatch(Msg::View(forget));
            }
        }
    });
}
