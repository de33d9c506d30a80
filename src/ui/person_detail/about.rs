//! What the user noted about a person (only the fields filled in), and
//! their contact card to save on the phone.

use yew::prelude::*;

use crate::domain::document::Person;
use crate::domain::i18n::{join_list, Lang};
use crate::domain::plan_text::PlanText;
use crate::ui::contacts::PersonVcard;

pub fn about_person(lang: Lang, person: &Person, read_only: bool) -> Html {
    let about_row = |label: PlanText, value: &str| {
        (!value.is_empty())
            .then(|| html! { <><dt>{ lang.t(label) }</dt><dd>{ value.to_string() }</dd></> })
    };
    html! {
        <section class="card" aria-labelledby="about-h">
            <h2 id="about-h">{ lang.t(PlanText::AboutPerson) }</h2>
            <dl class="facts">
                { about_row(PlanText::FieldInterests, &person.interests) }
                { about_row(PlanText::FieldIOffer, &person.i_offer) }
                { about_row(PlanText::FieldTheyOffer, &person.they_offer) }
                { about_row(PlanText::FieldTags, &join_list(lang, &person.tags)) }
                { about_row(PlanText::FieldNotes, &person.notes) }
            </dl>
            if !read_only { <PersonVcard id={person.id} /> }
        </section>
    }
}
