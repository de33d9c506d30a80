//! Home's "add this tip to my plan": the tip for the weakest answer of the
//! latest self-check, and a button that adds it as an action.

use yew::prelude::*;

use super::HomeCtx;
use crate::clock;
use crate::domain::document::ActionId;
use crate::domain::plan_text::PlanText;
use crate::domain::planner::PlanMsg;
use crate::domain::questionnaire::ItemId;
use crate::domain::scoring;
use crate::domain::update::Msg;

/// The tip for `item` (the weakest answer), and a button that adds it to the plan.
pub fn add_tip(home: &HomeCtx, item: ItemId) -> Html {
    let (lang, doc) = (home.lang, &home.doc);
    let text = scoring::item(item.0)
        .map(|i| match doc.latest_assessment() {
            Some(a) => scoring::tip_for(i, &a.answers).action.get(lang),
            None => i.tip.action.get(lang),
        })
        .unwrap_or("");
    let add = {
        let (store, on_notice) = (home.store.clone(), home.on_notice.clone());
        Callback::from(move |_| {
            store.dispatch(Msg::Plan(PlanMsg::AddTip {
                id: ActionId(clock::new_id()),
                item,
                lang,
                today: clock::today(),
                now: clock::now(),
            }));
            on_notice.emit(lang.t(PlanText::AddedToPlan).to_string());
        })
    };
    html! {
        <>
            <p>{ lang.t(PlanText::NextStepAddTip) }<strong>{ text }</strong></p>
            <button type="button" class="button primary" id="home-add-tip" onclick={add}>{ lang.t(PlanText::AddToPlan) }</button>
        </>
    }
}
