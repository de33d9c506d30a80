//! Three next steps, each one tap from the plan (or marked as already in it).

use yew::prelude::*;

use crate::clock;
use crate::domain::content::area_text;
use crate::domain::content_text::ContentText;
use crate::domain::document::{ActionId, Document};
use crate::domain::i18n::{Lang, UiText};
use crate::domain::phone_text::PhoneText;
use crate::domain::plan::tip_is_planned;
use crate::domain::plan_text::PlanText;
use crate::domain::planner::PlanMsg;
use crate::domain::questionnaire::ActionKind;
use crate::domain::route::Route;
use crate::domain::scoring::Recommendation;
use crate::domain::update::Msg;
use crate::ui::store::StoreHandle;

pub fn next_steps_card(
    lang: Lang,
    store: &StoreHandle,
    doc: &Document,
    read_only: bool,
    recs: &[Recommendation],
) -> Html {
    let items = recs
        .iter()
        .map(|r| recommendation(lang, store, doc, read_only, r));
    html! {
        <section class="card next-steps" aria-labelledby="next-h">
            <h2 id="next-h">{ lang.t(PhoneText::NextStepsTitle) }</h2>
            if recs.is_empty() {
                <p>{ lang.t(UiText::NoRecommendations) }</p>
            } else {
                <p>{ lang.t(PhoneText::NextStepsIntro) }</p>
                <ol class="recommendations">{ for items }</ol>
            }
        </section>
    }
}

/// One next step: what to do, why, and "add to my plan".
fn recommendation(
    lang: Lang,
    store: &StoreHandle,
    doc: &Document,
    read_only: bool,
    r: &Recommendation,
) -> Html {
    let (tip, item) = (r.tip, r.item.id);
    let planned = tip_is_planned(doc, item.0);
    let add = {
        let store = store.clone();
        Callback::from(move |_| {
            store.dispatch(Msg::Plan(PlanMsg::AddTip {
                id: ActionId(clock::new_id()),
                item,
                lang,
                today: clock::today(),
                now: clock::now(),
            }))
        })
    };
    let button_id = format!("add-tip-{}", item.0.replace('.', "-"));
    html! {
        <li class="recommendation">
            if r.first_step {
                <p class="rec-first">{ lang.t(ContentText::FirstStepLabel) }</p>
            }
            <p class="rec-action">{ tip.action.get(lang) }</p>
            <p class="rec-why">{ lang.t(UiText::WhyLabel) }{ tip.why.get(lang) }</p>
            if tip.kind == ActionKind::PrepareSelfIntro {
                <p><a class="more-link" href={Route::Intro.hash()}>{ lang.t(ContentText::IntroLink) }</a></p>
            }
            <p class="rec-area">{ area_text(r.item.area).name.get(lang) }</p>
            if read_only {
                <></>
            } else if planned {
                <p class="rec-added" id={button_id}><span aria-hidden="true">{ "✓ " }</span>{ lang.t(PlanText::AddedToPlan) }
                    { " · " }<a href={Route::Plan.hash()}>{ lang.t(PlanText::SeeAllPlan) }</a></p>
            } else {
                <button type="button" class="button add-tip" id={button_id} onclick={add}
                    aria-label={format!("{}{}{}", lang.t(PlanText::AddToPlan), lang.t(UiText::Colon), tip.action.get(lang))}>
                    { lang.t(PlanText::AddToPlan) }
                </button>
            }
        </li>
    }
}
