//! Home's "follow-ups coming due": the first few people to get in touch
//! with by the end of the week, and a link to everyone.

use chrono::NaiveDate;
use yew::prelude::*;

use crate::clock;
use crate::domain::document::PersonId;
use crate::domain::i18n::{format_date, Lang, UiText};
use crate::domain::plan_text::PlanText;
use crate::domain::route::Route;

/// Someone due: id, name, next follow-up.
pub type DueRow = (PersonId, String, Option<NaiveDate>);

/// How many follow-ups the dashboard lists before linking to the people screen.
const FOLLOW_UPS_SHOWN: usize = 2;

/// `due`: who is due (id, name, next follow-up), soonest first.
pub fn follow_ups(lang: Lang, due: &[DueRow]) -> Html {
    let today = clock::today();
    let colon = lang.t(UiText::Colon);
    let rows = due.iter().take(FOLLOW_UPS_SHOWN).map(|(id, name, date)| {
        let overdue = date.is_some_and(|d| d < today);
        html! {
            <li class="person-row compact">
                <a class="person-name" href={Route::Person(*id).hash()}>{ name.clone() }</a>
                if overdue { <span class="badge overdue">{ lang.t(PlanText::OverdueBadge) }</span> }
                if let Some(d) = date {
                    <span class="meta">{ lang.t(PlanText::NextFollowUp) }{ colon }{ format_date(lang, *d) }</span>
                }
            </li>
        }
    });
    html! {
        <section class="card" id="home-follow-ups" aria-labelledby="home-follow-h">
            <h2 id="home-follow-h">{ lang.t(PlanText::HomeFollowUps) }</h2>
            if due.is_empty() {
                <p class="muted">{ lang.t(PlanText::HomeNoFollowUps) }</p>
            } else {
                <ul class="people-list">{ for rows }</ul>
            }
            <p><a class="more-link" href={Route::People.hash()}>{ lang.t(PlanText::SeeAllPeople) }</a></p>
        </section>
    }
}
