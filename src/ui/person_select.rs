//! A `<select>` of the user's people, sorted by name. Its own component so
//! that typing elsewhere in a form never rebuilds a list of a thousand
//! options: it renders only when its value or the document changes. Until
//! the select is first focused or pressed it holds only the "none" and the
//! chosen option (and sorts nobody), so a screen with a person filter opens
//! and changes quickly even with a thousand people; the rest render before
//! the list can open (events run their handlers, and the render, before the
//! browser shows the list).

use std::rc::Rc;

use yew::prelude::*;

use crate::domain::document::PersonId;
use crate::domain::sorting;
use crate::ui::store::{memo, use_doc, AppMemo, ShownDoc};

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

/// The people to list: all of them, sorted, once the select has opened;
/// until then only the chosen one, so nobody is sorted on every change of
/// the document.
fn listed(shown: &ShownDoc, expanded: bool, value: &str) -> Rc<Sorted> {
    if expanded {
        return memo(&PEOPLE, shown.version(), |_| {
            let mut v: Sorted = shown
                .people
                .iter()
                .map(|p| (p.name.to_lowercase(), p.id.to_string(), p.name.clone()))
                .collect();
            sorting::sort(&mut v);
            v
        });
    }
    let id = value.parse::<PersonId>().ok();
    let chosen = shown
        .people
        .iter()
        .find(|p| Some(p.id) == id)
        .map(|p| (String::new(), p.id.to_string(), p.name.clone()));
    Rc::new(chosen.into_iter().collect())
}

#[component]
pub fn PersonSelect(props: &PersonSelectProps) -> Html {
    let shown = use_doc();
    let expanded = use_state(|| false);
    let people = listed(&shown, *expanded, &props.value);
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
    let options = people.iter().map(|(_, id, name)| {
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
