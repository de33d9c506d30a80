//! A labelled text, date, number or multi-line input with its hint and its
//! error tied to it by `aria-describedby`. The value is controlled by the
//! form, so nothing typed is lost when validation fails.

use yew::prelude::*;

use crate::domain::plan_text::PlanText;
use crate::ui::store::use_lang;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InputKind {
    Text,
    Date,
    Number,
    Search,
    MultiLine,
}

#[derive(Properties, PartialEq)]
pub struct TextFieldProps {
    /// Element id; the hint and error use `<id>-hint` and `<id>-error`.
    pub id: AttrValue,
    pub label: AttrValue,
    pub value: AttrValue,
    pub on_input: Callback<String>,
    #[prop_or(InputKind::Text)]
    pub kind: InputKind,
    #[prop_or_default]
    pub error: Option<AttrValue>,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    #[prop_or_default]
    pub required: bool,
    /// Latest allowed date (`YYYY-MM-DD`) for date inputs.
    #[prop_or_default]
    pub max: Option<AttrValue>,
}

#[component]
pub fn TextField(props: &TextFieldProps) -> Html {
    let lang = use_lang();
    let id = props.id.clone();
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let described = described_by(props, &hint_id, &error_id);
    let invalid = props.error.as_ref().map(|_| "true");
    let on_input = props.on_input.clone();
    let input = if props.kind == InputKind::MultiLine {
        let oninput = Callback::from(move |e: InputEvent| {
            on_input.emit(
                e.target_unchecked_into::<web_sys::HtmlTextAreaElement>()
                    .value(),
            )
        });
        html! {
            <textarea id={id.clone()} name={id.clone()} rows="4" value={props.value.clone()} {oninput}
                aria-invalid={invalid} aria-describedby={described.clone()} />
        }
    } else {
        let oninput = Callback::from(move |e: InputEvent| {
            on_input.emit(
                e.target_unchecked_into::<web_sys::HtmlInputElement>()
                    .value(),
            )
        });
        let (kind, mode) = match props.kind {
            InputKind::Date => ("date", None),
            InputKind::Number => ("text", Some("numeric")),
            InputKind::Search => ("search", None),
            _ => ("text", None),
        };
        html! {
            <input id={id.clone()} name={id.clone()} type={kind} inputmode={mode} value={props.value.clone()}
                {oninput} max={props.max.clone()} required={props.required} autocomplete="off"
                aria-invalid={invalid} aria-describedby={described.clone()} />
        }
    };
    html! {
        <div class={classes!("field", props.error.is_some().then_some("has-error"))}>
            <label for={id.clone()}>
                { props.label.clone() }
                if props.required { <span class="required">{ lang.t(PlanText::RequiredMark) }</span> }
            </label>
            if let Some(hint) = &props.hint {
                <p id={hint_id.clone()} class="hint">{ hint.clone() }</p>
            }
            { input }
            if let Some(error) = &props.error {
                <p id={error_id.clone()} class="field-error">{ error.clone() }</p>
            }
        </div>
    }
}

/// The ids of the hint and the error that describe the field, if any.
fn described_by(props: &TextFieldProps, hint_id: &str, error_id: &str) -> Option<String> {
    let ids: Vec<&str> = [
        props.hint.as_ref().map(|_| hint_id),
        props.error.as_ref().map(|_| error_id),
    ]
    .into_iter()
    .flatten()
    .collect();
    (!ids.is_empty()).then(|| ids.join(" "))
}
