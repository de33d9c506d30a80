//! The top of a person's page: how we met, when we last spoke, how often to
//! keep in touch and when next (with a gentle "due" badge).

use yew::prelude::*;

use crate::clock;
use crate::domain::document::Person;
use crate::domain::i18n::{format_date, Lang};
use crate::domain::people::PeopleIndex;
use crate::domain::plan_text::{self, PlanText};

pub fn person_facts(lang: Lang, index: &PeopleIndex, person: &Person) -> Html {
    let today = clock::today();
    let row = index.row(person.id);
    let last = row.and_then(|r| r.last_contact);
    let next = row.and_then(|r| r.next_follow_up);
    let met = [
        Some(plan_text::channel_label(lang, person.channel).to_string()),
        (!person.met_place.is_empty()).then(|| person.met_place.clone()),
        person.met_on.map(|d| format_date(lang, d)),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" · ");
    let last = match last {
        Some(d) => format!(
            "{}{}",
            format_date(lang, d),
            plan_text::paren(lang, &plan_text::days_ago(lang, d, today))
        ),
        None => lang.t(PlanText::NeverContacted).to_string(),
    };
    html! {
        <>
            <p class="muted">{ met }</p>
            <dl class="facts">
                <dt>{ lang.t(PlanText::LastContact) }</dt>
                <dd id="person-last-contact">{ last }</dd>
                <dt>{ lang.t(PlanText::FieldCadence) }</dt>
                <dd>{ plan_text::cadence_label(lang, person.cadence) }</dd>
                <dt>{ lang.t(PlanText::NextFollowUp) }</dt>
                <dd id="person-next-follow-up">
                    { next.map(|d| format_date(lang, d)).unwrap_or_else(|| lang.t(PlanText::NoCadence).to_string()) }
                    if next.is_some_and(|d| d <= today) { { " " }<span class="badge overdue">{ lang.t(PlanText::FollowUpDue) }</span> }
                </dd>
            </dl>
        </>
    }
}
