//! A `<select>` of the user's people, sorted by name. Its own component so
//! that typing elsewhere in a form never rebuilds a list of a thousand
//! options: it renders only when its value or the document changes. Until
//! the select is first focused or pressed it holds only the "none" and the
//! chosen option, so a screen with a person filter opens quickly even with
//! a thousand people; the rest render before the list can open (events run
//! their handlers, and the render, before the browser shows the list).

use yew::prelude::*;

use crate::domain::sorting;
use crate::ui::store::{memo, use_doc, AppMemo};

/// (lowercased name for sorting, id, name), sorted.
type Sorted = Vec<(String, String, String)>;

thread_local! {
    /// Built once per document change.
    static PEOPLE: AppMemo<(u64, u64), Sorted> = const { AppMemo::new() };
}

#[derive(Properties, PartialEq)]
pub struct PersonSelectProps {
    pub id: AttrValue,
    pub label: AttrValue,
    /// The selected person's id as text, or "" for none.
    pub value: AttrValue,
    /// Label of the "" option.
    pub none_label: AttrValue,
    pub on_change: Callback<String>,
    #[prop_or_default]
    pub error: Option<AttrValue>,
}

#[component]
pub fn PersonSelect(props: &PersonSelectProps) -> Html {
    let shown = use_doc();
    let people = memo(&PEOPLE, shown.version(), |_| {
        let mut v: Sorted = shown
            .people
            .iter()
            .map(|p| (p.name.to_lowercase(), p.id.to_string(), p.name.clone()))
            .collect();
        sorting::sort(&mut v);
        v
    });
    let expanded = use_state(|| false);
    let expand = {
        let expanded = expanded.clone();
        Callback::from(move |_: web_sys::Event| {
            if !*expanded {
                expanded.set(true);
            }
        })
    };
    let on_change = props.on_change.clone();
    let onchange = Callback::from(move |e: Event| {
        on_change.emit(
            e.target_unchecked_into::<web_sys::HtmlSelectElement>()
                .value(),
        )
    });
    let error_id = format!("{}-error", props.id);
    let listed = people
        .iter()
        .filter(|(_, id, _)| *expanded || props.value == id.as_str());
    let options = listed.map(|(_, id, name)| {
        html! { <option value={id.clone()} selected={props.value == id.as_str()}>{ name.clone() }</option> }
    });
    html! {
        <div class={classes!("field", props.error.is_some().then_some("has-error"))}>
            <label for={props.id.clone()}>{ props.label.clone() }</label>
            <select id={props.id.clone()} name={props.id.clone()} {onchange}
                onfocus={expand.reform(web_sys::Event::from)} onpointerdown={expand.reform(web_sys::Event::from)}
                aria-invalid={props.error.as_ref().map(|_| "true")}
                aria-describedby={props.error.as_ref().map(|_| error_id.clone())}>
                <option value="" selected={props.value.is_empty()}>{ props.none_label.clone() }</option>
                { for options }
            </select>
            if let Some(error) = &props.error {
                <p id={error_id.clone()} class="field-error">{ error.clone() }</p>
            }
        </div>
    }
}
