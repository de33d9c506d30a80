//! A labelled `<select>` over a short, fixed list of choices (kinds, areas,
//! channels…), with an optional hint tied by `aria-describedby`.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SelectFieldProps {
    pub id: AttrValue,
    pub label: AttrValue,
    /// The selected option's value.
    pub value: AttrValue,
    /// (value, label) pairs in display order.
    pub options: Vec<(AttrValue, AttrValue)>,
    pub on_change: Callback<String>,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
}

#[component]
pub fn SelectField(props: &SelectFieldProps) -> Html {
    let on_change = props.on_change.clone();
    let onchange = Callback::from(move |e: Event| {
        on_change.emit(
            e.target_unchecked_into::<web_sys::HtmlSelectElement>()
                .value(),
        )
    });
    let hint_id = format!("{}-hint", props.id);
    let options = props.options.iter().map(|(value, label)| {
        html! { <option value={value.clone()} selected={*value == props.value}>{ label.clone() }</option> }
    });
    html! {
        <div class="field">
            <label for={props.id.clone()}>{ props.label.clone() }</label>
            if let Some(hint) = &props.hint {
                <p id={hint_id.clone()} class="hint">{ hint.clone() }</p>
            }
            <select id={props.id.clone()} name={props.id.clone()} {onchange}
                aria-describedby={props.hint.as_ref().map(|_| hint_id.clone())}>
                { for options }
            </select>
        </div>
    }
}
