//! Earlier reviews (title and what was learned), newest first; hidden
//! until there is one.

use yew::prelude::*;

use crate::domain::i18n::Lang;
use crate::domain::plan_text::PlanText;

/// Earlier reviews: title and note.
pub fn past_reviews(lang: Lang, past: &[(String, String)]) -> Html {
    if past.is_empty() {
        return html! {};
    }
    let items = past.iter().map(|(title, note)| {
        html! {
            <li>
                <strong>{ title.clone() }</strong>
                if !note.is_empty() { <p>{ note.clone() }</p> }
            </li>
        }
    });
    html! {
        <section class="card" aria-labelledby="review-past-h">
            <h2 id="review-past-h">{ lang.t(PlanText::PastReviews) }</h2>
            <ul class="past-reviews">{ for items }</ul>
        </section>
    }
}
