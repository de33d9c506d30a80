//! One answer of the question on screen: a radio button with its number
//! (the key that chooses it) and its words.

use yew::prelude::*;

use crate::domain::content::na_label;
use crate::domain::i18n::Lang;
use crate::domain::questionnaire::{Item, NOT_APPLICABLE};

/// Answer `step` of `item`; `missing` links it to the "choose an answer"
/// message.
pub fn choice(
    lang: Lang,
    item: &Item,
    step: u8,
    checked: bool,
    missing: bool,
    onchange: Callback<Event>,
) -> Html {
    let input_id = format!("choice-{step}");
    html! {
        <label class="choice" for={input_id.clone()}>
            <input type="radio" id={input_id} name="answer" value={step.to_string()}
                {checked} {onchange} aria-describedby={missing.then_some("answer-error")} />
            <span class="choice-num" aria-hidden="true">{ step }</span>
            <span class="choice-label">{ choice_label(item, step, lang) }</span>
        </label>
    }
}

/// The words of one answer: a scale step, or the item's "doesn't apply" reason.
fn choice_label(item: &Item, step: u8, lang: Lang) -> &'static str {
    match item.na {
        Some(na) if step == NOT_APPLICABLE => na_label(na).get(lang),
        _ => item.scale.label(step, lang),
    }
}
