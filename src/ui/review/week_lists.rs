//! This week so far: the actions done and the people met (with how often).
//! Two small cards of the review, each with a calm line when empty.

use yew::prelude::*;

use crate::domain::document::PersonId;
use crate::domain::i18n::Lang;
use crate::domain::people::PeopleIndex;
use crate::domain::plan_text::{self, PlanText};
use crate::domain::route::Route;

/// The titles of the actions done this week.
pub fn done_this_week(lang: Lang, titles: &[String]) -> Html {
    let items = titles.iter().map(|t| html! { <li>{ t.clone() }</li> });
    html! {
        <section class="card" aria-labelledby="review-done-h">
            <h2 id="review-done-h">{ lang.t(PlanText::ReviewDone) }</h2>
            if titles.is_empty() {
                <p class="muted">{ lang.t(PlanText::ReviewNoneDone) }</p>
            } else {
                <ul>{ for items }</ul>
            }
        </section>
    }
}

/// The people met this week and how many times.
pub fn met_this_week(lang: Lang, index: &PeopleIndex, met: &[(PersonId, u32)]) -> Html {
    let items = met.iter().map(|(p, n)| {
        let name = index.name(*p).unwrap_or("").to_string();
        html! { <li><a href={Route::Person(*p).hash()}>{ name }</a>{ format!(" ({})", plan_text::count_text(lang, *n as usize)) }</li> }
    });
    html! {
        <section class="card" aria-labelledby="review-met-h">
            <h2 id="review-met-h">{ lang.t(PlanText::ReviewMet) }</h2>
            if met.is_empty() {
                <p class="muted">{ lang.t(PlanText::ReviewNoneMet) }</p>
            } else {
                <ul>{ for items }</ul>
            }
        </section>
    }
}
