//! A destructive button that asks once more in place ("Delete" → "Yes,
//! delete" / "Keep it"), so nothing is lost to a stray click or key press.
//! Asking moves focus to the confirming button; "Keep it" or Escape cancels
//! and puts focus back on the button that asked, so keyboard users never
//! lose their place.

use yew::prelude::*;

use crate::domain::plan_text::PlanText;
use crate::ui::store::use_lang;

#[derive(Properties, PartialEq)]
pub struct ConfirmButtonProps {
    pub label: AttrValue,
    /// A fuller name for assistive technology when the visible label leaves
    /// out what the row shows (e.g. the entry's date); starts with `label`.
    #[prop_or_default]
    pub accessible_name: Option<AttrValue>,
    pub on_confirm: Callback<()>,
    /// Extra sentence shown while asking (what else goes with it).
    #[prop_or_default]
    pub detail: Option<AttrValue>,
    #[prop_or_default]
    pub id: Option<AttrValue>,
    /// The question while asking; "Delete this?" unless given.
    #[prop_or_default]
    pub question: Option<AttrValue>,
    /// The confirming button's text; "Yes, delete" unless given.
    #[prop_or_default]
    pub yes: Option<AttrValue>,
    /// The cancelling button's text; "Keep it" unless given.
    #[prop_or_default]
    pub no: Option<AttrValue>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Step {
    Idle,
    Asking,
    /// Back to idle after a cancel: focus returns to the first button.
    Cancelled,
}

#[component]
pub fn ConfirmButton(props: &ConfirmButtonProps) -> Html {
    let lang = use_lang();
    let step = use_state(|| Step::Idle);
    let (yes_ref, ask_ref) = use_step_focus(*step);
    if *step != Step::Asking {
        let step = step.clone();
        return html! {
            <button type="button" class="button danger" id={props.id.clone()} ref={ask_ref}
                aria-label={props.accessible_name.clone()}
                onclick={Callback::from(move |_| step.set(Step::Asking))}>{ props.label.clone() }</button>
        };
    }
    let yes = {
        let step = step.clone();
        let on_confirm = props.on_confirm.clone();
        Callback::from(move |_| {
            step.set(Step::Idle);
            on_confirm.emit(());
        })
    };
    let no = {
        let step = step.clone();
        Callback::from(move |_| step.set(Step::Cancelled))
    };
    let onkeydown = {
        let step = step.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                e.prevent_default();
                e.stop_propagation();
                step.set(Step::Cancelled);
            }
        })
    };
    let question_id = props.id.as_ref().map(|id| format!("{id}-question"));
    html! {
        <div class="confirm" role="group" aria-label={props.accessible_name.clone().unwrap_or_else(|| props.label.clone())} {onkeydown}>
            <p class="confirm-question" id={question_id}>
                { props.question.clone().unwrap_or_else(|| lang.t(PlanText::ConfirmDelete).into()) }
                if let Some(d) = &props.detail { { " " }{ d.clone() } }
            </p>
            <button type="button" class="button danger primary" ref={yes_ref} onclick={yes}>
                { props.yes.clone().unwrap_or_else(|| lang.t(PlanText::ConfirmYes).into()) }
            </button>
            <button type="button" class="button" onclick={no}>
                { props.no.clone().unwrap_or_else(|| lang.t(PlanText::ConfirmNo).into()) }
            </button>
        </div>
    }
}

/// Focus follows the step: to "yes" when the question appears, back to the
/// first button after a cancel. Returns the refs for those two buttons.
#[hook]
fn use_step_focus(step: Step) -> (NodeRef, NodeRef) {
    let yes_ref = use_node_ref();
    let ask_ref = use_node_ref();
    {
        let (yes_ref, ask_ref) = (yes_ref.clone(), ask_ref.clone());
        use_effect_with(step, move |&step| {
            let target = match step {
                Step::Asking => Some(yes_ref),
                Step::Cancelled => Some(ask_ref),
                Step::Idle => None,
            };
            if let Some(el) = target.and_then(|r| r.cast::<web_sys::HtmlElement>()) {
                let _ = el.focus();
            }
        });
    }
    (yes_ref, ask_ref)
}
