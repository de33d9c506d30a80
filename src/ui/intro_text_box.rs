//! One generated text of the self-introduction builder: editable in place
//! (the user's wording is kept), copyable, and rebuilt from the answers on
//! request.

use yew::prelude::*;

use crate::browser;
use crate::domain::content_text::ContentText;
use crate::domain::plan_text::PlanText;
use crate::ui::store::use_lang;

#[derive(Properties, PartialEq)]
pub struct IntroTextBoxProps {
    pub id: AttrValue,
    pub title: AttrValue,
    /// The text shown: the user's own or the generated one.
    pub text: AttrValue,
    /// Whether the user has rewritten it (then "rebuild" is offered).
    pub edited: bool,
    pub rows: u32,
    pub on_edit: Callback<String>,
    pub on_rebuild: Callback<()>,
}

#[component]
pub fn IntroTextBox(props: &IntroTextBoxProps) -> Html {
    let lang = use_lang();
    let status = use_state(|| None::<bool>);
    let copy = {
        let status = status.clone();
        let text = props.text.clone();
        Callback::from(move |_| {
            let status = status.clone();
            browser::copy_text(&text, move |ok| status.set(Some(ok)));
        })
    };
    let oninput = {
        let on_edit = props.on_edit.clone();
        let status = status.clone();
        Callback::from(move |e: InputEvent| {
            status.set(None);
            on_edit.emit(
                e.target_unchecked_into::<web_sys::HtmlTextAreaElement>()
                    .value(),
            );
        })
    };
    let rebuild = {
        let cb = props.on_rebuild.clone();
        Callback::from(move |_| cb.emit(()))
    };
    let hint_id = format!("{}-hint", props.id);
    html! {
        <section class="card intro-text" aria-labelledby={format!("{}-h", props.id)}>
            <h2 id={format!("{}-h", props.id)}>
                <label for={props.id.clone()}>{ props.title.clone() }</label>
            </h2>
            <p id={hint_id.clone()} class="hint no-print">{ lang.t(ContentText::TextHint) }</p>
            <textarea class="no-print" id={props.id.clone()} rows={props.rows.to_string()} value={props.text.clone()}
                {oninput} aria-describedby={hint_id} />
            // A text box clips its text on paper: print the lines as paragraphs.
            <div class="print-only">
                { for props.text.lines().map(|l| html! { <p>{ l.to_string() }</p> }) }
            </div>
            <p class="screen-actions no-print">
                <button type="button" class="button small" onclick={copy}>{ lang.t(PlanText::CopyTemplate) }</button>
                if props.edited {
                    <button type="button" class="button small" onclick={rebuild}>{ lang.t(ContentText::Regenerate) }</button>
                }
                <span class="copy-status" role="status">
                    { match *status {
                        None => "",
                        Some(true) => lang.t(PlanText::Copied),
                        Some(false) => lang.t(PlanText::CopyFailed),
                    } }
                </span>
            </p>
        </section>
    }
}
