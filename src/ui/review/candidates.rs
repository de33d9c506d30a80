//! "Contact next week": a checkbox per person offered, with when their
//! follow-up is due, and a note when more are due than were ticked.

use yew::prelude::*;

use crate::domain::document::PersonId;
use crate::domain::i18n::{format_date, Lang, UiText};
use crate::domain::people::PeopleIndex;
use crate::domain::phone_text;
use crate::domain::plan_text::PlanText;

/// The people offered, and which are ticked.
pub struct CandidatesView<'a> {
    pub candidates: &'a [PersonId],
    /// How many more are due next week than were ticked at the start.
    pub more_due: usize,
    pub contact: UseStateHandle<Vec<PersonId>>,
}

pub fn candidates(lang: Lang, index: &PeopleIndex, props: &CandidatesView) -> Html {
    let checkboxes = props.candidates.iter().map(|&p| {
        let box_id = format!("review-contact-{p}");
        let toggle = {
            let contact = props.contact.clone();
            Callback::from(move |_: Event| {
                let mut v = (*contact).clone();
                match v.iter().position(|q| *q == p) {
                    Some(i) => drop(v.remove(i)),
                    None => v.push(p),
                }
                contact.set(v);
            })
        };
        let due = index.row(p).and_then(|r| r.next_follow_up);
        let due = due.map(|d| format!("{}{}{}", lang.t(PlanText::NextFollowUp), lang.t(UiText::Colon), format_date(lang, d)));
        html! {
            <li class="check">
                <input type="checkbox" id={box_id.clone()} checked={props.contact.contains(&p)} onchange={toggle} />
                <label for={box_id}>
                    { index.name(p).unwrap_or("").to_string() }
                    if let Some(d) = due { <span class="muted">{ d }</span> }
                </label>
            </li>
        }
    });
    if props.candidates.is_empty() {
        return html! { <p class="muted">{ lang.t(PlanText::ReviewNoContacts) }</p> };
    }
    html! {
        <fieldset>
            <legend>{ lang.t(PlanText::ReviewContactHelp) }</legend>
            if props.more_due > 0 {
                <p class="hint" id="review-more-due">{ phone_text::more_due(lang, props.more_due) }</p>
            }
            <ul class="checks">{ for checkboxes }</ul>
        </fieldset>
    }
}
