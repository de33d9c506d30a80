//! The self-check's keys: a number chooses that answer, Enter goes on.
//! Keys with Ctrl/Alt/Cmd, keys already handled, and typing in a text
//! field are left alone.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::browser;
use crate::domain::questionnaire::{Item, ItemId};
use crate::domain::scoring;

/// What the key handler needs from the question on screen.
pub struct Keys {
    pub item: &'static Item,
    pub selected: Option<u8>,
    pub choose: Callback<(ItemId, u8)>,
    pub go_next: Callback<bool>,
    pub by_pointer: Rc<RefCell<bool>>,
    /// Set on the first real key, to show the keys hint.
    pub keyboard_used: UseStateHandle<bool>,
}

pub fn key_handler(keys: Keys) -> Callback<KeyboardEvent> {
    Callback::from(move |e: KeyboardEvent| {
        *keys.by_pointer.borrow_mut() = false;
        let key = e.key();
        if !*keys.keyboard_used && !matches!(key.as_str(), "Shift" | "Control" | "Alt" | "Meta") {
            keys.keyboard_used.set(true);
        }
        if ignored(&e) {
            return;
        }
        if let Some(step) = key
            .parse::<u8>()
            .ok()
            .filter(|&s| scoring::is_valid_answer(keys.item, s))
        {
            e.prevent_default();
            keys.choose.emit((keys.item.id, step));
            browser::focus_selector(&format!("#choice-{step}"));
        } else if key == "Enter" && !on_control(&e) {
            e.prevent_default();
            keys.go_next.emit(keys.selected.is_some());
        }
    })
}

/// Keys that are not ours: with a modifier, already handled, or typed into
/// a text field.
fn ignored(e: &KeyboardEvent) -> bool {
    let in_text_field = e
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        .is_some_and(|i| i.type_() != "radio");
    e.ctrl_key() || e.alt_key() || e.meta_key() || e.default_prevented() || in_text_field
}

/// Buttons and links handle Enter themselves.
fn on_control(e: &KeyboardEvent) -> bool {
    e.target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|el| {
            matches!(
                el.tag_name().as_str(),
                "BUTTON" | "A" | "SELECT" | "TEXTAREA"
            )
        })
}
