//! Home's "this week": the actions due by Sunday, a page at a time, and a
//! link to the whole plan.

use std::rc::Rc;

use yew::prelude::*;

use crate::clock;
use crate::domain::i18n::Lang;
use crate::domain::people::PeopleIndex;
use crate::domain::plan_text::PlanText;
use crate::domain::route::Route;
use crate::ui::action_list::ActionList;
use crate::ui::store::Shared;

/// How many of this week's actions show before "Show more": home stays
/// about two phone screens tall.
const WEEK_SHOWN: usize = 2;

/// `week`: places in the document's actions, in the order shown.
pub fn this_week(
    lang: Lang,
    index: &Shared<PeopleIndex>,
    week: &Rc<Vec<usize>>,
    on_notice: &Callback<String>,
) -> Html {
    html! {
        <section class="card" id="home-week" aria-labelledby="home-week-h">
            <h2 id="home-week-h">{ lang.t(PlanText::HomeWeekTitle) }</h2>
            <ActionList items={week.clone()} index={index.clone()} today={clock::today()} page={WEEK_SHOWN}
                empty={lang.t(PlanText::HomeNoActions)} on_notice={on_notice.clone()} />
            <p><a class="more-link" href={Route::Plan.hash()}>{ lang.t(PlanText::SeeAllPlan) }</a></p>
        </section>
    }
}
