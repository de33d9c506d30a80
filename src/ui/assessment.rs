//! The self-assessment, one question at a time: a labelled radio group,
//! back/next, number keys 1–5 to answer (0 for "doesn't apply" where an
//! item offers it) and Enter to go on.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::browser;
use crate::clock;
use crate::domain::content::{area_text, na_label, ITEMS};
use crate::domain::document::AssessmentId;
use crate::domain::i18n::Lang;
use crate::domain::i18n::{self, T};
use crate::domain::questionnaire::{Item, ItemId, Scale, NOT_APPLICABLE};
use crate::domain::route::Route;
use crate::domain::scoring;
use crate::domain::update::{draft_position, Msg};
use crate::ui::key_shortcuts::KeyShortcuts;
use crate::ui::store::{use_lang, use_store};

#[component]
pub fn Assessment() -> Html {
    let lang = use_lang();
    let store = use_store();
    let missing = use_state(|| false);

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

    let choose = {
        let store = store.clone();
        let missing = missing.clone();
        Callback::from(move |(item, step): (ItemId, u8)| {
            missing.set(false);
            store.dispatch(Msg::Answer { item, step });
        })
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
        Callback::from(move |e: KeyboardEvent| {
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
            let id = item.id;
            Callback::from(move |_: Event| choose.emit((id, step)))
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
            <p class="help">{ lang.t(T::AssessmentHelp) }</p>
            <div class="progress">
                <progress max={total.to_string()} value={(pos + 1).to_string()}
                    aria-label={lang.t(T::QuestionProgress)}></progress>
                <span class="progress-count" aria-hidden="true">{ i18n::progress(pos + 1, total) }</span>
                <span class="visually-hidden" aria-live="polite">{ i18n::progress_spoken(lang, pos + 1, total) }</span>
            </div>
            <form class="question" {onsubmit} novalidate=true>
                <fieldset>
                    <legend>
                        <span class="area-tag">{ area_text(item.area).name.get(lang) }</span>
                        <span class="question-text">{ item.question.get(lang) }</span>
                    </legend>
                    <div class="choices">{ for choices }</div>
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
