//! Home's one suggested next step (take the self-check, do a due action,
//! get in touch, add a tip to the plan, add a person, or review the week).

use yew::prelude::*;

use super::add_tip::add_tip;
use super::HomeCtx;
use crate::domain::i18n::UiText;
use crate::domain::plan::NextStep;
use crate::domain::plan_text::PlanText;
use crate::domain::route::Route;

/// The card for `step`; `start` is the self-check button's words (start,
/// resume or retake).
pub fn next_step_card(home: &HomeCtx, step: NextStep, start: UiText) -> Html {
    let (lang, doc, index) = (home.lang, &*home.doc, &home.index.0);
    let link = |intro: PlanText, route: Route, label: &'static str| {
        html! {
            <>
                <p>{ lang.t(intro) }</p>
                <p><a class="button primary" href={route.hash()}>{ label }</a></p>
            </>
        }
    };
    let suggestion = match step {
        NextStep::TakeAssessment => link(
            PlanText::NextStepAssessment,
            Route::Assessment,
            lang.t(start),
        ),
        NextStep::DoAction(id) => {
            let title = doc
                .actions
                .iter()
                .find(|a| a.id == id)
                .map(|a| crate::domain::plan::shown_title(a, lang).into_owned())
                .unwrap_or_default();
            html! { <p>{ lang.t(PlanText::NextStepDoAction) }<a href={Route::ActionEdit(id).hash()}>{ title }</a></p> }
        }
        NextStep::FollowUp(p) => html! {
            <p>{ lang.t(PlanText::NextStepFollowUp) }<a href={Route::Person(p).hash()}>{ index.name(p).unwrap_or("").to_string() }</a></p>
        },
        NextStep::AddTip(item) => add_tip(home, item),
        NextStep::AddPerson => link(
            PlanText::NextStepAddPerson,
            Route::PersonNew,
            lang.t(PlanText::AddPerson),
        ),
        NextStep::WeeklyReview => link(
            PlanText::NextStepReview,
            Route::Review,
            lang.t(PlanText::NavReview),
        ),
    };
    html! {
        <section class="card next-step no-print" id="home-next-step" aria-labelledby="home-next-h">
            <h2 id="home-next-h">{ lang.t(PlanText::NextStep) }</h2>
            { suggestion }
        </section>
    }
}
