//! The self-assessment, one question at a time: a labelled radio group.
//! A tap or click on an answer records it and moves on after a short
//! transition; Back goes to the previous question. With the keyboard,
//! number keys (0 for "doesn't apply" where an item offers it) or arrows
//! choose and Enter (or Next) goes on, so an answer can also be changed
//! without leaving the question.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::browser;
use crate::clock;
use crate::domain::content::{area_text, na_label, ITEMS};
use crate::domain::document::AssessmentId;
use crate::domain::i18n::Lang;
use crate::domain::i18n::{self, T};
use crate::domain::phone_text::{self, PT};
use crate::domain::questionnaire::{Item, ItemId, Scale, NOT_APPLICABLE};
use crate::domain::route::Route;
use crate::domain::scoring;
use crate::domain::update::{draft_position, Msg};
use crate::ui::key_shortcuts::KeyShortcuts;
use crate::ui::store::{use_lang, use_store};

/// How long a tapped answer stays on screen before the next question.
const ADVANCE_DELAY_MS: i32 = 220;

#[component]
pub fn Assessment() -> Html {
    let lang = use_lang();
    let store = use_store();
    let missing = use_state(|| false);
    // Whether the last answer came from a pointer (tap or click): only
    // those move on by themselves; arrow keys change the choice in place.
    let by_pointer = use_mut_ref(|| false);
    // The question on screen, read by the delayed move-on so that a second
    // quick tap cannot skip a question.
    let shown_pos = use_mut_ref(|| 0usize);
    let keyboard_used = use_state(|| false);
    // Cleared when the screen goes, so a pending move-on does nothing then.
    let alive = use_mut_ref(|| true);
    {
        let alive = alive.clone();
        use_effect_with((), move |_| move || *alive.borrow_mut() = false);
    }

    // Arriving here without a draft starts one (first visit or a retake).
    {
        let store = store.clone();
        let has_draft = store.0.doc.draft.is_some();
        use_effect_with(has_draft, move |&has| {
            if !has {
                store.dispatch(Msg::StartAssessment);
            }
        });
    }

    let Some(draft) = store.0.doc.draft.as_ref() else {
        return html! { <div class="screen"><h1 tabindex="-1">{ lang.t(T::AssessmentTitle) }</h1></div> };
    };
    let pos = draft_position(draft);
    let item = &ITEMS[pos];
    let selected = draft.answers.get(item.id.0).copied();
    let is_last = pos + 1 == ITEMS.len();
    let total = ITEMS.len();
    *shown_pos.borrow_mut() = pos;

    let choose = {
        let store = store.clone();
        let missing = missing.clone();
        Callback::from(move |(item, step): (ItemId, u8)| {
            missing.set(false);
            store.dispatch(Msg::Answer { item, step });
        })
    };
    // After a tap: the next question, once the choice has been seen.
    let move_on = {
        let store = store.clone();
        let shown_pos = shown_pos.clone();
        let alive = alive.clone();
        Callback::from(move |from: usize| {
            let store = store.clone();
            let shown_pos = shown_pos.clone();
            let alive = alive.clone();
            clock::after(ADVANCE_DELAY_MS, move || {
                if *shown_pos.borrow() == from && *alive.borrow() {
                    store.dispatch(Msg::NextQuestion);
                    browser::focus_selector(".question-text");
                }
            });
        })
    };
    let onpointerdown = {
        let by_pointer = by_pointer.clone();
        Callback::from(move |_: PointerEvent| *by_pointer.borrow_mut() = true)
    };
    let go_next = {
        let store = store.clone();
        let missing = missing.clone();
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
                browser::set_hash(&Route::Results.hash());
            } else {
                store.dispatch(Msg::NextQuestion);
            }
        })
    };
    let onsubmit = {
        let go_next = go_next.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            go_next.emit(selected.is_some());
        })
    };
    let onkeydown = {
        let choose = choose.clone();
        let go_next = go_next.clone();
        let id = item.id;
        let item_ref = item;
        let by_pointer = by_pointer.clone();
        let keyboard_used = keyboard_used.clone();
        Callback::from(move |e: KeyboardEvent| {
            *by_pointer.borrow_mut() = false;
            if !*keyboard_used && !matches!(e.key().as_str(), "Shift" | "Control" | "Alt" | "Meta")
            {
                keyboard_used.set(true);
            }
            let in_text_field = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
                .is_some_and(|i| i.type_() != "radio");
            if e.ctrl_key() || e.alt_key() || e.meta_key() || e.default_prevented() || in_text_field
            {
                return;
            }
            let key = e.key();
            if let Some(step) = key
                .parse::<u8>()
                .ok()
                .filter(|&s| scoring::is_valid_answer(item_ref, s))
            {
                e.prevent_default();
                choose.emit((id, step));
                browser::focus_selector(&format!("#choice-{step}"));
            } else if key == "Enter" {
                // Buttons and links handle Enter themselves.
                let on_control = e
                    .target()
                    .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                    .is_some_and(|el| {
                        matches!(
                            el.tag_name().as_str(),
                            "BUTTON" | "A" | "SELECT" | "TEXTAREA"
                        )
                    });
                if !on_control {
                    e.prevent_default();
                    go_next.emit(selected.is_some());
                }
            }
        })
    };
    let back = {
        let store = store.clone();
        let missing = missing.clone();
        Callback::from(move |_| {
            missing.set(false);
            store.dispatch(Msg::PreviousQuestion);
        })
    };

    // "Doesn't apply" (0, key 0) comes after the scale, only where it makes sense.
    let steps = (1..=Scale::STEPS).chain(item.na.map(|_| NOT_APPLICABLE));
    let choices = steps.map(|step| {
        let onchange = {
            let choose = choose.clone();
            let move_on = move_on.clone();
            let by_pointer = by_pointer.clone();
            let id = item.id;
            Callback::from(move |_: Event| {
                choose.emit((id, step));
                if std::mem::take(&mut *by_pointer.borrow_mut()) && !is_last {
                    move_on.emit(pos);
                }
            })
        };
        let input_id = format!("choice-{step}");
        html! {
            <label class="choice" for={input_id.clone()}>
                <input type="radio" id={input_id} name="answer" value={step.to_string()}
                    checked={selected == Some(step)} {onchange}
                    aria-describedby={missing.then_some("answer-error")} />
                <span class="choice-num" aria-hidden="true">{ step }</span>
                <span class="choice-label">{ choice_label(item, step, lang) }</span>
            </label>
        }
    });

    html! {
        <section class="screen assessment">
            <KeyShortcuts on_key={onkeydown} />
            <h1 tabindex="-1">{ lang.t(T::AssessmentTitle) }</h1>
            <p class="help">{ lang.t(PT::TapToAnswer) }</p>
            if *keyboard_used {
                <p class="help keys-hint">{ phone_text::keys_hint(lang, Scale::STEPS as usize) }</p>
            }
            <div class="progress">
                <progress max={total.to_string()} value={(pos + 1).to_string()}
                    aria-label={lang.t(T::QuestionProgress)}></progress>
                <span class="progress-count" aria-hidden="true">{ i18n::progress(pos + 1, total) }</span>
                <span class="visually-hidden" aria-live="polite">{ i18n::progress_spoken(lang, pos + 1, total) }</span>
            </div>
            // The alternating class replays the entrance for each new question.
            <form class={classes!("question", if pos.is_multiple_of(2) { "enter-a" } else { "enter-b" })} {onsubmit} novalidate=true>
                <fieldset>
                    <legend>
                        <span class="area-tag">{ area_text(item.area).name.get(lang) }</span>
                        <span class="question-text" tabindex="-1">{ item.question.get(lang) }</span>
                    </legend>
                    <div class="choices" {onpointerdown}>{ for choices }</div>
                </fieldset>
                if *missing {
                    <p id="answer-error" class="field-error" role="alert">{ lang.t(T::ChooseAnAnswer) }</p>
                }
                <div class="question-nav">
                    <button type="button" class="button" onclick={back} disabled={pos == 0}>{ lang.t(T::Back) }</button>
                    <button type="submit" class="button primary">
                        { lang.t(if is_last { T::SeeResults } else { T::Next }) }
                    </button>
                </div>
            </form>
        </section>
    }
}

/// The words of one answer: a scale step, or the item's "doesn't apply" reason.
fn choice_label(item: &Item, step: u8, lang: Lang) -> &'static str {
    match item.na {
        Some(na) if step == NOT_APPLICABLE => na_label(na).get(lang),
        _ => item.scale.label(step, lang),
    }
}
