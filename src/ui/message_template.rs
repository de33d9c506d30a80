//! A copyable message example for an action kind: shown on request in a
//! read-only text box (selectable by hand) with a Copy button.

use yew::prelude::*;

use crate::browser;
use crate::domain::plan_text::PlanText;
use crate::ui::store::use_lang;

#[derive(Properties, PartialEq)]
pub struct MessageTemplateProps {
    /// Unique per page, e.g. the action id; used for element ids.
    pub key_id: AttrValue,
    pub text: AttrValue,
}

#[derive(Clone, Copy, PartialEq)]
enum Copy {
    Idle,
    Done,
    Failed,
}

#[component]
pub fn MessageTemplate(props: &MessageTemplateProps) -> Html {
    let lang = use_lang();
    let open = use_state(|| false);
    let copied = use_state(|| Copy::Idle);
    let box_id = format!("template-{}", props.key_id);
    let toggle = {
        let open = open.clone();
        let copied = copied.clone();
        Callback::from(move |_| {
            copied.set(Copy::Idle);
            open.set(!*open);
        })
    };
    let copy = {
        let copied = copied.clone();
        let text = props.text.clone();
        Callback::from(move |_| {
            let copied = copied.clone();
            browser::copy_text(&text, move |ok| {
                copied.set(if ok { Copy::Done } else { Copy::Failed })
            });
        })
    };
    html! {
        <div class="template">
            <button type="button" class="button small" aria-expanded={open.to_string()} aria-controls={box_id.clone()}
                onclick={toggle}>
                { lang.t(if *open { PlanText::HideTemplate } else { PlanText::ShowTemplate }) }
            </button>
            if *open {
                <div class="template-box">
                    <label for={box_id.clone()}>{ lang.t(PlanText::TemplateLabel) }</label>
                    <textarea id={box_id.clone()} readonly=true rows="6" value={props.text.clone()} />
                    <button type="button" class="button small" onclick={copy}>{ lang.t(PlanText::CopyTemplate) }</button>
                    <span class="copy-status" role="status">
                        { match *copied {
                            Copy::Idle => "",
                            Copy::Done => lang.t(PlanText::Copied),
                            Copy::Failed => lang.t(PlanText::CopyFailed),
                        } }
                    </span>
                </div>
            }
        </div>
    }
}
