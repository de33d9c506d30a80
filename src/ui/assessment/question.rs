//! The question on screen: its area and words, the answers as a radio
//! group, the "choose an answer" message, and Back / Next.

use yew::prelude::*;

use super::choice::choice;
use crate::domain::content::{area_text, ITEMS};
use crate::domain::i18n::{Lang, UiText};
use crate::domain::questionnaire::{Scale, NOT_APPLICABLE};

/// The question on screen and what its controls do.
pub struct QuestionView {
    /// The question (its place in `ITEMS`).
    pub pos: usize,
    pub selected: Option<u8>,
    /// No answer was chosen when the user tried to go on.
    pub missing: bool,
    pub is_last: bool,
    pub onsubmit: Callback<SubmitEvent>,
    /// An answer was chosen (by tap, click or arrow keys).
    pub on_choice: Callback<u8>,
    pub on_back: Callback<MouseEvent>,
    pub onpointerdown: Callback<PointerEvent>,
}

pub fn question(lang: Lang, props: &QuestionView) -> Html {
    let (pos, is_last) = (props.pos, props.is_last);
    let item = &ITEMS[pos];
    // "Doesn't apply" (0, key 0) comes after the scale, only where it makes sense.
    let steps = (1..=Scale::STEPS).chain(item.na.map(|_| NOT_APPLICABLE));
    let choices = steps.map(|step| {
        let onchange = props.on_choice.reform(move |_: Event| step);
        choice(
            lang,
            item,
            step,
            props.selected == Some(step),
            props.missing,
            onchange,
        )
    });
    html! {
        // The alternating class replays the entrance for each new question.
        <form class={classes!("question", if pos.is_multiple_of(2) { "enter-a" } else { "enter-b" })}
            onsubmit={props.onsubmit.clone()} novalidate=true>
            <fieldset>
                <legend>
                    <span class="area-tag">{ area_text(item.area).name.get(lang) }</span>
                    <span class="question-text" tabindex="-1">{ item.question.get(lang) }</span>
                </legend>
                <div class="choices" onpointerdown={props.onpointerdown.clone()}>{ for choices }</div>
            </fieldset>
            if props.missing {
                <p id="answer-error" class="field-error" role="alert">{ lang.t(UiText::ChooseAnAnswer) }</p>
            }
            <div class="question-nav">
                <button type="button" class="button" onclick={props.on_back.clone()} disabled={pos == 0}>{ lang.t(UiText::Back) }</button>
                <button type="submit" class="button primary">
                    { lang.t(if is_last { UiText::SeeResults } else { UiText::Next }) }
                </button>
            </div>
        </form>
    }
}
